"""Saving articles into the library: the CPU-heavy packing first, then one short write.

Kept apart from listing and editing because a save touches every table (articles, contents, the
search index, history, tags) and is the one write that must not hold the lock while it compresses.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reader.articles.model import Article
from reader.library.connection import LibraryConnection
from reader.library.records import (
    compress,
    excerpt_of,
    index_values,
    normalise_tag,
    pack_article,
    site_of,
)


@dataclass(frozen=True)
class SaveItem:
    """One article to save, with its original page; see :meth:`Library.save`."""

    article: Article
    original: bytes | None = None
    original_kind: str = "html"
    source: str | None = None
    tags: tuple[str, ...] = ()
    now: float | None = None


@dataclass(frozen=True)
class _Prepared:
    """The CPU work of a save (JSON, compression, index text), done outside the write lock."""

    item: SaveItem
    packed: bytes
    index: tuple[str, str]
    orig_blob: bytes | None
    orig_size: int | None
    meta: tuple[Any, ...]


def _prepare(item: SaveItem) -> _Prepared:
    a = item.article
    return _Prepared(
        item=item,
        packed=pack_article(a),
        index=index_values(a),
        orig_blob=compress(item.original) if item.original is not None else None,
        orig_size=len(item.original) if item.original is not None else None,
        meta=(
            a.title,
            site_of(a),
            a.url,
            item.source,
            a.lang,
            excerpt_of(a),
            len(a.text),
            a.extractor,
            a.published,
        ),
    )


class Saving(LibraryConnection):
    """Save, bulk save and re-extract in place; part of :class:`reader.library.store.Library`."""

    def save(
        self,
        article: Article,
        original: bytes | None = None,
        *,
        original_kind: str = "html",
        source: str | None = None,
        tags: Iterable[str] = (),
        now: float | None = None,
    ) -> int:
        """Save an article (and the page it came from); the same URL saved again updates in place.

        Updating keeps what the user made of it: tags, read state, favourite, position.
        """
        item = SaveItem(article, original, original_kind, source, tuple(tags), now)
        prepared = _prepare(item)
        with self.writing() as conn:
            return self._save_prepared(conn, prepared)

    def save_many(self, items: Iterable[SaveItem]) -> list[int]:
        """Save several articles in one transaction (bulk import): all of them, or none."""
        prepared = [_prepare(i) for i in items]
        with self.writing() as conn:
            return [self._save_prepared(conn, p) for p in prepared]

    def _save_prepared(self, conn: sqlite3.Connection, p: _Prepared) -> int:
        item = p.item
        existing = self._find_existing(conn, item.article.url, item.source)
        if existing is not None:
            aid = existing
            self._unindex(conn, aid)
            conn.execute(
                "UPDATE articles SET title=?, site=?, url=?, source=COALESCE(?, source), lang=?, "
                "excerpt=?, chars=?, extractor=?, published=? WHERE id=?",
                (*p.meta, aid),
            )
            conn.execute(
                "UPDATE contents SET article=?, original=COALESCE(?, original), "
                "original_kind=CASE WHEN ? IS NULL THEN original_kind ELSE ? END, "
                "original_size=COALESCE(?, original_size) WHERE article_id=?",
                (p.packed, p.orig_blob, p.orig_blob, item.original_kind, p.orig_size, aid),
            )
        else:
            cur = conn.execute(
                "INSERT INTO articles(title, site, url, source, lang, excerpt, chars, extractor, "
                "published, added_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (*p.meta, item.now if item.now is not None else time.time()),
            )
            aid = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO contents(article_id, article, original, original_kind, original_size) "
                "VALUES (?,?,?,?,?)",
                (
                    aid,
                    p.packed,
                    p.orig_blob,
                    item.original_kind if item.original is not None else None,
                    p.orig_size,
                ),
            )
        conn.execute("INSERT INTO search(rowid, title, body) VALUES (?,?,?)", (aid, *p.index))
        # the history entry of this page now points at the saved copy
        conn.execute(
            "UPDATE history SET article_id=?, article=NULL WHERE (url = ?) OR (url IS NULL AND source = ?)",
            (aid, item.article.url, item.source),
        )
        for tag in item.tags:
            if t := normalise_tag(tag):
                conn.execute("INSERT OR IGNORE INTO tags(article_id, tag) VALUES (?,?)", (aid, t))
        return aid

    def replace_article(self, article_id: int, article: Article) -> None:
        """Swap in a newly extracted Article, keeping every piece of the user's data."""
        packed = pack_article(article)
        title_ix, body_ix = index_values(article)
        with self.writing() as conn:
            self._require(conn, article_id)
            self._unindex(conn, article_id)
            conn.execute(
                "UPDATE articles SET title=?, site=?, lang=?, excerpt=?, chars=?, extractor=?, published=?, "
                "url=COALESCE(?, url) WHERE id=?",
                (
                    article.title,
                    site_of(article),
                    article.lang,
                    excerpt_of(article),
                    len(article.text),
                    article.extractor,
                    article.published,
                    article.url,
                    article_id,
                ),
            )
            conn.execute("UPDATE contents SET article=? WHERE article_id=?", (packed, article_id))
            conn.execute(
                "INSERT INTO search(rowid, title, body) VALUES (?,?,?)", (article_id, title_ix, body_ix)
            )
