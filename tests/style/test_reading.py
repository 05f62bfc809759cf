"""Choices and bounds have one source, the settings schema; the style module follows it."""

from __future__ import annotations

import pytest

from reader.settings import SCHEMA_BY_NAME
from reader.style.reading import MAX_SIZE, MIN_SIZE, SIZE_STEPS, step_size
from reader.style.themes import THEMES

pytestmark = pytest.mark.core


def test_size_steps_run_between_the_schema_bounds() -> None:
    opt = SCHEMA_BY_NAME["font_size"]
    assert (opt.min, opt.max) == (MIN_SIZE, MAX_SIZE)
    assert SIZE_STEPS[0] == MIN_SIZE
    assert SIZE_STEPS[-1] == MAX_SIZE
    assert list(SIZE_STEPS) == sorted(set(SIZE_STEPS))
    size, seen = MIN_SIZE, [MIN_SIZE]
    while size < MAX_SIZE:
        size = step_size(size, +1)
        seen.append(size)
    assert seen == list(SIZE_STEPS)
    assert step_size(MAX_SIZE, +1) == MAX_SIZE
    assert step_size(MIN_SIZE, -1) == MIN_SIZE
    assert step_size(19, +1) == 20  # a size between steps goes to the next one
    assert step_size(19, -1) == 18


def test_every_theme_the_schema_offers_has_colours() -> None:
    choices = SCHEMA_BY_NAME["theme"].choices
    assert choices is not None
    assert set(choices) == {"system", *THEMES}
