"""The listening queue: saved articles played one after another, persisted in the library.

``current`` is the article being (or last) played; with its ``last_sentence`` in the articles
table it is where listening stopped, so the next session resumes there. A finished article is
marked read and leaves the queue.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from reader.library.edits import mark_finished_in
from reader.library.parts import LibraryCore
from reader.library.records import ENTRY_COLUMNS, Entry, entry_from_row


class ListeningQueue:
    def __init__(self, library: LibraryCore) -> None:
        self._lib = library

    def items(self) -> list[Entry]:
        with self._lib.reading() as conn:
            rows = conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM queue q JOIN articles a ON a.id = q.article_id "
                "WHERE a.deleted_at IS NULL ORDER BY q.pos, q.article_id"
            ).fetchall()
        return [entry_from_row(r) for r in rows]

    def ids(self) -> list[int]:
        return [e.id for e in self.items()]

    def __len__(self) -> int:
        return len(self.ids())

    def add(self, article_ids: Iterable[int]) -> list[int]:
        """Append to the end; an article already queued keeps its place."""
        added = []
        with self._lib.writing() as conn:
            top = conn.execute("SELECT COALESCE(MAX(pos), -1) FROM queue").fetchone()[0]
            for aid in article_ids:
                self._lib._require(conn, aid)
                top += 1
                cur = conn.execute("INSERT OR IGNORE INTO queue(article_id, pos) VALUES (?, ?)", (aid, top))
                if cur.rowcount:
                    added.append(aid)
        return added

    def remove(self, article_ids: Iterable[int]) -> None:
        with self._lib.writing() as conn:
            for aid in article_ids:
                conn.execute("DELETE FROM queue WHERE article_id=?", (aid,))

    def clear(self) -> None:
        with self._lib.writing() as conn:
            conn.execute("DELETE FROM queue")
            conn.execute("DELETE FROM meta WHERE key='queue_current'")

    def move(self, article_id: int, index: int) -> None:
        """Put ``article_id`` at position ``index`` (0 = first), shifting the others."""
        with self._lib.writing() as conn:
            order = [r[0] for r in conn.execute("SELECT article_id FROM queue ORDER BY pos, article_id")]
            if article_id not in order:
                return
            order.remove(article_id)
            order.insert(max(0, min(index, len(order))), article_id)
            conn.executemany(
                "UPDATE queue SET pos=? WHERE article_id=?", [(i, a) for i, a in enumerate(order)]
            )

    def current(self) -> int | None:
        """The article playing or where listening stopped, if it is still queued."""
        with self._lib.reading() as conn:
            row = conn.execute(
                "SELECT q.article_id FROM meta m JOIN queue q ON q.article_id = CAST(m.value AS INTEGER) "
                "JOIN articles a ON a.id = q.article_id "
                "WHERE m.key='queue_current' AND a.deleted_at IS NULL"
            ).fetchone()
        return None if row is None else int(row[0])

    def set_current(self, article_id: int | None) -> None:
        with self._lib.writing() as conn:
            if article_id is None:
                conn.execute("DELETE FROM meta WHERE key='queue_current'")
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('queue_current', ?)", (str(article_id),)
                )

    def next(self) -> int | None:
        """What to play now: the article listening stopped in, else the first one queued."""
        current = self.current()
        if current is not None:
            return current
        ids = self.ids()
        return ids[0] if ids else None

    def resume_point(self) -> tuple[int, int] | None:
        """(article id, sentence index) to continue from, or None when the queue is empty."""
        aid = self.next()
        if aid is None:
            return None
        return aid, self._lib.get(aid).last_sentence

    def start(self, article_id: int) -> None:
        """``article_id`` begins playing (it is queued first if it was not)."""
        if article_id not in self.ids():
            self.add([article_id])
        self.set_current(article_id)

    def finished(self, article_id: int, now: float | None = None) -> int | None:
        """The article was heard to the end: mark it read, take it off the queue, return the next."""
        now = time.time() if now is None else now
        with self._lib.writing() as conn:
            mark_finished_in(conn, article_id, now)
            conn.execute("DELETE FROM queue WHERE article_id=?", (article_id,))
            conn.execute("DELETE FROM meta WHERE key='queue_current' AND value=?", (str(article_id),))
        return self.next()
