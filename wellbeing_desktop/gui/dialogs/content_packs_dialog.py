"""Preferences ▸ Content packs: the packs in use (built-in first, not removable), adding one from a .zip
or a folder (checked in full first: a bad pack is refused naming file and line, and nothing of it is
kept), removing one, and my own templates with "Share my templates…" (a pack of templates only).

Packs change what the screens offer from the next start: the screens are built from the content once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QWidget,
)

from wellbeing_desktop.content import ContentError, load_builtin
from wellbeing_desktop.content import installed as packs
from wellbeing_desktop.content.addon import AddOnPack
from wellbeing_desktop.content.model import ContentPack, PackInfo, Template
from wellbeing_desktop.gui.folder_chooser import choose_folder
from wellbeing_desktop.gui.forms.ui_content_packs_dialog import Ui_ContentPacksDialog
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.i18n import fill
from wellbeing_desktop.plural import count_of
from wellbeing_desktop.services import my_templates

_BUILT_IN = ""  # the item data of the built-in pack: it has no id and cannot be removed


class ContentPacksDialog(QDialog):
    def __init__(
        self, session: VaultSession, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContentPacksDialog()
        self.ui.setupUi(self)
        self.setObjectName("contentPacksDialog")
        self._session = session
        self._folder = folder or packs.packs_folder()
        self._descriptions: dict[str, str] = {}
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Closes this window; your changes are already kept")
        )
        menu = QMenu(ui.addPackButton)
        menu.setObjectName("addPackMenu")
        menu.addAction(self.tr("From a .zip file…"), self.choose_zip)
        menu.addAction(self.tr("From a folder…"), self.choose_folder)
        ui.addPackButton.setMenu(menu)
        ui.removePackButton.clicked.connect(self.remove_chosen_pack)
        ui.packList.currentRowChanged.connect(self._pack_chosen)
        ui.newTemplateButton.clicked.connect(lambda: self.edit_template(None))
        ui.editTemplateButton.clicked.connect(self._edit_chosen_template)
        ui.templateList.itemActivated.connect(lambda _item: self._edit_chosen_template())
        ui.removeTemplateButton.clicked.connect(self.remove_chosen_template)
        ui.templateList.currentRowChanged.connect(lambda _row: self._enable_template_buttons())
        ui.shareButton.clicked.connect(self.share_templates)
        session.locked.connect(self.reject)
        session.locked.connect(self.ui.templateList.clear)  # my templates' names are mine
        self.refresh()

    # -- packs ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        content = packs.load_content(self._folder)
        ui = self.ui
        ui.packList.clear()
        self._descriptions.clear()
        builtin = load_builtin()
        self._add_item(_BUILT_IN, self.tr("%1 %2, comes with the app"), builtin.info, builtin)
        for pack in content.packs:
            self._add_item(pack.id, self.tr("%1 %2, by %3"), pack.info, pack)
        ui.packList.setCurrentRow(0)
        if content.notices:
            ui.statusLabel.setText(" ".join(content.notices))
        self._show_my_templates()

    def _add_item(self, pack_id: str, words: str, info: PackInfo, pack: ContentPack | AddOnPack) -> None:
        byline = fill(words, info.name, info.version, info.author)
        item = QListWidgetItem(f"{byline}\n{self._what_it_adds(pack)}")
        item.setData(Qt.ItemDataRole.UserRole, pack_id)
        self.ui.packList.addItem(item)
        self._descriptions[pack_id] = pack.info.description

    def _what_it_adds(self, pack: ContentPack | AddOnPack) -> str:
        counts = [
            (len(pack.templates), self.tr("template"), self.tr("templates")),
            (len(pack.plan_sections), self.tr("plan section"), self.tr("plan sections")),
            (
                sum(len(g.words) for g in pack.feeling_words),
                self.tr("feeling word"),
                self.tr("feeling words"),
            ),
            (len(pack.coping_ideas), self.tr("coping idea"), self.tr("coping ideas")),
            (len(pack.signposts), self.tr("support contact"), self.tr("support contacts")),
        ]
        return ", ".join(count_of(n, one, many) for n, one, many in counts if n)

    def _pack_chosen(self, row: int) -> None:
        item = self.ui.packList.item(row)
        pack_id = item.data(Qt.ItemDataRole.UserRole) if item else _BUILT_IN
        self.ui.packDetailsLabel.setText(self._descriptions.get(pack_id, ""))
        self.ui.removePackButton.setEnabled(item is not None and pack_id != _BUILT_IN)

    def choose_zip(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a content pack"),
            str(Path.home()),
            self.tr("Content packs (*.zip)"),
            options=QFileDialog.Option.DontUseNativeDialog,  # Qt's own: no recent-files list
        )
        if path:
            self.add_pack(Path(path))

    def choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Choose the pack's folder"))
        if folder is not None:
            self.add_pack(folder)

    def add_pack(self, source: Path) -> AddOnPack | None:
        """Check the pack in full, then install it; a problem is one sentence naming file and line."""
        try:
            pack = packs.install(source, self._folder)
        except ContentError as error:
            self.ui.statusLabel.setText(self.tr("This pack was not added. %1").replace("%1", error.message))
            return None
        except OSError as error:
            self.ui.statusLabel.setText(
                self.tr("This pack was not added: %1.").replace("%1", error.strerror or str(error))
            )
            return None
        self.refresh()
        self.ui.statusLabel.setText(
            self.tr("“%1” is added. Its words appear the next time you open Wellbeing Desktop.").replace(
                "%1", pack.info.name
            )
        )
        return pack

    def remove_chosen_pack(self, *, ask: bool = True) -> None:
        item = self.ui.packList.currentItem()
        pack_id = item.data(Qt.ItemDataRole.UserRole) if item else _BUILT_IN
        if pack_id == _BUILT_IN:
            return
        name = item.text().split("\n")[0]
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Remove this pack?"),
                self.tr(
                    "Entries you wrote with its templates stay in your diary, just as you wrote them. "
                    "Remove %1?"
                ).replace("%1", name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            packs.remove(pack_id, self._folder)
        except (ContentError, OSError) as error:
            self.ui.statusLabel.setText(str(error))
            return
        self.refresh()
        self.ui.statusLabel.setText(self.tr("Removed. It goes the next time you open Wellbeing Desktop."))

    # -- my templates --------------------------------------------------------------------------------

    def _my_templates(self) -> list[Template]:
        return my_templates.load(self._session.vault) if self._session.is_unlocked else []

    def _show_my_templates(self) -> None:
        ui = self.ui
        ui.templateList.clear()
        for template in self._my_templates():
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            item.setToolTip(template.description)
            ui.templateList.addItem(item)
        self._enable_template_buttons()

    def _enable_template_buttons(self) -> None:
        ui = self.ui
        chosen = ui.templateList.currentItem() is not None
        ui.editTemplateButton.setEnabled(chosen)
        ui.removeTemplateButton.setEnabled(chosen)
        ui.shareButton.setEnabled(ui.templateList.count() > 0)

    def _chosen_template(self) -> Template | None:
        item = self.ui.templateList.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((t for t in self._my_templates() if t.key == key), None)

    def _edit_chosen_template(self) -> None:
        template = self._chosen_template()
        if template is not None:
            self.edit_template(template)

    def edit_template(self, template: Template | None) -> QDialog:
        from wellbeing_desktop.gui.dialogs.my_template_dialog import MyTemplateDialog

        dialog = MyTemplateDialog(self._session.vault, template, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._my_templates_changed)
        dialog.open()
        return dialog

    def remove_chosen_template(self) -> None:
        template = self._chosen_template()
        if template is not None:
            my_templates.remove(self._session.vault, template.key)
            self._my_templates_changed()

    def _my_templates_changed(self) -> None:
        """Show the list again, and tell the screens: writing offers my templates at once."""
        self._show_my_templates()
        if self._session.is_unlocked:
            self._session.changed.emit(my_templates.CHANGED)

    def share_templates(self) -> QDialog:
        from wellbeing_desktop.gui.dialogs.share_templates_dialog import ShareTemplatesDialog

        dialog = ShareTemplatesDialog(self._my_templates(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.shared.connect(
            lambda path: self.ui.statusLabel.setText(self.tr("Saved to %1.").replace("%1", path))
        )
        dialog.open()
        return dialog


def open_content_packs(session: VaultSession, parent: QWidget) -> ContentPacksDialog:
    dialog = ContentPacksDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
