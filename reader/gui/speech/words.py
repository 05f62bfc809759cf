"""The word being spoken, marked in the window: the session's ``on_word`` reports (through
:class:`reader.gui.speech.playback.Playback`'s ``word`` signal) put on the page, and the highlight
unit (word / sentence / off) handed to the session the moment the reader changes it.

Where the word times come from is the engine's business (reader.speech.engines): the natural
voice's are the service's own word boundaries, espeak-ng's its word events, Google's are spread
over the clip by syllables (estimated, so they drift a little within a long sentence, but they
stay inside the sentence being heard and move in reading order; they are shown like the others
rather than hidden, as Readest does with estimated marks).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from reader.gui.settings_bridge import SettingsBridge
from reader.gui.speech.highlight import PageSentences
from reader.gui.speech.playback import Playback
from reader.speech.words import highlight_unit

log = logging.getLogger(__name__)

UNIT_SETTINGS = ("tts_highlight_unit", "tts_highlight")


class WordFollow(QObject):
    """Puts each reported word on the page and keeps the session's highlight unit in step."""

    def __init__(self, playback: Playback, page: PageSentences, settings: SettingsBridge) -> None:
        super().__init__(page)
        self.playback = playback
        self.page = page
        self.settings = settings
        self.shown: tuple[int, tuple[int, int] | None] | None = None  # the last word reported
        playback.word.connect(self._on_word)
        settings.changed.connect(self._on_setting)

    @property
    def unit(self) -> str:
        return highlight_unit(self.settings)

    def _on_word(self, index: int, span: object) -> None:
        word = span if isinstance(span, tuple) and len(span) == 2 else None
        self.shown = (index, word)
        self.page.show_word(index, word)

    def _on_setting(self, name: str, _value: object) -> None:
        if name not in UNIT_SETTINGS:
            return
        unit = self.unit
        session = self.playback.session
        if session is not None and session.highlight_unit != unit:
            session.set_highlight_unit(unit)  # "word" again: the next poll reports the word
        if unit != "word":
            self.page.view.clear_word()

    def reapply(self) -> None:
        """Put the word back after the window rebuilt or restyled the document."""
        session = self.playback.session
        now = session.current_word() if session is not None else None
        if now is not None:
            self.page.show_word(now[0], now[1], follow=False)
