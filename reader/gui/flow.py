"""A layout that wraps its items onto more rows when they do not fit side by side.

For rows of buttons in narrow places (the library panel's Open · Listen later · Delete · More):
its minimum width is that of its widest item, so the row never makes a panel or window wider;
its height grows with the rows it needs (height-for-width).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """All items on one row."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """One item per row: as narrow as the widest item."""
        m = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows[-1] and used + self._spacing + w > area.width():
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(i.sizeHint().height() for i in row)
            if apply:
                # the row's items share its width, each at least its own hint (buttons line up)
                hints = [i.sizeHint().width() for i in row]
                spare = max(0, area.width() - sum(hints) - self._spacing * (len(row) - 1))
                x = area.x()
                for n, (item, hint) in enumerate(zip(row, hints, strict=True)):
                    extra = spare // len(row) + (1 if n < spare % len(row) else 0)
                    w = min(area.width(), hint + extra)
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, height)))
                    x += w + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + m.top() + m.bottom() if y > area.y() else 0


def flow_row(*widgets: QWidget) -> FlowLayout:
    """A wrapping row of ``widgets`` (buttons), spaced as the style spaces a row of buttons."""
    spacing = 6
    if widgets:
        kind = QSizePolicy.ControlType.PushButton
        spacing = max(4, widgets[0].style().layoutSpacing(kind, kind, Qt.Orientation.Horizontal))
    flow = FlowLayout(spacing=spacing)
    for w in widgets:
        flow.addWidget(w)
    return flow
