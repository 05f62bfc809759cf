"""Work bounded by the page (issue 11, case 5): an element cap with a clear "too large", and large pages read
on a path that stays linear. Scaling figures: benchmarks/extraction_scaling.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import reader.articles.extract as extract
from reader.articles.extract import extract_article
from reader.errors import TooLargeError

pytestmark = pytest.mark.core

REPO = Path(__file__).resolve().parents[3]


def _lines_page(n: int) -> str:
    return (
        "<html><head><title>A long page</title></head><body><article>"
        + "<p>x</p>\n" * n
        + "</article></body></html>"
    )


def test_a_page_over_the_element_cap_is_too_large_with_a_code_and_figures() -> None:
    with pytest.raises(TooLargeError) as info:
        extract_article(_lines_page(extract.MAX_ELEMENTS + 10))
    err = info.value
    assert err.code == "page.too_many_elements"
    assert err.params["limit"] == extract.MAX_ELEMENTS
    assert int(err.params["elements"]) > extract.MAX_ELEMENTS
    assert "too many to read" in err.message


def test_a_million_one_line_paragraphs_end_in_one_line_and_exit_2(tmp_path: Path) -> None:
    page = tmp_path / "million.html"
    page.write_text(_lines_page(1_000_000), encoding="utf-8")
    # the timeout only guards against a hang; how fast it is, is the scaling benchmark's business
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "extract", str(page)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 2
    limit = f"{extract.MAX_ELEMENTS:,}"
    assert proc.stderr.strip().splitlines() == [
        f"article-reader: the page has more than {limit} elements, too many to read as an article"
    ]


def test_a_page_too_large_for_trafilatura_is_read_by_the_readable_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extract, "TRAFILATURA_MAX_ELEMENTS", 500)
    paras = "".join(
        f"<p>Paragraph {i}: the harbour committee met again, and members agreed on one more change.</p>"
        for i in range(800)
    )
    html = (
        f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Minutes</h1>{paras}</article></body></html>"
    )
    art = extract_article(html, "https://news.example.org/minutes")
    assert art.extractor == "readable"
    assert len(art.blocks) == 800
    assert "Home" not in art.text
