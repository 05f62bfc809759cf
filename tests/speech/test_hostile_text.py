"""Hostile sentences never break the reading: huge numbers, long runs of one sign, broken brackets.

(How the cost grows with such input is measured in benchmarks/speech_costs.py, not timed here.)
"""

from __future__ import annotations

import pytest

from reader.articles.model import Article, Image, Paragraph
from reader.speech.reading import ESPEAK, for_profile, notation, without_credits
from reader.speech.sentences import split_article

pytestmark = pytest.mark.core

HOSTILE = {
    "digits": "1" * 5000,
    "huge number with counter": "9" * 30 + "명이 왔다",
    "amount past 경": "123456789012345678901234원",
    "tildes": "~" * 3000,
    "ranges": "1~" * 1500,
    "dashes": "1-" * 1500,
    "phone-like": "010-" * 1000,
    "ratios": "1:" * 1500,
    "fractions": "1/" * 1500,
    "percent": "1%" * 1500,
    "commas": "1," * 1500,
    "hanja": "美" * 3000,
    "brackets": "[사진" * 800,
    "open quotes": "“" * 2000,
    "ascii quotes": "'가 " * 1000,
    "emails": "a" * 2000 + "@",
    "credits": "사진=" * 1000,
    "arrows": "가→" * 1000,
    "units": "1km" * 1000,
    "currencies": "$1" * 1000,
    "ellipses": "다… " * 500,
    "controls": "\x00\x1b[31m가\u202e나\ufeff다",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_is_read_without_error(text: str) -> None:
    spoken = notation(text, "ko")
    offline = for_profile(spoken, "ko", ESPEAK)
    assert isinstance(offline, str)
    assert not any(c.isdigit() for c in offline)  # the offline voice never meets a digit
    without_credits(text, caption=True)
    article = Article(title="", blocks=[Paragraph(text), Image(src="x.jpg", caption=text)], lang="ko")
    sentences = split_article(article, read_captions=True)
    for s in sentences:
        source = article.blocks[s.block_index].plain_text()
        assert source[s.start : s.end] == s.text  # offsets stay exact
