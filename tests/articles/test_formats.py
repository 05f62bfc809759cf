"""Article -> text, Markdown, standalone HTML and JSON: every block type, and text that tries to break out."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from reader.articles import Article, Heading, Image, ListBlock, Note, Paragraph, Quote, Table
from reader.articles.formats import render, to_html, to_markdown, to_text

pytestmark = pytest.mark.core


def sample() -> Article:
    return Article(
        title="시장 <script>alert(1)</script> & “따옴표”",
        subtitle="부제: *강조* 아님",
        authors=["김하늘 기자"],
        published="2025-11-19T09:30:00+09:00",
        site_name="한빛일보",
        url="https://news.example.kr/a?x=1&y=2",
        lang="ko",
        blocks=[
            Paragraph("첫 문단 11.19(수) 부·울·경 <b>굵게 아님</b>"),
            Heading("< 지역 간담회 >"),
            Note("* 협동로봇 기반 실증"),
            Quote("인용한 말", cite="관계자"),
            ListBlock(("하나", "둘"), ordered=True),
            Image("https://img.example.kr/a b.jpg", alt="사진", caption="사진 설명"),
            Table((("구분", "값"), ("A|B", "1")), header=True),
            Paragraph("# not a heading\n1. not a list"),
        ],
    )


def test_text_is_title_then_body() -> None:
    article = sample()
    assert to_text(article) == article.title + "\n\n" + article.text + "\n"


def test_markdown_escapes_and_structures() -> None:
    md = to_markdown(sample())
    assert md.startswith("# 시장 \\<script\\>alert(1)\\</script\\> & “따옴표”\n")
    assert "## \\< 지역 간담회 \\>" in md
    assert "> 인용한 말\n>\n> — 관계자" in md
    assert "1. 하나\n2. 둘" in md
    assert "![사진](https://img.example.kr/a%20b.jpg)" in md
    assert "| 구분 | 값 |\n| --- | --- |\n| A\\|B | 1 |" in md
    assert "\\# not a heading  \n1\\. not a list" in md
    assert "김하늘 기자 · 한빛일보 · 2025-11-19 09:30" in md


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attrs: dict[str, dict[str, str | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.setdefault(tag, dict(attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_standalone_and_escaped() -> None:
    page = to_html(sample())
    parsed = _Collect()
    parsed.feed(page)
    assert "script" not in parsed.tags  # the title's <script> stayed text
    assert parsed.attrs["html"]["lang"] == "ko"
    assert parsed.attrs["meta"]["charset"] == "utf-8"
    text = "".join(parsed.text)
    assert "시장 <script>alert(1)</script> & “따옴표”" in text
    assert "첫 문단 11.19(수) 부·울·경 <b>굵게 아님</b>" in text
    assert parsed.attrs["a"]["href"] == "https://news.example.kr/a?x=1&y=2"
    for tag in ("h1", "h2", "blockquote", "ol", "figure", "figcaption", "table", "th"):
        assert tag in parsed.tags
    assert "http" not in page.split("<body>")[0].replace("https://news.example.kr", "")  # nothing remote


def test_html_of_several_articles() -> None:
    a, b = sample(), Article(title="Second", blocks=[Paragraph("two")], lang="en")
    page = to_html([a, b])
    assert page.count("<article") == 2
    assert "<title>2 articles</title>" in page


def test_json_round_trip() -> None:
    article = sample()
    data = json.loads(render(article, "json"))
    assert data["text"] == article.text
    assert not data["text"].startswith(article.title)
    assert Article.from_dict(data).blocks == article.blocks


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render(sample(), "pdf")  # type: ignore[arg-type]
