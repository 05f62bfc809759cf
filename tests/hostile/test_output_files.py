"""Case 3: ``-o`` respects what is at the path: devices, FIFOs and folders refused, symlinks written
through, the umask followed, and one rule for missing folders in every command."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.atomicio import check_output, write_bytes_atomic
from reader.errors import OutputError, WriteError
from tests.hostile_support import assert_one_line_error, cli, page, umask

pytestmark = pytest.mark.core


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    src = tmp_path / "news.html"
    src.write_text(page("시청 앞 주말 장터", "서울시는 주말마다 시청 앞에서 장터를 연다."), encoding="utf-8")
    return src


def _device(tmp_path: Path) -> Path:
    """A character device of our own (a second /dev/null) in the temp folder: never the system's."""
    dev = tmp_path / "null"
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("creating a device node needs root")
    return dev


def test_a_device_is_refused_and_left_a_device(tmp_path: Path) -> None:
    dev = _device(tmp_path)
    with pytest.raises(WriteError) as info:
        write_bytes_atomic(dev, b"data")
    assert info.value.code == "output.is_device"
    assert stat.S_ISCHR(dev.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]  # no temporary left behind


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError) as info:
        write_bytes_atomic(fifo, b"data")
    assert info.value.code == "output.is_fifo"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as info:
        write_bytes_atomic(tmp_path, b"data")
    assert info.value.code == "output.is_folder"
    assert isinstance(info.value, OutputError)
    assert isinstance(info.value, OSError)


def test_a_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "article.txt"
    target.write_text("old")
    link_dir = tmp_path / "links"
    link_dir.mkdir()
    link = link_dir / "article.txt"
    link.symlink_to(target)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in link_dir.iterdir()) == ["article.txt"]
    assert sorted(p.name for p in real_dir.iterdir()) == ["article.txt"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    target = tmp_path / "made.txt"
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_bytes_atomic(link, b"hello")
    assert link.is_symlink()
    assert target.read_bytes() == b"hello"


def test_a_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    dev = _device(tmp_path)
    link = tmp_path / "out.txt"
    link.symlink_to(dev)
    with pytest.raises(WriteError) as info:
        write_bytes_atomic(link, b"x")
    assert info.value.code == "output.is_device"
    assert link.is_symlink()
    assert stat.S_ISCHR(dev.lstat().st_mode)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(tmp_path: Path, mask: int, mode: int) -> None:
    with umask(mask):
        write_bytes_atomic(tmp_path / "a.txt", b"x")
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o640)
    with umask(0o022):
        write_bytes_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_long_name_gets_a_temporary_that_fits(tmp_path: Path) -> None:
    name = "가" * 80 + ".md"  # 243 bytes: a temporary named after it in full would not fit NAME_MAX
    write_bytes_atomic(tmp_path / name, b"x")
    assert (tmp_path / name).read_bytes() == b"x"


def test_check_output_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as info:
        check_output(tmp_path / "missing" / "a.txt")
    assert info.value.code == "output.no_folder"
    assert not (tmp_path / "missing").exists()


# -- every command, the same rules ---------------------------------------------------------------

COMMANDS = {
    "extract": ["extract", "{src}", "-o", "{out}.txt"],
    "extract-json": ["extract", "{src}", "--format", "json", "-o", "{out}.json"],
    "render": ["render", "{src}", "-o", "{out}.png"],
    "pdf": ["pdf", "{src}", "-o", "{out}.pdf"],
    "speak": ["speak", "{src}", "-o", "{out}.mp3", "--engine", "espeak", "-q"],
}


def _args(name: str, src: Path, out: str) -> list[str]:
    return [a.replace("{src}", str(src)).replace("{out}", out) for a in COMMANDS[name]]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_refuses_a_missing_folder_and_creates_none(
    name: str, article_file: Path, tmp_path: Path
) -> None:
    run = cli(*_args(name, article_file, str(tmp_path / "missing" / "out")), basedir=tmp_path / "base")
    err = assert_one_line_error(run, 4)
    assert "does not exist" in err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_refuses_a_fifo_as_output_without_hanging(
    name: str, article_file: Path, tmp_path: Path
) -> None:
    out_arg = next(a for a in COMMANDS[name] if "{out}" in a)
    fifo = tmp_path / ("pipe" + out_arg.removeprefix("{out}"))
    os.mkfifo(fifo)
    run = cli(*_args(name, article_file, str(tmp_path / "pipe")), basedir=tmp_path / "base", timeout=90)
    err = assert_one_line_error(run, 4)
    assert "FIFO" in err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("name", ["extract", "pdf", "render"])
def test_every_command_refuses_a_device_as_output(name: str, article_file: Path, tmp_path: Path) -> None:
    out_arg = next(a for a in COMMANDS[name] if "{out}" in a)
    dev_name = "dev" + out_arg.removeprefix("{out}")
    try:
        os.mknod(tmp_path / dev_name, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device node needs root")
    run = cli(*_args(name, article_file, str(tmp_path / "dev")), basedir=tmp_path / "base", timeout=90)
    err = assert_one_line_error(run, 4)
    assert "device" in err
    assert stat.S_ISCHR((tmp_path / dev_name).lstat().st_mode)


@pytest.mark.parametrize("name", ["extract", "pdf"])
def test_commands_write_through_a_symlink_with_the_umask(
    name: str, article_file: Path, tmp_path: Path
) -> None:
    out_arg = next(a for a in COMMANDS[name] if "{out}" in a)
    ext = out_arg.removeprefix("{out}")
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / ("link" + ext)).symlink_to(real / ("target" + ext))
    run = cli(
        *_args(name, article_file, str(tmp_path / "link")),
        basedir=tmp_path / "base",
        wrap=["sh", "-c", 'umask 022 && exec "$@"', "sh"],
    )
    assert run.code == 0, run.err
    assert (tmp_path / ("link" + ext)).is_symlink()
    target = real / ("target" + ext)
    assert target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_speak_writes_mp3_and_srt_following_the_umask(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.mp3"
    run = cli(
        *_args("speak", article_file, str(tmp_path / "a")),
        basedir=tmp_path / "base",
        wrap=["sh", "-c", 'umask 022 && exec "$@"', "sh"],
    )
    assert run.code == 0, run.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert stat.S_IMODE(out.with_suffix(".srt").stat().st_mode) == 0o644


def test_library_export_creates_its_folder_but_no_missing_parent(tmp_path: Path, article_file: Path) -> None:
    base = tmp_path / "base"
    add = cli("library", "add", str(article_file), basedir=base)
    assert add.code == 0, add.err
    aid = add.out.split("\t", 1)[0]
    run = cli("library", "export", aid, "-o", str(tmp_path / "missing" / "out"), basedir=base)
    assert "does not exist" in assert_one_line_error(run, 4)
    assert not (tmp_path / "missing").exists()
    run = cli("library", "export", aid, "-o", str(tmp_path / "out"), basedir=base)
    assert run.code == 0, run.err
    assert len(list((tmp_path / "out").iterdir())) == 2


OVER_THE_SOURCE = [
    (name, how) for name in COMMANDS for how in ("same name", "link to it", "file address", "second source")
    if how != "second source" or name.startswith("extract")
]  # fmt: skip


@pytest.mark.parametrize(("name", "how"), OVER_THE_SOURCE)
def test_no_command_writes_over_the_page_it_reads(
    name: str, how: str, article_file: Path, tmp_path: Path
) -> None:
    """``extract page.html -o page.html`` would put the result where the page was: the page is lost."""
    out_arg = next(a for a in COMMANDS[name] if "{out}" in a)
    page_file = tmp_path / ("page" + out_arg.removeprefix("{out}"))  # the page under the output's name
    page_file.write_bytes(article_file.read_bytes())
    before = page_file.read_bytes()
    src, out = str(page_file), str(tmp_path / "page")
    if how == "link to it":
        (tmp_path / ("link" + out_arg.removeprefix("{out}"))).symlink_to(page_file)
        out = str(tmp_path / "link")
    elif how == "file address":
        src = page_file.as_uri()
    args = _args(name, Path(src), out)
    if how == "second source":
        args.insert(1, str(article_file))
    run = cli(*args, basedir=tmp_path / "base")
    assert "the page being read" in assert_one_line_error(run, 4)
    assert page_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


def test_speak_does_not_write_its_subtitles_over_the_page(article_file: Path, tmp_path: Path) -> None:
    page_file = tmp_path / "news.srt"
    page_file.write_bytes(article_file.read_bytes())
    run = cli(
        "speak", str(page_file), "-o", str(tmp_path / "news.mp3"), "--engine", "espeak", "-q",
        basedir=tmp_path / "base",
    )  # fmt: skip
    assert "the page being read" in assert_one_line_error(run, 4)
    assert page_file.read_bytes() == article_file.read_bytes()
    assert not (tmp_path / "news.mp3").exists()


@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_command_writes_over_the_library_or_the_settings(
    name: str, article_file: Path, tmp_path: Path
) -> None:
    """``-o`` naming the program's own library database or settings file would replace what the user kept
    (every saved article, every choice) with one article: refused before any work, both left as they were."""
    from reader.paths import AppPaths

    base = tmp_path / "base"
    add = cli("library", "add", str(article_file), basedir=base)
    assert add.code == 0, add.err
    paths = AppPaths.from_basedir(base)
    paths.settings_file.write_text('{"font_size": 20}', encoding="utf-8")
    for own in (paths.library_db, paths.settings_file):
        before = own.read_bytes()
        out_arg = next(a for a in COMMANDS[name] if "{out}" in a)
        link = tmp_path / ("own" + out_arg.removeprefix("{out}"))  # under the name the command wants
        link.unlink(missing_ok=True)
        link.symlink_to(own)
        run = cli(*_args(name, article_file, str(tmp_path / "own")), basedir=base)
        assert "own files" in assert_one_line_error(run, 4)
        assert own.read_bytes() == before
    listed = cli("library", "list", basedir=base)
    assert listed.code == 0, listed.err
    assert len(listed.out.strip().splitlines()) == 1
