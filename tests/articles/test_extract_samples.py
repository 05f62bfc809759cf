"""The bundled samples carry their whole head: headline, deck, byline, site and date."""

from __future__ import annotations

import pytest

from reader.articles import extract_article
from reader.paths import sample_article

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("lang", "deck"),
    [
        ("ko", "낭독 봉사자와 음성 안내기 늘리고 야간 개방도 확대"),
        ("en", "Volunteer readers, audio guides and later opening hours are part of the plan."),
    ],
)
def test_sample_deck_becomes_the_subtitle(lang: str, deck: str) -> None:
    article = extract_article(sample_article(lang).read_text(encoding="utf-8"))
    assert article.subtitle == deck
    assert deck not in article.text
    assert article.site_name
    assert article.published
