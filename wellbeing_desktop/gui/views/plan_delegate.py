"""How a plan item looks and is edited: a bullet, wrapped words, and a small remove button on the row
under the mouse or selected. The editor is a line edit held to the longest item the vault accepts.

It remembers its open editor, so the view can commit an edit in progress before switching or locking.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from wellbeing_desktop.domain.rules import MAX_PLAN_ITEM_CHARS
from wellbeing_desktop.gui.views.plan_model import ID_ROLE

PAD_X, PAD_Y, BULLET_W, REMOVE_W = 8, 6, 16, 28
AnyIndex = QModelIndex | QPersistentModelIndex


class PlanItemDelegate(QStyledItemDelegate):
    """Signals: remove_clicked(item_id)."""

    remove_clicked = Signal(str)

    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._view = parent
        self._editor: QLineEdit | None = None

    # -- size and painting ---------------------------------------------------------------------------

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(PAD_X + BULLET_W, PAD_Y, -REMOVE_W, -PAD_Y)

    def _remove_rect(self, rect: QRect) -> QRect:
        return QRect(rect.right() - REMOVE_W + 4, rect.top() + (rect.height() - 20) // 2, 20, 20)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = max(self._view.viewport().width(), 120)
        text_width = width - PAD_X - BULLET_W - REMOVE_W
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, text_width, 100_000), flags, index.data() or "")
        return QSize(width, max(bounds.height(), option.fontMetrics.height()) + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        rect = self._text_rect(opt.rect)
        bullet = QRect(opt.rect.left() + PAD_X, rect.top(), BULLET_W, opt.fontMetrics.height())
        painter.drawText(bullet, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), "•")
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(rect, flags, text)
        if opt.state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Selected):
            icon = style.standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton, None, opt.widget)
            icon.paint(painter, self._remove_rect(opt.rect))
        painter.restore()

    # -- the remove button ---------------------------------------------------------------------------

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: AnyIndex
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self._remove_rect(option.rect).contains(event.position().toPoint())
        ):
            self.remove_clicked.emit(index.data(ID_ROLE))
            return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: AnyIndex
    ) -> bool:
        if self._remove_rect(option.rect).contains(event.pos()):
            QToolTip.showText(event.globalPos(), self.tr("Remove (Delete)"), view)
            return True
        QToolTip.hideText()
        return True  # no tooltip with the item's words: they are already on screen

    # -- editing -------------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("planItemEditor")
        editor.setAccessibleName(self.tr("Edit this item"))
        editor.setMaxLength(MAX_PLAN_ITEM_CHARS)
        editor.destroyed.connect(self._forget)
        self._editor = editor
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = option.rect.adjusted(PAD_X + BULLET_W - 4, 2, -REMOVE_W, -2)
        editor.setGeometry(rect)

    def _forget(self) -> None:
        self._editor = None

    def commit_open_editor(self) -> None:
        """Save the words in an open editor now and close it (before switching or locking)."""
        editor = self._editor
        if editor is not None:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self._editor = None
