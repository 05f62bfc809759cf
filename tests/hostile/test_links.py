"""A page's links lead only to the web or to mail: a click, a printed PDF's link or an export is never led
to a local file or a script. The link's words stay; only the address is refused."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from reader.articles.extract import extract_article
from reader.articles.formats import render
from reader.articles.imagesrc import safe_link_href
from reader.articles.model import Mark, Paragraph, block_from_dict
from tests.hostile_support import cli

pytestmark = pytest.mark.core

HOSTILE_HREFS = [
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "  file:/etc/passwd",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "smb://server/share",
    "about:blank",
]
NEWS = "시청 앞 광장에서 주말 장터를 열고 시민 수천 명이 모여 지역 농산물을 샀다고 밝혔다. "


def page_with_links(hrefs: list[str]) -> str:
    links = "".join(
        f'<p>{NEWS}자세한 내용은 <a href="{h}">안내 {i}</a>에 있다.</p>' for i, h in enumerate(hrefs)
    )
    paras = "".join(f"<p>서울시는 {i}일 {NEWS * 2}</p>" for i in range(8))
    return (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>장터</title></head><body>'
        f"<article><h1>시청 앞 주말 장터에 시민 몰려</h1>{paras}{links}"
        f'<p>{NEWS}시 누리집 <a href="https://www.example.go.kr/notice">공지</a>와 '
        '<a href="/board/7">게시판</a>에서 일정을 볼 수 있고, 궁금한 점은 '
        f'<a href="mailto:desk@example.go.kr">문의</a>하면 된다. {NEWS}</p>'
        "</article></body></html>"
    )


@pytest.mark.parametrize("href", HOSTILE_HREFS)
def test_a_refused_address_is_no_link_anywhere_an_article_is_made(href: str) -> None:
    assert safe_link_href(href) is None
    mark = Mark(0, 2, "link", href)
    assert mark.href is None
    mark_dict = {"start": 0, "end": 2, "kind": "link", "href": href}
    stored = block_from_dict({"type": "paragraph", "text": "안내 문서", "marks": [mark_dict]})
    assert isinstance(stored, Paragraph)
    assert all(m.href is None for m in stored.marks)  # a library or cache entry written before the rule


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://news.example/a?b=1#c", "https://news.example/a?b=1#c"),
        ("HTTP://news.example/a", "HTTP://news.example/a"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("/board/7", "/board/7"),  # relative: resolved against the page's web address later
        ("//cdn.example/a", "//cdn.example/a"),
        ("#notes", None),  # a jump inside the page the reader does not show
    ],
)
def test_web_and_mail_links_stay(href: str, kept: str | None) -> None:
    assert safe_link_href(href) == kept


def test_extraction_keeps_the_words_and_only_the_web_and_mail_links() -> None:
    art = extract_article(page_with_links(HOSTILE_HREFS), "https://www.example.go.kr/news/1")
    text = art.text
    for i in range(len(HOSTILE_HREFS)):
        assert f"안내 {i}" in text  # the words stay
    hrefs = [m.href for b in art.blocks for m in getattr(b, "marks", ()) if m.href]
    assert sorted(hrefs) == [
        "https://www.example.go.kr/board/7",
        "https://www.example.go.kr/notice",
        "mailto:desk@example.go.kr",
    ]
    html = render(art, "html")
    assert "안내 3" in html
    assert not re.search(r"(?i)(file|javascript|vbscript|data|smb|about):", html.replace("\t", ""))


def test_a_local_page_links_nowhere_local(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text(page_with_links(HOSTILE_HREFS), encoding="utf-8")
    art = extract_article(page.read_text(encoding="utf-8"), page.as_uri())
    hrefs = [m.href for b in art.blocks for m in getattr(b, "marks", ()) if m.href]
    assert all(h.startswith(("https://", "mailto:")) for h in hrefs), hrefs  # /board/7 is not a local path


def _pdf_objects(pdf: bytes) -> bytes:
    """The PDF's bytes with its deflated streams inflated, where a link annotation's /URI would be."""
    chunks = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        with contextlib.suppress(zlib.error):
            chunks.append(zlib.decompress(m.group(1)))
    return b"\n".join(chunks)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_pdf_carries_no_local_or_script_link(tmp_path: Path) -> None:
    page = tmp_path / "links.html"
    page.write_text(page_with_links(HOSTILE_HREFS), encoding="utf-8")
    out = tmp_path / "a.pdf"
    run = cli("pdf", str(page), "-o", str(out), basedir=tmp_path / "base", timeout=90)
    assert run.code == 0, run.err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout.decode()
    assert "안내 3" in text  # the link's words are printed
    objects = _pdf_objects(out.read_bytes())
    assert not re.search(rb"(?i)(file:///etc|javascript:|vbscript:|smb://|data:text)", objects)
