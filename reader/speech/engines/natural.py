"""Microsoft's online neural voices — the ones Edge's Read Aloud speaks with — through edge-tts.

What goes over the network: the text of each sentence, the voice's name and the speed, pitch and
volume, to Microsoft's speech service (no key; edge-tts presents itself as Edge). The service
streams MP3 with word boundaries (offset and duration of each word), so speed needs no
time-stretching and the window can mark the word being spoken.

Requests go out one at a time through the same policy as Google's voice (resilience.py): spacing,
back-off on busy answers, a rest after repeated failures or a refusal. Timeouts: on connecting,
on each silence while the answer streams, and on the whole answer.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from reader.speech.engines.base import AudioClip, EngineError, WordMarks, primary_lang
from reader.speech.engines.edge import (
    LABEL,
    REQUEST_LOCK,
    configured_endpoint,
    engine_error,
    run_sync,
    service_urls,
)
from reader.speech.engines.marks import align_words
from reader.speech.engines.resilience import PolicedEngine, Resilience

if TYPE_CHECKING:
    from reader.speech.voices import VoiceCatalog

log = logging.getLogger(__name__)

TICKS_PER_SECOND = 10_000_000  # the service's offsets and durations are in 100 ns ticks
MIN_PITCH, MAX_PITCH = -50, 50  # Hz, what the window offers
MIN_VOLUME, MAX_VOLUME = -100, 0  # percent; louder than the voice is the player's business


# What XML 1.0 does not allow in a document (the SSML that carries the text): C0 controls other than
# tab and line breaks, lone surrogates, U+FFFE and U+FFFF. edge-tts blanks only the C0 controls; a
# U+FFFF made the SSML unreadable and a lone surrogate could not even be encoded (measured against
# the fake service's XML parser), so each becomes a space here: the text keeps its length, and the
# word marks their places.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def sendable(text: str) -> str:
    """``text`` with what SSML cannot carry blanked out, character for character."""
    return _NOT_XML.sub(" ", text)


def prosody(rate: float, pitch: int = 0, volume: int = 0) -> tuple[str, str, str]:
    """The service's prosody values: rate and volume as signed percents, pitch as signed Hz."""
    return (f"{round((rate - 1.0) * 100):+d}%", f"{int(pitch):+d}Hz", f"{int(volume):+d}%")


class NaturalEngine(PolicedEngine):
    """``voices``: the voice chosen per language (``{"ko": "ko-KR-InJoonNeural"}``, the
    ``tts_natural_voices`` setting); ``voice``: one voice for every language (``--voice``)."""

    name = "natural"
    offline = False
    native_rate = True
    max_chars: int | None = 1200  # one request per sentence, within edge-tts's 4096-byte message
    reading_profile = "natural"

    def __init__(
        self,
        voices: Mapping[str, str] | None = None,
        *,
        voice: str | None = None,
        catalog: VoiceCatalog | None = None,
        pitch: int = 0,
        volume: int = 0,
        connect_timeout: float = 4.0,
        silence_timeout: float = 6.0,
        total_timeout: float = 60.0,
        min_interval: float = 0.05,
        max_retries: int = 2,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        breaker_threshold: int = 3,
        breaker_cooldown: float = 60.0,
        endpoint: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if catalog is None:
            from reader.speech.voices import VoiceCatalog

            catalog = VoiceCatalog(None)
        self.catalog = catalog
        self.voices = {primary_lang(k): v for k, v in (voices or {}).items() if isinstance(v, str) and v}
        self.voice = voice or None
        self.pitch = max(MIN_PITCH, min(MAX_PITCH, int(pitch)))
        self.volume = max(MIN_VOLUME, min(MAX_VOLUME, int(volume)))
        self.connect_timeout = connect_timeout
        self.silence_timeout = silence_timeout
        self.total_timeout = total_timeout
        self.endpoint = configured_endpoint(endpoint)
        self.policy = Resilience(
            LABEL,
            engine="natural",
            min_interval=min_interval,
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_cap=backoff_cap,
            breaker_threshold=breaker_threshold,
            breaker_cooldown=breaker_cooldown,
            clock=clock,
            sleep=sleep,
        )

    # -- state -----------------------------------------------------------------------------
    def voice_name(self, lang: str) -> str:
        """The service's voice for ``lang`` ("" when it has none)."""
        if self.voice:
            return self.voice
        chosen = self.voices.get(primary_lang(lang))
        if chosen and self.catalog.knows(chosen):
            return chosen
        default = self.catalog.default_for(lang)
        return default.name if default is not None else ""

    def voice_id(self, lang: str) -> str:
        """The voice plus any non-default pitch and volume: everything but speed that changes the
        sound, so the audio cache keys on it."""
        name = self.voice_name(lang)
        extra = "".join(
            f";{k}={v}"
            for k, v, default in (("pitch", self.pitch, 0), ("volume", self.volume, 0))
            if v != default
        )
        return f"{name}{extra}"

    def preview(self, voice: str, *, rate: float = 1.0) -> AudioClip:
        """A short sample sentence in ``voice``, in the voice's own language (the picker's preview
        button); one request, through this engine's budget; raises EngineError. Not cached: a
        preview is heard once."""
        from reader.speech.voices import sample_text, valid_name

        if not valid_name(voice):
            raise EngineError(f"not a natural voice: {voice!r}", code="speech.voice", params={"voice": voice})
        text = sample_text(voice.split("-")[0])
        rate = max(0.5, min(3.0, float(rate)))
        data, marks = self.policy.run(lambda: self._request(text, voice, rate))
        return AudioClip(data, "mp3", engine=self.name, voice=voice, words=marks, rate=rate)

    # -- synthesis -------------------------------------------------------------------------
    def synthesize(self, text: str, lang: str) -> AudioClip:
        return self.synthesize_at(text, lang, 1.0)

    def synthesize_at(self, text: str, lang: str, rate: float) -> AudioClip:
        voice = self.voice_name(lang)
        if not voice:
            raise EngineError(
                f"{LABEL} does not speak '{lang}'", code="speech.language", params={"lang": lang}
            )
        text = sendable(text)
        if not text.strip():
            raise EngineError("nothing to say", code="speech.empty")
        rate = max(0.5, min(3.0, float(rate)))
        data, marks = self.policy.run(lambda: self._request(text, voice, rate))
        return AudioClip(data, "mp3", engine=self.name, voice=self.voice_id(lang), words=marks, rate=rate)

    def _request(self, text: str, voice: str, rate: float) -> tuple[bytes, WordMarks]:
        with REQUEST_LOCK, service_urls(self.endpoint):
            try:
                data, words = run_sync(lambda: self._collect(text, voice, rate))
            except Exception as exc:
                raise engine_error(exc) from exc
        if not data:
            raise EngineError(f"{LABEL} answered without audio", retryable=True, code="speech.no_audio")
        return data, align_words(text, words)

    async def _collect(
        self, text: str, voice: str, rate: float
    ) -> tuple[bytes, list[tuple[float, float, str]]]:
        import edge_tts

        rate_s, pitch_s, volume_s = prosody(rate, self.pitch, self.volume)
        communicate = edge_tts.Communicate(
            text,
            voice,
            rate=rate_s,
            pitch=pitch_s,
            volume=volume_s,
            boundary="WordBoundary",
            connect_timeout=max(1, math.ceil(self.connect_timeout)),
            receive_timeout=max(1, math.ceil(self.silence_timeout)),
        )
        audio = bytearray()
        words: list[tuple[float, float, str]] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(self.total_timeout, len(text) / 10)
        stream = communicate.stream()
        first = True
        try:
            while True:
                wait = self.silence_timeout + (self.connect_timeout if first else 0.0)
                wait = min(wait, deadline - loop.time())
                if wait <= 0:
                    raise TimeoutError
                try:
                    chunk: Any = await asyncio.wait_for(stream.__anext__(), wait)
                except StopAsyncIteration:
                    break
                first = False
                if chunk["type"] == "audio":
                    audio += chunk["data"]
                elif chunk["type"] == "WordBoundary":
                    start = float(chunk["offset"]) / TICKS_PER_SECOND
                    words.append(
                        (start, start + float(chunk["duration"]) / TICKS_PER_SECOND, str(chunk["text"]))
                    )
        finally:
            await stream.aclose()
        _check_complete(communicate, len(audio))
        return bytes(audio), words


def _check_complete(communicate: Any, received: int) -> None:
    """A stream that ended without the service's ``turn.end`` was cut off: edge-tts returns what
    arrived as if it were all. It counts the bytes of finished turns; they must be all we got."""
    state = getattr(communicate, "state", None)
    if not isinstance(state, dict) or "cumulative_audio_bytes" not in state:
        return  # another edge-tts: nothing to check against
    if received and state.get("cumulative_audio_bytes") != received:
        raise EngineError(
            f"{LABEL} dropped the connection mid-sentence",
            retryable=True,
            code="speech.dropped",
            params={"engine": "natural"},
        )
