"""What the reader makes of saved articles (read, favourite, tags, position) and deleting them.

Deleting is soft first: an article goes to the bin, :meth:`Edits.undelete` brings it back, and
:meth:`Edits.purge_deleted` removes it for good some minutes later.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import Any

from reader.library.connection import LibraryConnection
from reader.library.records import normalise_tag

log = logging.getLogger(__name__)

PURGE_AFTER_S = 600.0  # how long a deleted article can still be brought back


def mark_finished_in(conn: sqlite3.Connection, article_id: int, now: float) -> None:
    """Listened or read to the end: read, with the time, and the next listen starts at the top.

    Inside a transaction the caller holds (the listening queue also takes the article off the queue).
    """
    conn.execute("UPDATE articles SET read=1, finished_at=?, last_sentence=0 WHERE id=?", (now, article_id))


class Edits(LibraryConnection):
    """The small writes of :class:`reader.library.store.Library`."""

    def _update(self, article_id: int, sql: str, args: Sequence[Any]) -> None:
        with self.writing() as conn:
            self._require(conn, article_id)
            conn.execute(sql, (*args, article_id))

    def set_read(self, article_id: int, read: bool = True) -> None:
        self._update(article_id, "UPDATE articles SET read=? WHERE id=?", (int(read),))

    def set_favourite(self, article_id: int, favourite: bool = True) -> None:
        self._update(article_id, "UPDATE articles SET favourite=? WHERE id=?", (int(favourite),))

    def set_tags(self, article_id: int, tags: Iterable[str]) -> None:
        clean = sorted({t for t in (normalise_tag(x) for x in tags) if t})
        with self.writing() as conn:
            self._require(conn, article_id)
            conn.execute("DELETE FROM tags WHERE article_id=?", (article_id,))
            conn.executemany(
                "INSERT INTO tags(article_id, tag) VALUES (?,?)", [(article_id, t) for t in clean]
            )

    def add_tag(self, article_id: int, tag: str) -> None:
        if t := normalise_tag(tag):
            self._update(article_id, "INSERT OR IGNORE INTO tags(tag, article_id) VALUES (?, ?)", (t,))

    def remove_tag(self, article_id: int, tag: str) -> None:
        self._update(article_id, "DELETE FROM tags WHERE tag=? AND article_id=?", (normalise_tag(tag),))

    def set_position(
        self, article_id: int, *, top_block: int | None = None, last_sentence: int | None = None
    ) -> None:
        """Where the reader was: the block at the top of the view and the last sentence spoken."""
        self._update(
            article_id,
            "UPDATE articles SET top_block=COALESCE(?, top_block), "
            "last_sentence=COALESCE(?, last_sentence) WHERE id=?",
            (top_block, last_sentence),
        )

    def mark_opened(self, article_id: int, now: float | None = None) -> None:
        self._update(article_id, "UPDATE articles SET opened_at=? WHERE id=?", (now or time.time(),))

    def mark_finished(self, article_id: int, now: float | None = None) -> None:
        """Listened or read to the end: read, with the time, and the next listen starts at the top."""
        with self.writing() as conn:
            self._require(conn, article_id)
            mark_finished_in(conn, article_id, now or time.time())

    # -- deleting ---------------------------------------------------------------------------

    def delete(self, article_ids: Iterable[int], now: float | None = None) -> list[int]:
        """Move articles to the bin; :meth:`undelete` brings them back until they are purged."""
        now = time.time() if now is None else now
        ids = list(article_ids)
        with self.writing() as conn:
            done = []
            for aid in ids:
                cur = conn.execute(
                    "UPDATE articles SET deleted_at=? WHERE id=? AND deleted_at IS NULL", (now, aid)
                )
                if cur.rowcount:
                    done.append(aid)
        return done

    def undelete(self, article_ids: Iterable[int]) -> list[int]:
        ids = list(article_ids)
        with self.writing() as conn:
            done = []
            for aid in ids:
                cur = conn.execute(
                    "UPDATE articles SET deleted_at=NULL WHERE id=? AND deleted_at IS NOT NULL", (aid,)
                )
                if cur.rowcount:
                    done.append(aid)
        return done

    def purge_deleted(
        self, older_than_s: float = PURGE_AFTER_S, now: float | None = None, only: Iterable[int] | None = None
    ) -> int:
        """Remove for good what was deleted more than ``older_than_s`` seconds ago (or just ``only``)."""
        cutoff = (time.time() if now is None else now) - older_than_s
        wanted = None if only is None else set(only)
        with self.writing() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM articles WHERE deleted_at IS NOT NULL AND deleted_at <= ?", (cutoff,)
                )
                if wanted is None or r[0] in wanted
            ]
            for aid in ids:
                self._unindex(conn, aid)
                conn.execute("DELETE FROM articles WHERE id=?", (aid,))
        if ids:
            log.info("purged %d deleted articles", len(ids))
        return len(ids)
