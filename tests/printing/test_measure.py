"""How printed lines read, measured on real PDFs (poppler's word boxes): a bounded line length on every
paper and orientation, even word spacing in Korean, summary-box lines kept as lines."""

from __future__ import annotations

import dataclasses
import re
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from reader.articles import load_article
from reader.articles.model import Article, Paragraph
from reader.paths import sample_article
from reader.printing import PrintOptions, build_print_model
from tests.print_support import long_article, needs_poppler, run

pytestmark = [pytest.mark.gui, needs_poppler]

XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclasses.dataclass
class Line:
    page: int
    x0: float
    x1: float
    height: float
    words: list[tuple[float, float, str]]  # (xMin, xMax, text)

    @property
    def text(self) -> str:
        return " ".join(w for _a, _b, w in self.words)


def pdf_lines(path: Path) -> list[Line]:
    """Every text line poppler finds, with its words' boxes (pdftotext -bbox-layout)."""
    root = ET.fromstring(run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"]))
    lines = []
    for n, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        for line in page.iter(f"{XHTML}line"):
            words = [
                (float(w.get("xMin", 0)), float(w.get("xMax", 0)), w.text or "")
                for w in line.iter(f"{XHTML}word")
            ]
            if words:
                x0, x1 = float(line.get("xMin", 0)), float(line.get("xMax", 0))
                height = float(line.get("yMax", 0)) - float(line.get("yMin", 0))
                lines.append(Line(n, x0, x1, height, words))
    return lines


def body_lines(lines: list[Line], model: Any) -> list[Line]:
    """The body text's lines: those set in the body size (not the headline, byline, header, footer)."""
    body = statistics.median(ln.height for ln in lines)
    return [ln for ln in lines if abs(ln.height - body) <= body * 0.08]


@pytest.fixture
def write(qapp: Any, tmp_path: Path) -> Any:
    from reader.gui.printing.render import write_pdf

    def _write(model: Any, name: str) -> Path:
        path = tmp_path / name
        write_pdf(model, path)
        return path

    return _write


def letters(text: str) -> int:
    """Characters of a line as a reader counts them: Korean without its spaces, Latin with them."""
    korean = any("\uac00" <= ch <= "\ud7a3" for ch in text)
    return len(text.replace(" ", "")) if korean else len(text)


CASES = [
    (lang, paper, orientation, large)
    for lang in ("ko", "en")
    for paper in ("A4", "Letter")
    for orientation in ("portrait", "landscape")
    for large in (False, True)
]


@pytest.mark.parametrize(("lang", "paper", "orientation", "large"), CASES)
def test_no_printed_line_is_longer_than_a_good_measure(
    write: Any, lang: str, paper: str, orientation: str, large: bool
) -> None:
    """About 40 Korean syllables or 80 Latin characters at most, whatever the paper: a landscape
    page is set in two columns (or with wider margins), not in 70-syllable lines."""
    options = PrintOptions(paper=paper, orientation=orientation)  # type: ignore[arg-type]
    if large:
        options = options.large_print()
    model = build_print_model(load_article(str(sample_article(lang))), options)
    lines = body_lines(pdf_lines(write(model, f"{lang}-{paper}-{orientation}-{large}.pdf")), model)
    assert len(lines) > 10
    # in ems of the body size, as poppler measures the line; and in characters
    widest = max((ln.x1 - ln.x0) / options.font_size_pt for ln in lines)
    assert widest <= (38.5 if lang == "ko" else 36.5), widest
    longest = max(lines, key=lambda ln: letters(ln.text))
    assert letters(longest.text) <= (44 if lang == "ko" else 80), longest.text  # digits are narrow
    # and the page is used: lines are not cut short either (a measure, not a squeeze)
    typical = statistics.median(len(ln.text) for ln in lines)
    shortest_typical = {("ko", False): 24, ("ko", True): 18, ("en", False): 45, ("en", True): 35}
    assert typical >= shortest_typical[lang, large], typical


def test_landscape_is_set_in_two_columns_and_portrait_in_one(write: Any) -> None:
    article = long_article(4, 3)
    for orientation, columns in (("landscape", 2), ("portrait", 1)):
        model = build_print_model(article, PrintOptions(orientation=orientation))  # type: ignore[arg-type]
        lines = body_lines(pdf_lines(write(model, f"cols-{orientation}.pdf")), model)
        starts = sorted({round(ln.x0 / 20) for ln in lines if ln.page == 1 and len(ln.text) > 20})
        left_edges = [s for s in starts if sum(1 for ln in lines if round(ln.x0 / 20) == s) > 5]
        assert len(left_edges) == columns, (orientation, starts)


def word_gaps(lines: list[Line]) -> list[float]:
    """Gaps between neighbouring words, as a share of the line's height scale (the word's own width
    varies; the space between words is what justification widens)."""
    gaps = []
    for ln in lines:
        for (_a0, a1, _t), (b0, _b1, _u) in zip(ln.words, ln.words[1:], strict=False):
            gaps.append(b0 - a1)
    return gaps


def test_korean_is_set_with_even_word_spacing(write: Any) -> None:
    """Ragged right: every space between words is one space wide (justified Korean opened gaps of two
    or three spaces, as Qt can only widen the spaces)."""
    model = build_print_model(long_article(4, 3), PrintOptions(justify=True))  # asked for, still even
    gaps = word_gaps(body_lines(pdf_lines(write(model, "ko-gaps.pdf")), model))
    assert len(gaps) > 100
    median = statistics.median(gaps)
    assert max(gaps) <= median * 1.6, (max(gaps), median)


def test_english_can_be_justified_and_is_ragged_by_default(write: Any) -> None:
    article = load_article(str(sample_article("en")))
    plain = build_print_model(article, PrintOptions())
    justified = build_print_model(article, PrintOptions(justify=True))
    even = word_gaps(body_lines(pdf_lines(write(plain, "en-plain.pdf")), plain))
    spread = word_gaps(body_lines(pdf_lines(write(justified, "en-justified.pdf")), justified))
    assert max(even) <= statistics.median(even) * 1.6
    assert max(spread) > statistics.median(spread) * 1.3  # justified lines widen their spaces


def test_a_summary_box_keeps_its_lines(write: Any) -> None:
    deck = ["오락가락 관세…항소법원 “일시 복원”", "통상법원 맹비난", "대안 찾는 백악관"]
    body = [Paragraph("첫 문단입니다. " * 20), Paragraph("둘째 문단입니다. " * 20)]
    article = Article(title="요약 상자가 있는 기사", subtitle="\n".join(deck), lang="ko", blocks=body)
    model = build_print_model(article, PrintOptions())
    assert model.subtitle.split("\u2028") == deck
    texts = [ln.text for ln in pdf_lines(write(model, "deck.pdf"))]
    for line in deck:
        assert any(re.sub(r"\s+", "", t) == re.sub(r"\s+", "", line) for t in texts), (line, texts[:12])
