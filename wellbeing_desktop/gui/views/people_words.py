"""The address book's words on screen, through Qt's translations: who someone is to me, "3 weeks ago",
and the gentle "not in touch" line (services/people.py says the same in plain English)."""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.i18n import Context, fill
from wellbeing_desktop.services.people import Nudge

PeopleWords = Context("PeopleWords")  # lupdate reads the context from this name


def _count(n: int, one: str, many: str) -> str:
    return PeopleWords.tr(one) if n == 1 else PeopleWords.tr(many).replace("%1", str(n))


def relation_labels() -> dict[str, str]:
    """Each relation the vault stores, in the order the list offers them."""
    return {
        "peer-supporter": PeopleWords.tr("Peer supporter"),
        "supervisor": PeopleWords.tr("Supervisor"),
        "friend": PeopleWords.tr("Friend"),
        "family": PeopleWords.tr("Family"),
        "organisation": PeopleWords.tr("Organisation"),
        "other": PeopleWords.tr("Someone else"),
    }


def span_words(days: int) -> str:
    """Days under two weeks, then weeks, then months."""
    if days < 14:
        return _count(days, "1 day", "%1 days")
    if days < 61:
        return _count(days // 7, "1 week", "%1 weeks")
    return _count(days // 30, "1 month", "%1 months")


def ago_words(day: date | None, today: date) -> str:
    if day is None:
        return PeopleWords.tr("Not noted yet")
    days = (today - day).days
    if days <= 0:
        return PeopleWords.tr("Today")
    if days == 1:
        return PeopleWords.tr("Yesterday")
    return PeopleWords.tr("%1 ago").replace("%1", span_words(days))


def nudge_words(nudge: Nudge, talked_before: bool) -> str:
    if talked_before:
        text = PeopleWords.tr("You haven't been in touch with %1 for %2")
    else:
        text = PeopleWords.tr("You haven't noted talking with %1 since you added them %2 ago")
    return fill(text, nudge.name, span_words(nudge.days))  # a name holding "%2" stays as it is
