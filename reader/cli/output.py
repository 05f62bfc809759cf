"""What the commands print and write: terminal-safe text, one-line messages, and ``-o`` files.

Text that came from a page (a headline, a file name, an error naming either) may hold terminal
escapes: ESC sequences that move the cursor or retitle the window, BEL, OSC hyperlinks. They are
shown as visible ``\\x1b``-style escapes wherever this module prints, so a hostile page cannot take
over the reader's terminal. Output files follow the one rule of :mod:`reader.atomicio`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from reader.atomicio import check_output, refuse_own, refuse_source, write_bytes_atomic
from reader.errors import Notice, ReaderError
from reader.paths import AppPaths

PROG = "article-reader"

# C0 controls but tab and newline, DEL, C1 controls; the bidirectional overrides that reorder what is shown
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, *, one_line: bool = False) -> str:
    """``text`` with every control character made visible (``\\x1b``), so printing it is harmless."""
    if one_line:
        text = text.replace("\n", " ").replace("\t", " ")
    return _CONTROL_RE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def error_line(message: str) -> str:
    return f"{PROG}: {terminal_safe(message, one_line=True)}"


def say_error(message: str) -> None:
    """One line on standard error: ``article-reader: ...``."""
    print(error_line(message), file=sys.stderr)


def say(message: str) -> None:
    """A line of progress or result on standard error (not a failure)."""
    print(terminal_safe(message, one_line=True), file=sys.stderr)


def say_notice(notice: Notice | str) -> None:
    say_error(f"warning: {notice}" if isinstance(notice, Notice) else notice)


def say_notices(notices: Iterable[Notice]) -> None:
    for notice in notices:
        say_notice(notice)


def with_source(source: str, message: str) -> str:
    """``source: message`` unless the message already names the source (said once, never twice)."""
    label = "standard input" if source == "-" else source
    if label in message or source in message:
        return message
    return f"{source}: {message}"


def check_target(
    output: str | os.PathLike[str], sources: Iterable[str] = (), paths: AppPaths | None = None
) -> Path:
    """Refuse an ``-o`` before any work: a device, FIFO or folder, a folder that does not exist, one
    of the ``sources`` being read (writing there would lose the page), or one of the program's own
    files under ``paths`` (the library, the settings)."""
    target = check_output(output)
    refuse_source(output, _local_files(sources))
    if paths is not None:
        refuse_own(output, own_files(paths))
    return target


def own_files(paths: AppPaths) -> list[Path]:
    db = paths.library_db
    return [
        db, *(db.with_name(db.name + end) for end in ("-wal", "-shm", "-journal")),
        paths.settings_file, paths.state_file, paths.pronunciation_file, paths.positions_file, paths.log_file,
    ]  # fmt: skip


def _local_files(sources: Iterable[str]) -> list[str]:
    """The sources that are files on this computer (a file: address too), as paths."""
    from reader.articles.sources import parse_source

    paths = []
    for source in sources:
        try:
            src = parse_source(source)
        except ReaderError:
            continue
        if src.kind == "file":
            paths.append(src.value)
    return paths


def write_output(output: str | os.PathLike[str], data: bytes) -> None:
    """Write ``-o`` atomically; never creates missing folders (see reader.atomicio)."""
    write_bytes_atomic(output, data, make_parents=False)


def write_stdout(data: bytes) -> None:
    """Standard output; a reader who closed the pipe (``| head``) is not an error."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        silence_stdout()


def silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def exit_code(errors: Iterable[ReaderError]) -> int:
    """One code for a batch: the highest of its failures (no article = 3, source = 2, output = 4)."""
    return max((e.exit_code for e in errors), default=0)
