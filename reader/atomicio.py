"""Writing files so that what was there is respected: atomic, through symlinks, never over a device.

Every file the program writes (an ``-o`` output, the settings, a cache entry) goes through here:

- atomic: the bytes go to a temporary file in the target's own folder, which is renamed over the
  target at the end, so a crash or a full disk never leaves half a file where a good one was;
- a symlink is written through: the link stays, its target gets the new content (the temporary
  file sits beside the target, so the rename stays on one file system);
- what is not a regular file is refused, never replaced: a device (``-o /dev/null`` as root would
  otherwise replace the system's /dev/null), a FIFO, a socket, a folder;
- permissions: a new file follows the umask (0644 under umask 022), a replaced file keeps its mode;
- folders: :func:`check_output` (used by every command before it starts work) refuses a missing
  folder, so no command creates missing folders; internal files (settings, caches) pass
  ``make_parents=True``.

Failures raise :class:`reader.errors.WriteError`, an OutputError that is also an OSError, with a
stable code (``output.is_device``, ``output.is_fifo``, ``output.is_folder``, ``output.no_folder``,
``output.failed``) and the reason alone in ``strerror``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reader.errors import WriteError

# A temporary name must fit in NAME_MAX (255 bytes) whatever the target's name is.
_TMP_STEM_BYTES = 80


def _refusal(path: Path, st: os.stat_result) -> WriteError | None:
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        code, reason = "output.is_folder", "it is a folder; give a file name"
    elif stat.S_ISFIFO(mode):
        code, reason = "output.is_fifo", "it is a named pipe (FIFO), not a file"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        code, reason = "output.is_device", "it is a device, not a file"
    elif stat.S_ISSOCK(mode):
        code, reason = "output.is_socket", "it is a socket, not a file"
    else:
        code, reason = "output.not_a_file", "it is not a regular file"
    return WriteError(path, reason, code=code)


def output_target(path: str | os.PathLike[str]) -> Path:
    """The file that writing ``path`` really replaces: symlinks followed, refused if not a regular file."""
    given = Path(path)
    target = Path(os.path.realpath(given))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    except NotADirectoryError:
        folder = _first_non_folder(target.parent)
        raise WriteError(
            given, f"{folder} is not a folder", code="output.blocked", params={"folder": str(folder)}
        ) from None
    except OSError as exc:
        raise WriteError(given, exc.strerror or str(exc), code="output.failed", err=exc.errno) from exc
    refusal = _refusal(given, st)
    if refusal is not None:
        raise refusal
    return target


def _first_non_folder(folder: Path) -> Path:
    """The first part of ``folder``'s path that exists and is not a folder (a file in the way)."""
    for part in reversed([folder, *folder.parents]):
        if part.exists() and not part.is_dir():
            return part
    return folder


def check_output(path: str | os.PathLike[str]) -> Path:
    """Fail before any work when ``path`` cannot be an output: not a regular file, or no such folder.

    The one rule for folders: a command creates the file it is given, never the folders above it.
    """
    given = Path(path)
    target = output_target(given)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        raise WriteError(
            given,
            f"the folder {folder} does not exist",
            code="output.no_folder",
            params={"folder": str(folder)},
        ) from None
    except OSError as exc:
        raise WriteError(given, exc.strerror or str(exc), code="output.failed", err=exc.errno) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise WriteError(
            given, f"{folder} is not a folder", code="output.blocked", params={"folder": str(folder)}
        )
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise WriteError(given, "permission denied", code="output.permission")
    return target


def refuse_source(output: str | os.PathLike[str], sources: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse an output that is one of the files being read (``extract page.html -o page.html``, or
    a link to it): the rename would put the result where the user's page was, and the page is gone.
    Sources that are not files (web addresses, ``-``, a missing file) are no such danger."""
    source = _same_file(output, sources)
    if source is not None:
        raise WriteError(
            output,
            "it is the page being read; give the output another name",
            code="output.is_source",
            params={"source": str(source)},
        )


def refuse_own(output: str | os.PathLike[str], own: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse an output that is one of the program's own files (the library database and its journal,
    the settings): writing an article there would replace what the user kept, with no way back."""
    if _same_file(output, own) is not None:
        raise WriteError(
            output,
            "it is one of article-reader's own files; give the output another name",
            code="output.is_own_file",
        )


def _same_file(
    output: str | os.PathLike[str], paths: Iterable[str | os.PathLike[str]]
) -> str | os.PathLike[str] | None:
    """The first of ``paths`` that is the file ``output`` names (through links too); None when the output
    is not there yet or is none of them."""
    try:
        out = os.stat(output)
    except OSError:
        return None
    for path in paths:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            return path
    return None


def _temp_name(target: Path) -> Path:
    stem = os.fsencode(target.name)[:_TMP_STEM_BYTES].decode("utf-8", "ignore")
    return target.with_name(f".{stem}.{secrets.token_hex(4)}.tmp")


@contextlib.contextmanager
def _temporary(given: Path, *, make_parents: bool) -> Iterator[tuple[BinaryIO, Path, Path]]:
    """A new temporary file beside ``given``'s real target, complete and synced when the block ends;
    removed again if the block fails."""
    target = output_target(given)
    if make_parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(given, exc.strerror or str(exc), code="output.failed", err=exc.errno) from exc
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        old_mode = None
    tmp = _temp_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o666)  # the kernel applies the umask, as for any new file
    except FileNotFoundError as exc:
        raise WriteError(
            given,
            f"the folder {target.parent} does not exist",
            code="output.no_folder",
            params={"folder": str(target.parent)},
        ) from exc
    except OSError as exc:
        raise WriteError(given, exc.strerror or str(exc), code="output.failed", err=exc.errno) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            if old_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), old_mode)
            yield fh, tmp, target
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise WriteError(given, exc.strerror or str(exc), code="output.failed", err=exc.errno) from exc
        raise


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, make_parents: bool = False) -> Iterator[BinaryIO]:
    """A binary file whose content replaces ``path`` when the block ends without an error."""
    given = Path(path)
    with _temporary(given, make_parents=make_parents) as (fh, tmp, target):
        yield fh
    # checked again just before the rename: something may have appeared at the path meanwhile
    Staged(tmp, target, given).commit()


@dataclass
class Staged:
    """A complete temporary file waiting beside its target; :meth:`commit` puts it in place."""

    tmp: Path
    target: Path
    given: Path

    def commit(self) -> None:
        output_target(self.given)
        try:
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            raise WriteError(
                self.given, exc.strerror or str(exc), code="output.failed", err=exc.errno
            ) from exc
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)


def stage_bytes(path: str | os.PathLike[str], data: bytes) -> Staged:
    """Write ``data`` to a temporary file beside ``path`` without replacing anything yet.

    For outputs of several files that must appear together or not at all (a library export).
    """
    given = Path(path)
    holder: list[Staged] = []
    with _temporary(given, make_parents=False) as (fh, tmp, target):
        fh.write(data)
        holder.append(Staged(tmp, target, given))
    return holder[0]


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless to skip where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, make_parents: bool = True) -> None:
    with atomic_writer(path, make_parents=make_parents) as fh:
        fh.write(data)


def write_text_atomic(
    path: str | os.PathLike[str], text: str, encoding: str = "utf-8", *, make_parents: bool = True
) -> None:
    write_bytes_atomic(path, text.encode(encoding), make_parents=make_parents)


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
