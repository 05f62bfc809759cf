"""The reading style: every visual choice from settings, resolved once, for the view and the renderer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.style.themes import Theme, resolve

STYLE_KEYS = frozenset({
    "font_size", "font_family", "font_preset", "line_height", "content_width", "justify",
    "paragraph_spacing", "letter_spacing", "word_spacing", "theme", "tts_highlight_style",
})


@dataclass(frozen=True)
class ReadingStyle:
    font_size: int
    font_preset: str
    font_family: str
    line_height: float
    content_width: int
    justify: bool
    paragraph_spacing: float
    theme: Theme
    highlight_style: str = "background"
    letter_spacing: float = 0.0  # em of each part's own size, so headings and notes space alike
    word_spacing: float = 0.0

    @classmethod
    def from_settings(cls, settings: Any, system_dark: bool = False) -> ReadingStyle:
        return cls(
            font_size=int(settings.get("font_size")),
            font_preset=str(settings.get("font_preset")),
            font_family=str(settings.get("font_family")),
            line_height=float(settings.get("line_height")),
            content_width=int(settings.get("content_width")),
            justify=bool(settings.get("justify")),
            paragraph_spacing=float(settings.get("paragraph_spacing")),
            theme=resolve(str(settings.get("theme")), system_dark),
            highlight_style=str(settings.get("tts_highlight_style")),
            letter_spacing=float(settings.get("letter_spacing")),
            word_spacing=float(settings.get("word_spacing")),
        )
