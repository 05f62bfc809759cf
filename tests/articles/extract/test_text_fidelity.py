"""The article's words as the page writes them: nothing lost or glued at inline boundaries (failure class 1),
nothing recomposed or stripped (class 3), structured-data bodies decoded rather than shown raw (class 2)."""

from __future__ import annotations

import json
import re

import pytest

from reader.articles.extract import extract_article
from tests.articles.extract.pages import PARAS_EN, URL, article, paragraphs

pytestmark = pytest.mark.core


def test_div_paragraph_keeps_the_text_before_an_inline_link() -> None:
    lead = (
        "<div>Shares were mixed in early trading on Tuesday after "
        "<a href='/markets'>the network reported</a> that the mood in the harbour talks had soured, "
        "and traders waited for the council to speak.</div>"
    )
    art = extract_article(article(lead + paragraphs(PARAS_EN)), URL)
    assert (
        "Shares were mixed in early trading on Tuesday after the network reported that the mood" in art.text
    )


def test_words_either_side_of_inline_elements_stay_apart() -> None:
    # the shape that made words run together: text after <br><br>, an inline element, then its tail
    body = (
        "<p>Most of the crews liked the new boats.<br><br>\nIn regards to reliability, across the entire "
        "<em>Gazette</em> staff, exactly one ferry <b>Pro</b> was sent back, and the <i>reliability</i> "
        "is what readers <a href='/x'>can</a> get from the timetable.</p>" + paragraphs(PARAS_EN)
    )
    text = extract_article(article(body), URL).text
    assert "across the entire Gazette staff, exactly one ferry Pro was sent back" in text
    assert "reliability is what readers can get" in text
    for glued in ("Gazettestaff", "Prowas", "reliabilityis", "canget"):
        assert glued not in text


def test_combining_sequences_and_invisible_marks_are_kept_as_written() -> None:
    # Bengali য + nukta written as two code points, the precomposed য় (U+09DF), a soft hyphen, a ZWJ
    decomposed = "\u09af\u09bc"
    precomposed = "\u09df"
    line = (
        f"আজ সকালে শহরের {decomposed}ানবাহন চলাচল শুরু হয় এবং {precomposed}াত্রীরা স্টেশনে জড়ো হন। "
        "Fähr\u00adverbindung und \u0915\u094d\u200d\u0937 bleiben, wie die Seite sie schreibt."
    )
    paras = [line, *[f"{line} {n}" for n in range(3)]]
    art = extract_article(article(paragraphs(paras), lang="bn"), URL)
    assert decomposed + "ানবাহন" in art.text
    assert precomposed + "াত্রীরা" in art.text
    assert "Fähr\u00adverbindung" in art.text
    assert "\u0915\u094d\u200d\u0937" in art.text


def _jsonld_page(body: str) -> str:
    obj = {"@type": "NewsArticle", "headline": "Liderança local aprova o plano", "articleBody": body}
    head = f"<script type='application/ld+json'>{json.dumps(obj, ensure_ascii=False)}</script>"
    return article("<div id='app'>A carregar…</div>", head, lang="pt", title="Liderança local aprova o plano")


def test_structured_data_body_has_its_entities_decoded_and_markdown_read() -> None:
    body = (
        "As lideran&ccedil;as&nbsp;locais **aprovaram** o plano de ferries para o inverno, com mais "
        "travessias de manhã.\n## Próximos passos\nO conselho vai rever o horário na primavera, segundo "
        "[o relatório](https://news.example.org/r) publicado &amp;amp; discutido ontem."
    )
    art = extract_article(_jsonld_page(body), URL)
    assert art.extractor == "jsonld"
    assert art.blocks[0].plain_text().startswith("As lideranças locais aprovaram o plano")
    assert [b.type for b in art.blocks] == ["paragraph", "heading", "paragraph"]
    assert art.blocks[1].plain_text() == "Próximos passos"
    assert "segundo o relatório publicado & discutido" in art.text
    assert not re.search(r"&[a-z]+;|\*\*|\]\(", art.text)
