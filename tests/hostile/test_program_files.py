"""The program's own small files (settings, state, the pronunciation dictionary, old reading places)
when something else stands at their path: a FIFO, a link to /dev/zero, a folder, JSON nested past
Python's recursion limit. Never a hang, never a traceback; the file is set aside, not lost."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from reader.library import Library, SaveItem
from reader.library.places import IMPORTED_KEY, import_positions_file
from reader.settings import Settings
from reader.speech.lexicon import Lexicon
from reader.state import AppState
from reader.userfiles import NotAFileError, read_json
from tests.hostile_support import Tripwire, assert_one_line_error, cli, page

T = TypeVar("T")

pytestmark = pytest.mark.core

DEEP = b"[" * 200_000


def _devzero(path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")


def test_read_json_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    with Tripwire(tmp_path / "settings.json") as wire, pytest.raises(NotAFileError, match="FIFO"):
        read_json(wire.path, 1024)
    assert wire.opened == 0


def test_read_json_refuses_an_endless_device_at_once(tmp_path: Path) -> None:
    _devzero(tmp_path / "state.json")
    start = time.monotonic()
    with pytest.raises(NotAFileError, match="device"):
        read_json(tmp_path / "state.json", 1024)
    assert time.monotonic() - start < 1


def test_read_json_turns_deep_nesting_into_a_value_error(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(DEEP)
    with pytest.raises(ValueError, match="nested too deeply"):
        read_json(tmp_path / "a.json", 1024 * 1024)


@pytest.mark.parametrize("what", ["fifo", "device", "folder"])
def test_settings_that_are_not_a_file_give_defaults_and_are_kept(what: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    if what == "fifo":
        wire = Tripwire(path)
    elif what == "device":
        _devzero(path)
    else:
        path.mkdir()
        (path / "inside.txt").write_text("kept")
    try:
        settings = Settings.load(path)
    finally:
        if what == "fifo":
            wire.close()
    if what == "fifo":
        assert wire.opened == 0
    assert settings.as_dict() == Settings(None).as_dict()
    assert [n.code for n in settings.notices] == ["settings.reset"]
    kept = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(kept) == 1
    if what == "folder":
        assert (kept[0] / "inside.txt").read_text() == "kept"


@pytest.fixture
def news(tmp_path: Path) -> Path:
    src = tmp_path / "news.html"
    src.write_text(page("시청 앞 주말 장터", "서울시는 주말마다 시청 앞에서 장터를 연다."), encoding="utf-8")
    return src


def test_a_fifo_settings_file_does_not_hang_a_command(tmp_path: Path, news: Path) -> None:
    base = tmp_path / "base"
    (base / "config").mkdir(parents=True)
    with Tripwire(base / "config" / "settings.json") as wire:
        run = cli("extract", str(news), basedir=base, timeout=60)
    assert wire.opened == 0
    assert run.code == 0, run.err
    assert run.out.startswith("시청 앞 주말 장터")
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("article-reader: warning: ")
    assert "FIFO" in lines[0]


def _load_damaged(what: str, path: Path, load: Callable[[Path], T]) -> T:
    """``load(path)`` with a file nested past reason, a named pipe no one writes to (which must never be
    opened), or a link to an endless device standing at ``path``."""
    wire = None
    if what == "deep":
        path.write_bytes(DEEP)
    elif what == "fifo":
        wire = Tripwire(path)
    else:
        _devzero(path)
    try:
        loaded = load(path)
    finally:
        if wire is not None:
            wire.close()
    assert wire is None or wire.opened == 0
    return loaded


@pytest.mark.parametrize("what", ["deep", "fifo", "device"])
def test_a_damaged_state_file_starts_afresh(what: str, tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = _load_damaged(what, path, AppState.load)
    assert state.geometry == b""
    assert state.notices == set()
    state.mark_notice("hangul_font")  # and the fresh state is written where the damaged one was
    assert read_json(path, 4096)["notices"] == ["hangul_font"]
    assert len(list(tmp_path.glob("state.json.corrupt-*"))) == 1


@pytest.mark.parametrize("what", ["deep", "fifo", "device"])
def test_a_damaged_pronunciation_dictionary_is_set_aside(what: str, tmp_path: Path) -> None:
    path = tmp_path / "pronunciation.json"
    lex = _load_damaged(what, path, Lexicon.load)
    assert len(lex.warnings) == 1
    assert "kept as pronunciation.json.corrupt-" in lex.warnings[0].text
    assert lex.warnings[0].code == "lexicon.reset"
    assert len(list(tmp_path.glob("pronunciation.json.corrupt-*"))) == 1


@pytest.mark.parametrize("what", ["deep", "fifo", "device"])
def test_speak_with_a_damaged_pronunciation_dictionary(what: str, tmp_path: Path, news: Path) -> None:
    base = tmp_path / "base"
    path = base / "config" / "pronunciation.json"
    path.parent.mkdir(parents=True)
    run = _load_damaged(
        what,
        path,
        lambda _p: cli(
            "speak", str(news), "-o", str(tmp_path / "a.mp3"), "--engine", "espeak", "-q",
            basedir=base, timeout=90,
        ),
    )  # fmt: skip
    assert run.code == 0, run.err
    assert (tmp_path / "a.mp3").stat().st_size > 1000
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err  # said once, the CLI's way, not as a log record
    assert lines[0].startswith("article-reader: warning: The pronunciation dictionary could not be read")


@pytest.mark.parametrize(
    "content",
    [
        DEEP,
        b'{"url:https://news.example/0": {"top_block": Infinity, "sentence": 2}}',
        b'{"url:https://news.example/0": {"top_block": 1e400}}',
    ],
    ids=["deep", "infinity", "1e400"],
)
def test_old_reading_places_that_do_not_parse_are_dropped(content: bytes, tmp_path: Path) -> None:
    from reader.articles.model import Article, Paragraph

    lib = Library(tmp_path / "library.sqlite3")
    try:
        lib.save_many(
            [
                SaveItem(
                    Article(
                        title="기사",
                        blocks=[Paragraph("시민들이 모였다. " * 5)],
                        url="https://news.example/0",
                    )
                )
            ]
        )
        with sqlite3.connect(tmp_path / "library.sqlite3") as raw:
            raw.execute("DELETE FROM meta WHERE key=?", (IMPORTED_KEY,))  # a library from before the import
        positions = tmp_path / "positions.json"
        positions.write_bytes(content)
        assert import_positions_file(lib, positions) == 0
    finally:
        lib.close()


def test_a_library_command_with_a_fifo_where_the_library_should_be(tmp_path: Path) -> None:
    base = tmp_path / "base"
    (base / "data").mkdir(parents=True)
    with Tripwire(base / "data" / "library.sqlite3"):
        run = cli("library", "list", basedir=base, timeout=60)
    assert "library" in assert_one_line_error(run, 5)
