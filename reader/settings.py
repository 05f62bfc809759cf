"""User settings as a typed schema: every option has a type, a default and bounds or choices.

Qt-free. Listeners are plain callables; the GUI wraps them into a Qt signal. Writes are atomic;
a corrupt file is moved aside (``settings.json.corrupt-<time>``) and defaults are used, with a
warning the window shows once.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.atomicio import write_text_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None

    def validate(self, value: Any) -> Any:
        """Return ``value`` coerced to this option's type, or raise ValueError."""
        if self.type is bool:
            if not isinstance(value, bool):
                raise ValueError(f"{self.name}: expected true/false, got {value!r}")
            return value
        if self.type in (int, float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{self.name}: expected a number, got {value!r}")
            value = self.type(value)
            if self.min is not None and value < self.min:
                raise ValueError(f"{self.name}: {value} is below {self.min}")
            if self.max is not None and value > self.max:
                raise ValueError(f"{self.name}: {value} is above {self.max}")
            return value
        if self.type is str:
            if not isinstance(value, str):
                raise ValueError(f"{self.name}: expected text, got {value!r}")
            if self.choices is not None and value not in self.choices:
                raise ValueError(f"{self.name}: {value!r} is not one of {', '.join(self.choices)}")
            return value
        if self.type is list:
            if not isinstance(value, list):
                raise ValueError(f"{self.name}: expected a list, got {value!r}")
            return list(value)
        if self.type is dict:
            if not isinstance(value, dict):
                raise ValueError(f"{self.name}: expected a mapping, got {value!r}")
            return dict(value)
        raise TypeError(f"unsupported option type {self.type}")


SCHEMA: tuple[Option, ...] = (
    # Reading view
    Option("font_size", int, 20, "Body text size in pixels.", 10, 96),
    Option("font_family", str, "", "Body font family; empty means the best installed Hangul family."),
    Option("font_preset", str, "sans", "Font style preset.", choices=("sans", "serif", "mono", "custom")),
    Option("line_height", float, 1.7, "Line height as a multiple of the font size.", 1.0, 2.6),
    Option("content_width", int, 38, "Maximum text column width in em.", 20, 70),
    Option("justify", bool, False, "Justify paragraphs."),
    Option("paragraph_spacing", float, 1.0, "Space between paragraphs in em.", 0.0, 3.0),
    Option("letter_spacing", float, 0.0, "Extra space between letters, in em of the text size.", 0.0, 0.3),
    Option("word_spacing", float, 0.0, "Extra space between words, in em of the text size.", 0.0, 0.6),
    Option("line_focus", bool, False, "Dim everything but a band of lines around the one being read."),
    Option("line_focus_lines", int, 3, "How many lines line focus leaves clear.", 1, 7),
    Option("theme", str, "system", "Colour theme.", choices=("system", "light", "sepia", "dark", "contrast")),
    Option("ui_language", str, "system", "Interface language.", choices=("system", "ko", "en")),
    Option("show_images", bool, False, "Load remote images in articles (off: nothing remote is loaded)."),
    Option("recent_sources", list, [], "Recently opened sources, newest first."),
    Option("window_geometry", str, "", "Saved window geometry (base64)."),
    Option("font_notice_shown", bool, False, "The missing-Hangul-font notice was shown once."),
    # Read aloud
    Option("tts_engine", str, "auto", "Speech engine.", choices=("auto", "natural", "google", "espeak")),
    Option(
        "tts_natural_consent",
        bool,
        False,
        "Automatic may use the natural voice (each sentence's text is sent to Microsoft's speech service).",
    ),
    Option("tts_natural_voices", dict, {}, "The natural voice chosen per language (language -> voice name)."),
    Option("tts_pitch", int, 0, "Voice pitch in Hz, for the natural voice.", -50, 50),
    Option("tts_rate", float, 1.0, "Speech speed multiplier (pitch is kept).", 0.5, 3.0),
    Option("tts_volume", float, 1.0, "Speech volume.", 0.0, 1.0),
    Option("tts_paragraph_pause", float, 0.4, "Pause between paragraphs in seconds.", 0.0, 2.0),
    Option("tts_highlight", bool, True, "Highlight the sentence being read."),
    Option("tts_highlight_style", str, "background", "Highlight style.", choices=("background", "underline")),
    Option("tts_follow", bool, True, "Scroll to keep the sentence being read in view."),
    Option("tts_cache_mb", int, 200, "Audio cache size cap in MB.", 10, 10000),
    Option("tts_google_tld", str, "com", "Google domain suffix used by the online voice."),
    # Print
    Option("print_font_size", float, 11.0, "Print body size in points.", 6.0, 36.0),
    Option("print_follow_reader", bool, True, "Scale the print size with the reader's font size."),
    Option("print_large", bool, False, "Large print: at least 16 pt with airier lines."),
    Option("print_font_style", str, "serif", "Print typeface style.", choices=("serif", "sans")),
    Option("print_paper", str, "auto", "Paper; auto follows the locale.", choices=("auto", "A4", "Letter")),
    Option("print_orientation", str, "portrait", "Page orientation.", choices=("portrait", "landscape")),
    Option("print_images", bool, True, "Print images (only ones already on this computer)."),
    Option("print_captions", bool, True, "Print image captions."),
    Option("print_margins_mm", float, 18.0, "Page margins in millimetres.", 5.0, 50.0),
    # Library
    Option("library_panel", bool, False, "Show the saved-articles panel beside the article."),
)

SCHEMA_BY_NAME: dict[str, Option] = {o.name: o for o in SCHEMA}

Listener = Callable[[str, Any], None]


class Settings:
    """The current values, validated against SCHEMA, persisted to one JSON file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._values: dict[str, Any] = {o.name: _copy(o.default) for o in SCHEMA}
        self._listeners: list[Listener] = []
        self.warnings: list[str] = []

    @classmethod
    def load(cls, path: Path | None) -> Settings:
        settings = cls(path)
        if path is None or not path.exists():
            return settings
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                path.replace(aside)
                where = f" It was kept as {aside.name}."
            except OSError:
                where = ""
            msg = f"The settings file could not be read ({exc}); defaults are in use.{where}"
            log.warning(msg)
            settings.warnings.append(msg)
            return settings
        for name, value in raw.items():
            opt = SCHEMA_BY_NAME.get(name)
            if opt is None:
                continue  # an option from a newer or older version: ignore, keep the rest
            try:
                settings._values[name] = opt.validate(value)
            except (ValueError, TypeError) as exc:
                log.warning("ignoring setting %s: %s", name, exc)
                settings.warnings.append(f"Setting {name} was invalid and was reset: {exc}")
        return settings

    def get(self, name: str) -> Any:
        return _copy(self._values[name])

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def set(self, name: str, value: Any, *, save: bool = True) -> None:
        opt = SCHEMA_BY_NAME[name]
        value = opt.validate(value)
        if self._values[name] == value:
            return
        self._values[name] = value
        if save:
            self.save()
        for listener in list(self._listeners):
            listener(name, _copy(value))

    def reset(self, name: str) -> None:
        self.set(name, _copy(SCHEMA_BY_NAME[name].default))

    def clamp(self, name: str, value: float) -> float:
        opt = SCHEMA_BY_NAME[name]
        lo = opt.min if opt.min is not None else value
        hi = opt.max if opt.max is not None else value
        return max(lo, min(hi, value))

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def as_dict(self) -> dict[str, Any]:
        return {k: _copy(v) for k, v in self._values.items()}

    def save(self) -> None:
        if self._path is None:
            return
        text = json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True)
        write_text_atomic(self._path, text + "\n")


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value
