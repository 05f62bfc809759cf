"""Shared helpers for the library tests: deterministic articles and child-process scripts."""

from __future__ import annotations

from reader.articles.model import Article, Heading, Paragraph

SYLLABLES = "가나다라마바사아자차카타파하서울부산경제혁신도서관시장주말아침"


def word(i: int, n: int = 3) -> str:
    """A made-up Korean word unique to ``i`` (base-len(SYLLABLES) digits)."""
    out = []
    for _ in range(n):
        out.append(SYLLABLES[i % len(SYLLABLES)])
        i //= len(SYLLABLES)
    return "".join(out)


def make_article(i: int, url: bool = True) -> Article:
    return Article(
        title=f"기사 {i}: {word(i)} 소식",
        subtitle=f"부제 {i}",
        blocks=[
            Paragraph(f"{word(i)}에서 열린 행사에 주민 {i}명이 모였다. 제조 혁신 논의가 이어졌다."),
            Heading(f"소제목 {i}"),
            Paragraph(f"Article number {i} carries the marker token{i} for English search."),
        ],
        url=f"https://news.example.kr/{i}" if url else None,
        site_name="예시일보",
        lang="ko",
        extractor="test",
    )


def make_original(i: int) -> bytes:
    return f"<html><body><article><h1>기사 {i}</h1><p>{word(i)} 원문 {i}</p></article></body></html>".encode()


# Run in a child process: save articles START..END-1, printing each index once it is committed.
SAVER = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from reader.library import Library
from tests.library_support import make_article, make_original
path, start, end = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
lib = Library(path)
for i in range(start, end):
    aid = lib.save(make_article(i), make_original(i), tags=[f"t{i % 7}"])
    lib.set_position(aid, top_block=i % 5, last_sentence=i % 11)
    print(i, aid, flush=True)
lib.close()
print("done", flush=True)
"""
