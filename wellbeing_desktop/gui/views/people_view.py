"""People I can talk to: a small address book kept in the vault (being built: issue 5, item 1)."""

from __future__ import annotations

from wellbeing_desktop.gui.views.base import AppView


class PeopleView(AppView):
    key = "people"
    title = "People"
