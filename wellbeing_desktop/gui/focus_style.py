"""A clear focus outline on every control, so a person using the keyboard always sees where they are.

Fusion marks focus faintly (a thin outline only after a Tab press, a tinted frame on text fields). This
proxy draws a solid outline in the palette's highlight colour around whatever has focus: buttons, check
boxes, tabs and list items (the focus rectangle), text fields, combo boxes, spin boxes and scroll areas.
It follows the theme, since the colour comes from the palette; `width` is thicker in high contrast.
With `borders` (high contrast) it also outlines check boxes, radio buttons, text fields, combo and
spin boxes, sliders and framed lists in the text colour: Fusion draws their edges a shade darker than
the window, which on black is no edge at all.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QWidget,
)

_FIELDS = (
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
)
_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
_EDGED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)


class FocusOutlineStyle(QProxyStyle):
    def __init__(self, base: QStyle, width: int = 2, borders: bool = False) -> None:
        super().__init__(base)
        self.width = width
        self.borders = borders

    def _edge(self, painter: QPainter, rect: QRect, palette: QPalette, round_: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if round_:
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        else:
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _outline(self, painter: QPainter, rect: QRect, palette: QPalette) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), self.width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = self.width // 2
        painter.drawRect(rect.adjusted(inset, inset, -inset - (self.width % 2), -inset - (self.width % 2)))
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._outline(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        if self.borders and element in _EDGED and not (widget is not None and _inside_complex(widget)):
            round_ = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._edge(painter, option.rect, option.palette, round_)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element in _FIELDS and focused and (widget is None or not _inside_complex(widget)):
            self._outline(painter, option.rect, option.palette)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.borders and control in _COMPLEX:
            self._edge(painter, option.rect, option.palette)
        elif self.borders and control == QStyle.ComplexControl.CC_Slider and widget is not None:
            for part in (QStyle.SubControl.SC_SliderGroove, QStyle.SubControl.SC_SliderHandle):
                self._edge(painter, self.subControlRect(control, option, part, widget), option.palette)
        if control in _COMPLEX and option.state & QStyle.StateFlag.State_HasFocus:
            self._outline(painter, option.rect, option.palette)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if (
            self.borders
            and element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(option, QStyleOptionFrame)
            and option.frameShape != QFrame.Shape.NoFrame
        ):
            self._edge(painter, option.rect, option.palette)
        if (
            element == QStyle.ControlElement.CE_ShapedFrame
            and option.state & QStyle.StateFlag.State_HasFocus
            and widget is not None
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            self._outline(painter, option.rect, option.palette)


def _inside_complex(widget: QWidget) -> bool:
    """The line edit inside a spin box or editable combo box: its parent draws the outline."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    return isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
