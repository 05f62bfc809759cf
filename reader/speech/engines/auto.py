"""Google when it answers, espeak-ng when it does not, and no flip-flopping in between.

Once an article fell back to the offline voice it keeps that voice (a sentence in one voice and
the next in another is jarring) until :meth:`AutoEngine.reset` — called when a new article opens
or the user picks the engine again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from reader.errors import Notice
from reader.speech.engines.base import AudioClip, Engine, EngineError

log = logging.getLogger(__name__)


class AutoEngine:
    name = "auto"

    def __init__(
        self, online: Engine, offline: Engine, on_notice: Callable[[Notice], None] | None = None
    ) -> None:
        self.online = online
        self.offline_engine = offline
        self.on_notice = on_notice
        self._fell_back = False
        self.notices: list[Notice] = []

    @property
    def active(self) -> Engine:
        """The engine the next sentence will be spoken with."""
        return self.offline_engine if self._fell_back else self.online

    @property
    def offline(self) -> bool:
        return self.active.offline

    @property
    def fell_back(self) -> bool:
        return self._fell_back

    def reset(self) -> None:
        self._fell_back = False
        reset = getattr(self.online, "reset", None)
        if callable(reset):
            reset()

    def voice_id(self, lang: str) -> str:
        return self.active.voice_id(lang)

    def synthesize(self, text: str, lang: str) -> AudioClip:
        if not self._fell_back:
            try:
                return self.online.synthesize(text, lang)
            except EngineError as exc:
                self._fall_back(exc)
        return self.offline_engine.synthesize(text, lang)

    def _fall_back(self, exc: EngineError) -> None:
        self._fell_back = True
        notice = Notice(
            "speech.fallback",
            f"{exc.message}. Reading with the offline voice (espeak-ng) instead.",
            cause=exc.notice(),
        )
        self.notices.append(notice)
        if self.on_notice is None:
            log.warning("%s", notice.text)
        else:
            log.info("%s", notice.text)
            try:
                self.on_notice(notice)
            except Exception:
                log.exception("notice callback failed")
