"""Speech engines behind one interface, and the factory that picks one from the settings."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.errors import Notice
from reader.speech.engines.auto import AutoEngine
from reader.speech.engines.base import AudioClip, Engine, EngineError, NativeRateEngine, WordMark
from reader.speech.engines.espeak import EspeakEngine
from reader.speech.engines.google import GoogleEngine
from reader.speech.engines.natural import NaturalEngine

ENGINE_NAMES = ("auto", "natural", "google", "espeak")

__all__ = [
    "ENGINE_NAMES",
    "AudioClip",
    "AutoEngine",
    "Engine",
    "EngineError",
    "EspeakEngine",
    "GoogleEngine",
    "NativeRateEngine",
    "NaturalEngine",
    "WordMark",
    "make_engine",
    "natural_consented",
]


def _setting(settings: Any, name: str, default: Any) -> Any:
    if settings is None:
        return default
    with contextlib.suppress(KeyError):
        value = settings.get(name)
        return default if value is None else value
    return default


def natural_consented(settings: Any) -> bool:
    """May Automatic use the natural voice? Only once the user accepted it (sentence text goes to
    Microsoft) or picked it as their voice."""
    return (
        bool(_setting(settings, "tts_natural_consent", False))
        or _setting(settings, "tts_engine", "") == "natural"
    )


def make_natural(
    ctx_or_settings: Any = None, *, voice: str | None = None, pitch: int | None = None
) -> NaturalEngine:
    from reader.speech.voices import VoiceCatalog, chosen_voices

    settings = getattr(ctx_or_settings, "settings", ctx_or_settings)
    paths = getattr(ctx_or_settings, "paths", None)
    cache_dir: Path | None = getattr(paths, "cache_dir", None)
    return NaturalEngine(
        chosen_voices(settings),
        voice=voice,
        catalog=VoiceCatalog(cache_dir),
        pitch=int(pitch if pitch is not None else _setting(settings, "tts_pitch", 0)),
    )


def make_engine(
    name: str,
    ctx_or_settings: Any = None,
    on_notice: Callable[[Notice], None] | None = None,
    *,
    voice: str | None = None,
    consent: bool | None = None,
    pitch: int | None = None,
) -> Engine:
    """``name``: auto | natural | google | espeak. ``ctx_or_settings``: an AppContext, Settings or None.

    ``voice`` (a natural voice name) and ``pitch`` override the settings; ``consent`` overrides
    :func:`natural_consented` for Automatic. Without consent, Automatic never contacts Microsoft.
    """
    settings = getattr(ctx_or_settings, "settings", ctx_or_settings)
    tld = str(_setting(settings, "tts_google_tld", "com") or "com")
    if name == "natural":
        return make_natural(ctx_or_settings, voice=voice, pitch=pitch)
    if name == "google":
        return GoogleEngine(tld=tld)
    if name == "espeak":
        engine = EspeakEngine()
        if not engine.available:
            raise EngineError(
                "the offline voice is not installed (install the espeak-ng package)",
                code="speech.not_installed",
            )
        return engine
    if name == "auto":
        tiers: list[Engine] = []
        if consent if consent is not None else natural_consented(settings):
            tiers.append(make_natural(ctx_or_settings, voice=voice, pitch=pitch))
        tiers.append(GoogleEngine(tld=tld))
        offline = EspeakEngine()
        if offline.available:
            tiers.append(offline)
        if len(tiers) == 1:
            return tiers[0]
        return AutoEngine(*tiers, on_notice=on_notice)
    raise EngineError(
        f"unknown speech engine '{name}' (choose {', '.join(ENGINE_NAMES)})",
        code="speech.unknown_engine",
        params={"name": name},
    )
