"""Support now: where to turn, one click (F1) from every screen, even while locked. Never pops up
uninvited. The person can fill in or change any contact; their own are kept in the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.content.model import Signpost
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import signposting


class SupportDialog(QDialog):
    def __init__(self, session: VaultSession, defaults: tuple[Signpost, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("supportDialog")
        self.setWindowTitle(self.tr("Support now"))
        self.resize(560, 640)
        self._session = session
        vault = session.vault if session.is_unlocked else None
        self._edits: dict[str, tuple[QLineEdit, str]] = {}

        heading = QLabel(self.tr("Support, whenever you need it"), self)
        heading.setFont(heading_font(heading.font(), 1.3))
        intro = QLabel(
            self.tr(
                "You don't have to manage on your own. If you or someone else is in danger now, call 999."
            ),
            self,
        )
        intro.setWordWrap(True)
        cards = QWidget(self)
        column = QVBoxLayout(cards)
        for signpost in signposting.signposts(defaults, vault):
            column.addWidget(self._card(signpost, editable=vault is not None))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(cards)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.noteLabel = QLabel(self)
        self.noteLabel.setObjectName("noteLabel")
        self.noteLabel.setWordWrap(True)
        if vault is None:
            self.noteLabel.setText(self.tr("Unlock your vault to see or add your own contacts."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if vault is not None:
            buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
            )
            buttons.accepted.connect(self.save)
            buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
                self.tr("Keeps the contacts you added or changed")
            )
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Closes this window; support is always one click away")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, scroll, self.noteLabel, buttons):
            layout.addWidget(widget)

    def _card(self, signpost: Signpost, *, editable: bool) -> QWidget:
        card = QFrame(self)
        card.setObjectName(f"signpost-{signpost.key}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        name = QLabel(signpost.name, card)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        box.addWidget(name)
        if editable:
            contact = QLineEdit(signpost.contact, card)
            contact.setObjectName(f"contact-{signpost.key}")
            contact.setAccessibleName(self.tr("How to reach %1").replace("%1", signpost.name))
            contact.setPlaceholderText(signpost.hint or self.tr("Add how to reach them"))
            self._edits[signpost.key] = (contact, signpost.contact)
            box.addWidget(contact)
        else:
            shown = QLabel(signpost.contact or signpost.hint, card)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            box.addWidget(shown)
        when = QLabel(signpost.when, card)
        when.setWordWrap(True)
        box.addWidget(when)
        return card

    def save(self) -> None:
        vault = self._session.vault
        try:
            for key, (field, before) in self._edits.items():
                if field.text().strip() != before:
                    signposting.set_contact(vault, key, field.text())
        except WellbeingError as error:
            self.noteLabel.setText(error.message)
            return
        self._session.changed.emit("preferences")
        self.accept()
