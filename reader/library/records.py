"""Rows the library hands out, and how an Article is packed into a row."""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from reader.articles.model import Article
from reader.library.textindex import index_text

EXCERPT_CHARS = 200
ZLIB_LEVEL = 6


@dataclass(frozen=True)
class Entry:
    """One saved article as the list shows it (no body, no original: those stay in the database)."""

    id: int
    title: str
    site: str
    url: str | None
    source: str | None
    lang: str
    excerpt: str
    chars: int
    extractor: str
    published: str | None
    added_at: float
    opened_at: float | None
    finished_at: float | None
    read: bool
    favourite: bool
    top_block: int
    last_sentence: int
    tags: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["tags"] = list(self.tags)
        return d


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    opened_at: float
    title: str
    site: str
    url: str | None
    source: str | None
    article_id: int | None  # set when the article is (now) in the library

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


ENTRY_COLUMNS = (
    "a.id, a.title, a.site, a.url, a.source, a.lang, a.excerpt, a.chars, a.extractor, a.published, "
    "a.added_at, a.opened_at, a.finished_at, a.read, a.favourite, a.top_block, a.last_sentence, "
    "(SELECT group_concat(tag, char(31)) FROM tags t WHERE t.article_id = a.id)"
)


def entry_from_row(row: tuple[Any, ...]) -> Entry:
    tags = tuple(sorted(row[17].split("\x1f"))) if row[17] else ()
    return Entry(
        id=row[0],
        title=row[1],
        site=row[2],
        url=row[3],
        source=row[4],
        lang=row[5],
        excerpt=row[6],
        chars=row[7],
        extractor=row[8],
        published=row[9],
        added_at=row[10],
        opened_at=row[11],
        finished_at=row[12],
        read=bool(row[13]),
        favourite=bool(row[14]),
        top_block=row[15],
        last_sentence=row[16],
        tags=tags,
    )


def pack_article(article: Article) -> bytes:
    d = article.to_dict()
    d.pop("text", None)  # derived from the blocks; no need to store it twice
    return zlib.compress(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), ZLIB_LEVEL)


def unpack_article(blob: bytes) -> Article:
    return Article.from_dict(json.loads(zlib.decompress(blob).decode("utf-8")))


def compress(data: bytes) -> bytes:
    return zlib.compress(data, ZLIB_LEVEL)


def decompress(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def index_values(article: Article) -> tuple[str, str]:
    """(title, body) exactly as written to the full-text index; removal needs the same values.

    Built from the blocks here, not from ``Article.text``, so a change in what the model calls
    body text (captions left out, say) cannot make removal disagree with what was indexed;
    captions and every other block stay searchable.
    """
    blocks = "\n\n".join(t for b in article.blocks if (t := b.plain_text()))
    body = "\n".join(p for p in (article.subtitle, blocks) if p)
    return index_text(article.title), index_text(body)


def site_of(article: Article) -> str:
    if article.site_name:
        return article.site_name.strip()
    if article.url:
        host = urlsplit(article.url).hostname or ""
        return host.removeprefix("www.")
    return ""


def excerpt_of(article: Article) -> str:
    text = " ".join(article.text.split())
    if len(text) <= EXCERPT_CHARS:
        return text
    return text[: EXCERPT_CHARS - 1].rstrip() + "…"


def normalise_tag(tag: str) -> str:
    return " ".join(tag.split())
