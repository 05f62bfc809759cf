"""The word being spoken, placed on the sentence as it is displayed. Qt-free: the window's word
highlight, the .srt's word cues and the tests use the same code.

A clip's word marks (:meth:`reader.speech.synth.Synthesizer.words_for`) have their spans in the
sentence's *spoken* text, which the reading normalizer rewrote ("1.22(목)" is spoken "1월 22일
목요일", credits are not spoken at all). The normalizer keeps no map of its rewriting, so the spans
are carried back by a character alignment of the spoken and the displayed text
(:func:`reader.speech.engines.marks.source_spans`): exact where the text was left alone, the whole
displayed word(s) where it was rewritten. Several spoken words inside one displayed word ("세",
"개" for "3개") become one, marked from the first one's start
(:func:`reader.speech.engines.marks.displayed_words`, which the word .srt uses too).

Use, per clip (the mapping is built once, then each lookup is a bisection)::

    timeline = WordTimeline.for_clip(synth, clip, sentence)   # None: the voice gave no words
    span = timeline.word_at(player_elapsed_seconds)           # (start, end) in sentence.text, or None
    timeline.estimated                                        # True: Google's, spread by length

or once, :func:`word_at` ``(synth, clip, sentence, seconds)``. The window need not do either:
:class:`reader.speech.session.ReadAloudSession` follows the player itself and reports each new word
through ``Callbacks.on_word(sentence_index, (start, end) | None)``, offsets in the block's text like
``Sentence.start``/``end``, while its highlight unit is "word" (:func:`highlight_unit` reads the
setting; ``session.set_highlight_unit`` changes it while reading; ``session.current_word()`` asks).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from reader.settings import SCHEMA_BY_NAME
from reader.speech.engines.base import WordMark, WordMarks
from reader.speech.engines.marks import DisplayedWord, displayed_words

HIGHLIGHT_UNITS: tuple[str, ...] = tuple(SCHEMA_BY_NAME["tts_highlight_unit"].choices or ())


class SentenceText(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def spoken(self) -> str: ...


class WordSource(Protocol):
    def words_for(self, clip: Path) -> WordMarks | None: ...


class WordTimeline:
    """The displayed words of one sentence in the order and at the times they are spoken."""

    def __init__(self, marks: Sequence[WordMark], spoken: str, display: str) -> None:
        words = displayed_words(marks, spoken, display)
        self.words: tuple[DisplayedWord, ...] = tuple(words)
        self._starts = [w.start for w in words]

    @classmethod
    def for_clip(cls, source: WordSource, clip: Path, sentence: SentenceText) -> WordTimeline | None:
        """The timeline of ``clip`` (a file ``source.clip_for`` returned for ``sentence``); None
        when its voice reports no words."""
        marks = source.words_for(clip)
        if not marks:
            return None
        timeline = cls(marks, sentence.spoken, sentence.text)
        return timeline if timeline.words else None

    @property
    def estimated(self) -> bool:
        """True when no time in it is the voice's own (Google's words are spread by length)."""
        return all(w.estimated for w in self.words)

    def index_at(self, seconds: float) -> int | None:
        """The word being spoken ``seconds`` into the clip: the last one started (between two
        words the earlier stays marked); None before the first."""
        i = bisect.bisect_right(self._starts, seconds) - 1
        return i if i >= 0 else None

    def word_at(self, seconds: float) -> tuple[int, int] | None:
        """``(start, end)`` of the word being spoken in the displayed sentence's text, or None."""
        i = self.index_at(seconds)
        if i is None:
            return None
        w = self.words[i]
        return (w.text_start, w.text_end)


def word_at(
    source: WordSource, clip: Path, sentence: SentenceText, seconds: float
) -> tuple[int, int] | None:
    """``(start, end)`` in ``sentence.text`` of the word spoken ``seconds`` into ``clip``, or None
    (no word times, or before the first word). Builds the timeline each call: to follow playback,
    keep a :class:`WordTimeline` per clip instead (the session does)."""
    timeline = WordTimeline.for_clip(source, clip, sentence)
    return timeline.word_at(seconds) if timeline is not None else None


def highlight_unit(settings: Mapping[str, object] | object) -> str:
    """What the highlight marks while reading: "word", "sentence" or "off" (the
    ``tts_highlight_unit`` setting; the older ``tts_highlight`` switch, when off, still means off)."""
    get = getattr(settings, "get", None)
    if get is None:
        return "word"
    if get("tts_highlight") is False:
        return "off"
    unit = get("tts_highlight_unit")
    return unit if isinstance(unit, str) and unit in HIGHLIGHT_UNITS else "word"


__all__ = ["HIGHLIGHT_UNITS", "DisplayedWord", "WordTimeline", "highlight_unit", "word_at"]
