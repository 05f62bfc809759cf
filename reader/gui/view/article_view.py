"""ArticleView: the article in a QTextBrowser, so selection, copy, keyboard scrolling and accessibility
come from Qt, plus what features need: block positions, a highlight, scroll control, context-menu hooks.

Privacy: ``loadResource`` refuses every remote URL unless images are switched on, and then only images
fetched by the window (never stylesheets, fonts or scripts; QTextDocument runs no scripts at all).
Links are not followed inside the view; ``link_activated`` hands them to the window.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from reader.articles.imagesrc import safe_image_src
from reader.articles.model import Article
from reader.gui.i18n import translate
from reader.gui.settings_bridge import SettingsBridge
from reader.gui.view import document as ad
from reader.gui.view import word_mark
from reader.style.reading import STYLE_KEYS, ReadingStyle, step_size

log = logging.getLogger(__name__)

REMOTE_SCHEMES = frozenset({"http", "https", "ftp"})
DOC_MARGIN = 24.0  # px around the document; fixed, so a size change lays the document out only once

ContextHook = Callable[[QMenu, int], None]


class Overlay(Protocol):
    """Something drawn over the view that follows its size and may take keys and the mouse
    (reader.gui.view.line_focus.LineFocus)."""

    def resized(self) -> None: ...

    def key_pressed(self, e: QKeyEvent) -> bool: ...

    def mouse_moved(self, e: QMouseEvent) -> None: ...


class ArticleView(QTextBrowser):
    user_scrolled = Signal()
    zoom_requested = Signal(int)  # +1 / -1 from Ctrl+wheel
    link_activated = Signal(QUrl)
    remote_image_wanted = Signal(QUrl)
    first_painted = Signal()  # once, when an article has first reached the screen

    def __init__(self, style: ReadingStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName(translate("View", "Article text"))
        self.anchorClicked.connect(self.link_activated.emit)
        self.verticalScrollBar().actionTriggered.connect(lambda _a: self.user_scrolled.emit())
        self.context_menu_hooks: list[ContextHook] = []
        self.article: Article | None = None
        self.style_ = style
        self.images_on = False
        self._built: ad.BuiltArticle | None = None
        self._highlight: tuple[int, int] | None = None
        self._word: tuple[int, int] | None = None  # the word being spoken, inside the highlight
        self._remote_images: dict[str, QImage] = {}
        self._wheel_accum = 0
        self._painted = False
        self.line_focus: Overlay | None = None  # line focus, when the reader turns it on
        self._settings: SettingsBridge | None = None  # see follow_settings
        self._is_dark: Callable[[], bool] = lambda: False
        self.apply_theme_palette()

    # -- content -------------------------------------------------------------------------------
    def set_article(self, article: Article, meta_line: str = "", labels: ad.Labels | None = None) -> None:
        self._highlight = self._word = None
        self.setExtraSelections([])
        built = ad.build(article, self.style_, meta_line, images_on=self.images_on, labels=labels)
        for name, image in self._remote_images.items():
            built.document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
        built.document.setParent(self)  # the view deletes the previous document it owned
        # Named before the switch: the scroll bar reports the new document's range while it happens,
        # and whoever listens must not take those positions for the article that is leaving.
        self.article = article
        self._built = built
        self.setDocument(built.document)
        self._apply_margins()
        self.verticalScrollBar().setValue(0)

    def clear_article(self) -> None:
        self.article = None
        self._built = None
        self.setPlainText("")

    @property
    def title_range(self) -> tuple[int, int] | None:
        """Document positions [start, end) of the headline; None with no article."""
        return self._built.title_range if self._built else None

    @property
    def ranges(self) -> list[tuple[int, int]]:
        return list(self._built.ranges) if self._built else []

    def block_range(self, i: int) -> tuple[int, int]:
        """Document positions [start, end) of ``article.blocks[i]``; the text there is its plain_text()."""
        if self._built is None:
            raise IndexError("no article shown")
        return self._built.ranges[i]

    def range_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def block_at(self, pos: int) -> int:
        """Index of the article block at or after document position ``pos`` (-1 if none)."""
        if not self._built or not self._built.ranges:
            return -1
        ends = [e for _s, e in self._built.ranges]
        i = bisect.bisect_left(ends, pos)
        return min(i, len(ends) - 1)

    # -- style ---------------------------------------------------------------------------------
    def follow_settings(
        self, settings: SettingsBridge, actions: Mapping[str, QAction], is_dark: Callable[[], bool]
    ) -> None:
        """The view owns its type: 폰트 확대 / 폰트 축소 and Ctrl+wheel step ``font_size`` here, and every
        style setting restyles the view here, so the path from the action to the restyle stays short
        (actions -> this view -> settings -> style -> document). Connected before the window's own
        listener, so the window sees the new style when it follows a theme change."""
        self._settings = settings
        self._is_dark = is_dark
        actions["font_bigger"].triggered.connect(lambda: self.step_text_size(+1))
        actions["font_smaller"].triggered.connect(lambda: self.step_text_size(-1))
        actions["font_reset"].triggered.connect(lambda: settings.reset("font_size"))
        self.zoom_requested.connect(self.step_text_size)
        settings.changed.connect(self._style_setting_changed)

    def step_text_size(self, direction: int) -> None:
        """One step larger (+1) or smaller (-1); the settings file is written after the last step."""
        if self._settings is not None:
            current = int(self._settings.get("font_size"))
            self._settings.set("font_size", step_size(current, direction), soon=True)

    def _style_setting_changed(self, name: str, _value: object) -> None:
        if name in STYLE_KEYS:
            self.restyle_from_settings()

    def restyle_from_settings(self) -> None:
        """Take the style the settings (and, for the system theme, the desktop) ask for now."""
        if self._settings is not None:
            self.set_style(ReadingStyle.from_settings(self._settings.settings, self._is_dark()))

    def set_style(self, style: ReadingStyle, keep_anchor: bool = True) -> None:
        anchor = self._scroll_anchor() if keep_anchor else None
        theme_changed = style.theme != self.style_.theme
        self.style_ = style
        if theme_changed:  # a size step leaves the colours alone
            self.apply_theme_palette()
        if self._built is not None:
            ad.restyle(self._built, style, self.side_margin())
        else:
            self._apply_margins()
        if self._highlight:
            self._show_marks()
        if anchor is not None:
            self._restore_anchor(anchor)

    def apply_theme_palette(self) -> None:
        t = self.style_.theme
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            pal.setColor(group, QPalette.ColorRole.Base, QColor(t.background))
            pal.setColor(group, QPalette.ColorRole.Window, QColor(t.background))
            pal.setColor(group, QPalette.ColorRole.Text, QColor(t.text))
            pal.setColor(group, QPalette.ColorRole.Link, QColor(t.link))
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor(t.selection_bg))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(t.selection_text))
        self.setPalette(pal)
        self.viewport().setPalette(pal)
        self.setAutoFillBackground(True)

    def side_margin(self, width: int | None = None) -> float:
        """Left/right margin that centres a column of ``content_width`` em (CSS em: the font size)."""
        col = self.style_.content_width * self.style_.font_size
        avail = width if width is not None else self.viewport().width()
        pad = max(DOC_MARGIN, self.style_.font_size * 0.6)
        return float(max(pad, (avail - col) // 2))  # the frame's side margins replace documentMargin

    def column_width(self) -> float:
        """Width of the text column as laid out now, in px."""
        ff = self.document().rootFrame().frameFormat()
        return self.document().textWidth() - ff.leftMargin() - ff.rightMargin()

    def _apply_margins(self, width: int | None = None) -> None:
        doc = self.document()
        if doc.documentMargin() != DOC_MARGIN:
            doc.setDocumentMargin(DOC_MARGIN)
        side = self.side_margin(width)
        root = doc.rootFrame()
        ff = root.frameFormat()
        if ff.leftMargin() != side or ff.rightMargin() != side:
            ff.setLeftMargin(side)
            ff.setRightMargin(side)
            root.setFrameFormat(ff)

    def resizeEvent(self, e: QResizeEvent) -> None:
        anchor = self._scroll_anchor()
        bar = self.verticalScrollBar().sizeHint().width()
        self._apply_margins(max(0, e.size().width() - bar))
        super().resizeEvent(e)
        if anchor is not None and e.oldSize().width() != e.size().width():
            self._restore_anchor(anchor)
        if self.line_focus is not None:
            self.line_focus.resized()

    # -- scrolling -----------------------------------------------------------------------------
    def _block_top(self, pos: int) -> tuple[float, float]:
        layout = self.document().documentLayout()
        rect = layout.blockBoundingRect(self.document().findBlock(pos))
        return rect.top(), rect.height()

    def top_block_index(self) -> int:
        """The article block showing at the top edge of the view (-1 with no article)."""
        if not self._built or not self._built.ranges:
            return -1
        y = self.verticalScrollBar().value() + 1
        lo, hi = 0, len(self._built.ranges) - 1
        while lo < hi:  # first block whose bottom is below the top edge
            mid = (lo + hi) // 2
            top, height = self._range_geom(mid)
            if top + height <= y:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _range_geom(self, i: int) -> tuple[float, float]:
        assert self._built is not None
        start, end = self._built.ranges[i]
        top, _h = self._block_top(start)
        last_top, last_h = self._block_top(max(start, end - 1) if end > start else start)
        return top, max(1.0, last_top + last_h - top)

    def _scroll_anchor(self) -> tuple[int, float] | None:
        """Which article block is at the top, and how far into it, so a relayout can come back to it."""
        if not self._built or not self._built.ranges or self.verticalScrollBar().value() == 0:
            return None
        i = self.top_block_index()
        if i < 0:
            return None
        top, height = self._range_geom(i)
        frac = (self.verticalScrollBar().value() - top) / height
        return i, max(0.0, min(0.999, frac))

    def _restore_anchor(self, anchor: tuple[int, float]) -> None:
        i, frac = anchor
        if not self._built or i >= len(self._built.ranges):
            return
        top, height = self._range_geom(i)
        self.verticalScrollBar().setValue(int(top + frac * height))

    def scroll_to_block(self, i: int) -> None:
        if not self._built or not (0 <= i < len(self._built.ranges)):
            return
        top, _h = self._block_top(self._built.ranges[i][0])
        self.verticalScrollBar().setValue(int(top))

    def ensure_visible(self, pos: int) -> None:
        """Scroll only when ``pos`` is off screen or near an edge; then put it a third of the way down."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(pos, self.document().characterCount() - 1)))
        rect = self.cursorRect(cursor)
        h = self.viewport().height()
        margin = min(h // 6, rect.height() * 2)
        if rect.top() < margin or rect.bottom() > h - margin:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - h // 3)

    def position_at(self, point: QPoint) -> int:
        """Document position under ``point`` (viewport coordinates)."""
        return self.cursorForPosition(point).position()

    # -- highlight -----------------------------------------------------------------------------
    def set_highlight(self, start: int, end: int) -> None:
        """Mark the sentence being read; a word mark outside it goes (it was the last sentence's)."""
        self._highlight = (start, end)
        if self._word is not None and not (start <= self._word[0] and self._word[1] <= end):
            self._word = None
        self._show_marks()

    def clear_highlight(self) -> None:
        """No sentence and no word marked (Stop, the end, highlight off)."""
        self._highlight = None
        self._word = None
        self._show_marks()

    def set_word(self, start: int, end: int) -> None:
        """Mark the word being spoken (document positions), over the sentence's highlight."""
        self._word = (start, end)
        self._show_marks()

    def clear_word(self) -> None:
        if self._word is not None:
            self._word = None
            self._show_marks()

    @property
    def highlight(self) -> tuple[int, int] | None:
        return self._highlight

    @property
    def word(self) -> tuple[int, int] | None:
        return self._word

    @property
    def reading_focus(self) -> tuple[int, int] | None:
        """Where the reading is: the word being spoken, else the sentence (line focus follows it)."""
        return self._word or self._highlight

    def _show_marks(self) -> None:
        marks = word_mark.selections(self.document(), self.style_, self._highlight, self._word)
        self.setExtraSelections(marks)

    # -- resources -----------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        name = QUrl(name) if isinstance(name, str) else name
        scheme = name.scheme().lower()
        if scheme in REMOTE_SCHEMES:
            key = name.toString()
            if key in self._remote_images:
                return self._remote_images[key]
            if self.images_on and type == QTextDocument.ResourceType.ImageResource.value:
                self.remote_image_wanted.emit(name)
            log.debug("blocked remote resource %s", key)
            return None
        if type != QTextDocument.ResourceType.ImageResource.value:
            return None  # no stylesheets or other documents from anywhere
        if scheme != "data" or not safe_image_src(name.toString()):
            return None  # never a local file (reader.articles.imagesrc): only the page's own data: pictures
        return super().loadResource(type, name)

    def remote_image(self, src: str) -> QImage | None:
        """An image already fetched for this view (print uses these; it never fetches)."""
        return self._remote_images.get(src)

    def add_remote_image(self, url: QUrl, image: QImage) -> None:
        self._remote_images[url.toString()] = image
        self.document().addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
        self.document().markContentsDirty(0, self.document().characterCount())

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if not self._painted and self.article is not None:
            self._painted = True
            self.first_painted.emit()

    # -- input ---------------------------------------------------------------------------------
    def wheelEvent(self, e: QWheelEvent) -> None:
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_accum += e.angleDelta().y()
            while abs(self._wheel_accum) >= 120:
                step = 1 if self._wheel_accum > 0 else -1
                self._wheel_accum -= 120 * step
                self.zoom_requested.emit(step)
            e.accept()
            return
        super().wheelEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # QTextBrowser zooms on Ctrl+plus/minus itself; the window's actions own those keys.
        if e.matches(QKeySequence.StandardKey.ZoomIn) or e.matches(QKeySequence.StandardKey.ZoomOut):
            e.ignore()
            return
        if self.line_focus is not None and self.line_focus.key_pressed(e):
            e.accept()
            return
        super().keyPressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        super().mouseMoveEvent(e)
        if self.line_focus is not None:
            self.line_focus.mouse_moved(e)

    def build_context_menu(self, point: QPoint) -> QMenu:
        """The standard menu (copy, select all) plus what features hook in for this position."""
        menu = self.createStandardContextMenu(point)
        pos = self.position_at(point)
        for hook in list(self.context_menu_hooks):
            try:
                hook(menu, pos)
            except Exception:
                log.exception("context menu hook failed")
        return menu

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.build_context_menu(e.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(e.globalPos())
