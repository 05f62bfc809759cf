"""The Korean corpus pages (read from ../shared/corpus, never copied here): titles right, no boilerplate.

Skipped when the corpus is not beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.articles.extract import extract_article

pytestmark = pytest.mark.core

_REPO = Path(__file__).resolve().parents[2]


def _corpus() -> Path | None:
    for parent in _REPO.parents:  # a git worktree sits one level deeper than the main checkout
        if (parent / "shared" / "corpus" / "ko" / "index.json").is_file():
            return parent / "shared" / "corpus"
    return None


CORPUS = _corpus()
PAGES: list[dict[str, Any]] = (
    json.loads((CORPUS / "ko" / "index.json").read_text(encoding="utf-8")) if CORPUS else []
)


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.skipif(CORPUS is None, reason="../shared/corpus is not present")
@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_ko_corpus_page(page: dict[str, Any]) -> None:
    assert CORPUS is not None
    charset = (page.get("declared_charset") or "utf-8").lower()
    if charset in ("euc-kr", "ks_c_5601-1987", "x-windows-949"):
        charset = "cp949"  # WHATWG: these labels mean windows-949
    html = (CORPUS / "ko" / page["file"]).read_bytes().decode(charset)
    article = extract_article(html, page.get("url"))
    assert _norm(article.title) == _norm(page["expected_title"])
    text = article.text
    leaked = [m for m in page.get("boilerplate_markers", []) if m in text]
    assert not leaked
    assert _norm(page["expected_last_sentence"]) in _norm(text)
    assert article.lang == "ko"
