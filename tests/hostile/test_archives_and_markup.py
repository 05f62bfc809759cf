"""Saved pages built to break the reader: MHTML nested thousands of levels or cut off inside its
base64, a tag with two hundred thousand attributes (minutes in libxml2's parser), an HTML page with
stray NUL bytes. One clear answer each, in seconds."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from reader.articles import article_from_bytes
from reader.articles.tagcap import MAX_ATTRIBUTES, cap_attributes
from reader.errors import SourceError
from tests.hostile_support import assert_one_line_error, cli, page

pytestmark = pytest.mark.core

TITLE = "시청 앞 주말 장터"
PAGE = page(TITLE, "서울시는 주말마다 시청 앞에서 장터를 연다.")


def _mhtml(html_part: str) -> bytes:
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a/1\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
        f"{html_part}--B--\r\n"
    ).encode()


def _deeply_nested(levels: int) -> bytes:
    head = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="N0"\r\n\r\n'
    nest = "".join(
        f'--N{i}\r\nContent-Type: multipart/mixed; boundary="N{i + 1}"\r\n\r\n' for i in range(levels)
    )
    return (head + nest + f"--N{levels}\r\nContent-Type: text/html\r\n\r\n{PAGE}\r\n").encode()


def test_mhtml_nested_past_the_recursion_limit_is_one_error() -> None:
    with pytest.raises(SourceError) as info:
        article_from_bytes(_deeply_nested(2000), name="page.mhtml", label="page.mhtml")
    assert info.value.code == "source.too_deep"


def test_the_cli_says_so_in_one_line(tmp_path: Path) -> None:
    src = tmp_path / "deep.mhtml"
    src.write_bytes(_deeply_nested(2000))
    run = cli("extract", str(src), basedir=tmp_path / "base")
    assert "nested too deeply" in assert_one_line_error(run, 2)


def test_a_few_nested_levels_still_read() -> None:
    article = article_from_bytes(_deeply_nested(5), name="page.mhtml")
    assert article.title == TITLE


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_mhtml_whose_base64_page_is_cut_off_reads_up_to_the_cut(cut: int) -> None:
    """A save or a download that stopped early: the page is read, not shown as base64 letters."""
    encoded = base64.encodebytes(PAGE.encode()).decode()
    encoded = encoded.rstrip("=\n")[:-cut] if cut else encoded
    part = (
        "--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://news.example/a/1\r\n\r\n{encoded}\r\n"
    )
    article = article_from_bytes(_mhtml(part), name="page.mhtml")
    assert article.title == TITLE
    assert article.url == "https://news.example/a/1"


def _crowded(n: int, *, values: bool = True) -> str:
    attrs = " ".join(f"a{i}=1" if values else f"a{i}" for i in range(n))
    return PAGE.replace("<p>", f'<p id="first" {attrs}>', 1)


@pytest.mark.parametrize("values", [True, False])
def test_a_tag_with_200000_attributes_is_read_in_seconds(values: bool, tmp_path: Path) -> None:
    src = tmp_path / "crowded.html"
    src.write_text(_crowded(200_000, values=values), encoding="utf-8")
    run = cli("extract", str(src), basedir=tmp_path / "base", timeout=60)
    assert run.code == 0, run.err
    assert run.out.startswith(TITLE)
    assert run.seconds < 30


def test_capping_keeps_the_first_attributes_and_the_rest_of_the_page() -> None:
    html = _crowded(5000)
    capped = cap_attributes(html)
    assert '<p id="first" a0=1 a1=1' in capped
    assert f"a{MAX_ATTRIBUTES - 2}=1" in capped
    assert f" a{MAX_ATTRIBUTES}=1" not in capped
    assert capped.endswith(html[html.index(">", html.index('id="first"')) :])


@pytest.mark.parametrize(
    "html",
    [
        PAGE,
        PAGE.replace("<p>", '<p style="' + "x" * 50_000 + '">', 1),  # one long value is no crowd
        PAGE.replace("<p>", '<img src="data:image/png;base64,' + "A" * 100_000 + '">', 1),
        PAGE.replace("<p>", "<p>" + "가 " * 20_000, 1),  # long text is not a tag
    ],
    ids=["plain", "long-style", "inline-image", "long-text"],
)
def test_ordinary_pages_are_not_touched(html: str) -> None:
    assert cap_attributes(html) == html


def test_an_html_page_with_stray_nul_bytes_is_read(tmp_path: Path) -> None:
    src = tmp_path / "nul.html"
    src.write_bytes(PAGE.encode().replace("장터를".encode(), "장\0터를".encode(), 3))
    run = cli("extract", str(src), basedir=tmp_path / "base")
    assert run.code == 0, run.err
    assert run.out.startswith(TITLE)
    assert "\x00" not in run.out


def test_a_file_with_nul_bytes_that_is_no_page_is_still_binary(tmp_path: Path) -> None:
    src = tmp_path / "data.html"
    src.write_bytes(b"<p>plain notes on a line</p>\n" * 40 + b"\0")  # mentions a tag, is no HTML document
    run = cli("extract", str(src), basedir=tmp_path / "base")
    assert "binary" in assert_one_line_error(run, 2)
