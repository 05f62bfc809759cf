"""Reading the small JSON files kept in the program's folders (settings, program state, the
pronunciation dictionary, old reading places) as the untrusted input they are.

Anything may stand at such a path: a FIFO (opening it to read waits for a writer that never
comes), a link to /dev/zero (reading it never ends), a folder, a file of any size, JSON nested a
hundred thousand levels deep. :func:`read_json` turns each of these into an OSError or a
ValueError the caller already handles (set the file aside, use defaults), never a hang, a
traceback or memory spent on a file no program of ours wrote.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

MAX_INT_DIGITS = 400  # longer integer literals are read as "too large" without building the number


class NotAFileError(OSError):
    """What stands at the path is not a regular file (a FIFO, a device, a socket, a folder)."""


class TooLarge(float):
    """An integer literal with more digits than any setting can use (compares as infinity, sign kept)."""


def _refuse_unless_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise NotAFileError(errno.EISDIR, "it is a folder, not a file", str(path))
    if stat.S_ISFIFO(mode):
        what = "it is a named pipe (FIFO), not a file"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "it is a device, not a file"
    elif stat.S_ISSOCK(mode):
        what = "it is a socket, not a file"
    else:
        what = "it is not a regular file"
    raise NotAFileError(errno.EINVAL, what, str(path))


def read_small_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``max_bytes`` of them.

    A FIFO, device or socket is refused before it is opened, and again on the open file (opened
    without blocking, so a FIFO swapped in between cannot hold us); a larger file is a ValueError.
    FileNotFoundError and NotADirectoryError pass through unchanged: "there is no file".
    """
    _refuse_unless_regular(path, os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        _refuse_unless_regular(path, os.fstat(fd).st_mode)
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"the file is over {max_bytes // 1024} kB")
    return data


def _parse_int(text: str) -> int | float:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        return TooLarge("-inf" if text.startswith("-") else "inf")
    return int(text)


def parse_json(data: bytes) -> Any:
    """JSON from bytes: a byte-order mark is not damage; nesting too deep is a ValueError like any
    other bad JSON (not a RecursionError); huge integer literals become :class:`TooLarge`."""
    text = data.decode("utf-8-sig")
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:
        raise ValueError("it is nested too deeply") from None


def read_json(path: Path, max_bytes: int) -> Any:
    """The JSON value of the file at ``path``; None for an empty file (a crash before the first save).

    Raises FileNotFoundError/NotADirectoryError when there is no file, another OSError when it
    cannot be read or is not a file, UnicodeDecodeError or ValueError when it is not JSON.
    """
    data = read_small_file(path, max_bytes)
    if not data.strip():
        return None
    return parse_json(data)


def reason_text(exc: BaseException) -> str:
    """Why such a file could not be read, as the few words a message puts in brackets."""
    if isinstance(exc, RecursionError):
        return "it is nested too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON at line {exc.lineno}, column {exc.colno}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
