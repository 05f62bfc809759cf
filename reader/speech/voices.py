"""The natural voices: which there are per language, the one chosen for each language, a preview.

The list comes from the service's voice-list endpoint and is kept in the cache folder
(``natural-voices.json``, refreshed when older than a week); offline, or before the first fetch, a
built-in list of the Korean and English voices (and a few more languages) stands in. The cached
file is untrusted input like any file: entries that do not look like voices are dropped, and a
damaged file means the built-in list.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.atomicio import write_text_atomic
from reader.speech.engines.base import EngineError, primary_lang

log = logging.getLogger(__name__)

CACHE_NAME = "natural-voices.json"
MAX_AGE = 7 * 24 * 3600.0
MAX_FILE_BYTES = 4 << 20
MAX_VOICES = 5000
SETTING = "tts_natural_voices"

_NAME = re.compile(r"^[a-z]{2,3}-[A-Z]{2}(?:-[A-Za-z]+)?-[A-Za-z0-9]+Neural$")


@dataclass(frozen=True)
class Voice:
    name: str  # the service's short name, "ko-KR-SunHiNeural"
    locale: str  # "ko-KR"
    gender: str = ""  # "Female" | "Male" | ""
    label: str = ""  # the service's friendly name, when the list gave one

    @property
    def language(self) -> str:
        return primary_lang(self.locale)

    @property
    def person(self) -> str:
        """The part a picker shows: "SunHi", "Hyunsu (multilingual)"."""
        rest = self.name[len(self.locale) + 1 :] if self.name.startswith(self.locale + "-") else self.name
        rest = rest.removesuffix("Neural")
        if rest.endswith("Multilingual"):
            return f"{rest.removesuffix('Multilingual')} (multilingual)"
        return rest


def _v(locale: str, people: str) -> list[Voice]:
    out = []
    for item in people.split():
        person, gender = item.split(":")
        out.append(Voice(f"{locale}-{person}Neural", locale, {"F": "Female", "M": "Male"}[gender]))
    return out


BUILTIN: tuple[Voice, ...] = tuple(
    _v("ko-KR", "SunHi:F InJoon:M HyunsuMultilingual:M")
    + _v(
        "en-US",
        "Aria:F Jenny:F Guy:M Christopher:M Eric:M Michelle:F Roger:M Steffan:M Ana:F Andrew:M Ava:F "
        "Brian:M Emma:F AndrewMultilingual:M AvaMultilingual:F BrianMultilingual:M EmmaMultilingual:F",
    )
    + _v("en-GB", "Sonia:F Ryan:M Libby:F Maisie:F Thomas:M")
    + _v("en-AU", "Natasha:F William:M")
    + _v("en-CA", "Clara:F Liam:M")
    + _v("en-IN", "Neerja:F Prabhat:M")
    + _v("en-IE", "Emily:F Connor:M")
    + _v("en-NZ", "Molly:F Mitchell:M")
    + _v("en-ZA", "Leah:F Luke:M")
    + _v("ja-JP", "Nanami:F Keita:M")
    + _v("zh-CN", "Xiaoxiao:F Yunxi:M Yunyang:M")
    + _v("fr-FR", "Denise:F Henri:M Eloise:F")
    + _v("de-DE", "Katja:F Conrad:M Amala:F Killian:M")
    + _v("es-ES", "Elvira:F Alvaro:M")
)

# The voice a language (or a region) starts with: one that reads news well.
DEFAULTS = {
    "ko": "ko-KR-SunHiNeural",
    "en": "en-US-AriaNeural",
    "en-GB": "en-GB-SoniaNeural",
    "en-AU": "en-AU-NatashaNeural",
    "en-CA": "en-CA-ClaraNeural",
    "en-IN": "en-IN-NeerjaNeural",
    "ja": "ja-JP-NanamiNeural",
    "zh": "zh-CN-XiaoxiaoNeural",
    "fr": "fr-FR-DeniseNeural",
    "de": "de-DE-KatjaNeural",
    "es": "es-ES-ElviraNeural",
}

SAMPLES = {
    "ko": "안녕하세요. 이 목소리로 기사를 읽어 드립니다.",
    "en": "Hello. This is how the article will sound in this voice.",
}


def valid_name(name: str) -> bool:
    return bool(_NAME.match(name or ""))


class VoiceCatalog:
    """The voice list, from the cache folder or built in. ``cache_dir`` None: built in only."""

    def __init__(self, cache_dir: Path | None, *, max_age: float = MAX_AGE) -> None:
        self.cache_file = Path(cache_dir) / CACHE_NAME if cache_dir is not None else None
        self.max_age = max_age
        self._voices: tuple[Voice, ...] | None = None
        self._fetched = 0.0

    # -- the list --------------------------------------------------------------------------
    def voices(self) -> tuple[Voice, ...]:
        if self._voices is None:
            self._voices, self._fetched = self._load()
        return self._voices

    @property
    def from_service(self) -> bool:
        """True when the list came from the service (not the built-in one)."""
        self.voices()
        return self._fetched > 0

    @property
    def stale(self) -> bool:
        self.voices()
        return time.time() - self._fetched > self.max_age

    def knows(self, name: str) -> bool:
        return any(v.name == name for v in self.voices())

    def for_language(self, lang: str) -> list[Voice]:
        """The voices for ``lang``: its own region first ("en-GB" lists en-GB, then other English)."""
        primary = primary_lang(lang)
        region = _locale(lang)
        usual = DEFAULTS.get(primary, "")[: len(primary) + 3]  # "en-US" for English
        mine = [v for v in self.voices() if v.language == primary]
        return sorted(mine, key=lambda v: (v.locale != region, v.locale != usual, v.locale))  # stable

    def default_for(self, lang: str) -> Voice | None:
        voices = self.for_language(lang)
        if not voices:
            return None
        region = _locale(lang)
        names = {v.name: v for v in voices}
        for preferred in (DEFAULTS.get(region), DEFAULTS.get(primary_lang(lang))):
            if preferred in names and (names[preferred].locale == region or "-" not in region):
                return names[preferred]
        if voices[0].locale == region:
            return voices[0]  # a region we have no preference for: its first voice
        return names.get(DEFAULTS.get(primary_lang(lang), ""), voices[0])

    # -- cache and refresh -----------------------------------------------------------------
    def _load(self) -> tuple[tuple[Voice, ...], float]:
        if self.cache_file is None:
            return BUILTIN, 0.0
        try:
            if self.cache_file.stat().st_size > MAX_FILE_BYTES:
                raise ValueError("too large")
            raw = json.loads(self.cache_file.read_text(encoding="utf-8"))
            if not isinstance(raw, dict) or not isinstance(raw.get("voices"), list):
                raise ValueError("not a voice list")
            voices = parse_voices(raw["voices"])
            fetched = raw.get("fetched")
            if not voices or not isinstance(fetched, int | float) or isinstance(fetched, bool):
                raise ValueError("no voices")
            return voices, float(fetched)
        except FileNotFoundError:
            return BUILTIN, 0.0
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            log.warning("natural voice list in the cache is unusable (%s); using the built-in list", exc)
            return BUILTIN, 0.0

    def refresh(self, *, endpoint: str | None = None, timeout: float = 10.0) -> tuple[Voice, ...]:
        """Fetch the list from the service and keep it; raises EngineError (the old list stays)."""
        from reader.speech.engines.edge import (
            REQUEST_LOCK,
            configured_endpoint,
            engine_error,
            run_sync,
            service_urls,
        )

        async def fetch() -> Any:
            import edge_tts

            return await asyncio.wait_for(edge_tts.list_voices(), timeout)

        with REQUEST_LOCK, service_urls(configured_endpoint(endpoint)):
            try:
                raw = run_sync(fetch)
            except Exception as exc:
                raise engine_error(exc) from exc
        if not isinstance(raw, list):
            raise EngineError("The natural voice's list was not a list", code="speech.malformed")
        voices = parse_voices(raw)
        if not voices:
            raise EngineError("The natural voice's list held no voices", code="speech.malformed")
        now = time.time()
        if self.cache_file is not None:
            payload = {
                "version": 1,
                "fetched": now,
                "voices": [
                    {"ShortName": v.name, "Locale": v.locale, "Gender": v.gender, "FriendlyName": v.label}
                    for v in voices
                ],
            }
            try:
                write_text_atomic(self.cache_file, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
            except OSError as exc:
                log.warning("could not keep the natural voice list: %s", exc)
        self._voices, self._fetched = voices, now
        return voices

    def refresh_if_stale(self, **kwargs: Any) -> bool:
        """Refresh when the list is old or built in; False (and the old list) when that fails."""
        if not self.stale:
            return True
        try:
            self.refresh(**kwargs)
        except EngineError as exc:
            log.info("natural voice list not refreshed: %s", exc.message)
            return False
        return True


def parse_voices(entries: Iterable[Any]) -> tuple[Voice, ...]:
    """Voices from the service's JSON entries; anything malformed or deprecated is dropped."""
    out: list[Voice] = []
    seen: set[str] = set()
    for entry in entries:
        if len(out) >= MAX_VOICES:
            break
        if not isinstance(entry, dict):
            continue
        name, locale = entry.get("ShortName"), entry.get("Locale")
        if not isinstance(name, str) or not isinstance(locale, str) or not valid_name(name):
            continue
        if not name.startswith(locale + "-") or name in seen or entry.get("Status") == "Deprecated":
            continue
        gender = entry.get("Gender")
        label = entry.get("FriendlyName")
        out.append(
            Voice(
                name,
                locale,
                gender if gender in ("Female", "Male") else "",
                label[:200] if isinstance(label, str) else "",
            )
        )
        seen.add(name)
    return tuple(out)


def _locale(lang: str) -> str:
    parts = (lang or "").replace("_", "-").split("-")
    if len(parts) >= 2 and len(parts[1]) == 2:
        return f"{parts[0].lower()}-{parts[1].upper()}"
    return parts[0].lower()


# -- the choice per language ----------------------------------------------------------------------


def chosen_voices(settings: Any) -> dict[str, str]:
    """The ``tts_natural_voices`` setting, only well-formed entries (language -> voice)."""
    raw: Mapping[str, Any] = {}
    if settings is not None:
        try:
            value = settings.get(SETTING)
        except KeyError:
            value = {}
        raw = value if isinstance(value, dict) else {}
    return {
        primary_lang(k): v
        for k, v in raw.items()
        if isinstance(k, str) and isinstance(v, str) and valid_name(v)
    }


def remember_voice(settings: Any, lang: str, voice: str) -> None:
    """Keep ``voice`` as the choice for ``lang``'s language."""
    if not valid_name(voice):
        raise ValueError(f"not a natural voice name: {voice!r}")
    choices = chosen_voices(settings)
    choices[primary_lang(lang)] = voice
    settings.set(SETTING, choices)


def sample_text(lang: str) -> str:
    return SAMPLES.get(primary_lang(lang), SAMPLES["en"])

