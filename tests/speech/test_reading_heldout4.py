"""The mechanisms the fourth held-out table (heldout_4.yaml) called for, each shown on words and
numbers of its own beside the cases it must leave alone."""

from __future__ import annotations

import pytest

from reader.speech.reading import normalize

pytestmark = pytest.mark.core


def _both(text: str) -> tuple[str, str]:
    return normalize(text), normalize(text, offline=True)


@pytest.mark.parametrize(
    ("text", "offline"),
    [
        ("금 10돈 목걸이", "금 열 돈 목걸이"),
        ("한우 2근에 10만 원", "한우 두 근에 십만 원"),
        ("두부 1모 가격", "두부 한 모 가격"),
        ("한약 20첩을 지었다.", "한약 스무 첩을 지었다."),
        ("마늘 1접, 굴비 1두름", "마늘 한 접, 굴비 한 두름"),
        ("금 1냥", "금 한 냥"),
        ("금 100돈", "금 백 돈"),  # past 99: Sino, as every native counter
        ("2모작", "이 모작"),  # another word: 모 does not end it
    ],
)
def test_market_weights_and_bundles_take_native_numbers(text: str, offline: str) -> None:
    online, got = _both(text)
    assert got == offline
    assert online == text  # Google's voice is given the digits, as for every counter
