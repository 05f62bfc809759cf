"""Sentences on the page: where each one is, the highlight on the one being read, keeping it in
view (until the reader scrolls away), and finding the sentence the reader points at.

Everything here maps between sentences and positions in the shown document; sessions and saved
places do not need to know how.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from reader.articles.model import Article
from reader.gui.settings_bridge import SettingsBridge
from reader.gui.view.article_view import ArticleView
from reader.speech.lexicon import Lexicon
from reader.speech.sentences import Sentence
from reader.speech.words import highlight_unit


class PageSentences(QObject):
    """The shown article's sentences and the highlight; ``away`` while the reader looks elsewhere."""

    away_changed = Signal(bool)

    def __init__(
        self, view: ArticleView, settings: SettingsBridge, lexicon: Callable[[], Lexicon | None]
    ) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.lexicon = lexicon
        self.away = False
        self._sentences: list[Sentence] | None = None
        self._for: Article | None = None

    def sentences(self) -> list[Sentence]:
        """The shown article's sentences (split once per article and voice)."""
        article = self.view.article
        if article is None:
            return []
        if self._sentences is None or self._for is not article:
            from reader.speech.sentences import split_article

            offline = self.settings.get("tts_engine") == "espeak"
            captions = bool(self.settings.get("tts_read_captions"))
            self._sentences = split_article(
                article, lexicon=self.lexicon(), offline=offline, read_captions=captions
            )
            self._for = article
        return self._sentences

    def forget(self) -> None:
        """Split again next time (another article, or another voice with other spoken forms)."""
        self._sentences = None

    def spoken_place(self, index: int) -> tuple[int, int]:
        """(1-based place among the sentences read aloud, how many there are) — what the bar shows."""
        spoken = [s.index for s in self.sentences() if not s.skip]
        return sum(1 for i in spoken if i <= index), len(spoken)

    def doc_range(self, sentence: Sentence) -> tuple[int, int] | None:
        """Where a sentence is in the view's document; None when its block is not shown."""
        base = self.block_base(sentence)
        return None if base is None else (base + sentence.start, base + sentence.end)

    def block_base(self, sentence: Sentence) -> int | None:
        """The document position of the start of ``sentence``'s block (the headline's for the
        title): offsets in the block's text, like the session's word spans, count from here."""
        try:
            if sentence.block_index < 0:
                title = self.view.title_range
                if title is None or title[1] <= title[0]:
                    return None
                return title[0]
            return self.view.block_range(sentence.block_index)[0]
        except IndexError:
            return None

    def sentence_at(self, pos: int) -> int | None:
        """The sentence under (or just after) a document position."""
        best: int | None = None
        for s in self.sentences():
            rng = self.doc_range(s)
            if rng is None:
                continue
            start, end = rng
            if start <= pos < end or (pos < start and best is None):
                return s.index
            if end <= pos:
                best = s.index
        return best

    def show(self, index: int, follow: bool = True) -> None:
        """Highlight sentence ``index`` (if highlighting is on) and keep it in view unless the reader left."""
        sentences = self._sentences or []
        if not (0 <= index < len(sentences)):
            return
        rng = self.doc_range(sentences[index])
        if rng is None:
            self.view.clear_highlight()
            return
        if highlight_unit(self.settings) != "off":
            self.view.set_highlight(*rng)
        else:
            self.view.clear_highlight()
        if self.away and self._in_view(rng[0]):
            self.set_away(False)  # the reader scrolled back to where we are: follow again
        if follow and self.settings.get("tts_follow") and not self.away:
            self.view.ensure_visible(rng[0])
            self.view.ensure_visible(max(rng[0], rng[1] - 1))

    def show_word(self, index: int, span: tuple[int, int] | None, follow: bool = True) -> None:
        """Mark the word at ``span`` (offsets in sentence ``index``'s block text, as the session
        reports them) or, with None, no word; the view follows the word like the sentence."""
        sentences = self._sentences or []
        if span is None or not (0 <= index < len(sentences)) or highlight_unit(self.settings) != "word":
            self.view.clear_word()
            return
        base = self.block_base(sentences[index])
        if base is None:
            self.view.clear_word()
            return
        start, end = base + span[0], base + span[1]
        if self.view.highlight is None or not (
            self.view.highlight[0] <= start and end <= self.view.highlight[1]
        ):
            self.show(index, follow=False)  # the word came before its sentence's own report
        self.view.set_word(start, end)
        if follow and self.settings.get("tts_follow") and not self.away:
            self.view.ensure_visible(start)  # a long sentence runs past the bottom: keep up with the word

    def set_away(self, away: bool) -> None:
        if away != self.away:
            self.away = away
            self.away_changed.emit(away)

    def _in_view(self, pos: int) -> bool:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(max(0, min(pos, self.view.document().characterCount() - 1)))
        rect = self.view.cursorRect(cursor)
        return rect.top() >= 0 and rect.bottom() <= self.view.viewport().height()

    def reading_start(self) -> int | None:
        """Where "read from here" starts: the cursor or selection, else the top of the view."""
        cursor = self.view.textCursor()
        if cursor.hasSelection() or cursor.position() > 0:
            return self.sentence_at(cursor.selectionStart())
        top = self.view.top_block_index()
        if top >= 0:
            return self.sentence_at(self.view.block_range(top)[0])
        return None
