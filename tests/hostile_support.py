"""Helpers for the hostile battery: a FIFO that notices being opened, the CLI in a bounded subprocess,
and a private mount namespace for read-only folders and full disks that even root cannot write.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CLI_TIMEOUT = 120.0


class Tripwire:
    """A FIFO standing where a hostile page points: opening it for reading is recorded at once.

    A reader that opens a FIFO blocks until a writer comes; the watcher polls with a non-blocking
    open for writing, which succeeds only while someone has it open for reading. It then writes a
    few bytes and closes, so the reader is released (no test hangs) and the opening is on record.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        os.mkfifo(self.path)
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="tripwire", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.003):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue  # ENXIO: nobody is reading
            self.opened += 1
            with contextlib.suppress(OSError):
                os.write(fd, b"GIF89a tripped")
            os.close(fd)

    @property
    def uri(self) -> str:
        return self.path.as_uri()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def __enter__(self) -> Tripwire:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    out_bytes: bytes = b""


def cli(
    *args: str,
    basedir: Path | None = None,
    stdin: bytes | None = None,
    timeout: float = CLI_TIMEOUT,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    wrap: Sequence[str] = (),
) -> Run:
    """``python -m reader ARGS`` in a subprocess, killed (and the test failed) if it outlives ``timeout``."""
    full_env = dict(os.environ)
    full_env.pop("ARTICLE_READER_BASEDIR", None)
    if basedir is not None:
        full_env["ARTICLE_READER_BASEDIR"] = str(basedir)
    full_env["PYTHONPATH"] = str(REPO)
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    full_env["ARTICLE_READER_NO_EARLY"] = "1"
    full_env.update(env or {})
    cmd = [*wrap, sys.executable, "-m", "reader", *args]
    start = time.monotonic()
    try:
        proc = subprocess.run(
            cmd,
            input=stdin if stdin is not None else b"",
            capture_output=True,
            timeout=timeout,
            env=full_env,
            cwd=cwd or REPO,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"article-reader {' '.join(args)} still running after {timeout:g} s")
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        time.monotonic() - start,
        proc.stdout,
    )


def assert_one_line_error(run: Run, code: int | None = None) -> str:
    """A failure the way the CLI promises it: no traceback, one ``article-reader: ...`` line, non-zero."""
    assert "Traceback" not in run.err, run.err
    lines = [ln for ln in run.err.splitlines() if ln.strip()]
    assert lines, f"no message on stderr (exit {run.code})"
    assert all(ln.startswith("article-reader: ") for ln in lines), run.err
    if code is not None:
        assert run.code == code, (run.code, run.err)
    else:
        assert run.code != 0
    return run.err


# -- read-only folders and full disks -----------------------------------------------------------


def _can_mount() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k none /mnt 2>/dev/null || exit 3"],
        capture_output=True,
        timeout=10,
    )
    return probe.returncode == 0


_MOUNT_OK: bool | None = None


def mount_wrapper(read_only: Sequence[Path] = (), tiny: Sequence[tuple[Path, int]] = ()) -> list[str]:
    """A command prefix that runs the program in a private mount namespace where ``read_only``
    folders are read-only bind mounts and each ``tiny`` folder is a tmpfs of that many bytes.

    Root ignores permission bits, so a chmod is no test as root; a read-only mount or a full file
    system holds for everyone. Nothing outside the child process sees the mounts. Skips the test
    where mount namespaces are not available; as a normal user, chmod is used for read-only.
    """
    global _MOUNT_OK
    if os.geteuid() != 0:
        if tiny:
            pytest.skip("a full disk needs a private tmpfs mount (root in a mount namespace)")
        for folder in read_only:
            folder.chmod(0o555)
        return []
    if _MOUNT_OK is None:
        _MOUNT_OK = _can_mount()
    if not _MOUNT_OK:
        pytest.skip("mount namespaces are not available here")
    steps = []
    for folder in read_only:
        steps.append(f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}'")
    for folder, size in tiny:
        steps.append(f"mount -t tmpfs -o size={size} none '{folder}'")
    script = " && ".join(steps) + ' && exec "$@"'
    return ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh"]


def fill_up(folder: Path) -> None:
    """Fill the tmpfs at ``folder`` to the last byte (used inside the namespace by a child script)."""
    with open(folder / "filler", "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
            fh.flush()


def page(title: str, body: str, *, head: str = "", lang: str = "ko") -> str:
    """A small news page the extractor takes as an article."""
    paras = "".join(
        f"<p>{body} {i}번째 문단이 이어지고 기사 본문은 충분히 길어야 한다.</p>" for i in range(8)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{paras}</article></body></html>"
    )


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)
