"""Automatic: the best voice that answers — natural (Microsoft), then Google, then espeak-ng.

Each step down is told once (a ``speech.fallback`` notice: from, to, and why). The article keeps
the lower voice — a sentence in one voice and the next in another is jarring — but not forever:
after a cool-down the voices above are tried again on the next sentence (a probe), and when one
answers, reading climbs back to it with a ``speech.restored`` notice. A failed probe doubles the
cool-down (up to ``probe_cap``), so a machine that stays offline pays for one probe in minutes.
:meth:`AutoEngine.reset` (a new article, or the user picks the engine again) starts at the top.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from reader.errors import Notice
from reader.speech.engines.base import AudioClip, Engine, EngineError
from reader.speech.engines.resilience import PolicedEngine

log = logging.getLogger(__name__)

LABELS = {
    "natural": "the natural voice (Microsoft)",
    "google": "Google's voice",
    "espeak": "the offline voice (espeak-ng)",
}


def engine_label(name: str) -> str:
    return LABELS.get(name, name)


class AutoEngine:
    name = "auto"
    native_rate = True  # the speed goes to a voice that takes it; the clip says what it got

    def __init__(
        self,
        *tiers: Engine,
        on_notice: Callable[[Notice], None] | None = None,
        probe_after: float = 60.0,
        probe_cap: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not tiers:
            raise ValueError("AutoEngine needs at least one engine")
        self.tiers = tiers
        self.on_notice = on_notice
        self.probe_after = probe_after
        self.probe_cap = probe_cap
        self._clock = clock
        self._lock = threading.RLock()
        self._level = 0
        self._cooldown = probe_after
        self._next_probe = 0.0
        self.notices: list[Notice] = []

    # -- state -----------------------------------------------------------------------------
    @property
    def active(self) -> Engine:
        """The engine the next sentence will be spoken with."""
        return self.tiers[self._level]

    @property
    def online(self) -> Engine:
        return self.tiers[0]

    @property
    def offline_engine(self) -> Engine:
        return self.tiers[-1]

    @property
    def offline(self) -> bool:
        return self.active.offline

    @property
    def fell_back(self) -> bool:
        return self._level > 0

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tiers)

    def reset(self) -> None:
        with self._lock:
            self._level = 0
            self._cooldown = self.probe_after
            self._next_probe = 0.0
            for tier in self.tiers:
                reset = getattr(tier, "reset", None)
                if callable(reset):
                    reset()

    def voice_id(self, lang: str) -> str:
        return self.active.voice_id(lang)

    # -- synthesis -------------------------------------------------------------------------
    def synthesize(self, text: str, lang: str) -> AudioClip:
        return self._run(lambda engine: engine.synthesize(text, lang))

    def synthesize_at(self, text: str, lang: str, rate: float) -> AudioClip:
        def call(engine: Engine) -> AudioClip:
            at = getattr(engine, "synthesize_at", None)
            if getattr(engine, "native_rate", False) and callable(at):
                clip: AudioClip = at(text, lang, rate)
                return clip
            return engine.synthesize(text, lang)

        return self._run(call)

    def _run(self, call: Callable[[Engine], AudioClip]) -> AudioClip:
        with self._lock:
            if self._level > 0 and self._clock() >= self._next_probe:
                clip = self._probe(call)
                if clip is not None:
                    return clip
            while True:
                engine = self.tiers[self._level]
                try:
                    return call(engine)
                except EngineError as exc:
                    if self._level == len(self.tiers) - 1:
                        raise
                    self._step_down(exc)

    def _probe(self, call: Callable[[Engine], AudioClip]) -> AudioClip | None:
        """Try the voices above the current one; the first that answers is used again."""
        for level in range(self._level):
            engine = self.tiers[level]
            if isinstance(engine, PolicedEngine) and engine.breaker_open:
                continue
            try:
                clip = call(engine)
            except EngineError as exc:
                log.info("probe of %s failed: %s", engine.name, exc.message)
                continue
            previous = self.tiers[self._level]
            self._level = level
            self._cooldown = self.probe_after
            self._tell(
                Notice(
                    "speech.restored",
                    f"{engine_label(engine.name).capitalize()} answers again; reading with it.",
                    {"from": previous.name, "to": engine.name},
                )
            )
            return clip
        self._cooldown = min(self.probe_cap, self._cooldown * 2)
        self._next_probe = self._clock() + self._cooldown
        return None

    def _step_down(self, exc: EngineError) -> None:
        source = self.tiers[self._level]
        self._level += 1
        target = self.tiers[self._level]
        self._cooldown = self.probe_after
        self._next_probe = self._clock() + self._cooldown
        self._tell(
            Notice(
                "speech.fallback",
                f"{exc.message}. Reading with {engine_label(target.name)} instead.",
                {"from": source.name, "to": target.name, "reason": exc.code},
                cause=exc.notice(),  # why, as a value of its own: the window words it first
            )
        )

    def _tell(self, notice: Notice) -> None:
        self.notices.append(notice)
        if self.on_notice is None:
            log.warning("%s", notice.text)
            return
        log.info("%s", notice.text)
        try:
            self.on_notice(notice)
        except Exception:
            log.exception("notice callback failed")
