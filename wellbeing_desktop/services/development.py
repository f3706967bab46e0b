"""Development goals: add one, change it as it grows, tick off its small next steps, reorder, mark done.

    service = DevelopmentService(vault, clock.now)
    goal = service.add_goal("Feel ready for conversations about suicide", why="...",
                            steps=[("Ask Priya about the course", date(2026, 12, 1))])
    service.set_step_done(goal.id, goal.steps[0].id, True)
    service.move_goal(goal.id, -1)            # up one place
    removed = service.delete_goal(goal.id)    # returned whole, so undo can put it back
    service.restore_goal(removed)

Every change is checked by the domain rules and written in one transaction; each returns the goal
as it now is, so a view can refresh from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.development import DevelopmentGoal, NextStep
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.vault import Vault

StepDraft = tuple[str, date | None]  # (text, due date) for a step not yet saved


class DevelopmentService:
    def __init__(self, vault: Vault, now: Callable[[], datetime]) -> None:
        self._vault = vault
        self._now = now

    def goals(self) -> list[DevelopmentGoal]:
        """Every goal in the person's order (done ones stay where they are)."""
        return self._vault.development_goals.all()

    def goal(self, goal_id: str) -> DevelopmentGoal:
        goal = self._vault.development_goals.get(goal_id)
        if goal is None:
            raise WellbeingError(ServiceErrors.tr("That goal is no longer in your vault."))
        return goal

    def add_goal(self, what: str, *, why: str = "", steps: Iterable[StepDraft] = ()) -> DevelopmentGoal:
        """A new goal at the end of the list."""
        now = self._now()
        drafts = [NextStep(rules.new_id(), text.strip(), due) for text, due in steps if text.strip()]
        with self._vault.transaction():
            last = max((g.position for g in self._vault.development_goals.all()), default=-1)
            goal = DevelopmentGoal(
                id=rules.new_id(),
                what=what.strip(),
                why=why.strip(),
                created_at=now,
                updated_at=now,
                steps=drafts,
                position=last + 1,
            )
            self._vault.development_goals.save(_checked(goal))
        return goal

    def update_goal(self, goal_id: str, *, what: str, why: str, steps: Iterable[NextStep]) -> DevelopmentGoal:
        """What the editor holds now; steps left blank are dropped."""
        kept = [NextStep(s.id, s.text.strip(), s.due_on, s.done) for s in steps if s.text.strip()]
        with self._vault.transaction():
            goal = self.goal(goal_id)
            goal.what, goal.why, goal.steps = what.strip(), why.strip(), kept
            goal.updated_at = self._now()
            self._vault.development_goals.save(_checked(goal))
        return goal

    def set_step_done(self, goal_id: str, step_id: str, done: bool) -> DevelopmentGoal:
        with self._vault.transaction():
            goal = self.goal(goal_id)
            step = next((s for s in goal.steps if s.id == step_id), None)
            if step is None:
                raise WellbeingError(ServiceErrors.tr("That step is no longer in your vault."))
            step.done = done
            goal.updated_at = self._now()
            self._vault.development_goals.save(goal)
        return goal

    def set_goal_done(self, goal_id: str, done: bool) -> DevelopmentGoal:
        """Mark a goal done today (or not done again); its steps are left as they are."""
        with self._vault.transaction():
            goal = self.goal(goal_id)
            now = self._now()
            goal.done_on = now.date() if done else None
            goal.updated_at = now
            self._vault.development_goals.save(goal)
        return goal

    def move_goal(self, goal_id: str, offset: int) -> list[DevelopmentGoal]:
        """Move a goal up (negative) or down the list, stopping at either end; returns the new order."""
        with self._vault.transaction():
            ids = [g.id for g in self._vault.development_goals.all()]
            if goal_id not in ids:
                raise WellbeingError(ServiceErrors.tr("That goal is no longer in your vault."))
            start = ids.index(goal_id)
            ids.insert(max(0, min(len(ids) - 1, start + offset)), ids.pop(start))
            self._vault.development_goals.set_positions(ids)
            return self._vault.development_goals.all()

    def reorder_goals(self, ids: list[str]) -> list[DevelopmentGoal]:
        """Put the goals in this order (a drag and drop); ids not listed follow in their old order."""
        with self._vault.transaction():
            current = [g.id for g in self._vault.development_goals.all()]
            wanted = [i for i in ids if i in current]
            self._vault.development_goals.set_positions(wanted + [i for i in current if i not in wanted])
            return self._vault.development_goals.all()

    def delete_goal(self, goal_id: str) -> DevelopmentGoal:
        """Remove a goal and its steps; returns it whole (with its place), so undo can put it back."""
        with self._vault.transaction():
            goal = self.goal(goal_id)
            self._vault.development_goals.delete(goal_id)
        return goal

    def restore_goal(self, goal: DevelopmentGoal) -> DevelopmentGoal:
        """Put back a goal removed a moment ago, in the place it had."""
        with self._vault.transaction():
            ids = [g.id for g in self._vault.development_goals.all() if g.id != goal.id]
            self._vault.development_goals.save(_checked(goal))
            ids.insert(min(goal.position, len(ids)), goal.id)
            self._vault.development_goals.set_positions(ids)
            return self.goal(goal.id)


def _checked(goal: DevelopmentGoal) -> DevelopmentGoal:
    if problems := goal.problems():
        raise ValidationError(problems)
    return goal
