"""The log file: a rotating file under AppPaths, so "details are in the log" points somewhere real.

Qt-free. The window adds it at start; the command line keeps logging to stderr only.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.FileHandler):
    """A log file that moves to ``.1`` (``.1`` to ``.2`` …) when it would grow past ``max_bytes``.

    The standard library's RotatingFileHandler does the same, but importing logging.handlers
    (and the socket and pickle modules it brings) would cost the window's start a few ms.
    """

    def __init__(self, path: Path, max_bytes: int = LOG_BYTES, backups: int = LOG_BACKUPS) -> None:
        super().__init__(path, encoding="utf-8")
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                self._roll()
        except (OSError, ValueError):
            pass  # a log that cannot rotate still takes the record
        super().emit(record)

    def _roll(self) -> None:
        self.close()  # the handler reopens the file on the next record
        for i in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{i}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{i + 1}"))
        if self.path.exists():
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))


class _OursOrSerious(logging.Filter):
    """Our own messages from INFO up; other libraries' only when they warn."""

    def filter(self, record: logging.LogRecord) -> bool:
        ours = record.name == "reader" or record.name.startswith(("reader.", "qt"))
        return record.levelno >= (logging.INFO if ours else logging.WARNING)


def add_log_file(path: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Send log records to ``path`` (rotated at about 1 MB, three old files kept).

    The root logger is lowered to ``level`` if it was above it; handlers already attached keep
    what they showed before (their own level is pinned to the old root level). Returns None, and
    logs why on the handlers already there, when the file cannot be opened.
    """
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, RotatingLog) and existing.path == Path(path):
            return existing
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(path)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    handler.addFilter(_OursOrSerious())
    before = root.level
    if before > level or before == logging.NOTSET:
        for other in root.handlers:
            if other.level == logging.NOTSET:
                other.setLevel(before if before != logging.NOTSET else logging.WARNING)
        root.setLevel(level)
    root.addHandler(handler)
    return handler


def remove_log_file(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


def read_tail(path: Path, max_bytes: int = 200_000) -> str:
    """The end of the log (what Help → Show Log shows); empty when there is none yet."""
    try:
        with path.open("rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(max(0, size - max_bytes))
            data = f.read()
    except OSError:
        return ""
    text = data.decode("utf-8", errors="replace")
    if size > max_bytes:
        text = text.split("\n", 1)[-1]  # start at a whole line
    return text
