"""Library work off the UI thread, one job at a time in the order asked.

Every library call of the window (history, reading places, the panel, the queue) goes through
:class:`LibraryJobs`: ``run(job, on_result)`` runs ``job(library)`` on a worker and hands the
result back on the main thread. Ordered jobs never overtake each other (a save, then the list
refresh that must see it; a place written, then read back). When the window closes, the jobs
still waiting run at once, on the spot, so a reading place noted in the last moment is kept.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.context import AppContext
from reader.gui.tasks import Tasks

if TYPE_CHECKING:  # opened on a worker when the first job runs
    from reader.library import Library

log = logging.getLogger(__name__)

Job = Callable[["Library"], Any]
OnResult = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class LibraryJobs(QObject):
    failed = Signal(object)  # an exception no caller handled (the window words it)

    def __init__(self, ctx: AppContext, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._pending: deque[tuple[Job, OnResult | None, OnError | None, str]] = deque()
        self._busy = False
        self._held = False
        self._closed = False
        self._in_flight = threading.Event()  # set while no ordered job is running on a worker
        self._in_flight.set()

    def library(self) -> Library:
        """The open library (opened on first use; called on worker threads)."""
        return self.ctx.library()

    def hold(self) -> None:
        """Keep jobs waiting (start-up: the first paint does not share the machine with SQLite)."""
        self._held = True

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        if not self._busy:
            self._next()

    def run(
        self,
        job: Job,
        on_result: OnResult | None = None,
        name: str = "library",
        *,
        ordered: bool = True,
        on_error: OnError | None = None,
    ) -> None:
        """Run ``job(library)``; ``on_result`` gets its value on the main thread.

        Long jobs (import, re-extract) pass ``ordered=False`` so the panel stays responsive meanwhile.
        """
        if self._closed:
            self._run_now(job, name)
            return
        if not ordered:
            self._start(job, on_result, on_error, name, ordered=False)
            return
        self._pending.append((job, on_result, on_error, name))
        if not self._busy and not self._held:
            self._next()

    def _next(self) -> None:
        if not self._pending or self._held or self._closed:
            self._busy = False
            return
        self._busy = True
        job, on_result, on_error, name = self._pending.popleft()
        self._start(job, on_result, on_error, name, ordered=True)

    def _start(
        self, job: Job, on_result: OnResult | None, on_error: OnError | None, name: str, ordered: bool
    ) -> None:
        def task(cancel: threading.Event, progress: Callable[[float, str], None]) -> Any:
            try:
                return job(self.library())
            finally:
                if ordered:
                    self._in_flight.set()

        if ordered:
            self._in_flight.clear()

        self.tasks.run(
            task,
            on_result=on_result,
            on_error=on_error or self.failed.emit,
            on_finished=self._next if ordered else None,
            name=name,
        )

    def drain(self, timeout: float = 10.0) -> None:
        """The window is closing: run what is still waiting here and now, and from now on at once.

        The ordered job on a worker finishes first (a history entry being written when SIGTERM came
        must exist before the reading place written after it), then the waiting ones, in order.
        """
        self._closed = True
        if not self._in_flight.wait(timeout):
            log.warning("a library job was still running when the window closed")
        while self._pending:
            job, _on_result, _on_error, name = self._pending.popleft()
            self._run_now(job, name)

    def _run_now(self, job: Job, name: str) -> None:
        try:
            job(self.library())  # the library's lock keeps it behind a job still on a worker
        except Exception:
            log.exception("library job %s failed while the window closed", name)
