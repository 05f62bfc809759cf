"""The reading style: every visual choice from settings, resolved once, for the view and the renderer;
and the type sizes behind 폰트 확대 / 폰트 축소 and the parts of an article.

Qt-free, so the numbers are easy to test; the window turns a ReadingStyle into formats.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.settings import SCHEMA_BY_NAME, Settings
from reader.style.themes import Theme, resolve

# The bounds and the steps between them are the settings schema's (the one place for them).
_SIZE = SCHEMA_BY_NAME["font_size"]
MIN_SIZE, MAX_SIZE = int(_SIZE.min or 10), int(_SIZE.max or 96)
SIZE_STEPS: tuple[int, ...] = tuple(int(s) for s in _SIZE.steps or (MIN_SIZE, MAX_SIZE))


def step_size(current: int, direction: int) -> int:
    """The next step up (direction > 0) or down from ``current``, clamped to the range."""
    if direction > 0:
        return next((s for s in SIZE_STEPS if s > current), MAX_SIZE)
    return next((s for s in reversed(SIZE_STEPS) if s < current), MIN_SIZE)


def part_scale(scale: float, body_px: int) -> float:
    """Headline and heading contrast shrinks as the body grows: at 96 px a 1.6x headline would
    break every word; large-print books keep headings only a little larger than the text."""
    if body_px <= 24 or scale <= 1.0:
        return scale
    taper = max(0.3, 1.0 - (body_px - 24) * 0.7 / 72)
    return 1.0 + (scale - 1.0) * taper


# Relative sizes of the article's parts, in multiples of the body size.
HEADLINE_SCALE = 1.6
SUBTITLE_SCALE = 1.15
META_SCALE = 0.82
HEADING_SCALE = {1: 1.35, 2: 1.25, 3: 1.12, 4: 1.05, 5: 1.0, 6: 1.0}
NOTE_SCALE = 0.85
CAPTION_SCALE = 0.85


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
    def from_settings(cls, settings: Settings, system_dark: bool = False) -> ReadingStyle:
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
