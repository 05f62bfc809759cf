"""Sentences on the page: where each one is, the highlight on the one being read, keeping it in
view (until the reader scrolls away), and reading from a place the reader points at.

Everything here maps between sentences and positions in the shown document; sessions and saved
places do not need to know how.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from reader.gui.speech.base import SpeechBase
from reader.speech import session as S


class SpeechHighlight(SpeechBase):
    """The page side of read-aloud; part of :class:`reader.gui.speech.controller.SpeechController`."""

    def read_from_position(self, pos: int) -> None:
        """Read from the sentence at document position ``pos`` (double-click, context menu)."""
        article = self.window.article
        if article is None:
            return
        index = self.sentence_at(pos)
        if index is not None:
            self.read_article(article, index)

    def sentence_at(self, pos: int) -> int | None:
        """The sentence under (or just after) a document position."""
        sentences = self.sentences()
        best: int | None = None
        for s in sentences:
            rng = self.doc_range(s)
            if rng is None:
                continue
            start, end = rng
            if start <= pos < end or (pos < start and best is None):
                return int(s.index)
            if end <= pos:
                best = int(s.index)
        return best

    def sentences(self) -> list[Any]:
        """The shown article's sentences (split once per article)."""
        article = self.window.article
        if article is None:
            return []
        if self._sentences is None or self._sentences_for_article is not article:
            from reader.speech.sentences import split_article

            offline = self.settings.get("tts_engine") == "espeak"
            captions = bool(self.settings.get("tts_read_captions"))
            self._sentences = split_article(
                article, lexicon=self._lexicon(), offline=offline, read_captions=captions
            )
            self._sentences_for_article = article
        return self._sentences

    def doc_range(self, sentence: Any) -> tuple[int, int] | None:
        """Where a sentence is in the view's document; None when its block is not shown."""
        try:
            if sentence.block_index < 0:
                title = getattr(self.view, "title_range", None)
                if title is None:
                    built = getattr(self.view, "_built", None)
                    title = getattr(built, "title_range", None)
                if not title or title[1] <= title[0]:
                    return None
                base = int(title[0])
            else:
                base = int(self.view.block_range(sentence.block_index)[0])
        except (IndexError, TypeError):
            return None
        return base + int(sentence.start), base + int(sentence.end)

    def show_sentence(self, index: int, follow: bool = True) -> None:
        """Highlight sentence ``index`` (if highlighting is on) and keep it in view unless the user left."""
        sentences = self._sentences or []
        if not (0 <= index < len(sentences)):
            return
        rng = self.doc_range(sentences[index])
        if rng is None:
            self.view.clear_highlight()
            return
        if self.settings.get("tts_highlight"):
            self.view.set_highlight(*rng)
        else:
            self.view.clear_highlight()
        if self.away and self._in_view(rng[0]):
            self.away = False  # the reader scrolled back to where we are: follow again
            self.bar.back_button.hide()
        if follow and self.settings.get("tts_follow") and not self.away:
            self.view.ensure_visible(rng[0])
            self.view.ensure_visible(max(rng[0], rng[1] - 1))

    def _in_view(self, pos: int) -> bool:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(max(0, min(pos, self.view.document().characterCount() - 1)))
        rect = self.view.cursorRect(cursor)
        return rect.top() >= 0 and rect.bottom() <= self.view.viewport().height()

    def _reapply_highlight(self) -> None:
        if (
            self.current is not None
            and self.session is not None
            and self.session_article is self.window.article
        ):
            self.show_sentence(self.current, follow=True)

    def _on_user_scrolled(self) -> None:
        self._scrolled_by_user = True  # noted once the scroll bar has moved (_note_top)
        if self.session is None or self.current is None:
            return
        if self.session.state in (S.PLAYING, S.LOADING, S.PAUSED) and self.settings.get("tts_follow"):
            self.away = True
            self.bar.back_button.show()

    def back_to_reading(self) -> None:
        self.away = False
        self.bar.back_button.hide()
        if self.current is not None:
            self.show_sentence(self.current, follow=True)

    def _context_menu(self, menu: QMenu, pos: int) -> None:
        if self.window.article is None:
            return
        menu.addSeparator()
        act = menu.addAction(self.tr("Read Aloud From Here"))
        act.setObjectName("contextReadFromHere")
        act.triggered.connect(lambda _=False, p=pos: self.read_from_position(p))

    def _read_from_cursor(self) -> None:
        cursor = self.view.textCursor()
        if cursor.hasSelection() or cursor.position() > 0:
            self.read_from_position(cursor.selectionStart())
            return
        top = self.view.top_block_index()
        if top >= 0:
            self.read_from_position(self.view.block_range(top)[0])
        elif self.window.article is not None:
            self.read_article(self.window.article, 0)
