"""Where listening stopped: the sentence reached is noted as it goes (in the library database, through
the window's reading state), and offered back ("Continue from sentence n") when the article opens.

The listening queue resumes from the same record, so the offer and the queue always agree.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from reader.articles.model import Article
from reader.gui.api import ReaderWindow
from reader.gui.i18n import translate
from reader.gui.speech.bar import SpeechBar
from reader.gui.speech.highlight import PageSentences
from reader.gui.wording import Worded

if TYPE_CHECKING:
    from reader.library.places import Place

SAVE_EVERY = 2.0  # seconds between place writes while reading


class ResumeOffer:
    """The offer to continue an article where listening stopped, in the bar and the message bar."""

    def __init__(self, window: ReaderWindow, page: PageSentences, bar: SpeechBar, action: QAction) -> None:
        self.window = window
        self.page = page
        self.bar = bar
        self.action = action  # speech_resume_offer
        self.sentence: int | None = None
        self._text: Worded | None = None  # the offer's message, to take it back
        self._last_noted = 0.0

    def note(self, article: Article, sentence: int, force: bool = False) -> None:
        """Read-aloud is at ``sentence`` of ``article``: write it down now and then, or now (``force``)."""
        now = time.monotonic()
        if not force and now - self._last_noted < SAVE_EVERY:
            return
        self._last_noted = now
        self.window.reading.remember_sentence(article, sentence)

    def offer(self, article: Article, place: Place) -> None:
        """The article opened with a place: offer to continue unless it was heard (nearly) to the end."""
        if article is not self.window.article or place.sentence <= 0:
            return
        n, total = self.page.spoken_place(place.sentence)
        if total == 0 or n >= total:
            return
        self.sentence = place.sentence
        self.relabel()
        self.bar.resume_button.show()
        self.bar.show()

        def text() -> str:
            stopped = translate("ReadAloud", "You stopped listening at sentence {n} of {total}.")
            return stopped.format(n=n, total=total)

        self._text = text
        self.window.show_message(
            text,
            "info",
            actions=[
                (lambda: translate("ReadAloud", "Continue"), self.action.trigger),
                (lambda: translate("ReadAloud", "Start Over"), self.window.actions["replay"].trigger),
            ],
            timeout_ms=15000,
        )

    def withdraw(self) -> None:
        """The question is answered (reading started) or moot (another article)."""
        if self.sentence is not None and self._text and self.window.message_bar.text == self._text():
            self.window.message_bar.dismiss()
        self.sentence = None
        self._text = None
        self.bar.resume_button.hide()

    def relabel(self) -> None:
        if self.sentence is not None:
            n = self.page.spoken_place(self.sentence)[0]
            self.action.setText(translate("ReadAloud", "Continue from sentence {n}").format(n=n))
