"""Line focus: everything but a band of one, three or five lines is dimmed, as in Edge's Immersive Reader
and Chrome's reading mode, so a reader with low vision or a wandering eye keeps their place.

The band stays where it is on screen while the text scrolls under it (wheel, scroll bar, Page keys);
Up and Down move it a line at a time and scroll the text once it nears an edge; the mouse pointer
moves it to the line under it; while the article is read aloud it follows the sentence being read.
It is an overlay on the view's viewport that ignores the mouse, so selection and links work as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.gui.view.article_view import ArticleView

__all__ = ["MASK_ALPHA", "LineFocus"]

MASK_ALPHA = 205  # of 255: the text outside the band stays faintly visible, for orientation
EDGE = 0.25  # the band scrolls the text instead of moving when it would come this close to an edge


class _Mask(QWidget):
    def __init__(self, focus: LineFocus, parent: QWidget) -> None:
        super().__init__(parent)
        self.focus = focus
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, e: QPaintEvent) -> None:
        band = self.focus.band()
        if band is None:
            return
        top, bottom = band
        colour = QColor(self.focus.view.style_.theme.background)
        colour.setAlpha(MASK_ALPHA)
        p = QPainter(self)
        w = float(self.width())
        if top > 0:
            p.fillRect(QRectF(0.0, 0.0, w, top), colour)
        if bottom < self.height():
            p.fillRect(QRectF(0.0, bottom, w, self.height() - bottom), colour)
        p.end()


class LineFocus(QObject):
    """The band over one :class:`reader.gui.view.article_view.ArticleView`; off until :meth:`set_lines`."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self.lines = 0  # 0: off
        self._pos = -1  # document position of the middle line of the band
        self._doc: object | None = None
        self._highlight: tuple[int, int] | None = None
        self._own_scroll = False
        self._band_y: float | None = None  # viewport y of the band's middle line, kept while scrolling
        self.mask = _Mask(self, view.viewport())
        self.mask.hide()
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.line_focus = self

    # -- public ---------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.lines > 0 and self.view.article is not None

    def set_lines(self, lines: int) -> None:
        """Show ``lines`` lines (1, 3, 5 …) in the band; 0 turns line focus off."""
        self.lines = max(0, int(lines))
        if self.lines:
            self.view.viewport().setMouseTracking(True)
            self.mask.setGeometry(self.view.viewport().rect())
            self.mask.show()
            self.mask.raise_()
        else:
            self.mask.hide()
        self.mask.update()

    def band(self) -> tuple[float, float] | None:
        """(top, bottom) of the clear band in viewport pixels, or None when nothing is dimmed.

        The band holds whole lines: it reaches from halfway between the line above it and its first
        line to halfway between its last line and the line below, so no line is ever cut.
        """
        if not self.active:
            return None
        self._follow_document_and_speech()
        centre = self._line_ref(self._pos)
        if centre is None:
            return None
        above = (self.lines - 1) // 2
        below = self.lines - 1 - above
        first = last = centre
        for _ in range(above):
            prev = self._neighbour(first, -1)
            if prev is None:
                break
            first = prev
        for _ in range(below):
            nxt = self._neighbour(last, +1)
            if nxt is None:
                break
            last = nxt
        top, _ = self._glyph_box(first)
        _, bottom = self._glyph_box(last)
        before, after = self._neighbour(first, -1), self._neighbour(last, +1)
        pitch = max(1.0, bottom - top) / max(1, self.lines)
        top = (self._glyph_box(before)[1] + top) / 2 if before is not None else top - pitch * 0.15
        bottom = (bottom + self._glyph_box(after)[0]) / 2 if after is not None else bottom + pitch * 0.15
        return top, bottom

    # a line on the page: (block number, line number in the block)
    def _line_ref(self, pos: int) -> tuple[int, int] | None:
        doc = self.view.document()
        if pos < 0:
            return None
        block = doc.findBlock(min(pos, max(0, doc.characterCount() - 1)))
        layout = block.layout() if block.isValid() else None
        if layout is None or layout.lineCount() == 0:
            return None
        line = layout.lineForTextPosition(pos - block.position())
        return block.blockNumber(), line.lineNumber() if line.isValid() else 0

    def _neighbour(self, ref: tuple[int, int], step: int) -> tuple[int, int] | None:
        """The line before (``step`` -1) or after (+1) ``ref``, across blocks; None at either end."""
        doc = self.view.document()
        number, index = ref
        block = doc.findBlockByNumber(number)
        layout = block.layout()
        index += step
        if layout is not None and 0 <= index < layout.lineCount():
            return number, index
        block = block.previous() if step < 0 else block.next()
        while block.isValid():
            lines = block.layout()
            if lines is not None and lines.lineCount() > 0 and block.isVisible():
                return block.blockNumber(), (lines.lineCount() - 1 if step < 0 else 0)
            block = block.previous() if step < 0 else block.next()
        return None

    def _glyph_box(self, ref: tuple[int, int]) -> tuple[float, float]:
        """(top, bottom) in viewport pixels of the line's letters: its natural height from its top,
        but no further than the next line (a headline's lines are set closer than their font's)."""
        doc = self.view.document()
        block = doc.findBlockByNumber(ref[0])
        layout = block.layout()
        line = layout.lineAt(ref[1])
        height = line.height()
        if ref[1] + 1 < layout.lineCount():
            height = min(height, layout.lineAt(ref[1] + 1).y() - line.y())
        else:
            fmt = block.blockFormat()
            fixed = fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value
            if fixed and fmt.lineHeight() > 0:
                height = min(height, fmt.lineHeight())
        scroll = self.view.verticalScrollBar().value()
        top = doc.documentLayout().blockBoundingRect(block).top() + line.y() - scroll
        return top, top + height

    def focused_position(self) -> int:
        return self._pos

    # -- input (called by the view: no event filter that could outlive it) ---------------------
    def resized(self) -> None:
        self.mask.setGeometry(self.view.viewport().rect())

    def mouse_moved(self, e: QMouseEvent) -> None:
        if self.active and not e.buttons():  # a drag selects text; the band stays
            self._pos = self._position_at_y(e.position().y())
            self._remember_band()
            self.mask.update()

    def key_pressed(self, e: QKeyEvent) -> bool:
        """Up and Down move the band (True: the key was used); everything else scrolls as usual."""
        if not self.active or e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if e.key() == Qt.Key.Key_Down:
            return self.step(1)
        if e.key() == Qt.Key.Key_Up:
            return self.step(-1)
        return False

    def step(self, lines: int) -> bool:
        """Move the band ``lines`` lines down (up when negative); the text scrolls near an edge."""
        if not self.active:
            return False
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(max(0, self._pos))
        op = QTextCursor.MoveOperation.Down if lines > 0 else QTextCursor.MoveOperation.Up
        for _ in range(abs(lines)):
            if not cursor.movePosition(op):
                break
        self._pos = cursor.position()
        self._keep_in_view()
        self.mask.update()
        return True

    # -- internals ------------------------------------------------------------------------------
    def _scrolled(self, _value: int) -> None:
        """Someone else scrolled: the band keeps its place on screen and takes the line now under it."""
        if not self.active or self._own_scroll:
            return
        if self._band_y is not None:
            self._pos = self._position_at_y(self._band_y)
        self.mask.update()

    def _keep_in_view(self) -> None:
        geom = self._line_geometry(self._pos)
        if geom is None:
            return
        top, pitch = geom
        h = self.view.viewport().height()
        span = pitch * max(1, self.lines)
        low, high = h * EDGE, h * (1 - EDGE) - span / 2
        shift = 0.0
        if top > high:
            shift = top - high
        elif top < low:
            shift = top - low
        bar = self.view.verticalScrollBar()
        if shift:
            self._own_scroll = True
            try:
                bar.setValue(int(bar.value() + shift))
            finally:
                self._own_scroll = False
        self._remember_band()

    def _follow_document_and_speech(self) -> None:
        doc = self.view.document()
        if doc is not self._doc:  # a new article: start a third of the way down
            self._doc = doc
            self._highlight = None
            self._pos = self._position_at_y(self.view.viewport().height() / 3)
            self._remember_band()
        highlight = self.view.reading_focus
        if highlight is not None and highlight != self._highlight:
            self._highlight = highlight
            self._pos = highlight[0]
            self._remember_band()
        if self._pos < 0:
            self._pos = self._position_at_y(self.view.viewport().height() / 3)
            self._remember_band()

    def _remember_band(self) -> None:
        geom = self._line_geometry(self._pos)
        self._band_y = geom[0] + geom[1] / 2 if geom is not None else None

    def _position_at_y(self, y: float) -> int:
        """Start of the line at viewport height ``y``; in the gap between two blocks, the next one's first.

        Our own search rather than cursorForPosition: Qt's hit test answers the end of the document for a
        point in the margin between blocks.
        """
        doc = self.view.document()
        layout = doc.documentLayout()
        doc_y = y + self.view.verticalScrollBar().value()
        lo, hi = 0, max(0, doc.blockCount() - 1)
        while lo < hi:  # the first block whose bottom lies below doc_y
            mid = (lo + hi) // 2
            if layout.blockBoundingRect(doc.findBlockByNumber(mid)).bottom() <= doc_y:
                lo = mid + 1
            else:
                hi = mid
        block = doc.findBlockByNumber(lo)
        lines = block.layout()
        if lines is None or lines.lineCount() == 0:
            return block.position()
        rel = doc_y - layout.blockBoundingRect(block).top()
        chosen = lines.lineAt(0)
        for i in range(1, lines.lineCount()):
            line = lines.lineAt(i)
            if line.y() > rel:
                break
            chosen = line
        return block.position() + chosen.textStart()

    def _line_geometry(self, pos: int) -> tuple[float, float] | None:
        """(top in viewport pixels, line pitch) of the line holding document position ``pos``."""
        doc = self.view.document()
        if pos < 0:
            return None
        block = doc.findBlock(min(pos, max(0, doc.characterCount() - 1)))
        layout = block.layout() if block.isValid() else None
        if layout is None or layout.lineCount() == 0:
            return None
        line = layout.lineForTextPosition(pos - block.position())
        if not line.isValid():
            line = layout.lineAt(0)
        n = line.lineNumber()
        if n + 1 < layout.lineCount():
            pitch = layout.lineAt(n + 1).y() - line.y()
        else:
            fmt = block.blockFormat()
            fixed = fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value
            pitch = fmt.lineHeight() if fixed and fmt.lineHeight() > 0 else line.height()
        block_top = doc.documentLayout().blockBoundingRect(block).top()
        return block_top + line.y() - self.view.verticalScrollBar().value(), max(1.0, pitch)
