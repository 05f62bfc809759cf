"""Politeness and resilience shared by the online voices: one request at a time with a minimum
spacing, capped exponential back-off on "busy" answers (honouring Retry-After), and a circuit
breaker that makes calls fail at once for a while after repeated failures or a refusal, so the
automatic engine can step down without each sentence paying for a timeout.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection
from typing import TypeVar

from reader.speech.engines.base import EngineError

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class Resilience:
    """Runs an engine's requests. ``label`` names the service in messages ("Google's voice")."""

    def __init__(
        self,
        label: str,
        *,
        engine: str = "",  # the engine's name ("google"): how an error says which voice, as a code
        min_interval: float = 0.2,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        breaker_threshold: int = 3,
        breaker_cooldown: float = 60.0,
        retry_statuses: Collection[int] = RETRY_STATUSES,
        open_at_once: Collection[int] = (403,),
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.label = label
        self.engine = engine or label
        self.min_interval = min_interval
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.breaker_threshold = breaker_threshold
        self.breaker_cooldown = breaker_cooldown
        self.retry_statuses = frozenset(retry_statuses)
        self.open_at_once = frozenset(open_at_once)
        self.clock = clock
        self.sleep = sleep
        self.lock = threading.Lock()  # one request at a time, in order
        self.last_request = -1e9
        self.failures = 0
        self.open_until = 0.0
        self.requests_sent = 0
        self.backoffs: list[float] = []  # the waits taken, newest last (for the UI and tests)

    @property
    def breaker_open(self) -> bool:
        return self.clock() < self.open_until

    @property
    def resting_for(self) -> float:
        """Seconds until the breaker closes (0 when it is closed)."""
        return max(0.0, self.open_until - self.clock())

    def reset(self) -> None:
        """Forget past failures (the user asked to try the service again)."""
        self.failures = 0
        self.open_until = 0.0

    def run(self, request: Callable[[], T]) -> T:
        """``request()`` under the lock, spaced, retried on a busy answer; raises EngineError."""
        with self.lock:
            if self.breaker_open:
                raise EngineError(
                    f"{self.label} is resting after repeated failures (retry in {self.resting_for:.0f} s)",
                    retryable=True,
                    code="speech.resting",
                    params={"engine": self.engine, "seconds": round(self.resting_for)},
                )
            attempt = 0
            while True:
                self._space()
                try:
                    result = request()
                except EngineError as exc:
                    if exc.status in self.retry_statuses and attempt < self.max_retries:
                        delay = min(self.backoff_cap, self.backoff_base * 2**attempt)
                        delay = max(delay, min(self.backoff_cap, exc.retry_after))
                        attempt += 1
                        self.backoffs.append(delay)
                        log.info("%s: %s, retry %d in %.1f s", self.label, exc.status, attempt, delay)
                        self.sleep(delay)
                        continue
                    self._record_failure(exc)
                    raise
                self.failures = 0
                return result

    def _space(self) -> None:
        spacing = self.last_request + self.min_interval - self.clock()
        if spacing > 0:
            self.sleep(spacing)
        self.last_request = self.clock()
        self.requests_sent += 1

    def _record_failure(self, exc: EngineError) -> None:
        self.failures += 1
        if exc.status in self.open_at_once or self.failures >= self.breaker_threshold:
            self.open_until = self.clock() + self.breaker_cooldown
            log.info("%s: circuit open for %.0f s after: %s", self.label, self.breaker_cooldown, exc.message)


class PolicedEngine:
    """What an online voice tells about its requests, read from its :class:`Resilience` (``policy``):
    whether its breaker is open, the back-offs taken, the requests sent; ``reset`` forgets past failures
    (the reader asked to try that voice again)."""

    policy: Resilience

    @property
    def breaker_open(self) -> bool:
        return self.policy.breaker_open

    @property
    def backoffs(self) -> list[float]:
        return self.policy.backoffs

    @property
    def requests_sent(self) -> int:
        return self.policy.requests_sent

    def reset(self) -> None:
        self.policy.reset()
