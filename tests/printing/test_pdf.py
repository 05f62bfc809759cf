"""The print renderer, checked through real PDFs read back with poppler (pdftotext, pdffonts, pdfinfo)."""

from __future__ import annotations

import base64
import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from reader.articles import load_article
from reader.articles.model import Heading, Image, Paragraph
from reader.errors import OutputError
from reader.paths import sample_article
from reader.printing import PrintOptions, build_print_model
from tests.print_support import (
    assert_in_order,
    body_of_pages,
    long_article,
    mixed_article,
    needs_poppler,
    page_texts,
    pdf_info,
    pdf_pages,
    run,
    squash,
)

pytestmark = [pytest.mark.gui, needs_poppler]

BOILERPLATE = ["로그인", "구독하기", "관련기사", "페이스북", "등록번호", "기사 읽어주기", "Leaders Today"]


def png_bytes() -> bytes:
    """A small red PNG, as a page would inline it."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor(200, 30, 30))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data().data())


@pytest.fixture
def write(qapp: Any, tmp_path: Path) -> Any:
    from reader.gui.printing.render import write_pdf

    def _write(model: Any, name: str = "out.pdf") -> Path:
        path = tmp_path / name
        pages = write_pdf(model, path)
        assert pdf_pages(path) == pages
        return path

    return _write


def chrome(model: Any) -> list[str]:
    return [model.header_text, model.source_url, model.printed_date]


def test_korean_sample_reads_back_whole_and_in_order(write: Any) -> None:
    article = load_article(str(sample_article("ko")))
    model = build_print_model(article)
    path = write(model)
    pages = page_texts(path)
    whole = squash("".join(pages))
    assert squash(model.title) in whole
    body = body_of_pages(pages, chrome(model))
    assert_in_order(body, [model.title, *model.body_texts()])
    for junk in BOILERPLATE:
        assert junk not in "".join(pages), junk


def test_hangul_font_is_embedded(write: Any) -> None:
    path = write(build_print_model(long_article(2, 2)))
    fonts = run(["pdffonts", str(path)]).splitlines()[2:]
    hangul = [f for f in fonts if re.search(r"Nanum|CJK|Myeongjo|Batang|Gothic|Han ?Serif|Han ?Sans", f)]
    assert hangul, fonts
    assert all(line.split()[-5] == "yes" for line in hangul), "Hangul font not embedded"  # the emb column


def test_page_count_grows_with_print_size(write: Any) -> None:
    article = long_article(sections=6, paras=4)
    counts = [
        pdf_pages(write(build_print_model(article, PrintOptions(font_size_pt=pt)), f"{pt}.pdf"))
        for pt in (9.0, 14.0, 22.0)
    ]
    assert counts[0] < counts[1] < counts[2], counts
    large = build_print_model(article, PrintOptions().large_print())
    assert pdf_pages(write(large, "large.pdf")) > counts[0]


def test_running_header_and_page_numbers_on_every_page(write: Any) -> None:
    model = build_print_model(long_article(sections=6, paras=4))
    pages = page_texts(write(model))
    assert len(pages) >= 3
    for i, text in enumerate(pages, start=1):
        flat = squash(text)
        assert squash(model.header_text) in flat, f"no running header on page {i}"
        assert squash(f"{i} / {len(pages)}") in flat, f"no page number on page {i}"
        assert squash(model.printed_date) in flat
        assert squash(model.source_url) in flat


def test_section_heads_never_end_a_page(write: Any) -> None:
    article = long_article(sections=10, paras=3)
    heads = [b.plain_text() for b in article.blocks if isinstance(b, Heading)]
    checked = 0
    for pt in (10.0, 10.5, 11.0, 11.5, 12.5, 13.5):
        model = build_print_model(article, PrintOptions(font_size_pt=pt))
        pages = page_texts(write(model, f"h{pt}.pdf"))
        for i, text in enumerate(pages[:-1], start=1):
            body = body_of_pages([text], chrome(model)).replace(squash(f"{i} / {len(pages)}"), "")
            body = body.replace(squash(f"{i}/{len(pages)}"), "")
            for head in heads:
                assert not body.endswith(squash(head)), f"{head!r} ends page {i} at {pt} pt"
            checked += 1
        assert_in_order(body_of_pages(pages, chrome(model)), model.body_texts())
    assert checked >= 12


def test_pdf_metadata(write: Any) -> None:
    model = build_print_model(long_article(1, 1))
    info = pdf_info(write(model))
    assert info["Title"] == model.title
    assert info["Author"] == "김하늘 기자 (한빛일보)"
    assert info["Subject"] == model.source_url
    assert info["Page size"].startswith("595")
    assert "A4" in info["Page size"]


def test_letter_landscape_and_margins(write: Any) -> None:
    opts = PrintOptions(paper="Letter", orientation="landscape")
    info = pdf_info(write(build_print_model(long_article(1, 1), opts)))
    assert info["Page size"].startswith("792 x 612")


def test_images_only_from_local_data(write: Any, tmp_path: Path) -> None:
    local = tmp_path / "pic.png"
    png = png_bytes()
    local.write_bytes(png)
    art = mixed_article()
    data_url = "data:image/png;base64," + base64.b64encode(png).decode()
    art.blocks[3:3] = [
        Image(src=data_url, caption="Inline picture caption"),
        Image(src=str(local), caption=""),
    ]
    path = write(build_print_model(art))
    listing = run(["pdfimages", "-list", str(path)]).splitlines()[2:]
    # the page's own data: picture only: a local file is never read (reader.articles.imagesrc) and the
    # remote one is never fetched
    assert len(listing) == 1
    text = squash("".join(page_texts(path)))
    assert squash("Inline picture caption") in text
    assert squash("A remote photo caption") in text
    path = write(build_print_model(art, PrintOptions(images=False)), "noimg.pdf")
    assert run(["pdfimages", "-list", str(path)]).splitlines()[2:] == []
    assert squash("Inline picture caption") not in squash("".join(page_texts(path)))


def test_mixed_blocks_and_english(write: Any) -> None:
    model = build_print_model(mixed_article())
    pages = page_texts(write(model))
    assert_in_order(body_of_pages(pages, chrome(model)), [model.title, model.meta_line, *model.body_texts()])


def test_selection_pdf_has_only_the_selection(write: Any) -> None:
    art = long_article(3, 2)
    chosen = art.blocks[4].plain_text()
    model = build_print_model(art, selection=chosen)
    text = squash("".join(page_texts(write(model))))
    assert squash(chosen) in text
    assert squash("기사 일부") in text
    others = [b.plain_text() for b in art.blocks if isinstance(b, Paragraph) and b.plain_text() != chosen]
    assert not any(squash(o) in text for o in others)


def test_paper_is_white_and_text_black_under_a_dark_theme(qapp: Any, write: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPalette

    old = qapp.palette()
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor(20, 20, 20))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor(230, 230, 230))
    qapp.setPalette(dark)
    try:
        path = write(build_print_model(long_article(1, 3)))
    finally:
        qapp.setPalette(old)
    run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "p")])
    img = QImage(str(next(tmp_path.glob("p*.png"))))
    assert img.pixelColor(5, 5).lightness() > 250  # the paper
    darkest = min(
        img.pixelColor(x, y).lightness() for x in range(0, img.width(), 2) for y in range(0, 200, 2)
    )
    assert darkest < 60  # the type


def test_unwritable_path_is_one_clear_error(qapp: Any, tmp_path: Path) -> None:
    from reader.gui.printing.render import write_pdf

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    model = build_print_model(long_article(1, 1))
    with pytest.raises(OutputError, match="Cannot write the PDF"):
        write_pdf(model, blocker / "out.pdf")
    with pytest.raises(OutputError, match="folder"):
        write_pdf(model, tmp_path)


def test_margins_that_leave_no_room(qapp: Any, tmp_path: Path) -> None:
    from reader.gui.printing.render import write_pdf
    from reader.printing.options import Margins

    opts = dataclasses.replace(PrintOptions(orientation="landscape"), margins=Margins(95, 10, 95, 10))
    with pytest.raises(OutputError, match="no room"):
        write_pdf(build_print_model(long_article(1, 1), opts), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_lists_tables_and_quotes_read_back_in_order(write: Any) -> None:
    from reader.articles.model import Article, ListBlock, Mark, Quote, Table

    art = Article(
        title="표와 목록",
        lang="ko",
        site_name="테스트",
        blocks=[
            Paragraph("앞 문단입니다.", marks=(Mark(0, 1, "strong"), Mark(2, 4, "em"))),
            ListBlock(items=("첫째 항목", "둘째 항목", "셋째 항목"), ordered=True),
            Table(rows=(("구분", "2025년", "2026년"), ("큰글자책", "3,200권", "6,500권")), header=True),
            Quote("읽는 방법이 바뀌었을 뿐", cite="도서관장"),
            Paragraph("뒤 문단."),
        ],
    )
    model = build_print_model(art)
    body = body_of_pages(page_texts(write(model)), chrome(model))
    expected = [
        "앞 문단입니다.",
        "첫째 항목",
        "둘째 항목",
        "셋째 항목",
        "구분",
        "2025년",
        "2026년",
        "큰글자책",
    ]
    assert_in_order(
        body, [*expected, "3,200권", "6,500권", "읽는 방법이 바뀌었을 뿐", "도서관장", "뒤 문단."]
    )
