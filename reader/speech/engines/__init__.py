"""Speech engines behind one interface, and the factory that picks one from the settings."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from reader.errors import Notice
from reader.speech.engines.auto import AutoEngine
from reader.speech.engines.base import AudioClip, Engine, EngineError
from reader.speech.engines.espeak import EspeakEngine
from reader.speech.engines.google import GoogleEngine

ENGINE_NAMES = ("auto", "google", "espeak")

__all__ = [
    "ENGINE_NAMES",
    "AudioClip",
    "AutoEngine",
    "Engine",
    "EngineError",
    "EspeakEngine",
    "GoogleEngine",
    "make_engine",
]


def make_engine(
    name: str, ctx_or_settings: Any = None, on_notice: Callable[[Notice], None] | None = None
) -> Engine:
    """``name``: auto | google | espeak. ``ctx_or_settings``: an AppContext, Settings or None."""
    settings = getattr(ctx_or_settings, "settings", ctx_or_settings)
    tld = "com"
    if settings is not None:
        with contextlib.suppress(KeyError):
            tld = str(settings.get("tts_google_tld") or "com")
    if name == "google":
        return GoogleEngine(tld=tld)
    if name == "espeak":
        engine = EspeakEngine()
        if not engine.available:
            raise EngineError(
                "the offline voice is not installed (install the espeak-ng package)", code="speech.no_espeak"
            )
        return engine
    if name == "auto":
        offline = EspeakEngine()
        if not offline.available:
            return GoogleEngine(tld=tld)
        return AutoEngine(GoogleEngine(tld=tld), offline, on_notice=on_notice)
    raise EngineError(
        f"unknown speech engine '{name}' (choose {', '.join(ENGINE_NAMES)})",
        code="speech.unknown_engine",
        params={"engine": name, "choices": ", ".join(ENGINE_NAMES)},
    )
