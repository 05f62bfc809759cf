"""Reading a saved page from disk or standard input, with the size cap and plain-spoken errors."""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from reader.articles.limits import ProgressCallback, size_message, size_params
from reader.errors import Cancelled, SourceError, TooLargeError, os_reason

_CHUNK = 256 * 1024


def read_file(
    path: str,
    max_bytes: int,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> bytes:
    """The bytes of a regular file: a FIFO, a device or a socket is refused before it is opened (reading
    one would wait forever, or never end), and the check is repeated on the open file (no swap between)."""
    p = Path(path).expanduser()
    try:
        st = p.stat()
    except FileNotFoundError:
        hint = "; for a web address, start it with https://" if _looks_like_address(path) else ""
        raise SourceError(
            f"{path}: no such file{hint}", code="source.not_found", params={"source": path}
        ) from None
    except PermissionError:
        raise SourceError(
            f"{path}: permission denied", code="source.permission", params={"source": path}
        ) from None
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    _require_regular(path, st.st_mode)
    if st.st_size > max_bytes:
        raise TooLargeError(
            f"{path}: {size_message(max_bytes)}", params={"source": path, **size_params(max_bytes)}
        )
    try:
        # O_NONBLOCK: should a FIFO have taken the file's place since the stat, the open returns at once
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise SourceError(
            f"{path}: permission denied", code="source.permission", params={"source": path}
        ) from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise SourceError(
                f"{path} is a folder, not a file", code="source.folder", params={"source": path}
            ) from None
        raise _cannot_read(path, exc) from None
    with os.fdopen(fd, "rb") as fh:
        try:
            _require_regular(path, os.fstat(fd).st_mode)
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            return _read_stream(fh, max_bytes, st.st_size or None, cancel, progress, path)
        except OSError as exc:
            raise _cannot_read(path, exc) from None


def _require_regular(path: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise SourceError(
            f"{path} is a folder, not a file; give a saved page (.html, .mhtml) or a text file",
            code="source.folder",
            params={"source": path},
        )
    if stat.S_ISFIFO(mode):
        code, what = "source.fifo", "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        code, what = "source.device", "a device"
    elif stat.S_ISSOCK(mode):
        code, what = "source.socket", "a socket"
    else:
        code, what = "source.not_a_file", "not a regular file"
    raise SourceError(
        f"{path} is {what}, not a file; give a saved page, or - to read standard input",
        code=code,
        params={"source": path},
    )


def _cannot_read(path: str, exc: OSError) -> SourceError:
    reason = exc.strerror or str(exc)
    return SourceError(
        f"{path}: cannot be read ({reason})",
        code="source.unreadable",
        params={"source": path, **os_reason(exc)},
    )


_HOST_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.([A-Za-z]{2,12})$")
_FILE_EXTENSIONS = {"html", "htm", "xhtml", "mht", "mhtml", "txt", "text", "md", "pdf", "json", "gz", "shtml"}


def _looks_like_address(path: str) -> bool:
    """news.example.com/a/1 or www.example.co.kr typed without https:// (file names end in an extension)."""
    host = path.split("/", 1)[0]
    m = _HOST_RE.match(host)
    return m is not None and m.group(1).lower() not in _FILE_EXTENSIONS


def read_stdin(max_bytes: int, cancel: threading.Event | None = None) -> bytes:
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise SourceError("there is no standard input to read", code="source.no_stdin")
    if _has_fileno(stream) and os.isatty(stream.fileno()):
        raise SourceError(
            "standard input is a terminal; pipe a page into it, e.g. curl URL | article-reader extract -",
            code="source.stdin_terminal",
        )
    return _read_stream(stream, max_bytes, None, cancel, None, "standard input")


def _has_fileno(stream: BinaryIO) -> bool:
    try:
        stream.fileno()
    except (OSError, ValueError, AttributeError):
        return False
    return True


def _read_stream(
    fh: BinaryIO,
    max_bytes: int,
    total: int | None,
    cancel: threading.Event | None,
    progress: ProgressCallback | None,
    label: str,
) -> bytes:
    out = bytearray()
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled("loading was cancelled", code="cancelled")
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        out += chunk
        if len(out) > max_bytes:
            raise TooLargeError(
                f"{label}: {size_message(max_bytes)}", params={"source": label, **size_params(max_bytes)}
            )
        if progress is not None:
            progress(len(out), total)
    return bytes(out)
