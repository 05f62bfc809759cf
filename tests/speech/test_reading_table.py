"""The announcer's reading table: at least 98% right on each voice's path, every category covered."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.speech.reading_table import PATHS, load, right, said

pytestmark = pytest.mark.core

CASES = load()
CATEGORIES = (
    "hanja", "gloss", "signs", "ranges", "units", "phones", "years", "counters", "acronyms", "credits",
    "dates",
    "mixed",
    # heldout_*.yaml adds these: whole kinds of news text, each mixing the categories above
    "times", "money", "ordinals", "numbers", "sports", "elections", "markets", "weather", "addresses",
    "legal", "models", "ids", "headlines",
)  # fmt: skip


def test_the_table_is_large_and_covers_every_category() -> None:
    assert len(CASES) >= 250
    counts = Counter(c.category for c in CASES)
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 10, counts
    assert len({c.text for c in CASES}) == len(CASES)  # no phrase twice


@pytest.mark.parametrize("path", PATHS)
def test_at_least_98_percent_right(path: str) -> None:
    wrong = [(c.category, c.text, said(c, path), getattr(c, path)[0]) for c in CASES if not right(c, path)]
    share = 1 - len(wrong) / len(CASES)
    assert share >= 0.98, "\n".join(
        f"{cat}: {t!r} -> {got!r} (expected {exp!r})" for cat, t, got, exp in wrong
    )
