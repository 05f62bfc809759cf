"""Google's voice through gTTS, made polite and robust.

gTTS sends one POST per ≤100-character piece and, by default, waits forever. Here: a timeout is
always set, and the shared policy (resilience.py) sends requests one at a time with a minimum
spacing, retries 429/5xx with capped back-off and rests after repeated failures. We cut text into
pieces ourselves (chunks.py) before it gets here.

The voice reports no word times; each clip gets estimated ones (wordtimes.spread), so the window
can still follow the words — flagged ``estimated``, and left out of the word .srt.
"""

from __future__ import annotations

import io
import logging
import os
import threading
import time
import wave
from collections.abc import Callable
from typing import Any

from reader.speech.engines.base import AudioClip, EngineError, WordMarks, primary_lang
from reader.speech.engines.resilience import RETRY_STATUSES, PolicedEngine, Resilience
from reader.speech.engines.wordtimes import spread, voiced_bounds

log = logging.getLogger(__name__)

#: Test and proxy hook: base URL used instead of https://translate.google.<tld>.
ENDPOINT_ENV = "ARTICLE_READER_TTS_ENDPOINT"

# One request at a time for the whole process (the window's reader and an export running beside
# it share one politeness budget). gTTS builds its URL from a module function, so redirecting it
# to ENDPOINT_ENV is process-wide too and happens under the same lock.
_REQUEST_LOCK = threading.Lock()


class GoogleEngine(PolicedEngine):
    name = "google"
    offline = False
    max_chars: int | None = 100  # gTTS's own limit; chunks.py cuts the text at natural boundaries
    reading_profile = "google"

    def __init__(
        self,
        tld: str = "com",
        *,
        timeout: tuple[float, float] = (3.0, 10.0),
        min_interval: float = 0.2,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        breaker_threshold: int = 3,
        breaker_cooldown: float = 60.0,
        endpoint: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        estimate_words: bool = True,
    ) -> None:
        """``estimate_words``: give each clip word marks spread over its sound by the words'
        syllables (flagged ``estimated``: the voice itself reports no words)."""
        self.tld = tld or "com"
        self.estimate_words = estimate_words
        self.timeout = timeout
        self.endpoint = endpoint if endpoint is not None else os.environ.get(ENDPOINT_ENV) or None
        self.policy = Resilience(
            "Google's voice",
            engine="google",
            min_interval=min_interval,
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_cap=backoff_cap,
            breaker_threshold=breaker_threshold,
            breaker_cooldown=breaker_cooldown,
            retry_statuses=RETRY_STATUSES,
            clock=clock,
            sleep=sleep,
        )

    # -- state -----------------------------------------------------------------------------
    def voice_id(self, lang: str) -> str:
        return f"{primary_lang(lang)}@{self.tld}"

    # -- synthesis -------------------------------------------------------------------------
    def synthesize(self, text: str, lang: str) -> AudioClip:
        from gtts.lang import tts_langs  # gTTS pulls in requests: load it only when used

        code = _gtts_lang(lang, tts_langs())
        if code is None:
            raise EngineError(
                f"Google's voice does not speak '{lang}'", code="speech.language", params={"lang": lang}
            )
        if not text.strip():
            raise EngineError("nothing to say", code="speech.empty")
        data = self.policy.run(lambda: self._request(text, code))
        words = estimated_words(data, text) if self.estimate_words else None
        return AudioClip(data, "mp3", engine=self.name, voice=self.voice_id(lang), words=words)

    def _request(self, text: str, code: str) -> bytes:
        import gtts.tts
        from gtts import gTTS

        tts = gTTS(
            text, tld=self.tld, lang=code, lang_check=False, pre_processor_funcs=[], timeout=self.timeout
        )
        if not self.endpoint:
            with _REQUEST_LOCK:
                return _stream(tts)
        endpoint = self.endpoint.rstrip("/")
        with _REQUEST_LOCK:
            original = gtts.tts._translate_url
            gtts.tts._translate_url = lambda tld="com", path="": f"{endpoint}/{path}"
            try:
                return _stream(tts)
            finally:
                gtts.tts._translate_url = original


def estimated_words(data: bytes, text: str) -> WordMarks | None:
    """Marks for a clip of Google's voice saying ``text``: its sound (decoded, silence at both ends
    left out) shared among the words by their syllables. None when the clip cannot be read."""
    from reader.speech.audio import to_wav

    try:
        with wave.open(io.BytesIO(to_wav(data, "mp3")), "rb") as w:
            rate = w.getframerate()
            pcm = w.readframes(w.getnframes())
        seconds = len(pcm) / 2 / rate if rate else 0.0
        bounds = voiced_bounds(pcm, rate)
        if bounds is None:
            return None
        lead, tail = bounds[0], max(0.0, seconds - bounds[1])
    except (EngineError, wave.Error, EOFError, OSError) as exc:
        log.debug("Google clip not decoded (%s): words spread over its length", exc)
        try:
            from mutagen.mp3 import MP3

            info = MP3(io.BytesIO(data)).info
            seconds = float(info.length) if info is not None else 0.0
        except Exception:  # mutagen raises its own error types for damaged data
            return None
        lead = tail = 0.0
    return spread(text, seconds, lead=lead, tail=tail) or None


def _stream(tts: Any) -> bytes:
    from gtts import gTTSError

    try:
        return b"".join(tts.stream())
    except gTTSError as exc:
        raise _engine_error(exc) from exc
    except Exception as exc:  # requests/urllib3 internals that gTTS does not wrap
        raise EngineError(
            f"Google's voice failed: {exc}",
            retryable=True,
            code="speech.unreachable",
            params={"engine": "google"},
        ) from exc


def _gtts_lang(lang: str, langs: dict[str, str]) -> str | None:
    lang = (lang or "en").replace("_", "-")
    for candidate in (lang, lang.lower(), primary_lang(lang)):
        if candidate in langs:
            return candidate
    return None


def _engine_error(exc: Exception) -> EngineError:
    rsp = getattr(exc, "rsp", None)
    status = getattr(rsp, "status_code", None)
    if status is None:
        return EngineError(
            "Google's voice is unreachable (no connection or timed out)",
            retryable=True,
            code="speech.unreachable",
            params={"engine": "google"},
        )
    if status == 200:
        return EngineError(
            "Google's voice answered without audio",
            status=200,
            code="speech.no_audio",
            params={"engine": "google"},
        )
    reason = {429: "too many requests", 403: "access refused"}.get(status, "server error")
    err = EngineError(
        f"Google's voice failed: {status} ({reason})",
        retryable=status in RETRY_STATUSES,
        status=status,
        code="speech.refused" if status == 403 else "speech.server",
        params={"engine": "google", "status": status},
    )
    retry_after = rsp.headers.get("Retry-After") if rsp is not None else None
    if retry_after and retry_after.strip().isdigit():
        err.retry_after = float(retry_after)
    return err
