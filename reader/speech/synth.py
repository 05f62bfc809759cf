"""One audio file per sentence: from the cache when it is there, else chunks synthesized and joined.

Thread-safe: the listen pipeline's prefetch worker and the export worker may share one
Synthesizer; engines serialize their own network use.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from reader.speech.audio import join_clips
from reader.speech.cache import AudioCache, cache_key
from reader.speech.chunks import LIMIT, chunk_text
from reader.speech.engines.base import AudioClip, Engine, EngineError
from reader.speech.reading import for_profile, profile_for
from reader.speech.tempo import clamp_rate, stretch

log = logging.getLogger(__name__)

WHOLE_SENTENCE_CAP = 3000


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

    def clip_for(self, sentence_spoken: str, lang: str, rate: float = 1.0) -> Path:
        """Audio for one sentence at ``rate`` (pitch kept); raises EngineError."""
        if not sentence_spoken.strip():
            raise EngineError("nothing to say", code="speech.nothing")
        rate = round(clamp_rate(rate), 3)
        if rate != 1.0:
            hit = self.cached(sentence_spoken, lang, rate)
            if hit is not None:
                return hit
            base = self.clip_for(sentence_spoken, lang, 1.0)
            key = self.key_for(sentence_spoken, lang, rate)  # after base: the engine may have fallen back
            return self.cache.put(key, stretch(base, rate))
        hit = self.cached(sentence_spoken, lang)
        if hit is not None:
            return hit
        clip = self._synthesize(sentence_spoken, lang)
        return self.cache.put(self.key_for(sentence_spoken, lang), clip)

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

    def _synthesize(self, spoken: str, lang: str) -> AudioClip:
        for _attempt in range(2):
            engine = self._active()
            text = for_profile(spoken, lang, profile_for(engine))
            clips = [self.engine.synthesize(piece, lang) for piece in self._pieces(text, engine)]
            if not clips:
                raise EngineError("nothing to say", code="speech.nothing")
            served = {c.engine for c in clips}
            if len(served) == 1 and (not clips[0].engine or clips[0].engine == self._active().name):
                self.synthesized += 1
                return join_clips(clips)
            # The engine fell back part-way: say the whole sentence again in one voice.
            log.info("engine changed within a sentence (%s); synthesizing it again", served)
        raise EngineError(
            "the speech engine changed while reading; try again", retryable=True, code="speech.engine_changed"
        )
