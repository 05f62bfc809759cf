"""Where the reader left each article: the block at the top of the view and the last sentence heard.

One home for reading places, in the library database: a saved article keeps its place in its
``articles`` row (the listening queue resumes from the same ``last_sentence``); any other article
keeps it in its ``history`` row, so a page opened from a file or an address is offered back too.
``positions.json`` from earlier versions is read once into these rows and then left unused.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.articles.model import Article
from reader.library.history import find_row
from reader.library.parts import LibraryCore
from reader.library.records import unpack_article
from reader.userfiles import read_json

log = logging.getLogger(__name__)

IMPORTED_KEY = "positions_json_imported"
MAX_POSITIONS_BYTES = 16 * 1024 * 1024  # places of tens of thousands of articles


@dataclass(frozen=True)
class Place:
    top_block: int = 0
    sentence: int = 0

    @property
    def empty(self) -> bool:
        return self.top_block <= 0 and self.sentence <= 0


class Places:
    """``lib.places``: get and remember the place in the article on screen."""

    def __init__(self, library: LibraryCore) -> None:
        self._lib = library

    def get(self, article: Article, source: str | None = None) -> Place | None:
        """The remembered place, or None when there is none (or it is the very top)."""
        aid = self._lib.find_saved(article.url, source)
        with self._lib.reading() as conn:
            place = None
            if aid is not None:
                row = conn.execute(
                    "SELECT top_block, last_sentence FROM articles WHERE id=?", (aid,)
                ).fetchone()
                place = Place(int(row[0]), int(row[1])) if row else None
            if place is None or place.empty:
                # not saved, or saved after the place was taken (then it is still in history)
                hid = find_row(conn, article.url, source, article.title)
                if hid is not None:
                    row = conn.execute(
                        "SELECT top_block, last_sentence FROM history WHERE id=?", (hid,)
                    ).fetchone()
                    place = Place(int(row[0]), int(row[1]))
        return None if place is None or place.empty else place

    def remember(
        self,
        article: Article,
        source: str | None = None,
        *,
        top_block: int | None = None,
        sentence: int | None = None,
    ) -> bool:
        """Store what is given (None keeps the old value); False when the article is nowhere yet."""
        top = None if top_block is None else max(0, int(top_block))
        heard = None if sentence is None else max(0, int(sentence))
        aid = self._lib.find_saved(article.url, source)
        with self._lib.writing() as conn:
            hid = find_row(conn, article.url, source, article.title)
            if aid is not None:
                conn.execute(
                    "UPDATE articles SET top_block=COALESCE(?, top_block), "
                    "last_sentence=COALESCE(?, last_sentence) WHERE id=?",
                    (top, heard, aid),
                )
                if hid is not None:  # the saved row holds it from now on
                    conn.execute("UPDATE history SET top_block=0, last_sentence=0 WHERE id=?", (hid,))
                return True
            if hid is None:
                return False
            conn.execute(
                "UPDATE history SET top_block=COALESCE(?, top_block), "
                "last_sentence=COALESCE(?, last_sentence) WHERE id=?",
                (top, heard, hid),
            )
            return True


def text_key(article: Article) -> str:
    """How positions.json named an article without a URL: a hash of its headline and text."""
    digest = hashlib.sha256(f"{article.title}\n\n{article.text}".encode()).hexdigest()[:32]
    return "text:" + digest


def import_positions_file(lib: LibraryCore, path: Path) -> int:
    """Take the places an earlier version kept in ``positions.json`` into the library, once.

    A place only fills an article's place that is still empty; the file is then renamed
    ``positions.json.imported`` (and the library notes the import, should the rename fail), so it
    is never read again. Returns how many places found their article.
    """
    with lib.reading() as conn:
        done = conn.execute("SELECT 1 FROM meta WHERE key=?", (IMPORTED_KEY,)).fetchone() is not None
    if done or not path.is_file():
        return 0
    records = _read_positions(path)
    moved = 0
    with lib.writing() as conn:
        text_rows = _text_keyed_rows(conn) if any(k.startswith("text:") for k in records) else {}
        for key, (top, sentence) in records.items():
            targets: list[tuple[str, int]] = []
            if key.startswith("url:"):
                url = key[4:]
                targets += [
                    ("articles", r[0])
                    for r in conn.execute(
                        "SELECT id FROM articles WHERE url=? AND deleted_at IS NULL", (url,)
                    )
                ]
                if not targets:
                    targets += [
                        ("history", r[0])
                        for r in conn.execute(
                            "SELECT id FROM history WHERE url=? AND article_id IS NULL", (url,)
                        )
                    ]
            else:
                targets += text_rows.get(key, [])
            for table, row_id in targets[:1]:
                conn.execute(
                    f"UPDATE {table} SET top_block=?, last_sentence=? "
                    "WHERE id=? AND top_block=0 AND last_sentence=0",
                    (top, sentence, row_id),
                )
                moved += 1
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (IMPORTED_KEY, str(time.time()))
        )
    try:
        path.replace(path.with_name(path.name + ".imported"))
    except OSError as exc:
        log.info("positions.json was imported but could not be renamed: %s", exc)
    log.info("took %d of %d reading places from %s into the library", moved, len(records), path)
    return moved


def _read_positions(path: Path) -> dict[str, tuple[int, int]]:
    try:
        raw: Any = read_json(path, MAX_POSITIONS_BYTES)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("positions file %s could not be read (%s); its places are dropped", path, exc)
        return {}
    out: dict[str, tuple[int, int]] = {}
    if not isinstance(raw, dict):
        return out
    for key, rec in raw.items():
        if not isinstance(key, str) or not isinstance(rec, dict):
            continue
        try:
            top = max(0, int(rec.get("top_block", 0)))
            sentence = max(0, int(rec.get("sentence", 0)))
            count = max(0, int(rec.get("sentence_count", 0)))
        except (TypeError, ValueError, OverflowError):  # Infinity, 1e400: not a place
            continue
        if count and sentence >= count - 1:
            sentence = 0  # heard to the end: the next listen starts at the top
        if top or sentence:
            out[key] = (top, sentence)
    return out


def _text_keyed_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[str, int]]]:
    """Articles without a URL, by the text key positions.json gave them."""
    keyed: dict[str, list[tuple[str, int]]] = {}
    rows = conn.execute(
        "SELECT a.id, c.article FROM articles a JOIN contents c ON c.article_id = a.id "
        "WHERE a.url IS NULL AND a.deleted_at IS NULL"
    ).fetchall()
    for aid, blob in rows:
        keyed.setdefault(text_key(unpack_article(blob)), []).append(("articles", int(aid)))
    history = conn.execute("SELECT id, article FROM history WHERE url IS NULL AND article IS NOT NULL")
    for hid, blob in history:
        keyed.setdefault(text_key(unpack_article(blob)), []).append(("history", int(hid)))
    return keyed
