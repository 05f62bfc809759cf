"""Google's voice through gTTS, made polite and robust.

gTTS sends one POST per ≤100-character piece and, by default, waits forever. Here: a timeout is
always set, requests go out one at a time with a minimum spacing, 429/5xx are retried with capped
exponential back-off (honouring Retry-After), and after repeated failures a circuit breaker makes
further calls fail at once for a while, so the auto engine can fall back without each sentence
paying for a timeout. We cut text into pieces ourselves (chunks.py) before it gets here.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from reader.speech.engines.base import AudioClip, EngineError, primary_lang

log = logging.getLogger(__name__)

#: Test and proxy hook: base URL used instead of https://translate.google.<tld>.
ENDPOINT_ENV = "ARTICLE_READER_TTS_ENDPOINT"

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# One request at a time for the whole process (the window's reader and an export running beside
# it share one politeness budget). gTTS builds its URL from a module function, so redirecting it
# to ENDPOINT_ENV is process-wide too and happens under the same lock.
_REQUEST_LOCK = threading.Lock()


class GoogleEngine:
    name = "google"
    offline = False
    max_chars: int | None = 100  # what one gTTS request takes
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
    ) -> None:
        self.tld = tld or "com"
        self.timeout = timeout
        self.min_interval = min_interval
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.breaker_threshold = breaker_threshold
        self.breaker_cooldown = breaker_cooldown
        self.endpoint = endpoint if endpoint is not None else os.environ.get(ENDPOINT_ENV) or None
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._last_request = -1e9
        self._failures = 0
        self._open_until = 0.0
        self.requests_sent = 0
        self.backoffs: list[float] = []  # the waits taken, newest last (for the UI and tests)

    # -- state -----------------------------------------------------------------------------
    @property
    def breaker_open(self) -> bool:
        return self._clock() < self._open_until

    def reset(self) -> None:
        """Forget past failures (the user asked to try Google again)."""
        self._failures = 0
        self._open_until = 0.0

    def voice_id(self, lang: str) -> str:
        return f"{primary_lang(lang)}@{self.tld}"

    # -- synthesis -------------------------------------------------------------------------
    def synthesize(self, text: str, lang: str) -> AudioClip:
        from gtts.lang import tts_langs  # gTTS pulls in requests: load it only when used

        code = _gtts_lang(lang, tts_langs())
        if code is None:
            raise EngineError(
                f"Google's voice does not speak '{lang}'",
                retryable=False,
                code="speech.google_language",
                params={"lang": lang},
            )
        if not text.strip():
            raise EngineError("nothing to say", code="speech.nothing")
        with self._lock:  # one request at a time, in order
            if self.breaker_open:
                wait = self._open_until - self._clock()
                raise EngineError(
                    f"Google's voice is resting after repeated failures (retry in {wait:.0f} s)",
                    retryable=True,
                    code="speech.google_resting",
                    params={"seconds": round(wait)},
                )
            attempt = 0
            while True:
                try:
                    data = self._request(text, code)
                except EngineError as exc:
                    if exc.status in RETRY_STATUSES and attempt < self.max_retries:
                        delay = min(self.backoff_cap, self.backoff_base * 2**attempt)
                        delay = max(delay, min(self.backoff_cap, exc.retry_after))
                        attempt += 1
                        self.backoffs.append(delay)
                        log.info("Google TTS %s, retry %d in %.1f s", exc.status, attempt, delay)
                        self._sleep(delay)
                        continue
                    self._record_failure(exc)
                    raise
                self._failures = 0
                return AudioClip(data, "mp3", engine=self.name, voice=self.voice_id(lang))

    def _record_failure(self, exc: EngineError) -> None:
        self._failures += 1
        if exc.status == 403 or self._failures >= self.breaker_threshold:
            self._open_until = self._clock() + self.breaker_cooldown
            log.warning("Google TTS circuit open for %.0f s after: %s", self.breaker_cooldown, exc.message)

    def _request(self, text: str, code: str) -> bytes:
        import gtts.tts
        from gtts import gTTS

        spacing = self._last_request + self.min_interval - self._clock()
        if spacing > 0:
            self._sleep(spacing)
        self._last_request = self._clock()
        self.requests_sent += 1
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


def _stream(tts: Any) -> bytes:
    from gtts import gTTSError

    try:
        return b"".join(tts.stream())
    except gTTSError as exc:
        raise _engine_error(exc) from exc
    except Exception as exc:  # requests/urllib3 internals that gTTS does not wrap
        raise EngineError(
            f"Google's voice failed: {exc}", retryable=True, code="speech.google_failed", params={"status": 0}
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
            code="speech.google_unreachable",
        )
    if status == 200:
        return EngineError(
            "Google's voice answered without audio",
            retryable=False,
            status=200,
            code="speech.google_no_audio",
        )
    reason = {429: "too many requests", 403: "access refused"}.get(status, "server error")
    err = EngineError(
        f"Google's voice failed: {status} ({reason})",
        retryable=status in RETRY_STATUSES,
        status=status,
        code="speech.google_failed",
        params={"status": status},
    )
    retry_after = rsp.headers.get("Retry-After") if rsp is not None else None
    if retry_after and retry_after.strip().isdigit():
        err.retry_after = float(retry_after)
    return err
