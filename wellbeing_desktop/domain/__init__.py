"""Plain dataclasses and the pure rules every field must keep. No I/O, no Qt."""

from wellbeing_desktop.domain.checkin import CheckIn, CopingUsed, TalkedWith
from wellbeing_desktop.domain.entry import BUILT_IN_TEMPLATES, Entry
from wellbeing_desktop.domain.person import RELATIONS, Person
from wellbeing_desktop.domain.plan import BUILT_IN_SECTIONS, PlanItem, PlanSection, SelfCarePlan

__all__ = [
    "BUILT_IN_SECTIONS",
    "BUILT_IN_TEMPLATES",
    "RELATIONS",
    "CheckIn",
    "CopingUsed",
    "Entry",
    "Person",
    "PlanItem",
    "PlanSection",
    "SelfCarePlan",
    "TalkedWith",
]
