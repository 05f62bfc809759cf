"""Reading a saved page from disk or standard input, with the size cap and plain-spoken errors."""

from __future__ import annotations

import errno
import os
import re
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from reader.articles.limits import ProgressCallback, size_message
from reader.errors import Cancelled, SourceError, TooLargeError

_CHUNK = 256 * 1024


def read_file(
    path: str,
    max_bytes: int,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> bytes:
    p = Path(path).expanduser()
    try:
        st = p.stat()
    except FileNotFoundError:
        hint = "; for a web address, start it with https://" if _looks_like_address(path) else ""
        raise SourceError(f"{path}: no such file{hint}") from None
    except PermissionError:
        raise SourceError(f"{path}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise SourceError(f"{path} is a folder, not a file; give a saved page (.html, .mhtml) or a text file")
    if st.st_size > max_bytes:
        raise TooLargeError(f"{path}: {size_message(max_bytes)}")
    try:
        with p.open("rb") as fh:
            return _read_stream(fh, max_bytes, st.st_size or None, cancel, progress, path)
    except PermissionError:
        raise SourceError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise SourceError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise SourceError(f"{path} is a folder, not a file") from None
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None


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
        raise SourceError("there is no standard input to read")
    if _has_fileno(stream) and os.isatty(stream.fileno()):
        raise SourceError(
            "standard input is a terminal; pipe a page into it, e.g. curl URL | article-reader extract -"
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
            raise Cancelled("loading was cancelled")
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        out += chunk
        if len(out) > max_bytes:
            raise TooLargeError(f"{label}: {size_message(max_bytes)}")
        if progress is not None:
            progress(len(out), total)
    return bytes(out)
