"""Font-size steps and the other typographic numbers, kept apart from widgets so they are easy to test."""

from __future__ import annotations

# 26 steps from 10 to 96 px: one pixel at a time where small differences matter, wider above.
SIZE_STEPS: tuple[int, ...] = (
    10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 88, 96,
)
MIN_SIZE, MAX_SIZE = SIZE_STEPS[0], SIZE_STEPS[-1]


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
