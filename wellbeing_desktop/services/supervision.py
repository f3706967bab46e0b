"""Supervision sessions: record one, agree actions, tick them off, and see what changed in the plan.

    service = SupervisionService(vault, clock.now)
    session = service.record(date(2026, 11, 26), supervisor="Priya", discussed="...",
                             actions=[("Book the refresher course", date(2026, 12, 10))])
    service.open_actions()                     # shown on Today until done
    service.set_action_done(action_id, True)
    service.changes_since_last_session()       # sentences, or None before the first session

A session keeps a snapshot of the plan as it stood when it was first recorded; editing the session
later keeps that snapshot, so the difference always starts from the day it was held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from wellbeing_desktop.content import ContentPack, load_builtin
from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.supervision import AgreedAction, SupervisionSession
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.services import plan_history
from wellbeing_desktop.services.plan_difference import PlanDifference, difference
from wellbeing_desktop.services.plan_sections import built_in_titles
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.supervision import OpenAction

ActionDraft = tuple[str, date | None]  # (text, due date) for an action not yet saved


class SupervisionService:
    def __init__(self, vault: Vault, now: Callable[[], datetime], content: ContentPack | None = None) -> None:
        self._vault = vault
        self._now = now
        self._built_in = built_in_titles((content or load_builtin()).plan_sections)

    # -- reading -------------------------------------------------------------------------------------

    def sessions(self) -> list[SupervisionSession]:
        """Every session, the most recent first."""
        return self._vault.supervision.all()

    def get(self, session_id: str) -> SupervisionSession:
        session = self._vault.supervision.get(session_id)
        if session is None:
            raise WellbeingError(ServiceErrors.tr("That session is no longer in your vault."))
        return session

    def last_session(self) -> SupervisionSession | None:
        return self._vault.supervision.latest()

    def open_actions(self) -> list[OpenAction]:
        return self._vault.supervision.open_actions()

    def changes_since_last_session(self) -> list[PlanDifference] | None:
        """What changed in the plan since the last session's snapshot; None if there has been none."""
        with self._vault.transaction():
            last = self._vault.supervision.latest()
            if last is None:
                return None
            current = self._vault.plan.load()
            former = plan_history.former_titles(self._vault.connection)
        return difference(last.plan, current, {**former, **self._built_in})

    # -- changing ------------------------------------------------------------------------------------

    def record(
        self,
        held_on: date,
        *,
        supervisor: str = "",
        discussed: str = "",
        actions: Iterable[ActionDraft] = (),
    ) -> SupervisionSession:
        """A new session, with a snapshot of the plan as it is now."""
        now = self._now()
        drafts = [AgreedAction(rules.new_id(), text.strip(), due) for text, due in actions if text.strip()]
        with self._vault.transaction():
            session = SupervisionSession(
                id=rules.new_id(),
                held_on=held_on,
                created_at=now,
                updated_at=now,
                supervisor=supervisor.strip(),
                discussed=discussed,
                actions=drafts,
                plan=self._vault.plan.load(),
            )
            self._vault.supervision.save(_checked(session))
        return session

    def update(
        self,
        session_id: str,
        *,
        held_on: date,
        supervisor: str,
        discussed: str,
        actions: Iterable[AgreedAction],
    ) -> SupervisionSession:
        """Change what was recorded; the plan snapshot stays as it was on the day."""
        kept = [a for a in actions if a.text.strip()]
        with self._vault.transaction():
            session = self.get(session_id)
            session.held_on = held_on
            session.supervisor = supervisor.strip()
            session.discussed = discussed
            session.actions = [AgreedAction(a.id, a.text.strip(), a.due_on, a.done) for a in kept]
            session.updated_at = self._now()
            self._vault.supervision.save(_checked(session))
        return session

    def set_action_done(self, action_id: str, done: bool) -> SupervisionSession:
        """Tick an action off (or back on); returns its session as it now is."""
        with self._vault.transaction():
            session_id = self._vault.supervision.session_of_action(action_id)
            if session_id is None:
                raise WellbeingError(ServiceErrors.tr("That action is no longer in your vault."))
            session = self.get(session_id)
            for action in session.actions:
                if action.id == action_id:
                    action.done = done
            session.updated_at = self._now()
            self._vault.supervision.save(session)
        return session

    def delete(self, session_id: str) -> SupervisionSession:
        """Remove a session; returns it whole, so it can be put back (undo)."""
        with self._vault.transaction():
            session = self.get(session_id)
            self._vault.supervision.delete(session_id)
        return session

    def restore(self, session: SupervisionSession) -> None:
        """Put back a session removed a moment ago, exactly as it was."""
        with self._vault.transaction():
            self._vault.supervision.save(_checked(session))


def _checked(session: SupervisionSession) -> SupervisionSession:
    if problems := session.problems():
        raise ValidationError(problems)
    return session
