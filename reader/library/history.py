"""History: every article opened, saved or not, newest first — and savable later, even offline."""

from __future__ import annotations

import sqlite3
import time

from reader.articles.model import Article
from reader.library.errors import NotInLibraryError
from reader.library.parts import LibraryCore
from reader.library.records import HistoryEntry, pack_article, site_of, unpack_article

HISTORY_LIMIT = 2000


def find_row(conn: sqlite3.Connection, url: str | None, source: str | None, title: str) -> int | None:
    """The history row of a page: the same URL, or (pages without one) the same file and headline."""
    key_url = url or None
    row = conn.execute(
        "SELECT id FROM history WHERE (url IS ? AND url IS NOT NULL) OR "
        "(url IS NULL AND ? IS NULL AND source IS ? AND title = ?) ORDER BY opened_at DESC LIMIT 1",
        (key_url, key_url, source, title),
    ).fetchone()
    return None if row is None else int(row[0])


class History:
    def __init__(self, library: LibraryCore) -> None:
        self._lib = library

    def record(
        self,
        article: Article,
        *,
        source: str | None = None,
        article_id: int | None = None,
        now: float | None = None,
    ) -> int:
        """Note that ``article`` was opened. Opening the same page again moves it to the top.

        An article that is not saved keeps its extracted text here, so it can be saved later
        without fetching it again.
        """
        now = time.time() if now is None else now
        if article_id is None:
            article_id = self._lib.find_saved(article.url, source)
        packed = None if article_id is not None else pack_article(article)
        key_url = article.url or None
        with self._lib.writing() as conn:
            if article_id is not None:
                conn.execute("UPDATE articles SET opened_at=? WHERE id=?", (now, article_id))
            found = find_row(conn, key_url, source, article.title)
            if found is not None:
                hid = found
                conn.execute(
                    "UPDATE history SET opened_at=?, title=?, site=?, source=COALESCE(?, source), "
                    "article_id=?, article=? WHERE id=?",
                    (now, article.title, site_of(article), source, article_id, packed, hid),
                )
            else:
                cur = conn.execute(
                    "INSERT INTO history(opened_at, title, site, url, source, article_id, article) "
                    "VALUES (?,?,?,?,?,?,?)",
                    (now, article.title, site_of(article), key_url, source, article_id, packed),
                )
                hid = int(cur.lastrowid or 0)
            conn.execute(
                "DELETE FROM history WHERE id NOT IN "
                "(SELECT id FROM history ORDER BY opened_at DESC LIMIT ?)",
                (HISTORY_LIMIT,),
            )
        return hid

    def entries(self, limit: int = 200, offset: int = 0) -> list[HistoryEntry]:
        with self._lib.reading() as conn:
            rows = conn.execute(
                "SELECT h.id, h.opened_at, h.title, h.site, h.url, h.source, "
                "CASE WHEN a.deleted_at IS NULL THEN h.article_id END "
                "FROM history h LEFT JOIN articles a ON a.id = h.article_id "
                "ORDER BY h.opened_at DESC, h.id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [HistoryEntry(*r) for r in rows]

    def recent(self, limit: int = 15) -> list[HistoryEntry]:
        """Open Recent: the latest opening of each file or address that can be opened again."""
        with self._lib.reading() as conn:
            rows = conn.execute(
                "SELECT h.id, h.opened_at, h.title, h.site, h.url, h.source, "
                "CASE WHEN a.deleted_at IS NULL THEN h.article_id END "
                "FROM history h LEFT JOIN articles a ON a.id = h.article_id "
                "WHERE COALESCE(h.source, h.url) IS NOT NULL "
                "ORDER BY h.opened_at DESC, h.id DESC LIMIT ?",
                (max(1, limit) * 4,),
            ).fetchall()
        seen: set[str] = set()
        out: list[HistoryEntry] = []
        for r in rows:
            entry = HistoryEntry(*r)
            where = entry.source or entry.url or ""
            if where and where not in seen:
                seen.add(where)
                out.append(entry)
            if len(out) >= limit:
                break
        return out

    def article(self, history_id: int) -> Article | None:
        """The article as it was opened: from the library if saved, else the copy kept here."""
        with self._lib.reading() as conn:
            row = conn.execute("SELECT article_id, article FROM history WHERE id=?", (history_id,)).fetchone()
        if row is None:
            raise NotInLibraryError(
                f"no history entry has the id {history_id}",
                code="library.no_such_history",
                params={"id": str(history_id)},
            )
        if row[0] is not None:
            try:
                return self._lib.article(int(row[0]))
            except NotInLibraryError:
                pass
        return unpack_article(row[1]) if row[1] is not None else None

    def save(self, history_id: int) -> int:
        """Save a history entry into the library (without its original page, which was not kept)."""
        with self._lib.reading() as conn:
            row = conn.execute("SELECT source FROM history WHERE id=?", (history_id,)).fetchone()
        article = self.article(history_id)
        if article is None or row is None:
            raise NotInLibraryError(
                f"history entry {history_id} has nothing left to save",
                code="library.history_empty",
                params={"id": str(history_id)},
            )
        aid = self._lib.save(article, source=row[0])
        with self._lib.writing() as conn:
            # the place the reader had in it moves along with the article
            conn.execute(
                "UPDATE articles SET top_block=MAX(top_block, (SELECT top_block FROM history WHERE id=?)), "
                "last_sentence=MAX(last_sentence, (SELECT last_sentence FROM history WHERE id=?)) WHERE id=?",
                (history_id, history_id, aid),
            )
            conn.execute(
                "UPDATE history SET article_id=?, article=NULL, top_block=0, last_sentence=0 WHERE id=?",
                (aid, history_id),
            )
        return aid

    def remove(self, history_id: int) -> None:
        with self._lib.writing() as conn:
            conn.execute("DELETE FROM history WHERE id=?", (history_id,))

    def clear(self) -> None:
        with self._lib.writing() as conn:
            conn.execute("DELETE FROM history")
