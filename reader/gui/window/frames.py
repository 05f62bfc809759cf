"""Visible edges for fields and buttons under a dark or high-contrast theme.

Qt's Fusion style draws the outline of a line edit, a combo box, a spin box or a push button a
shade darker than the window; on a black or near-black frame that shade is black, so the reader
who chose high contrast sees a search field only by its placeholder. This proxy of the current
style draws one more line around those controls in a colour of the theme's (WCAG asks 3:1 for a
control's edge; the themes' secondary-text colour gives 7:1 and more). Under a light theme it
draws nothing of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
_FRAMED = (PE.PE_FrameLineEdit, PE.PE_PanelButtonCommand, PE.PE_FrameTabWidget)
_FRAMED_COMPLEX = (CC.CC_ComboBox, CC.CC_SpinBox)


class EdgeStyle(QProxyStyle):
    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base)
        self.edge: QColor | None = None

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().drawPrimitive(element, option, painter, widget)
        if self.edge is not None and element in _FRAMED:
            self._outline(painter, QRectF(option.rect))

    def drawComplexControl(
        self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().drawComplexControl(control, option, painter, widget)
        if self.edge is not None and control in _FRAMED_COMPLEX:
            self._outline(painter, QRectF(option.rect))

    def _outline(self, painter: QPainter, rect: QRectF) -> None:
        if self.edge is None or rect.width() < 4 or rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0)
        painter.restore()


def set_edges(colour: QColor | None) -> None:
    """Edges in ``colour`` from now on (None: the style's own), installing the proxy on first use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if not isinstance(style, EdgeStyle):
        if colour is None:
            return  # a light theme from the start: the platform's style, untouched
        style = EdgeStyle(QStyleFactory.create(style.name()) if style.name() else None)
        app.setStyle(style)
    if style.edge != colour:
        style.edge = QColor(colour) if colour is not None else None
        for widget in app.allWidgets():
            widget.update()

