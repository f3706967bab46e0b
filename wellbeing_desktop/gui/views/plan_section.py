"""One section of the plan as a card: title, a line of guidance, its items, and a way to add more.

An empty built-in section offers its examples from the content pack as gentle suggestions, each
added with one click. Items dropped anywhere on the card (not just on the list) land at its end.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from wellbeing_desktop.content import PlanSectionGuide
from wellbeing_desktop.domain import PlanSection
from wellbeing_desktop.domain.rules import MAX_PLAN_ITEM_CHARS
from wellbeing_desktop.gui.forms.ui_plan_section import Ui_PlanSectionWidget
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.views.plan_examples import ExampleButton
from wellbeing_desktop.gui.views.plan_ideas import CopingIdeasButton
from wellbeing_desktop.gui.views.plan_item_list import PlanItemList
from wellbeing_desktop.gui.views.plan_looks import make_quiet
from wellbeing_desktop.gui.views.plan_model import PlanItemsModel, item_id_from

# A link in words, like the examples: the palette's link colour, underlined on hover and on focus.
ADDRESS_BOOK_LOOK = """
QPushButton { color: palette(link); border: none; padding: 2px 0px; text-align: left; }
QPushButton:hover, QPushButton:focus { text-decoration: underline; }
"""


class PlanSectionWidget(QFrame):
    """Signals: add_requested(section_key, text); remove_section_requested(section_key);
    item_dropped(item_id, section_key, position)."""

    add_requested = Signal(str, str)
    remove_section_requested = Signal(str)
    item_dropped = Signal(str, str, int)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"planSection-{key}")
        self.ui = Ui_PlanSectionWidget()
        self.ui.setupUi(self)
        self.setProperty("planCard", True)
        self.setAcceptDrops(True)
        self.ui.titleLabel.setFont(heading_font(self.ui.titleLabel.font(), 1.15))
        self.model = PlanItemsModel(key, self)
        self.ui.itemList.setModel(self.model)
        self.ui.addEdit.setMaxLength(MAX_PLAN_ITEM_CHARS)
        self.ui.addEdit.textChanged.connect(lambda text: self.ui.addButton.setEnabled(bool(text.strip())))
        self.ui.addEdit.returnPressed.connect(self._add_typed)
        self.ui.addButton.clicked.connect(self._add_typed)
        self.ui.removeSectionButton.clicked.connect(lambda: self.remove_section_requested.emit(self.key))
        self._examples: tuple[str, ...] = ()
        self.example_buttons: list[ExampleButton] = []
        self.address_book_button: QPushButton | None = None
        self.ideas_button: CopingIdeasButton | None = None
        if key == "people":
            self._add_address_book_link()

    @property
    def item_list(self) -> PlanItemList:
        return self.ui.itemList

    def show_section(self, section: PlanSection, guide: PlanSectionGuide | None) -> None:
        """Show this section's title, guidance and items; examples only while it is empty."""
        self.ui.titleLabel.setText(section.title)
        empty = not section.items
        own_words = self.tr("A section of your own. Add whatever belongs here.")
        self.ui.guidanceLabel.setText(guide.guidance if guide else own_words)
        self.ui.guidanceLabel.setVisible(guide is not None or empty)
        self.ui.itemList.setAccessibleName(section.title)
        self.ui.addEdit.setAccessibleName(self.tr("Add to “%1”").replace("%1", section.title))
        self.ui.addButton.setAccessibleName(self.tr("Add to “%1”").replace("%1", section.title))
        self.ui.addButton.setAccessibleDescription(self.tr("Adds what you typed to this section"))
        self.model.set_items(section.items)
        self.ui.itemList.setVisible(not empty)
        self._show_examples(guide.examples if guide and empty else ())
        self.ui.removeSectionButton.setVisible(guide is None and empty)
        if self.address_book_button is not None:
            self.address_book_button.setVisible(self._address_book_action() is not None)

    # -- "People I can talk to": the address book on the People screen -------------------------------

    def _add_address_book_link(self) -> None:
        button = QPushButton(self.tr("Open your address book →"), self)
        button.setObjectName("addressBookButton")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(ADDRESS_BOOK_LOOK)
        button.setAccessibleDescription(
            self.tr("The People screen: who you can talk to, how to reach them, and when you last talked")
        )
        button.clicked.connect(self._open_address_book)
        self.ui.cardLayout.insertWidget(
            self.ui.cardLayout.indexOf(self.ui.guidanceLabel) + 1, button, 0, Qt.AlignmentFlag.AlignLeft
        )
        self.address_book_button = button

    def _address_book_action(self) -> QAction | None:
        """The main window's People action (Ctrl+6); None when the plan is shown on its own."""
        return self.window().findChild(QAction, "actionShowPeople")

    def _open_address_book(self) -> None:
        action = self._address_book_action()
        if action is not None and action.isEnabled():
            action.trigger()

    def _show_examples(self, examples: tuple[str, ...]) -> None:
        self.ui.examplesLabel.setVisible(bool(examples))
        if examples == self._examples:
            return
        self._examples = examples
        for old in self.example_buttons:
            self.ui.examplesLayout.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        self.example_buttons = []
        previous: QWidget = self.ui.itemList  # tab order: the list, the examples, then the add line
        for text in examples:
            button = ExampleButton(text, self)
            button.setObjectName("exampleButton")
            button.setAccessibleName(self.tr("Add “%1” to your plan").replace("%1", text))
            button.setToolTip(self.tr("Add this to your plan; you can change the words afterwards."))
            button.clicked.connect(lambda _=False, t=text: self.add_requested.emit(self.key, t))
            self.ui.examplesLayout.addWidget(button)
            self.example_buttons.append(button)
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.ui.addEdit)

    def offer_ideas(self, ideas: Sequence[str]) -> None:
        """Coping ideas from the content packs, in a menu beside the add line (the coping section)."""
        if self.ideas_button is None:
            if not ideas:
                return
            self.ideas_button = CopingIdeasButton(self)
            self.ideas_button.chosen.connect(lambda text: self.add_requested.emit(self.key, text))
            self.ui.addRow.addWidget(self.ideas_button)
            QWidget.setTabOrder(self.ui.addButton, self.ideas_button)
        self.ideas_button.offer(ideas)

    def apply_looks(self, palette: QPalette) -> None:
        make_quiet(self.ui.guidanceLabel, palette, on_base=True)
        make_quiet(self.ui.examplesLabel, palette, on_base=True)

    # -- adding --------------------------------------------------------------------------------------

    def _add_typed(self) -> None:
        text = self.ui.addEdit.text().strip()
        if text:
            self.add_requested.emit(self.key, text)

    def typed_text(self) -> str:
        return self.ui.addEdit.text().strip()

    def added(self) -> None:
        """The typed item was saved: clear the line, ready for the next."""
        self.ui.addEdit.clear()

    def commit_edit(self) -> None:
        self.ui.itemList.delegate.commit_open_editor()

    def select(self, item_id: str, focus: bool) -> QPoint | None:
        """Make an item current; returns its place in this card, for scrolling to it."""
        row = self.model.row_of(item_id)
        if row < 0:
            return None
        index = self.model.index(row)
        self.ui.itemList.setCurrentIndex(index)
        if focus:
            self.ui.itemList.setFocus()
        return self.ui.itemList.mapTo(self, self.ui.itemList.visualRect(index).center())

    def forget(self) -> None:
        """Drop every word this card holds (locking)."""
        self.model.clear()
        self.ui.addEdit.clear()
        self.ui.titleLabel.clear()
        self._show_examples(())

    # -- dropping onto the card ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if item_id_from(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if item_id_from(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        item_id = item_id_from(event.mimeData())
        if item_id:
            event.acceptProposedAction()
            rows = self.model.rowCount(QModelIndex())
            self.item_dropped.emit(item_id, self.key, rows - (self.model.row_of(item_id) >= 0))
