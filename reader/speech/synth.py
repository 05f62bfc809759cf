"""One audio file per sentence: from the cache when it is there, else chunks synthesized and joined.

Thread-safe: the listen pipeline's prefetch worker and the export worker may share one
Synthesizer; engines serialize their own network use.

Speed: an engine that speaks at a given speed itself (``native_rate``: the natural voice) is asked
for the sentence at that speed; any other is asked at 1× and the clip time-stretched (tempo.py).
Word timings an engine reports are kept beside the clip in the cache, with their spans moved into
the sentence's spoken text (see :meth:`Synthesizer.words_for`).
"""

from __future__ import annotations

import io
import logging
import threading
import wave
from dataclasses import replace
from pathlib import Path

from reader.speech.audio import join_clips
from reader.speech.cache import AudioCache, cache_key
from reader.speech.chunks import LIMIT, chunk_text
from reader.speech.engines.base import AudioClip, Engine, EngineError, WordMark, WordMarks
from reader.speech.engines.marks import source_spans
from reader.speech.reading import for_profile, profile_for
from reader.speech.tempo import clamp_rate, stretch

log = logging.getLogger(__name__)

WHOLE_SENTENCE_CAP = 3000


def _native(engine: object) -> bool:
    return bool(getattr(engine, "native_rate", False)) and callable(getattr(engine, "synthesize_at", None))


class Synthesizer:
    def __init__(self, engine: Engine, cache: AudioCache, *, chunk_limit: int | None = None) -> None:
        self.engine = engine
        self.cache = cache
        self.chunk_limit = chunk_limit  # None: what the engine takes (Google 100 characters; espeak-ng all)
        self._lock = threading.Lock()
        self.synthesized = 0  # sentences that needed the engine (not the cache)

    def _active(self) -> Engine:
        active = getattr(self.engine, "active", None)
        return active if active is not None else self.engine

    def key_for(self, spoken: str, lang: str, rate: float = 1.0) -> str:
        engine = self._active()
        text = for_profile(spoken, lang, profile_for(engine))
        return cache_key(engine.name, engine.voice_id(lang), lang, round(clamp_rate(rate), 3), text)

    def cached(self, spoken: str, lang: str, rate: float = 1.0) -> Path | None:
        """The file if it is already cached; never synthesizes."""
        return self.cache.get(self.key_for(spoken, lang, rate))

    def words_for(self, clip: Path) -> WordMarks | None:
        """The word timings of a clip :meth:`clip_for` returned: seconds into the clip as it plays,
        spans in the sentence's spoken text. None when its engine reports no words."""
        return self.cache.words_for(clip)

    def clip_for(self, sentence_spoken: str, lang: str, rate: float = 1.0) -> Path:
        """Audio for one sentence at ``rate`` (pitch kept); raises EngineError."""
        if not sentence_spoken.strip():
            raise EngineError("nothing to say", code="speech.empty")
        rate = round(clamp_rate(rate), 3)
        hit = self.cached(sentence_spoken, lang, rate)
        if hit is not None:
            return hit
        if rate != 1.0 and not _native(self._active()):
            base = self.clip_for(sentence_spoken, lang, 1.0)
            key = self.key_for(sentence_spoken, lang, rate)  # after base: the engine may have fallen back
            return self.cache.put(key, self._stretched(base, rate))
        try:
            clip = self._synthesize(sentence_spoken, lang, rate)
        except EngineError:
            stretched = self._stretch_cached(sentence_spoken, lang, rate)
            if stretched is None:
                raise
            return stretched
        if abs(clip.rate - rate) > 1e-6:  # a voice without its own speed answered (Automatic stepped down)
            base = self.cache.put(self.key_for(sentence_spoken, lang, clip.rate), clip)
            return self.cache.put(self.key_for(sentence_spoken, lang, rate), self._stretched(base, rate))
        return self.cache.put(self.key_for(sentence_spoken, lang, rate), clip)

    def _stretch_cached(self, spoken: str, lang: str, rate: float) -> Path | None:
        """A voice with its own speed could not be reached at a new speed: the sentence at 1×, if
        cached, stretched here instead (kept under a key of its own, so the voice's own audio
        replaces it once it answers again)."""
        base = self.cached(spoken, lang, 1.0) if rate != 1.0 else None
        if base is None:
            return None
        engine = self._active()
        key = cache_key(f"{engine.name}~stretched", engine.voice_id(lang), lang, rate, spoken)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        log.info("%s unreachable at %.2fx: stretching its cached 1x clip", engine.name, rate)
        return self.cache.put(key, self._stretched(base, rate))

    def _stretched(self, base: Path, rate: float) -> AudioClip:
        clip = stretch(base, rate)
        words = self.cache.words_for(base)
        if words is None:
            return clip
        return replace(clip, words=tuple(m.scaled(1.0 / rate) for m in words), rate=rate)

    def _pieces(self, text: str, engine: Engine) -> list[str]:
        """The requests for one sentence: Google takes 100 characters at a time; espeak-ng takes the
        whole sentence (each cut would add a pause and a sentence-final fall)."""
        limit = self.chunk_limit or getattr(engine, "max_chars", LIMIT)
        if limit is None:
            if len(text) <= WHOLE_SENTENCE_CAP:
                text = " ".join(text.split())
                return [text] if text else []
            limit = WHOLE_SENTENCE_CAP  # a table row of thousands of characters: still bounded
        return chunk_text(text, int(limit))

    def _synthesize(self, spoken: str, lang: str, rate: float) -> AudioClip:
        for _attempt in range(2):
            engine = self._active()
            text = for_profile(spoken, lang, profile_for(engine))
            pieces = self._pieces(text, engine)
            if not pieces:
                raise EngineError("nothing to say", code="speech.empty")
            clips = [self._ask(piece, lang, rate) for piece in pieces]
            served = {c.engine for c in clips}
            now = self._active()
            same = len(served) == 1 and (not clips[0].engine or clips[0].engine == engine.name == now.name)
            if same and len({c.rate for c in clips}) == 1:
                self.synthesized += 1
                return _with_words(join_clips(clips), clips, pieces, spoken)
            # The engine changed part-way: say the whole sentence again in one voice.
            log.info("engine changed within a sentence (%s); synthesizing it again", served)
        raise EngineError(
            "the speech engine changed while reading; try again", retryable=True, code="speech.engine_changed"
        )

    def _ask(self, piece: str, lang: str, rate: float) -> AudioClip:
        if _native(self.engine) and rate != 1.0:
            clip: AudioClip = self.engine.synthesize_at(piece, lang, rate)  # type: ignore[attr-defined]
            return clip
        return self.engine.synthesize(piece, lang)


def _with_words(joined: AudioClip, clips: list[AudioClip], pieces: list[str], spoken: str) -> AudioClip:
    """The joined clip with its pieces' word marks in one timeline, spans in ``spoken``."""
    if all(c.words is None for c in clips):
        return replace(joined, words=None, rate=clips[0].rate)
    sent = " ".join(pieces)  # what the engine was given, end to end (chunk_text joins with spaces)
    marks: list[WordMark] = []
    seconds = 0.0
    chars = 0
    for piece, clip in zip(pieces, clips, strict=True):
        marks += [m.shifted(seconds, chars) for m in clip.words or ()]
        if len(clips) > 1:
            seconds += _seconds(clip)
        chars += len(piece) + 1
    spans = source_spans(marks, sent, spoken)
    words = tuple(replace(m, text_start=a, text_end=b) for m, (a, b) in zip(marks, spans, strict=True))
    return replace(joined, words=words, rate=clips[0].rate)


def _seconds(clip: AudioClip) -> float:
    if clip.fmt == "wav":
        with wave.open(io.BytesIO(clip.data), "rb") as w:
            return w.getnframes() / float(w.getframerate())
    from mutagen.mp3 import MP3

    info = MP3(io.BytesIO(clip.data)).info
    return float(info.length) if info is not None else 0.0
