"""Case 10: a FIFO (or a device, a socket) as a source is refused at once by every command."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from reader.articles.localfile import read_file
from reader.errors import SourceError
from tests.hostile_support import Tripwire, assert_one_line_error, cli, page

pytestmark = pytest.mark.core


def test_read_file_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    with Tripwire(tmp_path / "page.html") as wire, pytest.raises(SourceError) as info:
        read_file(str(wire.path), 1024)
    assert info.value.code == "source.fifo"
    assert wire.opened == 0


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_read_file_refuses_a_device(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(SourceError) as info:
        read_file(device, 1024)
    assert info.value.code == "source.device"


def test_read_file_refuses_a_socket(tmp_path: Path) -> None:
    path = tmp_path / "s.html"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(SourceError) as info:
            read_file(str(path), 1024)
    finally:
        server.close()
    assert info.value.code == "source.socket"


def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    with Tripwire(tmp_path / "pipe") as wire:
        link = tmp_path / "page.html"
        link.symlink_to(wire.path)
        with pytest.raises(SourceError, match="FIFO"):
            read_file(str(link), 1024)
    assert wire.opened == 0


COMMANDS = {
    "extract": ["extract", "{src}"],
    "extract-jsonl": ["extract", "{src}", "{good}", "--format", "jsonl"],
    "pdf": ["pdf", "{src}", "-o", "{tmp}/a.pdf"],
    "render": ["render", "{src}", "-o", "{tmp}/a.png"],
    "speak": ["speak", "{src}", "-o", "{tmp}/a.mp3", "--engine", "espeak"],
    "library add": ["library", "add", "{src}"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_refuses_a_fifo_source_at_once(name: str, tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(page("좋은 기사", "서울시는 오늘 새 정책을 발표했다."), encoding="utf-8")
    with Tripwire(tmp_path / "page.html") as wire:
        subs = {"{src}": str(wire.path), "{tmp}": str(tmp_path), "{good}": str(good)}
        args = [subs.get(a, a) for a in COMMANDS[name]]
        args = [a.replace("{tmp}", str(tmp_path)) for a in args]
        run = cli(*args, basedir=tmp_path / "base", timeout=60)
    assert wire.opened == 0
    if name == "extract-jsonl":
        assert run.code == 2
        lines = run.out.splitlines()
        assert len(lines) == 2
        assert '"error"' in lines[0]
        assert "FIFO" in lines[0]
        assert "좋은 기사" in lines[1]
        return
    err = assert_one_line_error(run, 2)
    assert "FIFO" in err
    assert err.count(str(wire.path)) == 1  # the source is named once


def test_library_import_skips_fifos_and_device_links(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    good = page("좋은 기사", "서울시는 오늘 새 정책을 발표했다.")
    (folder / "good.html").write_text(good, encoding="utf-8")
    (folder / "zero.html").symlink_to("/dev/zero")
    (folder / "loop").symlink_to(folder)  # a folder that contains itself
    with Tripwire(folder / "pipe.html") as wire:
        run = cli("library", "import", str(folder), basedir=tmp_path / "base", timeout=60)
    assert wire.opened == 0
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert "imported 1 article(s)" in run.out
