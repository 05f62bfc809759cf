"""Shared helpers for the print tests: articles built in the test, and poppler's tools."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.articles.model import Article, Block, Heading, Image, Note, Paragraph, Quote

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

KO_PARAS = [
    "시립도서관이 내년부터 큰글자책 서가를 지금의 두 배로 늘리고, 글을 읽기 어려운 어르신을 위한 '듣는 독서' "
    "프로그램을 새로 운영한다.",
    "계획에 따르면 본관과 분관 다섯 곳의 큰글자책은 약 3,200권에서 6,500권으로 늘어난다. "
    "최근 3년 동안 대출이 해마다 20% 넘게 증가했다.",
    "가장 눈에 띄는 변화는 낭독 봉사다. 도서관은 자원봉사자 40명을 새로 모집해 매주 화요일과 목요일 오후 "
    "열람실에서 신문 기사와 소설을 소리 내어 읽어 주기로 했다.",
    '도서관장은 "눈이 침침해져 책을 놓았다는 분들이 의외로 많다"며 "읽는 방법이 바뀌었을 뿐"이라고 말했다.',
]


def long_article(sections: int = 8, paras: int = 4, lang: str = "ko") -> Article:
    """A long article with section heads between runs of paragraphs, numbered so order is checkable."""
    blocks: list[Block] = []
    n = 0
    for s in range(sections):
        blocks.append(Heading(f"제{s + 1}부 소제목 {s + 1}" if lang == "ko" else f"Part {s + 1} heading"))
        for p in range(paras):
            n += 1
            base = KO_PARAS[(s + p) % len(KO_PARAS)]
            blocks.append(Paragraph(f"({n}) {base} 문단 번호 {n}."))
    return Article(
        title="시립도서관, 큰글자책 서가 두 배로… 어르신 '듣는 독서' 지원도",
        subtitle="낭독 봉사자와 음성 안내기 늘리고 야간 개방도 확대",
        authors=["김하늘 기자"],
        published="2026-11-20T09:30:00+09:00",
        site_name="한빛일보",
        url="https://news.hanbit.example/article/2026/11/20/library",
        lang=lang,
        blocks=blocks,
    )


def mixed_article() -> Article:
    return Article(
        title="Mixed blocks",
        site_name="Example Times",
        url="https://example.test/mixed",
        lang="en",
        authors=["Dana Whitfield"],
        blocks=[
            Paragraph("Opening paragraph of the mixed article."),
            Quote("A quoted line that matters.", cite="A Librarian"),
            Note("A note set smaller than the body."),
            Image(src="https://images.example.test/photo.jpg", caption="A remote photo caption"),
            Paragraph("Closing paragraph after the image."),
        ],
    )


def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    m = re.search(r"^Pages:\s+(\d+)", run(["pdfinfo", str(path)]), re.M)
    assert m, "pdfinfo shows no page count"
    return int(m.group(1))


def pdf_info(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in run(["pdfinfo", "-enc", "UTF-8", str(path)]).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def page_texts(path: Path) -> list[str]:
    """Text of each page, from pdftotext (form feed separates pages)."""
    text = run(["pdftotext", "-enc", "UTF-8", str(path), "-"])
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def squash(text: str) -> str:
    """Whitespace removed: line breaks and justification spaces differ between layout and text."""
    return re.sub(r"\s+", "", text)


def body_of_pages(pages: list[str], chrome: list[str]) -> str:
    """All pages' text, squashed, with each page's running header and footer parts cut out once."""
    out = []
    for i, page in enumerate(pages, start=1):
        flat = squash(page)
        for part in chrome:
            flat = flat.replace(squash(part), "", 1)
        flat = flat.replace(squash(f"{i} / {len(pages)}"), "", 1)
        out.append(flat)
    return "".join(out)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    pos = 0
    for needle in needles:
        found = haystack.find(squash(needle), pos)
        assert found >= 0, f"not found in order: {needle[:60]!r}"
        pos = found + len(squash(needle))
