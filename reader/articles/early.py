"""Start-up extraction in a forked child, so the page is parsed while the window's Qt libraries load.

Why: on the first open of a saved page, importing the extractor (lxml, trafilatura) and extracting take
about as long as loading Qt and building the window; one after the other they more than doubled the
time to the first painted article. A child forked before Qt is imported does that work on another core
and leaves the article in the content-keyed article cache, where the window then finds it.

Linux only: there, forking a process with one thread and no Qt loaded is safe. Elsewhere, on a single
core, for a page already cached, or when anything goes wrong in the child, the window extracts the page
itself exactly as before: the child can only make the first paint sooner, never different.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.articles.cache import MAX_FILE_BYTES, cache_file, store_entry
from reader.articles.model import Article

log = logging.getLogger(__name__)

__all__ = ["EarlyExtraction", "start_early_extraction"]

WAIT_SECONDS = 30.0  # past this the child is stopped and the window extracts the page itself


@dataclass
class EarlyExtraction:
    """A forked child extracting ``source`` into the article cache."""

    pid: int
    source: str
    entry: Path
    finished: bool = False

    def matches(self, source: str) -> bool:
        try:
            return Path(source).resolve() == Path(self.source).resolve()
        except OSError:
            return False

    def wait(self, timeout: float = WAIT_SECONDS) -> bool:
        """Wait for the child; True when it left the article in the cache."""
        if not self.finished:
            if not _wait_exit(self.pid, timeout):
                log.info("start-up extraction took over %.0f s; extracting in the window instead", timeout)
                self.abandon()
                return False
            self.finished = True
        return self.entry.is_file()

    def abandon(self) -> None:
        """Stop the child if it still runs and reap it (no zombie is left behind)."""
        if self.finished:
            return
        self.finished = True
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _wait_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    pidfd = -1
    with contextlib.suppress(AttributeError, OSError):
        pidfd = os.pidfd_open(pid)
    try:
        while True:
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                return True  # already reaped
            if done:
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if pidfd >= 0:
                select.select([pidfd], [], [], left)
            else:
                time.sleep(min(0.002, left))
    finally:
        if pidfd >= 0:
            os.close(pidfd)


def start_early_extraction(
    source: str, cache_dir: Path, load: Callable[[str], Article] | None = None
) -> EarlyExtraction | None:
    """Fork a child that extracts the local file ``source`` into the cache; None when not worth it.

    ``load`` (for tests) replaces :func:`reader.articles.load_article` in the child.
    """
    if not _can_fork():
        return None
    path = Path(source)
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        entry = cache_file(cache_dir, path.read_bytes())
    except OSError:
        return None
    if entry.is_file():
        return None  # the window reads it from the cache faster than any child could help
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        pid = os.fork()
    except OSError as exc:
        log.debug("no start-up extraction: %s", exc)
        return None
    if pid == 0:  # pragma: no cover - the child; its effect (the cache entry) is what tests check
        _child(source, entry, load)
    return EarlyExtraction(pid, source, entry)


def _can_fork() -> bool:
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() > 1 or "PySide6.QtCore" in sys.modules:
        return False  # forking after threads or Qt started is not safe
    return (os.cpu_count() or 1) >= 2 and os.environ.get("ARTICLE_READER_NO_EARLY") != "1"


def _child(source: str, entry: Path, load: Callable[[str], Article] | None) -> None:  # pragma: no cover
    code = 1
    try:
        if load is None:
            from reader.articles import load_article

            load = load_article
        article = load(source)
        store_entry(entry, article)
        code = 0
    except BaseException:  # the window repeats the work and reports any error itself
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no second flush of the parent's buffers
