"""User settings as a typed schema: every option has a type, a default and bounds or choices.

Qt-free. ``SCHEMA`` is the one place that says which values an option may take (the themes, the
font presets, the size steps, the speech rates); the window builds its controls from it and every
value read from disk is checked against it.

The settings file is untrusted input: whatever JSON it holds (non-finite numbers, huge integers,
deep nesting, wrong types, a byte-order mark) gives valid settings. A value out of range is clamped,
a value of the wrong kind goes back to its default, and the user hears about it once (one notice
for all of them). A file that cannot be read at all is set aside as ``settings.json.corrupt-<time>``
and defaults are used, with a notice that says where the old file is. A folder where the file cannot
be written keeps the settings for the session, with one notice.

Listeners are plain callables; the GUI wraps them into a Qt signal. Writes are atomic.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.atomicio import write_text_atomic
from reader.errors import Notice
from reader.userfiles import TooLarge, read_json, reason_text

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024  # a settings file is a few kB; a bigger one is not ours
MAX_TEXT = 4096  # the longest text value kept (a font family, a path in the recent list)
MAX_LIST = 50  # the most items kept in a list value (recent sources)

# 26 text-size steps from 10 to 96 px: one pixel at a time where small differences matter, wider above.
FONT_SIZE_STEPS: tuple[int, ...] = (
    10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 88, 96,
)  # fmt: skip


@dataclass(frozen=True)
class Option:
    """One setting. ``min``/``max`` bound numbers, ``choices`` lists the allowed values; ``steps`` are the
    values a control offers in turn (text sizes, line-focus bands) and ``step`` a spin box's increment."""

    name: str
    type: type
    default: Any
    doc: str
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] | None = None
    steps: tuple[Any, ...] = ()
    step: float | None = None

    def validate(self, value: Any) -> Any:
        """Return ``value`` coerced to this option's type, or raise ValueError (for values set by code)."""
        fixed, problem = self.coerce(value)
        if problem is not None:
            raise ValueError(f"{self.name}: {problem}")
        return fixed

    def coerce(self, value: Any) -> tuple[Any, str | None]:
        """A valid value for any input, and what was wrong with the input (None when nothing was)."""
        if self.type is bool:
            if isinstance(value, bool):
                return value, None
            return _copy(self.default), f"expected true/false, got {_show(value)}"
        if self.type in (int, float):
            return self._coerce_number(value)
        if self.type is str:
            if not isinstance(value, str):
                return _copy(self.default), f"expected text, got {_show(value)}"
            if self.choices is not None and value not in self.choices:
                return _copy(
                    self.default
                ), f"{_show(value)} is not one of {', '.join(map(str, self.choices))}"
            if len(value) > MAX_TEXT or "\x00" in value:
                return _copy(self.default), "the text is too long or not text"
            return value, None
        if self.type is list:
            if not isinstance(value, list):
                return _copy(self.default), f"expected a list, got {_show(value)}"
            usable = [v for v in value if _usable_item(v)]
            seen: set[str] = set()
            kept: list[Any] = []
            for v in usable:  # repeats and the oldest past the cap go quietly
                key = json.dumps(v, sort_keys=True)
                if key not in seen and len(kept) < MAX_LIST:
                    seen.add(key)
                    kept.append(v)
            return kept, None if len(usable) == len(value) else "some entries were not usable"
        if self.type is dict:
            if not isinstance(value, dict):
                return _copy(self.default), f"expected a mapping, got {_show(value)}"
            return dict(value), None
        raise TypeError(f"unsupported option type {self.type}")

    def _coerce_number(self, value: Any) -> tuple[Any, str | None]:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return _copy(self.default), f"expected a number, got {_show(value)}"
        if isinstance(value, float) and not math.isfinite(value) and not isinstance(value, TooLarge):
            return _copy(self.default), f"{value} is not a number"
        problem = None
        if self.min is not None and value < self.min:
            value, problem = self.min, f"below {self.min:g}"
        elif self.max is not None and value > self.max:
            value, problem = self.max, f"above {self.max:g}"
        elif isinstance(value, TooLarge):  # unbounded, but no use for a number this large
            return _copy(self.default), "the number is too large"
        number = self.type(round(value)) if self.type is int else float(value)
        if self.choices is not None and number not in self.choices:
            return _copy(self.default), f"{number} is not one of {', '.join(map(str, self.choices))}"
        return number, problem


def _usable_item(value: Any) -> bool:
    """A list entry: a non-empty text, or a small mapping of texts (a recent article: source and title)."""
    if isinstance(value, str):
        return bool(value) and len(value) <= MAX_TEXT and "\x00" not in value
    if isinstance(value, dict):
        return 0 < len(value) <= 8 and all(
            isinstance(k, str) and isinstance(v, str) and len(v) <= MAX_TEXT and "\x00" not in v
            for k, v in value.items()
        )
    return False


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, list | dict) else type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


THEMES = ("system", "light", "sepia", "dark", "contrast")
FONT_PRESETS = ("sans", "serif", "mono", "custom")
UI_LANGUAGES = ("system", "ko", "en")
TTS_ENGINES = ("auto", "natural", "google", "espeak")
TOOLBAR_STYLES = ("both", "icons", "text")

SCHEMA: tuple[Option, ...] = (
    # Reading view
    Option("font_size", int, 20, "Body text size in pixels.", 10, 96, steps=FONT_SIZE_STEPS),
    Option("font_family", str, "", "Body font family; empty means the best installed Hangul family."),
    Option("font_preset", str, "sans", "Font style preset.", choices=FONT_PRESETS),
    Option("line_height", float, 1.7, "Line height as a multiple of the font size.", 1.0, 2.6, step=0.1),
    Option("content_width", int, 38, "Maximum text column width in em.", 20, 70, step=1),
    Option("justify", bool, False, "Justify paragraphs."),
    Option("paragraph_spacing", float, 1.0, "Space between paragraphs in em.", 0.0, 3.0, step=0.1),
    Option(
        "letter_spacing",
        float,
        0.0,
        "Extra space between letters, in em of the text size.",
        0.0,
        0.3,
        step=0.01,
    ),
    Option(
        "word_spacing", float, 0.0, "Extra space between words, in em of the text size.", 0.0, 0.6, step=0.05
    ),
    Option("line_focus", bool, False, "Dim everything but a band of lines around the one being read."),
    Option("line_focus_lines", int, 3, "How many lines line focus leaves clear.", 1, 7, steps=(1, 3, 5)),
    Option("theme", str, "system", "Colour theme.", choices=THEMES),
    Option("ui_language", str, "system", "Interface language.", choices=UI_LANGUAGES),
    Option("show_images", bool, False, "Load remote images in articles (off: nothing remote is loaded)."),
    Option(
        "toolbar_style", str, "both", "Toolbar buttons: icons with text beside, icons only or text only.",
        choices=TOOLBAR_STYLES,
    ),
    Option("recent_sources", list, [], "Recently opened sources, newest first."),
    Option("window_geometry", str, "", "Saved window geometry (base64)."),
    Option("font_notice_shown", bool, False, "The missing-Hangul-font notice was shown once."),
    # Read aloud
    Option("tts_engine", str, "auto", "Speech engine.", choices=TTS_ENGINES),
    Option(
        "tts_natural_consent",
        bool,
        False,
        "Automatic may use the natural voice (each sentence's text is sent to Microsoft's speech service).",
    ),
    Option("tts_natural_voices", dict, {}, "The natural voice chosen per language (language -> voice name)."),
    Option("tts_pitch", int, 0, "Voice pitch in Hz, for the natural voice.", -50, 50, step=1),
    Option("tts_rate", float, 1.0, "Speech speed multiplier (pitch is kept).", 0.5, 3.0, step=0.1),
    Option("tts_volume", float, 1.0, "Speech volume.", 0.0, 1.0, step=0.05),
    Option("tts_paragraph_pause", float, 0.4, "Pause between paragraphs in seconds.", 0.0, 2.0, step=0.1),
    Option("tts_highlight", bool, True, "Highlight the sentence being read."),
    Option("tts_highlight_style", str, "background", "Highlight style.", choices=("background", "underline")),
    Option(
        "tts_highlight_unit",
        str,
        "word",
        "What the highlight marks while reading: the word being spoken (where the voice gives word "
        "timings; the sentence otherwise), the sentence, or nothing.",
        choices=("word", "sentence", "off"),
    ),
    Option("tts_follow", bool, True, "Scroll to keep the sentence being read in view."),
    Option("tts_read_captions", bool, False, "Read image captions aloud, after their paragraph."),
    Option("tts_cache_mb", int, 200, "Audio cache size cap in MB.", 10, 10000, step=10),
    Option("tts_google_tld", str, "com", "Google domain suffix used by the online voice."),
    # Print
    Option("print_font_size", float, 11.0, "Print body size in points.", 6.0, 36.0, step=0.5),
    Option("print_follow_reader", bool, True, "Scale the print size with the reader's font size."),
    Option("print_large", bool, False, "Large print: at least 16 pt with airier lines."),
    Option("print_font_style", str, "serif", "Print typeface style.", choices=("serif", "sans")),
    Option("print_paper", str, "auto", "Paper; auto follows the locale.", choices=("auto", "A4", "Letter")),
    Option("print_orientation", str, "portrait", "Page orientation.", choices=("portrait", "landscape")),
    Option("print_images", bool, True, "Print images (only ones already on this computer)."),
    Option("print_captions", bool, True, "Print image captions."),
    Option("print_margins_mm", float, 18.0, "Page margins in millimetres.", 5.0, 50.0, step=1),
    # Library
    Option("library_panel", bool, False, "Show the saved-articles panel beside the article."),
)

SCHEMA_BY_NAME: dict[str, Option] = {o.name: o for o in SCHEMA}

Listener = Callable[[str, Any], None]
NoticeListener = Callable[[Notice], None]


class Settings:
    """The current values, validated against SCHEMA, persisted to one JSON file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._values: dict[str, Any] = {o.name: _copy(o.default) for o in SCHEMA}
        self._listeners: list[Listener] = []
        self._notice_listeners: list[NoticeListener] = []
        self.notices: list[Notice] = []
        self._save_failed = False

    @property
    def warnings(self) -> list[str]:
        """The notices as English sentences (what the window showed before it worded codes itself)."""
        return [n.text for n in self.notices]

    @classmethod
    def load(cls, path: Path | None) -> Settings:
        settings = cls(path)
        if path is None:
            return settings
        try:
            raw = _read_json_object(path)
        except (FileNotFoundError, NotADirectoryError):
            return settings  # no file, or no folder for one (reported as a folder problem)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            settings._set_aside(path, reason_text(exc))
            return settings
        if raw is None:
            return settings
        fixed: list[str] = []
        for name, value in raw.items():
            opt = SCHEMA_BY_NAME.get(name)
            if opt is None:
                continue  # an option from a newer or older version: ignore, keep the rest
            settings._values[name], problem = opt.coerce(value)
            if problem is not None:
                log.info("setting %s: %s", name, problem)
                fixed.append(name)
        if fixed:
            settings.notices.append(
                Notice(
                    "settings.values_fixed",
                    f"Some settings had values this program cannot use and were reset or brought into "
                    f"range: {', '.join(fixed)}.",
                    {"names": ", ".join(fixed), "count": len(fixed)},
                )
            )
        return settings

    def _set_aside(self, path: Path, reason: str) -> None:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
        try:
            path.replace(aside)
            where, kept = f" It was kept as {aside.name}.", aside.name
        except OSError:
            where, kept = " It could not be moved aside and was left where it is.", ""
        msg = f"The settings file could not be read ({reason}); defaults are in use.{where}"
        log.info(msg)
        self.notices.append(Notice("settings.reset", msg, {"reason": reason, "kept_as": kept}))

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
        if not math.isfinite(value):
            return float(opt.default)
        lo = opt.min if opt.min is not None else value
        hi = opt.max if opt.max is not None else value
        return max(lo, min(hi, value))

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def subscribe_notices(self, listener: NoticeListener) -> Callable[[], None]:
        """Hear of notices raised later (a save that failed); those from loading are in ``notices``."""
        self._notice_listeners.append(listener)
        return lambda: self._notice_listeners.remove(listener)

    def as_dict(self) -> dict[str, Any]:
        return {k: _copy(v) for k, v in self._values.items()}

    def save(self) -> bool:
        """Write the file; False (with one notice, the first time) when it cannot be written."""
        if self._path is None:
            return True
        text = json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True)
        try:
            write_text_atomic(self._path, text + "\n")
        except OSError as exc:
            log.info("could not save the settings to %s: %s", self._path, exc)
            if not self._save_failed:
                self._save_failed = True
                reason = exc.strerror or str(exc)
                notice = Notice(
                    "settings.not_saved",
                    f"Settings cannot be saved to {self._path.parent} ({reason}); "
                    "changes last until the program closes.",
                    {"folder": str(self._path.parent), "reason": reason},
                )
                self.notices.append(notice)
                for listener in list(self._notice_listeners):
                    listener(notice)
            return False
        self._save_failed = False
        return True


def _read_json_object(path: Path) -> dict[str, Any] | None:
    """The file's JSON object; raises for anything else (the caller sets the file aside)."""
    raw = read_json(path, MAX_FILE_BYTES)
    if raw is not None and not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    return raw


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value
