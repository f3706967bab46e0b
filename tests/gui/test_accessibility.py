"""A screen reader can announce every control of every window.

The test opens the main window on a real temporary vault filled with the demo data, shows each screen
(with an entry, a person and a session open), every dialog, supervision mode and the lock screens, and
walks each one's QAccessible tree as assistive technology does. The rule (accessibility_walk.problems):

every interactive control (button, check box, radio button, combo box, line or text edit, spin box,
date edit, slider, list, tree or table view, tab bar and tab) has an accessible name and an accessible
description (or a tooltip, which Qt offers as one) that is not its name again: the name says what it
is, the description what it does or shows.

All offenders are reported at once, each with its window and objectName.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.accessibility_walk import check, controls
from tests.gui.every_window import every_window

EXPECTED = {
    "today",
    "diary",
    "plan",
    "mood",
    "supervision",
    "people",
    "growth",
    "main-window",
    "check-in",
    "preferences",
    "support",
    "export",
    "journal-import",
    "content-packs",
    "my-template",
    "share-templates",
    "change-passphrase",
    "rotate-key",
    "restore",
    "recovery-key",
    "reflection",
    "about",
    "crash",
    "supervision-mode",
    "leave-supervision",
    "create-vault",
    "unlock",
    "recover",
}


def test_every_control_in_every_window_has_a_name_and_a_description(qtbot: QtBot, tmp_path: Path) -> None:
    seen: dict[str, int] = {}
    offenders: list[str] = []
    for name, widget, skip in every_window(tmp_path):
        assert widget.isVisible(), name
        seen[name] = len(list(controls(widget, name, skip)))
        offenders += check(widget, name, skip)
    assert set(seen) == EXPECTED
    assert all(count > 0 for count in seen.values()), seen  # the walk reached into every window
    assert not offenders, "\n".join(["Controls a screen reader cannot announce well:", *offenders])


def test_the_walk_names_each_kind_of_offender(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    window.setObjectName("sample")
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    unnamed = QLineEdit(window)
    unnamed.setObjectName("unnamedEdit")
    undescribed = QLineEdit(window)
    undescribed.setObjectName("undescribedEdit")
    undescribed.setAccessibleName("Title")
    save = QPushButton("Save", window)  # a clear name, but nothing says what saving does
    save.setObjectName("saveButton")
    echo = QPushButton("Clear filters", window)
    echo.setObjectName("echoButton")
    echo.setAccessibleDescription("Clear filters")
    year = QComboBox(window)
    year.setObjectName("yearCombo")
    year.addItem("2026")
    year.setToolTip("The year to show")
    described = QPushButton("Remove", window)
    described.setObjectName("describedButton")
    described.setAccessibleDescription("Takes this section out of your plan")
    tipped = QPushButton("Print…", window)
    tipped.setObjectName("tippedButton")
    tipped.setToolTip("Prints what you chose")  # a tooltip serves as the description
    for widget in (unnamed, undescribed, save, echo, year, described, tipped):
        column.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)

    found = "\n".join(check(window, "sample"))
    assert "unnamedEdit (QLineEdit): no accessible name" in found
    assert "undescribedEdit (QLineEdit) 'Title': no accessible description" in found
    assert "saveButton (QPushButton) 'Save': no accessible description" in found
    assert "echoButton (QPushButton) 'Clear filters': a description that repeats the name" in found
    assert "yearCombo (QComboBox): no accessible name" in found  # "2026" is only its choice
    assert "describedButton" not in found and "tippedButton" not in found
    assert len(found.splitlines()) == 5


def test_each_mood_chart_is_named_and_summarised_for_a_screen_reader(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.gui.every_window import demo_window, show_screen
    from wellbeing_desktop.gui.main_window import MOOD

    with demo_window(tmp_path / "vault") as window:
        show_screen(window, MOOD)
        view = window.mood
        said = []
        for tab in range(view.ui.chartTabs.count()):
            view.ui.chartTabs.setCurrentIndex(tab)
            said.append((view.chart.accessibleName(), view.chart.accessibleDescription()))
        assert len({name for name, _ in said}) == 4, said  # each chart says what it is
        assert all(description for _, description in said), said
        average = view.tables.over_time.item(2, 1).text()  # the table's "Average mood"
        assert f"Average mood {average}" in said[0][1]
