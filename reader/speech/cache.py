"""A size-capped, least-recently-used audio cache that survives restarts.

Files live under ``AppPaths.audio_cache_dir`` as ``ab/<sha256>.<fmt>``, written atomically; a
small SQLite index records size and last access. The files are the truth: an entry whose file
vanished is dropped, a file the index does not know (a crash between the two writes) is adopted,
and a damaged index (and only a damaged one) is rebuilt from the files. A clip whose engine
reported word timings has them beside it in ``ab/<sha256>.words.json`` (in the session folder too,
when clips spill there): written before the clip, removed with it.

A cache that cannot be used never stops reading aloud: a folder that cannot be made or written (a
file in its place, a read-only disk), a full disk, an index another process holds locked — clips
then go to a private temporary folder for this session only, and :attr:`AudioCache.problem` says
why (once). A busy or full index is never deleted: only SQLite's own "this file is damaged" is.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from reader.atomicio import write_bytes_atomic, write_text_atomic
from reader.errors import Notice
from reader.speech.engines.base import AudioClip, WordMark, WordMarks

log = logging.getLogger(__name__)

_FORMATS = ("mp3", "wav")
WORDS_SUFFIX = ".words.json"
_MAX_WORDS_BYTES = 1 << 20
BUSY_TIMEOUT_S = 2.0  # another window's index write is a few milliseconds; past this we go without


def cache_key(engine: str, voice: str, lang: str, rate: float, text: str) -> str:
    """Everything that changes the sound goes into the key."""
    raw = "\x1f".join((engine, voice, lang, f"{rate:.3f}", text))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _is_damage(exc: sqlite3.Error) -> bool:
    """SQLite says the file itself is damaged (not busy, not full, not read-only)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in str(exc)


class AudioCache:
    def __init__(self, dir: Path, cap_bytes: int) -> None:
        self.dir = Path(dir)
        self.cap_bytes = int(cap_bytes)
        self._lock = threading.RLock()
        self._db_path = self.dir / "index.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._last_stamp = 0.0
        self._spill_dir: Path | None = None
        self._spilled: dict[str, Path] = {}
        self.problem: Notice | None = None
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
            self._reconcile()
        except (OSError, sqlite3.Error) as exc:
            self._give_up(exc)

    def _now(self) -> float:
        """Strictly increasing access stamps, so LRU order is exact even within one clock tick."""
        self._last_stamp = max(time.time(), self._last_stamp + 1e-6)
        return self._last_stamp

    # -- when the cache cannot be used ----------------------------------------------------------
    def _give_up(self, exc: BaseException) -> None:
        """Keep going without the index: clips spill into a temporary folder; say why once."""
        reason = getattr(exc, "strerror", None) or str(exc)
        log.info("audio cache %s not used: %s", self.dir, reason)
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        if self.problem is None:
            self.problem = Notice(
                "audio_cache.unavailable",
                f"the audio cache in {self.dir} cannot be used ({reason}); "
                "sentences read now are not kept for next time",
                {"folder": str(self.dir), "reason": reason},
            )

    def _spill(self, key: str, clip: AudioClip) -> Path:
        if self._spill_dir is None:
            self._spill_dir = Path(tempfile.mkdtemp(prefix="article-reader-audio-"))
        path = self._spill_dir / f"{key}.{clip.fmt}"
        words = self._spill_dir / f"{key}{WORDS_SUFFIX}"
        if clip.words is not None:
            words.write_text(_dump_words(clip.words), encoding="utf-8")
        else:
            words.unlink(missing_ok=True)
        path.write_bytes(clip.data)
        self._spilled[key] = path
        return path

    @contextlib.contextmanager
    def _index(self) -> Iterator[sqlite3.Connection | None]:
        """The index, or None when it cannot be used; a failure on the way is the end of using it."""
        db = self._db
        try:
            yield db
        except sqlite3.Error as exc:
            if _is_damage(exc):
                log.warning("audio cache index damaged (%s); it is rebuilt next time", exc)
            self._give_up(exc)

    # -- index -----------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            db = self._connect()
            db.execute("SELECT count(*) FROM entries").fetchone()
            return db
        except sqlite3.Error as exc:
            if not _is_damage(exc):
                raise  # busy, full, read-only: the index is fine, it just cannot be used now
            log.warning("audio cache index damaged (%s); rebuilding it from the files", exc)
            with contextlib.suppress(UnboundLocalError, sqlite3.Error):
                db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(self._db_path) + suffix).unlink(missing_ok=True)
            db = self._connect()
            self._adopt_all(db)
            return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            self._db_path, timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None
        )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS entries ("
            " key TEXT PRIMARY KEY, fmt TEXT NOT NULL, size INTEGER NOT NULL, atime REAL NOT NULL)"
        )
        return db

    def _adopt_all(self, db: sqlite3.Connection) -> None:
        for f in self.dir.glob("??/*.*"):
            if f.suffix[1:] in _FORMATS and len(f.stem) == 64:
                st = f.stat()
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                    (f.stem, f.suffix[1:], st.st_size, st.st_mtime),
                )

    def _reconcile(self) -> None:
        """After a crash: adopt clips the index missed, drop half-written temporaries, re-apply the cap."""
        with self._lock, self._index() as db:
            if db is None:
                return
            known = {row[0] for row in db.execute("SELECT key FROM entries")}
            now = time.time()
            for f in self.dir.glob("??/*"):
                if f.name.startswith(".") and f.name.endswith(".tmp"):
                    try:
                        if now - f.stat().st_mtime > 3600:
                            f.unlink()
                    except OSError:
                        pass
                elif f.name.endswith(WORDS_SUFFIX):
                    key = f.name[: -len(WORDS_SUFFIX)]
                    if not any(self._file(key, fmt).exists() for fmt in _FORMATS):
                        f.unlink(missing_ok=True)  # its clip is gone (a crash between the writes)
                elif f.suffix[1:] in _FORMATS and len(f.stem) == 64 and f.stem not in known:
                    st = f.stat()
                    db.execute(
                        "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                        (f.stem, f.suffix[1:], st.st_size, st.st_mtime),
                    )
            self._evict(db, keep="")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = None
            if self._spill_dir is not None:
                shutil.rmtree(self._spill_dir, ignore_errors=True)
                self._spill_dir = None
                self._spilled.clear()

    def _file(self, key: str, fmt: str) -> Path:
        return self.dir / key[:2] / f"{key}.{fmt}"

    def _words_file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}{WORDS_SUFFIX}"

    def _unlink(self, key: str, fmt: str) -> None:
        self._file(key, fmt).unlink(missing_ok=True)
        self._words_file(key).unlink(missing_ok=True)

    # -- API -------------------------------------------------------------------------------
    def get(self, key: str) -> Path | None:
        """The cached file for ``key`` (and mark it recently used), or None."""
        with self._lock:
            spilled = self._spilled.get(key)
            if spilled is not None and spilled.is_file():
                return spilled
            with self._index() as db:
                if db is None:
                    return None
                row = db.execute("SELECT fmt FROM entries WHERE key = ?", (key,)).fetchone()
                candidates = [row[0]] if row else list(_FORMATS)
                for fmt in candidates:
                    path = self._file(key, fmt)
                    if path.is_file():
                        size = path.stat().st_size
                        db.execute(
                            "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                            (key, fmt, size, self._now()),
                        )
                        return path
                if row:
                    db.execute("DELETE FROM entries WHERE key = ?", (key,))
            return None

    def put(self, key: str, clip: AudioClip) -> Path:
        """Keep ``clip`` and return its file; a cache that cannot take it hands back a session copy."""
        with self._lock:
            if self._db is None:
                return self._spill(key, clip)
        path = self._file(key, clip.fmt)
        words = self._words_file(key)
        try:
            if clip.words is not None:  # first: a clip on disk never has a stale sidecar beside it
                write_text_atomic(words, _dump_words(clip.words))
            else:
                words.unlink(missing_ok=True)
            write_bytes_atomic(path, clip.data)
        except OSError as exc:  # a full or read-only disk: the index stays as it is
            with self._lock:
                self._give_up(exc)
                return self._spill(key, clip)
        with self._lock, self._index() as db:
            if db is not None:
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                    (key, clip.fmt, len(clip.data), self._now()),
                )
                self._evict(db, keep=key)
        return path

    def words_for(self, clip: Path) -> WordMarks | None:
        """The word timings kept beside a clip this cache returned (cached or spilled); None when
        its engine gave none, or the file is unreadable."""
        return load_words(clip.with_name(clip.stem + WORDS_SUFFIX))

    def set_cap(self, cap_bytes: int) -> None:
        """Change the size cap (the tts_cache_mb setting); a smaller cap evicts at once."""
        with self._lock:
            self.cap_bytes = int(cap_bytes)
            with self._index() as db:
                if db is not None:
                    self._evict(db, keep="")

    def __contains__(self, key: str) -> bool:
        with self._lock:
            if key in self._spilled:
                return self._spilled[key].is_file()
            row = None
            with self._index() as db:
                if db is not None:
                    row = db.execute("SELECT fmt FROM entries WHERE key = ?", (key,)).fetchone()
        if not row:
            return False
        return self._file(key, str(row[0])).is_file()

    @property
    def size_bytes(self) -> int:
        with self._lock, self._index() as db:
            if db is None:
                return 0
            return self._size(db)
        return 0

    def clear(self) -> None:
        with self._lock:
            with self._index() as db:
                if db is not None:
                    for key, fmt in db.execute("SELECT key, fmt FROM entries").fetchall():
                        self._unlink(key, fmt)
                    db.execute("DELETE FROM entries")
            for path in self._spilled.values():
                path.unlink(missing_ok=True)
                path.with_name(path.stem + WORDS_SUFFIX).unlink(missing_ok=True)
            self._spilled.clear()

    @staticmethod
    def _size(db: sqlite3.Connection) -> int:
        return int(db.execute("SELECT coalesce(sum(size), 0) FROM entries").fetchone()[0])

    def _evict(self, db: sqlite3.Connection, keep: str) -> None:
        total = self._size(db)
        if total <= self.cap_bytes:
            return
        rows = db.execute("SELECT key, fmt, size FROM entries ORDER BY atime ASC").fetchall()
        for key, fmt, size in rows:
            if total <= self.cap_bytes:
                break
            if key == keep:
                continue
            self._unlink(key, fmt)
            db.execute("DELETE FROM entries WHERE key = ?", (key,))
            total -= size
            log.debug("audio cache: evicted %s (%d bytes)", key[:12], size)


def _dump_words(words: WordMarks) -> str:
    rows = [
        [round(m.start, 4), round(m.end, 4), m.text_start, m.text_end, m.text, m.estimated] for m in words
    ]
    return json.dumps({"version": 1, "words": rows}, ensure_ascii=False, separators=(",", ":"))


def _number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def load_words(path: Path) -> WordMarks | None:
    """Word timings from a sidecar file; anything malformed gives None (the cache is untrusted).

    A row is ``[start, end, text_start, text_end, text]`` with an optional ``estimated`` flag."""
    try:
        if path.stat().st_size > _MAX_WORDS_BYTES:
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    rows = raw.get("words") if isinstance(raw, dict) else None
    if not isinstance(rows, list):
        return None
    marks: list[WordMark] = []
    for row in rows:
        if not (isinstance(row, list) and len(row) in (5, 6)):
            return None
        start, end, a, b, text = row[:5]
        estimated = row[5] if len(row) == 6 else False
        if not (_number(start) and _number(end) and isinstance(text, str) and isinstance(estimated, bool)):
            return None
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)):
            return None
        if start < 0 or end < start or a < 0 or b < a:
            return None
        marks.append(WordMark(float(start), float(end), a, b, text, estimated))
    return tuple(marks)
