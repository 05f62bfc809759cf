"""Cases 11 and 12: the command line at its edges — closed pipes, numbers past SQLite's integers, an
audio cache that cannot be written, folders that are files, terminal escapes in pages, long titles,
an export that fails half-way, and one exit code per kind of failure."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.library import Library, SaveItem
from tests.hostile_support import REPO, assert_one_line_error, cli, mount_wrapper, page

pytestmark = pytest.mark.core

HUGE = "1234567890123456789012345"


def _fill_library(base: Path, n: int, title: str = "기사") -> list[int]:
    with Library(base / "data" / "library.sqlite3") as lib:
        return lib.save_many(
            SaveItem(
                Article(
                    title=f"{title} {i}",
                    blocks=[Paragraph(f"시민 {i}명이 시청 앞 장터에 모였다. " * 5)],
                    url=f"https://news.example/{i}",
                    site_name="한빛일보",
                )
            )
            for i in range(n)
        )


def _pipe_to_head(base: Path, *args: str) -> tuple[int, str, str]:
    err = base / "stderr.txt"
    env = dict(os.environ, ARTICLE_READER_BASEDIR=str(base), PYTHONPATH=str(REPO))
    cmd = " ".join([sys.executable, "-m", "reader", *args]) + f" 2>{err} | head -1"
    proc = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    return proc.returncode, proc.stdout, err.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args", [("library", "list"), ("library", "list", "--json"), ("library", "search", "장터")]
)
def test_a_closed_pipe_is_not_an_error(args: tuple[str, ...], tmp_path: Path) -> None:
    _fill_library(tmp_path, 3000)
    _code, out, err = _pipe_to_head(tmp_path, *args)
    assert len(out.splitlines()) == 1
    assert err == "", err


def test_a_closed_pipe_after_extract_is_not_an_error(tmp_path: Path) -> None:
    src = tmp_path / "long.html"
    src.write_text(page("긴 기사", "서울시는 오늘 새 정책을 발표했다. " * 400), encoding="utf-8")
    _code, out, err = _pipe_to_head(tmp_path, "extract", str(src))
    assert out.strip() == "긴 기사"
    assert err == "", err


@pytest.mark.parametrize(
    "args",
    [
        ("library", "export", HUGE, "-o", "{tmp}/out"),
        ("library", "delete", HUGE),
        ("library", "reextract", HUGE),
        ("library", "delete", "-" + HUGE),
        ("library", "export", "0", "-o", "{tmp}/out"),
    ],
)
def test_ids_past_sqlite_integers_are_simply_not_there(args: tuple[str, ...], tmp_path: Path) -> None:
    _fill_library(tmp_path / "base", 2)
    run = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args], basedir=tmp_path / "base")
    err = assert_one_line_error(run, 5)
    assert "no saved article" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("limit", [HUGE, "-" + HUGE, "0", "-1"])
def test_a_huge_or_negative_limit_lists_everything(limit: str, tmp_path: Path) -> None:
    _fill_library(tmp_path / "base", 3)
    run = cli("library", "list", "--limit", limit, basedir=tmp_path / "base")
    assert run.code == 0, run.err
    assert len(run.out.splitlines()) == 3


def test_the_core_refuses_huge_ids_without_overflow(tmp_path: Path) -> None:
    from reader.library.errors import NotInLibraryError

    with Library(tmp_path / "l.sqlite3") as lib, pytest.raises(NotInLibraryError):
        lib.get(10**25)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    src = tmp_path / "news.html"
    src.write_text(page("시청 앞 주말 장터", "서울시는 주말마다 시청 앞에서 장터를 연다."), encoding="utf-8")
    return src


def _speak(
    news: Path, tmp_path: Path, base: Path, wrap: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    run = cli(
        "speak", str(news), "-o", str(tmp_path / "out" / "a.mp3"), "--engine", "espeak", "-q",
        basedir=base, wrap=wrap or [],
    )  # fmt: skip
    return run  # type: ignore[return-value]


def test_speak_with_a_cache_folder_that_is_a_file(news: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    (base / "cache").write_text("a file where the cache folder should be")
    (tmp_path / "out").mkdir()
    run = _speak(news, tmp_path, base)
    assert run.code == 0, run.err
    assert (tmp_path / "out" / "a.mp3").stat().st_size > 1000
    lines = [ln for ln in run.err.splitlines() if ln.strip()]
    assert len(lines) == 1, run.err
    assert "audio cache" in lines[0]
    assert (base / "cache").read_text() == "a file where the cache folder should be"


def test_speak_with_a_read_only_cache(news: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    (tmp_path / "out").mkdir()
    first = _speak(news, tmp_path, base)  # fills the cache
    assert first.code == 0, first.err
    cache = base / "cache"
    index = cache / "audio" / "index.sqlite3"
    entries = sqlite3.connect(index).execute("SELECT count(*) FROM entries").fetchone()[0]
    (tmp_path / "out" / "a.mp3").unlink()
    run = _speak(news, tmp_path, base, wrap=mount_wrapper(read_only=[cache]))
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert (tmp_path / "out" / "a.mp3").exists()
    assert sqlite3.connect(index).execute("SELECT count(*) FROM entries").fetchone()[0] == entries


def test_speak_with_a_full_cache_disk_keeps_the_index(news: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    (tmp_path / "out").mkdir()
    first = _speak(news, tmp_path, base)
    assert first.code == 0, first.err
    audio = base / "cache" / "audio"
    kept = {p.name: p.read_bytes() for p in audio.rglob("*") if p.is_file()}
    # the same cache on a small file system filled to the last byte: every write fails with ENOSPC
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    room = sum(len(v) + 4096 for v in kept.values()) + 256 * 1024
    script = (
        f"cp -a '{audio}/.' '{tiny}/' && "
        f"(dd if=/dev/zero of='{tiny}/filler' bs=4k 2>/dev/null || true) && "
        f"mount --bind '{tiny}' '{audio}'"
    )
    wrap = mount_wrapper(tiny=[(tiny, room)])
    snap = tmp_path / "snapshot"
    snap.mkdir()
    keep_snapshot = f"{{ \"$@\"; rc=$?; cp -a '{audio}/.' '{snap}/'; exit $rc; }}"  # taken inside the mounts
    wrap = [*wrap[:-2], wrap[-2].replace(' && exec "$@"', f" && {script} && {keep_snapshot}"), wrap[-1]]
    other = news.with_name("other.html")
    other.write_text(page("다른 기사 제목", "부산시는 해변에서 새 축제를 연다."), encoding="utf-8")
    run = _speak(other, tmp_path, base, wrap=wrap)
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert "audio cache" in run.err
    inside = {p.name: p.read_bytes() for p in snap.rglob("*") if p.is_file()}
    assert "filler" in inside  # the snapshot is of the full file system
    for name, data in kept.items():
        if name.endswith(("-wal", "-shm")):
            continue
        assert inside.get(name) == data or name == "index.sqlite3", name  # no clip deleted
    index = sqlite3.connect(snap / "index.sqlite3")
    assert index.execute("SELECT count(*) FROM entries").fetchone()[0] == len(
        [n for n in kept if n.endswith((".wav", ".mp3"))]
    )  # the index was kept, with every entry


def test_a_busy_audio_index_is_not_deleted(tmp_path: Path) -> None:
    from reader.speech.cache import AudioCache
    from reader.speech.engines.base import AudioClip

    cache = AudioCache(tmp_path, 10_000_000)
    cache.put("a" * 64, AudioClip(b"RIFF" + b"\0" * 100, "wav"))
    cache.close()
    holder = sqlite3.connect(tmp_path / "index.sqlite3", isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")  # another process holding the index: no one reads
    holder.execute("BEGIN EXCLUSIVE")
    try:
        busy = AudioCache(tmp_path, 10_000_000)
        assert busy.problem is not None
        clip = busy.put("b" * 64, AudioClip(b"RIFF" + b"\1" * 100, "wav"))  # still works, for this session
        assert clip.read_bytes().startswith(b"RIFF")
        assert busy.get("b" * 64) == clip
        busy.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    again = AudioCache(tmp_path, 10_000_000)
    assert again.problem is None
    assert again.get("a" * 64) is not None  # the index was kept
    again.close()


@pytest.mark.parametrize("what", ["config", "data", "cache", "all", "basedir"])
def test_folders_that_are_files(what: str, news: Path, tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    if what == "basedir":
        (tmp_path / "blocker").write_text("x")
        base = tmp_path / "blocker" / "base"
    else:
        for name in ("config", "data", "cache") if what == "all" else (what,):
            (base / name).write_text("not a folder")
    run = cli("extract", str(news), basedir=base)
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert len(run.err.splitlines()) <= 1
    listed = cli("library", "list", basedir=base)
    if what in ("data", "all", "basedir"):
        assert_one_line_error(listed, 5)
    else:
        assert listed.code == 0, listed.err
    (tmp_path / "out").mkdir(exist_ok=True)
    spoken = _speak(news, tmp_path, base)
    assert spoken.code == 0, spoken.err
    assert "Traceback" not in spoken.err


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b31m\x07"


def test_terminal_escapes_in_pages_are_never_printed_raw(tmp_path: Path) -> None:
    src = tmp_path / "evil.html"
    html = page(f"제목{ESCAPES}끝", "본문에 숨은 문자").replace("본문에", f"본문에{ESCAPES}", 1)
    src.write_text(html, encoding="utf-8")
    base = tmp_path / "base"
    for fmt in ("text", "markdown", "html", "json", "jsonl"):
        run = cli("extract", str(src), "--format", fmt, basedir=base)
        assert run.code == 0, run.err
        for raw in ("\x1b", "\x07", "\x9b"):
            assert raw not in run.out, (fmt, raw)
    add = cli("library", "add", str(src), basedir=base)
    assert add.code == 0
    assert "\x1b" not in add.out
    for args in (("library", "list"), ("library", "list", "--json"), ("library", "search", "숨은")):
        run = cli(*args, basedir=base)
        assert run.code == 0, run.err
        assert "\x1b" not in run.out
        assert "\x07" not in run.out
        assert "\x9b" not in run.out
    missing = cli("extract", str(tmp_path / f"no{ESCAPES}such.html"), basedir=base)
    assert "\x1b" not in missing.err
    assert "\\x1b" in missing.err  # shown, so the reader sees what the name holds


@pytest.mark.parametrize("title", ["가" * 200, "😀" * 120, "a" * 400, "기사/제목:*?" * 30])
def test_export_names_fit_in_bytes(title: str, tmp_path: Path) -> None:
    base = tmp_path / "base"
    ids = _fill_library(base, 1, title=title)
    run = cli("library", "export", str(ids[0]), "-o", str(tmp_path / "out"), basedir=base)
    assert run.code == 0, run.err
    names = [p.name for p in (tmp_path / "out").iterdir()]
    assert len(names) == 2
    assert all(len(os.fsencode(n)) <= 255 for n in names)


def test_a_failed_export_leaves_nothing_behind(tmp_path: Path) -> None:
    from reader.library.transfer import export_name

    base = tmp_path / "base"
    ids = _fill_library(base, 4)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / (export_name(ids[2], "기사 2") + ".md")
    blocker.mkdir()  # a folder where the third article's file must go
    run = cli("library", "export", *map(str, ids), "-o", str(out), basedir=base)
    assert_one_line_error(run, 4)
    assert [p.name for p in out.iterdir()] == [blocker.name]
    fresh = tmp_path / "fresh"
    os.mkfifo(tmp_path / "pipe")
    run = cli("library", "export", *map(str, ids), "-o", str(fresh), basedir=base)
    assert run.code == 0
    assert len(list(fresh.iterdir())) == 8


NO_ARTICLE = "<html><head><title>메뉴</title></head><body><nav><a href='/a'>홈</a></nav></body></html>"


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "{src}"],
        ["extract", "{src}", "--format", "json"],
        ["library", "add", "{src}"],
        ["pdf", "{src}", "-o", "{tmp}/a.pdf"],
        ["render", "{src}", "-o", "{tmp}/a.png"],
        ["speak", "{src}", "-o", "{tmp}/a.mp3", "--engine", "espeak"],
    ],
)
def test_no_article_exits_3_everywhere(args: list[str], tmp_path: Path) -> None:
    src = tmp_path / "menu.html"
    src.write_text(NO_ARTICLE, encoding="utf-8")
    run = cli(
        *[a.replace("{src}", str(src)).replace("{tmp}", str(tmp_path)) for a in args], basedir=tmp_path / "b"
    )
    err = assert_one_line_error(run, 3)
    assert err.count(str(src)) <= 1


@pytest.mark.parametrize("content", [b"", b"   \n"])
def test_library_add_names_the_source_once(content: bytes, tmp_path: Path) -> None:
    src = tmp_path / "empty.html"
    src.write_bytes(content)
    run = cli("library", "add", str(src), basedir=tmp_path / "base")
    err = assert_one_line_error(run, 2)
    assert err.count("empty.html") == 1, err
