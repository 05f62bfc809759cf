"""Where the reader left an article: the sentence last heard and the block at the top of the
view, saved as they go and offered back ("Continue from sentence n") when the article opens again.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer

from reader.gui.speech.base import SpeechBase
from reader.positions import article_key

SAVE_EVERY = 2.0  # seconds between position writes while reading


class SpeechPlaces(SpeechBase):
    """Saved places and the resume offer; part of :class:`reader.gui.speech.controller.SpeechController`."""

    def _note_top(self, _value: int) -> None:
        if self._scrolled_by_user:
            self._scrolled_by_user = False
            self._top_seen = (self.window.article, self.view.top_block_index())

    def _remember_top(self) -> None:
        """Where the reader had scrolled to in the article they are leaving (reading, not only listening)."""
        seen, top = self._top_seen
        self._top_seen = (None, -1)
        if seen is not None and top >= 0:
            self.positions.remember(article_key(seen), top_block=top)

    def _on_article_changed(self, article: Any) -> None:
        if self._top_seen[0] is not article:
            self._remember_top()
        if self.session is not None and self.session_article is not article:
            self._drop_session()
        self._sentences = None
        self.away = False
        self.bar.back_button.hide()
        self.offer = None
        self.bar.resume_button.hide()
        self.bar.set_progress(0, 0, 0, 0)
        if article is None:
            return
        pos = self.positions.get(article_key(article))
        if pos is None:
            return
        if pos.top_block > 0:
            QTimer.singleShot(0, lambda b=pos.top_block, a=article: self._restore_top(a, b))
        if pos.sentence > 0 and (pos.sentence_count == 0 or pos.sentence < pos.sentence_count - 1):
            self.offer = pos.sentence
            self._offer_label()
            self.bar.resume_button.show()
            self.bar.show()
            place, total = self._place(pos.sentence)
            self._offer_text = self.tr("You stopped listening at sentence {n} of {total}.").format(
                n=place, total=total
            )
            self.window.show_message(
                self._offer_text,
                "info",
                actions=[(self.tr("Continue"), self._accept_offer), (self.tr("Start Over"), self.replay)],
                timeout_ms=15000,
            )

    def _place(self, index: int) -> tuple[int, int]:
        """(1-based place among the sentences read aloud, how many there are) — what the bar shows."""
        spoken = [s.index for s in self.sentences() if not s.skip]
        return sum(1 for i in spoken if i <= index), len(spoken)

    def _restore_top(self, article: Any, block: int) -> None:
        """Back to where the page was left, unless something (the library, the reader) moved it already."""
        if self.view.article is article and self.view.verticalScrollBar().value() == 0:
            self.view.scroll_to_block(block)

    def _offer_label(self) -> None:
        if self.offer is not None and hasattr(self, "bar"):
            text = self.tr("Continue from sentence {n}").format(n=self._place(self.offer)[0])
            self.actions["speech_resume_offer"].setText(text)

    def _accept_offer(self) -> None:
        article = self.window.article
        if article is not None:
            self.read_article(article, self.offer or 0)

    def _save_position(self, force: bool = False) -> None:
        session, article = self.session, self.session_article
        if session is None or article is None or self.current is None:
            return
        now = time.monotonic()
        if not force and now - self._last_saved < SAVE_EVERY:
            return
        self._last_saved = now
        shown = self.view.article is article  # after a switch the view shows the next article already
        self.positions.remember(
            article_key(article),
            sentence=self.current,
            sentence_count=len(session.sentences),
            top_block=max(0, self.view.top_block_index()) if shown else None,
        )
