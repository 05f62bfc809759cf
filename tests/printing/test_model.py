"""The print layout as data: options by locale and settings, the print model, page breaking rules."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from reader.articles.model import Article, Heading, Image, Paragraph
from reader.printing import NothingToPrintError, PrintOptions, build_print_model, options_from_settings
from reader.printing.layout import clean_title, format_datetime
from reader.printing.options import default_paper, paper_for_locale, print_size_for_reader, territory_of
from reader.printing.pagination import LineBox, paginate
from reader.printing.pdfinfo import DocInfo, set_doc_info
from reader.settings import Settings
from tests.print_support import long_article, mixed_article, needs_poppler, pdf_info

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("ko_KR.UTF-8", "A4"),
        ("en_US.UTF-8", "Letter"),
        ("en_CA", "Letter"),
        ("fil_PH.UTF-8", "Letter"),
        ("es_MX.UTF-8", "Letter"),
        ("en_GB.UTF-8", "A4"),
        ("de_DE@euro", "A4"),
        ("ja-JP", "A4"),
        ("C.UTF-8", "A4"),
        ("", "A4"),
    ],
)
def test_paper_follows_locale(name: str, paper: str) -> None:
    assert paper_for_locale(name) == paper


def test_locale_variables_in_glibc_order() -> None:
    assert territory_of("en_US.UTF-8") == "US"
    assert default_paper({"LC_ALL": "", "LC_PAPER": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}) == "Letter"
    assert default_paper({"LC_ALL": "ko_KR.UTF-8", "LC_PAPER": "en_US.UTF-8"}) == "A4"
    assert default_paper({}) == "A4"


def test_options_from_settings_follow_the_reader() -> None:
    s = Settings(None)
    assert options_from_settings(s, {"LANG": "ko_KR.UTF-8"}).font_size_pt == 11.0
    s.set("font_size", 30)
    assert options_from_settings(s, {}).font_size_pt == print_size_for_reader(30) == 16.5
    s.set("print_follow_reader", False)
    s.set("print_font_size", 9.5)
    opts = options_from_settings(s, {"LANG": "en_US.UTF-8"})
    assert opts.font_size_pt == 9.5
    assert opts.paper == "Letter"  # auto by locale
    s.set("print_paper", "A4")
    s.set("print_orientation", "landscape")
    s.set("print_images", False)
    s.set("print_margins_mm", 25.0)
    opts = options_from_settings(s, {"LANG": "en_US.UTF-8"})
    assert (opts.paper, opts.orientation, opts.images, opts.margins.left) == ("A4", "landscape", False, 25.0)
    s.set("print_large", True)
    large = options_from_settings(s, {})
    assert large.font_size_pt >= 16
    assert large.line_height > PrintOptions().line_height
    assert PrintOptions(font_size_pt=20).large_print().font_size_pt == 20  # never makes type smaller


def test_model_headline_meta_header_footer() -> None:
    art = long_article(sections=2, paras=2)
    art.title = art.title + " - 한빛일보"
    art.updated = "2026-11-20T14:05:00+09:00"
    model = build_print_model(art, today=dt.date(2026, 11, 25))
    assert model.title == "시립도서관, 큰글자책 서가 두 배로… 어르신 '듣는 독서' 지원도"
    assert model.subtitle == "낭독 봉사자와 음성 안내기 늘리고 야간 개방도 확대"
    assert (
        model.meta_line
        == "김하늘 기자 · 한빛일보 · 입력 2026년 11월 20일 09:30 · 수정 2026년 11월 20일 14:05"
    )
    assert model.header_text == f"한빛일보 · {model.title}"
    assert model.footer_parts(2, 5) == ("2 / 5", art.url, "인쇄 2026년 11월 25일")
    assert model.body_texts() == [b.plain_text() for b in art.blocks]
    heads = [pb.keep_with_next for pb in model.blocks]
    assert heads == [isinstance(b, Heading) for b in art.blocks]


def test_english_labels_and_dates() -> None:
    art = mixed_article()
    art.published = "2026-11-18"
    model = build_print_model(art, today=dt.date(2026, 11, 25))
    assert model.meta_line == "Dana Whitfield · Example Times · Published November 18, 2026"
    assert model.printed_date == "Printed November 25, 2026"
    assert format_datetime("not a date", "en") == "not a date"
    assert clean_title("Example Times | Big news", "Example Times") == "Big news"


def test_images_and_captions_options() -> None:
    art = mixed_article()
    with_images = build_print_model(art)
    assert "A remote photo caption" in with_images.body_texts()
    no_images = build_print_model(art, PrintOptions(images=False))
    assert not any(isinstance(pb.block, Image) for pb in no_images.blocks)
    assert "A remote photo caption" not in no_images.body_texts()
    no_captions = build_print_model(art, PrintOptions(captions=False))
    assert "A remote photo caption" not in no_captions.body_texts()
    assert any(isinstance(pb.block, Image) for pb in no_captions.blocks)


def test_trailing_heading_does_not_keep() -> None:
    art = Article(title="t", blocks=[Paragraph("body"), Heading("dangling head")])
    model = build_print_model(art)
    assert [pb.keep_with_next for pb in model.blocks] == [False, False]


def test_selection_only() -> None:
    art = long_article(sections=2, paras=2)
    heading = art.blocks[3].plain_text()
    para = art.blocks[4].plain_text()
    # As QTextCursor.selectedText() gives it: the headline too, paragraphs split by U+2029.
    selection = "\u2029".join([art.title, heading, para[: len(para) // 2]])
    model = build_print_model(art, selection=selection)
    assert model.excerpt_note == "기사 일부"
    assert [type(pb.block) for pb in model.blocks] == [Heading, Paragraph]
    assert model.body_texts() == [heading, para[: len(para) // 2]]
    assert model.title == art.title  # where it came from is still on the page
    # A blank selection means the whole article.
    assert len(build_print_model(art, selection=" \u2029 ").blocks) == len(art.blocks)


def test_nothing_to_print() -> None:
    with pytest.raises(NothingToPrintError, match="no text"):
        build_print_model(Article(title="Only a title", blocks=[Paragraph("   ")]))
    with pytest.raises(NothingToPrintError):
        build_print_model(Article(title="Images only", blocks=[Image(src="x.png")]))


def _lines(spec: list[tuple[int, int, bool]], height: float = 10.0, gap: float = 4.0) -> list[LineBox]:
    """(block, line count, keep_with_next) runs -> stacked line boxes with a gap between blocks."""
    out: list[LineBox] = []
    y = 0.0
    for block, count, keep in spec:
        for i in range(count):
            out.append(LineBox(y, y + height, block, i == 0, i == count - 1, keep))
            y += height
        y += gap
    return out


def _page_of(pages: list, index: int) -> int:
    return next(n for n, p in enumerate(pages) if p.first_line <= index < p.end_line)


def test_pagination_fits_and_covers_every_line() -> None:
    lines = _lines([(b, 3 + b % 4, b % 5 == 0) for b in range(40)])
    pages = paginate(lines, 200.0)
    assert pages[0].first_line == 0
    assert pages[-1].end_line == len(lines)
    for a, b in itertools.pairwise(pages):
        assert a.end_line == b.first_line
        assert a.bottom == b.top
    for p in pages:
        assert p.bottom - p.top <= 200.0 + 0.5
        for ln in lines[p.first_line : p.end_line]:
            assert p.top <= ln.top
            assert ln.bottom <= p.bottom + 0.5


def test_heading_never_ends_a_page() -> None:
    # Sweep page heights so a break falls right after the head at some height.
    for height in range(60, 160, 3):
        lines = _lines([(0, 4, False), (1, 1, True), (2, 5, False), (3, 1, True), (4, 6, False)])
        pages = paginate(lines, float(height))
        for p in pages[:-1]:
            assert not lines[p.end_line - 1].keep_with_next, f"head last on a page at height {height}"


def test_no_orphan_or_widow_lines() -> None:
    lines = _lines([(0, 4, False), (1, 6, False)])  # block 1 starts at y=44
    pages = paginate(lines, 58.0)  # room for block 0 and one line of block 1
    assert lines[pages[0].end_line - 1].block == 0
    lines = _lines([(0, 5, False)], gap=0)
    pages = paginate(lines, 40.0)  # four lines fit; the fifth would be alone
    assert [p.end_line - p.first_line for p in pages] == [3, 2]


def test_side_by_side_cells_are_not_cut() -> None:
    # Two table cells on one row: a tall one-line cell (0..15) next to a three-line cell.
    lines = sorted(
        [
            LineBox(0, 15, 0, True, True),
            LineBox(0, 10, 1, True, False),
            LineBox(10, 20, 1, False, False),
            LineBox(20, 30, 1, False, True),
            LineBox(34, 44, 2, True, True),
        ],
        key=lambda b: b.top,
    )
    for height in (12.0, 25.0, 31.0):
        for p in paginate(lines, height):
            # No break may fall inside the tall cell's line.
            assert not 0 < p.top < 15
            assert not 0 < p.bottom < 15


def test_a_line_taller_than_the_page_gets_its_own_page() -> None:
    lines = [LineBox(0, 10, 0, True, True), LineBox(14, 314, 1, True, True), LineBox(318, 328, 2, True, True)]
    pages = paginate(lines, 100.0)
    assert len(pages) == 3
    assert _page_of(pages, 1) == 1


def _minimal_pdf() -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Title (old) /Producer (test) /CreationDate (D:20261125000000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        xref,
    )
    return bytes(out)


@needs_poppler
def test_pdf_info_update_is_read_by_poppler(tmp_path: Path) -> None:
    data = set_doc_info(
        _minimal_pdf(),
        DocInfo(
            title="시립도서관 (큰글자책)", author="김하늘 (한빛일보)", subject="https://x.test/a?b=1&c=(2)"
        ),
    )
    path = tmp_path / "m.pdf"
    path.write_bytes(data)
    info = pdf_info(path)
    assert info["Title"] == "시립도서관 (큰글자책)"
    assert info["Author"] == "김하늘 (한빛일보)"
    assert info["Subject"] == "https://x.test/a?b=1&c=(2)"
    assert info["Pages"] == "1"
    assert data.startswith(_minimal_pdf())  # an incremental update: the original bytes are untouched
    with pytest.raises(ValueError):
        set_doc_info(b"not a pdf", DocInfo(title="x"))
