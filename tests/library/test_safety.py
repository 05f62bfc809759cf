"""Nothing is lost: crashes mid-save, damaged or newer files, two processes at once, upgrades."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.library import Library, LibraryCorruptError, LibraryError, LibraryTooNewError, schema
from tests.conftest import REPO
from tests.library_support import SAVER, make_article, make_original, word

pytestmark = pytest.mark.core


def _saver(db: Path, start: int, end: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, str(db), str(start), str(end), str(REPO)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_sigkill_while_saving_1000_loses_at_most_the_one_in_flight(app_paths) -> None:
    db = app_paths.library_db
    proc = _saver(db, 0, 1000)
    committed: dict[int, int] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        i, aid = map(int, line.split())
        committed[i] = aid
        if len(committed) == 150:
            os.kill(proc.pid, signal.SIGKILL)  # while it is saving the 151st
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert _integrity(db) == "ok"
    with Library(db) as lib:
        ids = lib.ids()
        assert set(committed.values()) <= set(ids)
        assert len(ids) - len(committed) <= 1
        for i, aid in committed.items():
            entry = lib.get(aid)
            assert lib.article(aid).to_dict() == make_article(i).to_dict()
            assert lib.original(aid) == (make_original(i), "html")
            assert entry.tags == (f"t{i % 7}",)
            assert (entry.top_block, entry.last_sentence) == (i % 5, i % 11)
        # the search index holds exactly what was committed
        sample = list(committed)[:: max(1, len(committed) // 20)]
        for i in sample:
            assert [e.id for e in lib.search(f"token{i} {word(i)}")] == [committed[i]]
        # and the library keeps working after the crash
        new = lib.save(make_article(5000), make_original(5000))
        assert lib.get(new).title == make_article(5000).title


def test_two_processes_writing_at_once(app_paths) -> None:
    db = app_paths.library_db
    Library(db).close()
    procs = [_saver(db, 0, 120), _saver(db, 1000, 1120)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert out.rstrip().endswith("done")
    assert _integrity(db) == "ok"
    with Library(db) as lib:
        assert lib.count() == 240
        for i in (0, 57, 119, 1000, 1077, 1119):
            (entry,) = lib.search(f"token{i}")
            assert lib.article(entry.id).to_dict() == make_article(i).to_dict()
            assert entry.tags == (f"t{i % 7}",)


def _make_library(db: Path, n: int = 3, journal: str = "delete") -> None:
    with Library(db) as lib:
        for i in range(n):
            lib.save(make_article(i), make_original(i))
    # fold the WAL into the main file so the bytes we compare are the whole database
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()


def test_garbage_file_is_refused_and_kept(app_paths) -> None:
    db = app_paths.library_db
    db.parent.mkdir(parents=True, exist_ok=True)
    junk = b"this was never a database\n" * 300
    db.write_bytes(junk)
    with pytest.raises(LibraryCorruptError, match="left untouched") as info:
        Library(db)
    assert str(db) in info.value.message
    assert db.read_bytes() == junk


def _read_everything(db: Path) -> None:
    with Library(db) as lib:
        for aid in range(1, 41):
            lib.get(aid)
            lib.article(aid)
        lib.entries(sort="title")


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_damaged_pages_are_refused_and_kept(app_paths, journal: str) -> None:
    db = app_paths.library_db
    _make_library(db, n=40, journal=journal)
    conn = sqlite3.connect(db)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [
        r[0]
        for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE name IN ('articles', 'contents')")
    ]
    conn.close()
    data = bytearray(db.read_bytes())
    for root in roots:  # trash the tables' root pages (pages count from 1)
        data[(root - 1) * page : root * page] = os.urandom(page)
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(LibraryCorruptError, match="damaged"):
        _read_everything(db)  # the damage may show on open or on the first read
    assert db.read_bytes() == before


def test_newer_version_is_refused_and_kept(app_paths) -> None:
    db = app_paths.library_db
    _make_library(db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(LibraryTooNewError, match="newer version of article-reader"):
        Library(db)
    assert db.read_bytes() == before
    assert not Path(str(db) + "-wal").exists()


def test_someone_elses_database_is_refused(app_paths) -> None:
    db = app_paths.library_db
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(LibraryCorruptError, match="not an article-reader library"):
        Library(db)
    assert db.read_bytes() == before


def test_cli_reports_a_damaged_library_in_one_line(app_paths) -> None:
    db = app_paths.library_db
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"\x00garbage" * 1000)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "library", "list"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert proc.returncode == LibraryCorruptError.exit_code
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "damaged" in lines[0]
    assert "Traceback" not in proc.stderr
    assert db.read_bytes() == b"\x00garbage" * 1000


def test_new_library_is_at_the_latest_version(app_paths) -> None:
    Library(app_paths.library_db).close()
    conn = sqlite3.connect(app_paths.library_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version() >= 1
    conn.close()


def test_upgrade_runs_missing_steps_and_backs_up(app_paths) -> None:
    db = app_paths.library_db
    _make_library(db)
    v = schema.latest_version()
    extra = [*schema.MIGRATIONS, ["ALTER TABLE articles ADD COLUMN rating INTEGER NOT NULL DEFAULT 0"]]
    with Library(db, migrations=extra) as lib:
        assert lib.count() == 3
        assert lib.article(1).to_dict() == make_article(0).to_dict()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == v + 1
    assert conn.execute("SELECT rating FROM articles WHERE id=1").fetchone()[0] == 0
    conn.close()
    backup = db.with_name(f"{db.name}.v{v}-backup")
    with Library(backup) as old:  # the copy an older program can still open
        assert old.count() == 3
    # and this release refuses the upgraded file rather than damage it
    with pytest.raises(LibraryTooNewError):
        Library(db)


def test_failed_upgrade_step_changes_nothing(app_paths) -> None:
    db = app_paths.library_db
    _make_library(db)
    v = schema.latest_version()
    broken = [
        *schema.MIGRATIONS,
        ["ALTER TABLE articles ADD COLUMN rating INTEGER", "THIS IS NOT SQL"],
    ]
    with pytest.raises(LibraryError):
        Library(db, migrations=broken)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == v
    columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    assert "rating" not in columns
    conn.close()
    with Library(db) as lib:
        assert lib.count() == 3


def test_first_release_upgrades_step_by_step(tmp_path) -> None:
    """Every step from an empty file on: the first release's schema is what MIGRATIONS[0] makes."""
    db = tmp_path / "lib.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    schema.migrate(conn, schema.MIGRATIONS[:1])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Library(db) as lib:
        aid = lib.save(make_article(1))
        assert lib.get(aid).title == make_article(1).title
