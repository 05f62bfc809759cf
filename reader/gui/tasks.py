"""One way to run work off the UI thread: fetching, extraction, synthesis, export.

A job is a plain callable ``job(cancel: threading.Event, progress: Callable[[float, str], None]) -> T``.
It runs on a QThreadPool worker; its result, error or progress reach the caller on the main thread
through a QObject's queued signals, so callbacks may touch widgets. ``cancel()`` on the returned handle
sets the event (the job should poll it) and guarantees no callback runs afterwards, so the UI can move
on immediately even while a slow network read is still unwinding in the background.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Job = Callable[[threading.Event, Progress], Any]


class _Relay(QObject):
    """Lives on the main thread; signals emitted from the worker are queued to it."""

    result = Signal(object)
    error = Signal(object)
    progress = Signal(float, str)
    finished = Signal()


class TaskHandle:
    """What the caller keeps: cancel it, ask if it is still running."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cancel_event = threading.Event()
        self.done = False
        self._relay: _Relay | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @property
    def running(self) -> bool:
        return not self.done and not self.cancelled


class _Runnable(QRunnable):
    def __init__(self, job: Job, handle: TaskHandle, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._handle = handle
        self._relay = relay

    def run(self) -> None:
        handle, relay = self._handle, self._relay

        def progress(fraction: float, text: str = "") -> None:
            if not handle.cancelled:
                relay.progress.emit(float(fraction), text)

        try:
            value = self._job(handle.cancel_event, progress)
        except BaseException as exc:  # delivered to the caller, who decides what the user sees
            relay.error.emit(exc)
        else:
            relay.result.emit(value)
        finally:
            relay.finished.emit()


class Tasks(QObject):
    """The window's background helper (``window.tasks``)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[TaskHandle] = set()

    def run(
        self,
        job: Job,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        name: str = "task",
    ) -> TaskHandle:
        handle = TaskHandle(name)
        relay = _Relay(self)  # parented to us: lives on the main thread
        handle._relay = relay

        @Slot(object)
        def _result(value: Any) -> None:
            if not handle.cancelled and on_result is not None:
                on_result(value)

        @Slot(object)
        def _error(exc: BaseException) -> None:
            if handle.cancelled:
                return
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task %s failed", name, exc_info=exc)

        @Slot(float, str)
        def _progress(fraction: float, text: str) -> None:
            if not handle.cancelled and on_progress is not None:
                on_progress(fraction, text)

        @Slot()
        def _finished() -> None:
            handle.done = True
            self._live.discard(handle)
            if not handle.cancelled and on_finished is not None:
                on_finished()
            relay.deleteLater()

        relay.result.connect(_result)
        relay.error.connect(_error)
        relay.progress.connect(_progress)
        relay.finished.connect(_finished)
        self._live.add(handle)
        self.pool.start(_Runnable(job, handle, relay))
        return handle

    def active(self) -> list[TaskHandle]:
        return [h for h in self._live if h.running]

    def cancel_all(self) -> None:
        for handle in list(self._live):
            handle.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until workers finish (shutdown, tests)."""
        return bool(self.pool.waitForDone(msecs))
