"""Cases 8, 9 and 12: the library under two first users at once, with damaged pages, and in a
read-only folder. Real SQLite files, real processes, real read-only mounts."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.library import Library
from tests.hostile_support import REPO, assert_one_line_error, cli, mount_wrapper, page

pytestmark = pytest.mark.core


def _pages(folder: Path, prefix: str, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        f = folder / f"{prefix}-{i}.html"
        canonical = f'<link rel="canonical" href="https://news.example/{prefix}/{i}">'
        html = page(f"{prefix} 기사 {i}", f"{prefix} 시민 {i}명이 모였다.", head=canonical)
        f.write_text(html, encoding="utf-8")
        out.append(str(f))
    return out


def _spawn(base: Path, sources: list[str]) -> subprocess.Popen[bytes]:
    import os

    env = dict(os.environ, ARTICLE_READER_BASEDIR=str(base), PYTHONPATH=str(REPO))
    env["ARTICLE_READER_NO_EARLY"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "library", "add", *sources],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )


def first_use_race(base: Path, pages: Path, n: int = 30) -> tuple[int, int, int, str]:
    """Two first-use ``library add`` runs of ``n`` pages each at once: (saved, exit a, exit b, stderr)."""
    a, b = _pages(pages, "a", n), _pages(pages, "b", n)
    procs = [_spawn(base, a), _spawn(base, b)]
    results = []
    for p in procs:
        try:
            _out, err = p.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            for q in procs:
                q.kill()
            pytest.fail("a library add is still running after 180 s")
        results.append((p.returncode, err.decode("utf-8", "replace")))
    with Library(base / "data" / "library.sqlite3") as lib:
        saved = len(lib.ids())
    return saved, results[0][0], results[1][0], results[0][1] + results[1][1]


def test_two_first_uses_at_once_save_everything(tmp_path: Path) -> None:
    saved, code_a, code_b, err = first_use_race(tmp_path / "base", tmp_path / "pages")
    assert (code_a, code_b) == (0, 0), err
    assert saved == 60, err


def test_a_first_open_waits_while_another_first_user_sets_the_library_up(tmp_path: Path) -> None:
    """What the race comes down to: the other first user is inside its set-up transaction (it holds the
    write lock while it creates the tables) when this one asks for WAL mode. SQLite answers that request
    with "locked" at once, without waiting on the busy timeout; the library must wait itself."""
    import threading

    db = tmp_path / "library.sqlite3"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other process, half-way through creating the file
    threading.Timer(0.5, lambda: other.execute("ROLLBACK")).start()
    with Library(db) as lib:
        assert lib.ids() == []
        lib.save(
            Article(title="첫 기사", blocks=[Paragraph("시민이 모였다. " * 20)], url="https://a.example/1")
        )
    other.close()


def _library_with(path: Path, n: int) -> list[int]:
    with Library(path) as lib:
        return [
            lib.save(
                Article(
                    title=f"기사 {i}",
                    blocks=[Paragraph(f"시민 {i}명이 시청 앞 장터에 모였다. " * 40)],
                    url=f"https://news.example/{i}",
                ),
                original=(f"<html><body><p>{i}</p></body></html>" * 50).encode(),
            )
            for i in range(n)
        ]


def _damage_a_page(path: Path) -> None:
    """Break the cell pointers of one leaf page of the contents table (a bad sector in the middle of
    the file): the list still reads, the integrity check fails."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    try:
        leaf = conn.execute(
            "SELECT pageno FROM dbstat WHERE name='contents' AND pagetype='leaf' ORDER BY pageno LIMIT 1"
        ).fetchone()[0]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a page with")
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((leaf - 1) * page_size + 8)
        fh.write(b"\xff\xf0" * 4)
    check = sqlite3.connect(path).execute("PRAGMA quick_check").fetchall()
    assert check != [("ok",)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("action", ["add", "reextract", "import", "delete"])
def test_a_library_with_damaged_pages_is_not_written(action: str, tmp_path: Path) -> None:
    base = tmp_path / "base"
    db = base / "data" / "library.sqlite3"
    ids = _library_with(db, 40)
    _damage_a_page(db)
    before = _digest(db)
    src = _pages(tmp_path / "pages", "new", 1)
    args = {
        "add": ["library", "add", *src],
        "reextract": ["library", "reextract"],
        "import": ["library", "import", str(tmp_path / "pages")],
        "delete": ["library", "delete", str(ids[0])],
    }[action]
    run = cli(*args, basedir=base)
    err = assert_one_line_error(run, 5)
    assert "damaged" in err
    assert "read-only" in err
    assert _digest(db) == before
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0


def test_a_damaged_library_still_lists(tmp_path: Path) -> None:
    base = tmp_path / "base"
    db = base / "data" / "library.sqlite3"
    _library_with(db, 40)
    _damage_a_page(db)
    run = cli("library", "list", basedir=base)
    assert "Traceback" not in run.err
    assert run.code == 0, run.err
    assert len(run.out.splitlines()) == 40


def test_a_read_only_data_folder_still_lists_searches_and_opens(tmp_path: Path) -> None:
    base = tmp_path / "base"
    data = base / "data"
    ids = _library_with(data / "library.sqlite3", 5)
    wrap = mount_wrapper(read_only=[data])
    listed = cli("library", "list", basedir=base, wrap=wrap)
    assert listed.code == 0, listed.err
    assert len(listed.out.splitlines()) == 5
    found = cli("library", "search", "장터", basedir=base, wrap=wrap)
    assert found.code == 0, found.err
    assert len(found.out.splitlines()) == 5
    exported = cli("library", "export", str(ids[0]), "-o", str(tmp_path / "out"), basedir=base, wrap=wrap)
    assert exported.code == 0, exported.err
    added = cli("library", "add", *_pages(tmp_path / "pages", "p", 1), basedir=base, wrap=wrap)
    err = assert_one_line_error(added, 5)
    assert "read-only" in err


def test_a_data_folder_that_is_a_file_gives_one_line(tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    (base / "data").write_text("not a folder")
    run = cli("library", "list", basedir=base)
    assert_one_line_error(run, 5)
    run = cli("extract", _pages(tmp_path / "pages", "p", 1)[0], basedir=base)
    assert run.code == 0, run.err
    assert run.err == ""


@pytest.mark.parametrize("version", [-1, -5, -(2**31)])
def test_a_library_with_a_negative_format_is_left_untouched(version: int, tmp_path: Path) -> None:
    base = tmp_path / "base"
    db = base / "data" / "library.sqlite3"
    with Library(db) as lib:
        lib.save(Article(title="기사", blocks=[Paragraph("시민들이 모였다. " * 5)], url="https://news.example/1"))
    with sqlite3.connect(db) as raw:
        raw.execute(f"PRAGMA user_version = {version}")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for args in (("library", "list"), ("library", "add", _pages(tmp_path / "pages", "p", 1)[0])):
        run = cli(*args, basedir=base)
        assert "damaged" in assert_one_line_error(run, 5)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("what", ["folder", "fifo"])
def test_a_folder_or_a_pipe_where_the_library_should_be_is_named_as_such(what: str, tmp_path: Path) -> None:
    """SQLite says "disk I/O error" for a folder and waits on a pipe; the reader is told what stands there,
    in one line, at once, and it is left as it was."""
    import os

    from reader.paths import AppPaths

    base = tmp_path / "base"
    db = AppPaths.from_basedir(base).library_db
    db.parent.mkdir(parents=True)
    if what == "folder":
        db.mkdir()
        (db / "keep.txt").write_text("mine")
    else:
        os.mkfifo(db)
    for args in (("library", "list"), ("library", "add", _pages(tmp_path / "pages", "p", 1)[0])):
        run = cli(*args, basedir=base, timeout=20)
        err = assert_one_line_error(run, 5)
        assert "not a library file" in err
        assert "I/O" not in err
    assert db.is_dir() if what == "folder" else db.is_fifo()
    if what == "folder":
        assert (db / "keep.txt").read_text() == "mine"
