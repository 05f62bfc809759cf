"""How the library's lists draw a row: a headline and, under it, a quieter line (site · date).

Shared by the saved list, the listening queue and history; ``ID_ROLE`` is where each row keeps
the id of what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SAVED_ID_ROLE = ID_ROLE + 1  # history rows: the saved article's id, or None
AnyIndex = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """Rows of "headline\nsite · date": the headline in the list's font (bold when unread), the
    second line smaller and quieter, with room between rows for older eyes and fingers."""

    PAD = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")  # opt.text has \n turned into U+2028
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title, _, meta = text.partition("\n")
        rect = opt.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        colour = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)
        fm = QFontMetrics(opt.font)
        painter.drawText(
            rect.x(), rect.y() + fm.ascent(), fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        )
        small = QFont(opt.font)
        small.setBold(False)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.9))
        sfm = QFontMetrics(small)
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        y = rect.y() + fm.height() + 2 + sfm.ascent()
        painter.drawText(rect.x(), y, sfm.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.9))
        height = QFontMetrics(opt.font).height() + 2 + QFontMetrics(small).height() + self.PAD
        return QSize(100, height)
