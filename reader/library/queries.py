"""Reading the library: one article, pages of the list (filtered, searched, sorted) and counts.

The list's speed lives here: which index drives a page, and how search results stay fast at
tens of thousands of articles (see benchmarks/library.py). Nothing in this module writes.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Literal

from reader.articles.model import Article
from reader.library.connection import LibraryConnection
from reader.library.errors import LibraryError, NotInLibraryError
from reader.library.records import (
    ENTRY_COLUMNS,
    Entry,
    decompress,
    entry_from_row,
    normalise_tag,
    unpack_article,
)
from reader.library.textindex import fts_query

Sort = Literal["added", "opened", "title", "site", "relevance"]
SORTS: tuple[str, ...] = ("added", "opened", "title", "site", "relevance")

_ORDER = {
    "added": "a.added_at {d}, a.id {d}",
    "opened": "a.opened_at {d}, a.id {d}",
    "title": "a.title COLLATE NOCASE {d}, a.id {d}",
    "site": "a.site COLLATE NOCASE {d}, a.added_at DESC",
}


class Queries(LibraryConnection):
    """The read-only calls of :class:`reader.library.store.Library`."""

    def find_saved(self, url: str | None, source: str | None) -> int | None:
        """The saved copy of a page, by its URL or (pages without one) the file it came from."""
        with self.reading() as conn:
            return self._find_existing(conn, url, source)

    def find_by_url(self, url: str | None) -> int | None:
        with self.reading() as conn:
            return self._find_by_url(conn, url)

    def get(self, article_id: int) -> Entry:
        with self.reading() as conn:
            row = conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM articles a WHERE a.id=? AND a.deleted_at IS NULL",
                (article_id,),
            ).fetchone()
        if row is None:
            raise NotInLibraryError(
                f"no saved article has the id {article_id}", params={"id": str(article_id)}
            )
        return entry_from_row(row)

    def article(self, article_id: int) -> Article:
        """The stored Article: opening it needs no network."""
        with self.reading() as conn:
            self._require(conn, article_id)
            row = conn.execute("SELECT article FROM contents WHERE article_id=?", (article_id,)).fetchone()
        if row is None:
            raise NotInLibraryError(
                f"no saved article has the id {article_id}", params={"id": str(article_id)}
            )
        return unpack_article(row[0])

    def original(self, article_id: int) -> tuple[bytes, str] | None:
        """The page bytes as they were fetched, and their kind ("html", "mhtml", ...), if kept."""
        with self.reading() as conn:
            self._require(conn, article_id)
            row = conn.execute(
                "SELECT original, original_kind FROM contents WHERE article_id=?", (article_id,)
            ).fetchone()
        if row is None or row[0] is None:
            return None
        return decompress(row[0]), str(row[1] or "html")

    def _where(
        self,
        *,
        unread: bool,
        favourites: bool,
        tag: str | None,
        site: str | None,
        deleted: bool = False,
        for_count: bool = False,
    ) -> tuple[list[str], list[Any]]:
        # "+" keeps SQLite from walking the deleted_at index for pages: the sort index (newest
        # first, title, ...) must drive them so they stop after one page. Counts use the index.
        live = "a.deleted_at IS NULL" if for_count else "+a.deleted_at IS NULL"
        where = ["a.deleted_at IS NOT NULL" if deleted else live]
        params: list[Any] = []
        if unread:
            where.append("a.read = 0")
        if favourites:
            where.append("a.favourite = 1")
        if tag:
            where.append("a.id IN (SELECT article_id FROM tags WHERE tag = ?)")
            params.append(normalise_tag(tag))
        if site:
            where.append("a.site = ? COLLATE NOCASE")
            params.append(site)
        return where, params

    def entries(
        self,
        *,
        query: str | None = None,
        sort: str = "added",
        descending: bool | None = None,
        unread: bool = False,
        favourites: bool = False,
        tag: str | None = None,
        site: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[Entry]:
        """A page of saved articles, filtered, searched (every word must occur) and sorted.

        With a search, "added" (newest first) streams from the index in id order and stops at
        the page, however many articles match; "relevance" puts headline matches first, each
        group newest first, which stays just as fast (bm25 over tens of thousands of matches
        did not: see benchmarks/library.py).
        """
        if sort not in SORTS:
            raise LibraryError(
                f"unknown sort {sort!r}; use one of {', '.join(SORTS)}",
                code="library.sort",
                params={"sort": str(sort), "choices": ", ".join(SORTS)},
            )
        if descending is None:
            descending = sort in ("added", "opened", "relevance")
        where, params = self._where(unread=unread, favourites=favourites, tag=tag, site=site)
        d = "DESC" if descending else "ASC"
        match = fts_query(query) if query and query.strip() else None
        if query and query.strip() and match is None:
            return []
        with self.reading() as conn:
            if match is None:
                order = _ORDER["added" if sort == "relevance" else sort].format(d=d)
                sql = (
                    f"SELECT {ENTRY_COLUMNS} FROM articles a WHERE {' AND '.join(where)} "
                    f"ORDER BY {order} LIMIT ? OFFSET ?"
                )
                rows = conn.execute(sql, [*params, limit, offset]).fetchall()
            elif sort == "relevance":
                rows = self._relevance_page(conn, match, where, params, limit, offset)
            else:
                order = f"s.rowid {d}" if sort == "added" else _ORDER[sort].format(d=d)
                rows = self._match_page(conn, match, where, params, order, limit, offset)
        return [entry_from_row(r) for r in rows]

    @staticmethod
    def _match_page(
        conn: sqlite3.Connection,
        match: str,
        where: list[str],
        params: list[Any],
        order: str,
        limit: int,
        offset: int,
    ) -> list[tuple[Any, ...]]:
        sql = (
            f"SELECT {ENTRY_COLUMNS} FROM search s JOIN articles a ON a.id = s.rowid "
            f"WHERE s.search MATCH ? AND {' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        return conn.execute(sql, [match, *params, limit, offset]).fetchall()

    def _relevance_page(
        self,
        conn: sqlite3.Connection,
        match: str,
        where: list[str],
        params: list[Any],
        limit: int,
        offset: int,
    ) -> list[tuple[Any, ...]]:
        in_title = f"title : ({match})"
        rows = self._match_page(conn, in_title, where, params, "s.rowid DESC", limit, offset)
        if len(rows) >= limit:
            return rows
        if rows:
            title_total = offset + len(rows)
        else:
            sql = (
                "SELECT count(*) FROM search s JOIN articles a ON a.id = s.rowid "
                f"WHERE s.search MATCH ? AND {' AND '.join(where)}"
            )
            title_total = int(conn.execute(sql, [in_title, *params]).fetchone()[0])
        rest = f"({match}) NOT {in_title}"
        return rows + self._match_page(
            conn, rest, where, params, "s.rowid DESC", limit - len(rows), max(0, offset - title_total)
        )

    def search(self, words: str, *, limit: int = 200, **filters: Any) -> list[Entry]:
        """Articles holding every word in the headline or body, headline matches first."""
        filters.setdefault("sort", "relevance")
        return self.entries(query=words, limit=limit, **filters)

    def count(
        self,
        *,
        query: str | None = None,
        unread: bool = False,
        favourites: bool = False,
        tag: str | None = None,
        site: str | None = None,
        cap: int | None = None,
    ) -> int:
        """How many articles the same filters list. With ``cap``, counting may stop past it
        (the result is then ``cap + 1``: show "1,000+"), which keeps filtered searches fast.
        """
        where, params = self._where(unread=unread, favourites=favourites, tag=tag, site=site, for_count=True)
        match = fts_query(query) if query and query.strip() else None
        if query and query.strip() and match is None:
            return 0
        filtered = unread or favourites or bool(tag) or bool(site)
        with self.reading() as conn:
            if match is None:
                if not filtered:  # counted from an index, minus the few in the bin
                    row = conn.execute(
                        "SELECT (SELECT count(*) FROM articles) - "
                        "(SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL)"
                    ).fetchone()
                    return int(row[0])
                sql = f"SELECT count(*) FROM articles a WHERE {' AND '.join(where)}"
                return int(conn.execute(sql, params).fetchone()[0])
            if not filtered:  # the index alone counts its matches; subtract those in the bin
                sql = "SELECT count(*) FROM search WHERE search MATCH ?"
                total = conn.execute(sql, (match,)).fetchone()[0]
                binned = conn.execute(
                    "SELECT count(*) FROM search WHERE search MATCH ? AND rowid IN "
                    "(SELECT id FROM articles WHERE deleted_at IS NOT NULL)",
                    (match,),
                ).fetchone()[0]
                return int(total) - int(binned)
            inner = (
                "SELECT 1 FROM search s JOIN articles a ON a.id = s.rowid "
                f"WHERE s.search MATCH ? AND {' AND '.join(where)}"
            )
            if cap is not None:
                inner += f" LIMIT {int(cap) + 1}"
            return int(conn.execute(f"SELECT count(*) FROM ({inner})", [match, *params]).fetchone()[0])

    def ids(self) -> list[int]:
        with self.reading() as conn:
            return [
                r[0] for r in conn.execute("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY id")
            ]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many saved articles carry it."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT tag, count(*) FROM tags WHERE article_id NOT IN "
                "(SELECT id FROM articles WHERE deleted_at IS NOT NULL) "
                "GROUP BY tag ORDER BY tag COLLATE NOCASE"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def sites(self) -> list[tuple[str, int]]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT site, count(*) FROM articles WHERE +deleted_at IS NULL AND site != '' "
                "GROUP BY site COLLATE NOCASE ORDER BY site COLLATE NOCASE"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]
