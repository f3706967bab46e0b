"""Growing in the role: development goals and a learning log (being built: issue 5, item 2)."""

from __future__ import annotations

from wellbeing_desktop.gui.views.base import AppView


class GrowthView(AppView):
    key = "growth"
    title = "Growing"
