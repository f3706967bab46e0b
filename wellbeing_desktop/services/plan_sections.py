"""Which sections a plan shows, in what order and under what titles; keys for a person's own sections.

The built-in sections always show, in the content pack's order, even before they hold anything: an
empty section with its guidance and examples is an invitation. They reach the vault only with their
first item. A person's own sections follow, in the order the vault keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from wellbeing_desktop.content import PlanSectionGuide
from wellbeing_desktop.domain import BUILT_IN_SECTIONS, PlanSection, SelfCarePlan

MAX_KEY_CHARS = 40


def built_in_titles(guides: Sequence[PlanSectionGuide]) -> dict[str, str]:
    """Every section the content offers, with its title: the built-in keys (a plain title made from the
    key if no pack titles one) and the sections an added content pack brings, in the packs' order."""
    titles = {g.key: g.title for g in guides}
    for key in BUILT_IN_SECTIONS:
        titles.setdefault(key, key.replace("-", " ").capitalize())
    return titles


def displayed(stored: SelfCarePlan, guides: Sequence[PlanSectionGuide]) -> SelfCarePlan:
    """The plan as shown: all built-in sections in content order, then the person's own sections."""
    titles = built_in_titles(guides)
    by_key = {s.key: s for s in stored.sections}
    sections = [by_key.get(key) or PlanSection(key, title) for key, title in titles.items()]
    sections += [s for s in stored.sections if s.key not in titles]
    return SelfCarePlan(review_on=stored.review_on, sections=sections)


def slug_for(title: str, taken: Collection[str]) -> str:
    """A short key for a new section from its title, not clashing with `taken` or a built-in key:
    "Things I'm proud of" -> "things-i-m-proud-of"; a second one -> "things-i-m-proud-of-2"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:MAX_KEY_CHARS].strip("-") or "section"
    used = set(taken) | set(BUILT_IN_SECTIONS)
    key, n = base, 1
    while key in used:
        n += 1
        suffix = f"-{n}"
        key = base[: MAX_KEY_CHARS - len(suffix)].strip("-") + suffix
    return key
