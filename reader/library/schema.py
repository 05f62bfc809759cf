"""The library's SQLite schema, its version history, and opening a file safely.

Opening looks at an existing file read-only first: a damaged file, another program's database,
or one written by a newer article-reader is refused before anything is written to it (switching
to WAL alone would rewrite the header). Each migration runs in one transaction together with its
``PRAGMA user_version``, and the file is copied aside before an upgrade, so an old version can
still open its copy.
"""

from __future__ import annotations

import contextlib
import logging
import random
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Union

from reader.library.errors import (
    LibraryBusyError,
    LibraryCorruptError,
    LibraryError,
    LibraryReadOnlyError,
    LibraryTooNewError,
    NotInLibraryError,
)
from reader.library.textindex import TOKENIZER
from reader.paths import folder_problem

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0

Migration = Union[Sequence[str], Callable[[sqlite3.Connection], None]]  # noqa: UP007 (a runtime alias)

# MIGRATIONS[i] takes a database from user_version i to i + 1. Append only; never edit a released step.
MIGRATIONS: list[Migration] = [
    # 1: first release
    [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            site TEXT NOT NULL DEFAULT '',
            url TEXT,
            source TEXT,
            lang TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            chars INTEGER NOT NULL DEFAULT 0,
            extractor TEXT NOT NULL DEFAULT '',
            published TEXT,
            added_at REAL NOT NULL,
            opened_at REAL,
            finished_at REAL,
            read INTEGER NOT NULL DEFAULT 0,
            favourite INTEGER NOT NULL DEFAULT 0,
            top_block INTEGER NOT NULL DEFAULT 0,
            last_sentence INTEGER NOT NULL DEFAULT 0,
            deleted_at REAL
        )""",
        "CREATE INDEX articles_added ON articles (added_at)",
        "CREATE INDEX articles_opened ON articles (opened_at)",
        "CREATE INDEX articles_title ON articles (title COLLATE NOCASE)",
        "CREATE INDEX articles_site ON articles (site COLLATE NOCASE, added_at)",
        "CREATE INDEX articles_url ON articles (url)",
        "CREATE INDEX articles_source ON articles (source)",
        "CREATE INDEX articles_deleted ON articles (deleted_at) WHERE deleted_at IS NOT NULL",
        """CREATE TABLE contents (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            article BLOB NOT NULL,
            original BLOB,
            original_kind TEXT,
            original_size INTEGER
        )""",
        """CREATE TABLE tags (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (article_id, tag)
        ) WITHOUT ROWID""",
        "CREATE INDEX tags_tag ON tags (tag)",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            opened_at REAL NOT NULL,
            title TEXT NOT NULL,
            site TEXT NOT NULL DEFAULT '',
            url TEXT,
            source TEXT,
            article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
            article BLOB
        )""",
        "CREATE INDEX history_opened ON history (opened_at)",
        "CREATE INDEX history_article ON history (article_id)",
        """CREATE TABLE queue (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            pos REAL NOT NULL
        )""",
        "CREATE INDEX queue_pos ON queue (pos)",
        f"CREATE VIRTUAL TABLE search USING fts5(title, body, content='', tokenize='{TOKENIZER}')",
    ],
    # 2: indexes that let the panel count and group 100,000 articles without reading the rows
    [
        "DROP INDEX articles_site",
        "CREATE INDEX articles_site ON articles (site COLLATE NOCASE, deleted_at, added_at)",
        "CREATE INDEX articles_state ON articles (deleted_at, read, favourite)",
    ],
    # 3: reading places for articles that are not saved (one home for them: this database)
    [
        "ALTER TABLE history ADD COLUMN top_block INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE history ADD COLUMN last_sentence INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX history_url ON history (url)",
    ],
]

# Tables a library of each version must have; used to tell a library from some other database.
REQUIRED_TABLES = {"meta", "articles", "contents", "tags", "history", "queue", "search"}


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return len(migrations)


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in str(exc)


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc)


def _is_read_only(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)


def damaged_message(path: Path, detail: str) -> str:
    return (
        f"the library {path} is damaged ({detail}); it is open read-only: saved articles can still be "
        "read, but nothing is saved to it — move it aside to start a new library"
    )


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite failures into LibraryError messages a user can act on."""
    try:
        yield
    except OverflowError as exc:  # an id or a count past SQLite's 64-bit integers: no such thing is stored
        raise NotInLibraryError(
            "no saved article has such an id (the number is too large)",
            code="library.no_such_id",
            params={"id": "?"},
        ) from exc
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        params = {"path": str(path), "detail": str(exc)}
        if _is_corruption(exc):
            raise LibraryCorruptError(
                damaged_message(path, str(exc)), code="library.damaged", params=params
            ) from exc
        if _is_busy(exc):
            raise LibraryBusyError(
                f"the library {path} is locked by another window or program; try again",
                code="library.busy",
                params=params,
            ) from exc
        if code == sqlite3.SQLITE_FULL:
            raise LibraryError(
                f"the disk holding {path} is full; nothing was changed",
                code="library.disk_full",
                params=params,
            ) from exc
        if code == sqlite3.SQLITE_READONLY:
            raise LibraryReadOnlyError(
                f"the library {path} is read-only here ({exc}); saved articles can be read, "
                "but nothing can be saved",
                code="library.read_only",
                params=params,
            ) from exc
        if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
            raise LibraryError(
                f"cannot write the library {path}: {exc}", code="library.cannot_write", params=params
            ) from exc
        raise LibraryError(f"library error in {path}: {exc}", code="library.error", params=params) from exc
    except OSError as exc:  # the folder itself: a file in its place, a disk that went away
        reason = exc.strerror or str(exc)
        raise LibraryError(
            f"cannot use the library {path}: {reason}",
            code="library.folder",
            params={"path": str(path), "reason": reason},
        ) from exc


class LibraryDB(sqlite3.Connection):
    """The library's connection, knowing whether it may write: ``read_only`` says why not (None: it may)."""

    read_only: str | None = None


def _uri(path: Path, *, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _open_read_only(path: Path) -> LibraryDB:
    """A read-only connection; in a read-only folder WAL's shared-memory file cannot be made, and the
    file is opened as immutable (nothing can change it there anyway)."""
    last: sqlite3.Error | None = None
    for immutable in (False, True):
        try:
            conn = sqlite3.connect(
                _uri(path, immutable=immutable),
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
                factory=LibraryDB,
            )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error as exc:
            last = exc
            with contextlib.suppress(UnboundLocalError, sqlite3.Error):
                conn.close()
    if last is not None and _is_corruption(last):
        raise LibraryCorruptError(
            f"the library {path} is damaged ({last}); it was left untouched — "
            "move it aside to start a new library",
            code="library.damaged",
            params={"path": str(path), "detail": str(last)},
        ) from last
    raise LibraryError(
        f"cannot open the library {path}: {last}",
        code="library.cannot_open",
        params={"path": str(path), "detail": str(last)},
    ) from last


def inspect_existing(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The user_version of an existing library file, read without writing; refuses what we must not touch."""
    conn = _open_read_only(path)
    try:
        with translate_errors(path):
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    latest = latest_version(migrations)
    if version < 0:  # no article-reader writes one; a migration step would be looked up by it
        raise LibraryCorruptError(
            f"the library {path} is damaged (format {version}); it was left untouched — "
            "move it aside to start a new library",
            code="library.damaged",
            params={"path": str(path), "detail": f"format {version}"},
        )
    if version > latest:
        raise LibraryTooNewError(
            f"the library {path} was written by a newer version of article-reader (format {version}, "
            f"this one reads up to {latest}); it was left untouched — update article-reader to open it",
            code="library.too_new",
            params={"path": str(path), "version": version, "latest": latest},
        )
    if version == 0 and names:
        raise LibraryCorruptError(
            f"{path} is a database, but not an article-reader library; it was left untouched",
            code="library.foreign",
            params={"path": str(path)},
        )
    if version >= 1 and not names >= REQUIRED_TABLES:
        missing = ", ".join(sorted(REQUIRED_TABLES - names))
        raise LibraryCorruptError(
            f"the library {path} is damaged (missing {missing}); it was left untouched — "
            "move it aside to start a new library",
            code="library.damaged",
            params={"path": str(path), "detail": f"missing {missing}"},
        )
    return version


def connect(path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> LibraryDB:
    """Open (creating if absent) and upgrade the library at ``path``; refuse anything unsafe.

    Two processes may both be first: every step of setting up waits on the other (SQLite answers
    "locked" at once to a journal-mode switch, without waiting on the busy timeout, so this waits
    itself). A library that cannot be written here (a read-only folder or disk) opens read-only.
    """
    path = Path(path)
    _refuse_unless_file(path)
    with translate_errors(path):
        existing = path.exists() and path.stat().st_size > 0
    if not existing:
        problem = folder_problem(path.parent)
        if problem is not None:
            raise LibraryError(
                f"cannot create the library in {path.parent}: {problem}",
                code="library.folder",
                params={"path": str(path), "reason": problem},
            )
    version = inspect_existing(path, migrations) if existing else 0
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return _connect_writable(path, migrations, existing, version)
        except (sqlite3.Error, LibraryBusyError) as exc:
            busy = isinstance(exc, LibraryBusyError) or (isinstance(exc, sqlite3.Error) and _is_busy(exc))
            if busy and time.monotonic() < deadline:
                time.sleep(random.uniform(0.01, 0.05))
                continue
            if isinstance(exc, sqlite3.Error) and _is_read_only(exc) and existing:
                if version < latest_version(migrations):
                    raise LibraryError(
                        f"the library {path} needs an upgrade to this version's format, but it is read-only",
                        code="library.read_only_upgrade",
                        params={"path": str(path)},
                    ) from exc
                log.info("library %s is read-only here: %s", path, exc)
                conn = _open_read_only(path)
                conn.read_only = f"read-only here ({exc})"
                return conn
            with translate_errors(path):
                raise exc from None


def _refuse_unless_file(path: Path) -> None:
    """A folder, named pipe or device where the library should be: say what it is (SQLite's own answer is
    "disk I/O error", or a wait on a pipe), and leave it alone."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there yet (or unreachable: the open says why)
    if stat.S_ISREG(mode):
        return
    what = "a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode) else "something else"
    raise LibraryError(
        f"the library {path} is {what}, not a library file; move it aside to start a new library",
        code="library.not_a_file",
        params={"path": str(path), "what": what},
    )


def _connect_writable(path: Path, migrations: Sequence[Migration], existing: bool, version: int) -> LibraryDB:
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False, factory=LibraryDB
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode != "wal":
            if existing:
                # Switching to WAL rewrites the header: make sure the file is sound first.
                result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                if result != "ok":
                    raise LibraryCorruptError(
                        f"the library {path} is damaged ({result}); it was left untouched — "
                        "move it aside to start a new library",
                        code="library.damaged",
                        params={"path": str(path), "detail": str(result)},
                    )
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit survives a power cut too, not only a crash of this process.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if version < latest_version(migrations) or not existing:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if current < latest_version(migrations):
                if current >= 1:
                    _backup(conn, path, current)
                migrate(conn, migrations)
        _probe_writable(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _probe_writable(conn: sqlite3.Connection) -> None:
    """Raise SQLITE_READONLY now when the file cannot be written (a read-only file, not folder)."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> None:
    target = path.with_name(f"{path.name}.v{version}-backup")
    if target.exists():
        return
    log.info("backing up library format %d to %s before upgrading", version, target)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the missing steps, each atomically; safe when two processes start at once."""
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version >= len(migrations):
                conn.execute("COMMIT")
                return version
            if version < 0:  # set since inspect_existing looked: not a format of ours (worded as damage)
                raise sqlite3.DatabaseError(f"library format {version} is not one article-reader writes")
            step = migrations[version]
            log.info("upgrading library format %d -> %d", version, version + 1)
            if callable(step):
                step(conn)
            else:
                for sql in step:
                    conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
