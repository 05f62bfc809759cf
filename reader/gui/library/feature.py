"""The library in the window: Save (Ctrl+S), the library panel, history, positions, the listening queue.

Every library call runs on ``window.tasks`` (the database may be busy with another window, or large),
and its result comes back on the main thread. The feature registers itself as
``window.features["library"]``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from reader.articles.model import Article
from reader.errors import ReaderError
from reader.library import Entry, Library

log = logging.getLogger(__name__)

POSITION_SAVE_DELAY_MS = 1500


class LibraryFeature(QObject):
    """The window's side of the library; the panel and the queue player talk to it."""

    changed = Signal()  # saved articles added, removed or changed
    queue_changed = Signal()
    history_changed = Signal()
    current_changed = Signal(object)  # id of the saved article on screen, or None

    def __init__(self, window: Any, ctx: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self._lib: Library | None = None
        self._open_lock = threading.Lock()
        self._pending: deque[tuple[Callable[[Library], Any], Callable[[Any], None] | None, str]] = deque()
        self._busy = False
        self.current_id: int | None = None
        self._opening: tuple[Article, Entry] | None = None  # set while a saved article is put on screen
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_timer.timeout.connect(self.save_position)
        window.article_changed.connect(self._article_changed)
        window.view.verticalScrollBar().valueChanged.connect(lambda _v: self._position_timer.start())
        window.installEventFilter(self)

    # -- running library work off the UI thread ---------------------------------------------------

    def library(self) -> Library:
        """The open library (opened on first use). Called on worker threads."""
        with self._open_lock:
            if self._lib is None:
                self._lib = self.ctx.library()
            return self._lib

    def run(
        self,
        job: Callable[[Library], Any],
        on_result: Callable[[Any], None] | None = None,
        name: str = "library",
        *,
        ordered: bool = True,
    ) -> None:
        """Run ``job(library)`` on ``window.tasks``; its result reaches ``on_result`` on the main thread.

        Ordered jobs run one at a time in the order asked (a save, then the list refresh that must
        see it; a delete, then its undo). Long jobs (import, re-extract) pass ``ordered=False`` so
        the panel stays responsive while they run.
        """
        if not ordered:
            self._start(job, on_result, name, ordered=False)
            return
        self._pending.append((job, on_result, name))
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._pending:
            self._busy = False
            return
        self._busy = True
        job, on_result, name = self._pending.popleft()
        self._start(job, on_result, name, ordered=True)

    def _start(
        self, job: Callable[[Library], Any], on_result: Callable[[Any], None] | None, name: str, ordered: bool
    ) -> None:
        def task(cancel: threading.Event, progress: Callable[[float, str], None]) -> Any:
            return job(self.library())

        self.window.tasks.run(
            task,
            on_result=on_result,
            on_error=self.failed,
            on_finished=self._next if ordered else None,
            name=name,
        )

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReaderError):
            self.window.show_message(self.tr("Library: {reason}").format(reason=exc.message), "error")
            return
        log.error("library task failed", exc_info=exc)
        self.window.show_message(
            self.tr("Library: unexpected error ({kind}). Details are in the log.").format(
                kind=type(exc).__name__
            ),
            "error",
        )

    # -- saving ------------------------------------------------------------------------------------

    def save_current(self) -> None:
        article = self.window.article
        if article is None:
            self.window.show_message(self.tr("There is no article to save yet."), "info", timeout_ms=4000)
            return
        source = self.window.source
        current = self.current_id

        def job(lib: Library) -> tuple[int, bool, bool]:
            from reader.library.loading import read_original

            existed = current is not None or lib.find_by_url(article.url) is not None
            original, kind, src = read_original(source, current is not None)
            aid = lib.save(article, original, original_kind=kind, source=src)
            return aid, existed, original is not None

        def done(result: tuple[int, bool, bool]) -> None:
            aid, existed, has_original = result
            self._set_current(aid)
            self.changed.emit()
            if existed:
                text = self.tr("Updated the saved copy of “{title}”.")
            elif has_original:
                text = self.tr("Saved “{title}” to the library; it opens offline from now on.")
            else:
                text = self.tr("Saved “{title}” to the library (the original page could not be kept).")
            actions = [] if existed else [(self.tr("Undo"), lambda: self.delete([aid], announce=False))]
            dock = getattr(self, "dock", None)
            if dock is not None and not dock.isVisible():
                actions.append((self.tr("Show Library"), dock.show))
            self.window.show_message(
                text.format(title=_elide(article.title, 60)), "info", actions, timeout_ms=8000
            )

        self.run(job, done, name="library-save")

    def queue_current(self) -> None:
        """Listen later: save the article on screen if it is not saved yet, and queue it."""
        article = self.window.article
        if article is None:
            self.window.show_message(self.tr("There is no article to save yet."), "info", timeout_ms=4000)
            return
        source = self.window.source
        current = self.current_id

        def job(lib: Library) -> int:
            from reader.library.loading import normalise_source, read_original

            aid = current if current is not None else lib.find_saved(article.url, normalise_source(source))
            if aid is None:
                original, kind, src = read_original(source)
                aid = lib.save(article, original, original_kind=kind, source=src)
            lib.queue.add([aid])
            return aid

        def done(aid: int) -> None:
            self._set_current(aid)
            self.changed.emit()
            self.queue_changed.emit()
            self.window.show_message(
                self.tr("Added “{title}” to the listening queue.").format(title=_elide(article.title, 60)),
                "info",
                timeout_ms=6000,
            )

        self.run(job, done, name="library-listen-later")

    # -- opening saved articles ------------------------------------------------------------------

    def open_saved(self, article_id: int, then: Callable[[Article, Entry], None] | None = None) -> None:
        """Show a saved article from the database: no network, original position restored."""

        def job(lib: Library) -> tuple[Article, Entry]:
            return lib.article(article_id), lib.get(article_id)

        def done(result: tuple[Article, Entry]) -> None:
            article, entry = result
            self.show_saved(article, entry)
            if then is not None:
                then(article, entry)

        self.run(job, done, name="library-open")

    def show_saved(self, article: Article, entry: Entry) -> None:
        self.save_position()
        self._opening = (article, entry)
        try:
            self.window.show_article(article, entry.source or entry.url)
        finally:
            self._opening = None
        if entry.top_block > 0:
            QTimer.singleShot(0, lambda: self._restore_block(article, entry.top_block))

    def _restore_block(self, article: Article, block: int) -> None:
        if self.window.article is article and block < len(article.blocks):
            self.window.view.scroll_to_block(block)

    def _article_changed(self, article: Article | None) -> None:
        self._position_timer.stop()
        if article is None:
            self._set_current(None)
            return
        source = self.window.source
        if self._opening is not None and self._opening[0] is article:
            aid: int | None = self._opening[1].id
            self._set_current(aid)
        else:
            self._set_current(None)
            aid = None

        def job(lib: Library) -> int | None:
            from reader.library.loading import normalise_source

            src = normalise_source(source)
            found = aid if aid is not None else lib.find_saved(article.url, src)
            lib.history.record(article, source=src, article_id=found)
            return found

        def done(found: int | None) -> None:
            self.history_changed.emit()
            if aid is None and found is not None and self.window.article is article:
                self._set_current(found)  # a saved article opened again from its file or address
                self.run(lambda lib: lib.get(found), self._restore_matched, name="library-position")

        self.run(job, done, name="library-history")

    def _restore_matched(self, entry: Entry) -> None:
        article = self.window.article
        if article is not None and self.current_id == entry.id and entry.top_block > 0:
            self._restore_block(article, entry.top_block)

    def _set_current(self, article_id: int | None) -> None:
        if article_id != self.current_id:
            self.current_id = article_id
            self.current_changed.emit(article_id)

    def save_position(self) -> None:
        """Remember the block at the top of the view for the saved article on screen."""
        self._position_timer.stop()
        aid = self.current_id
        if aid is None or self.window.article is None:
            return
        top = int(self.window.view.top_block_index())
        self.run(lambda lib: lib.set_position(aid, top_block=top), name="library-position")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.save_position()
        return False

    # -- the user's data -------------------------------------------------------------------------

    def delete(self, article_ids: Iterable[int], announce: bool = True) -> None:
        ids = list(article_ids)
        titles: dict[int, str] = {}

        def done(deleted: list[int]) -> None:
            if self.current_id in deleted:
                self._set_current(None)
            self.changed.emit()
            self.queue_changed.emit()
            if not announce:
                self.window.show_message(self.tr("Removed from the library."), "info", timeout_ms=4000)
                return
            text = (
                self.tr("Deleted “{title}”.").format(title=_elide(titles.get(deleted[0], ""), 50))
                if len(deleted) == 1
                else self.tr("Deleted {n} articles.").format(n=len(deleted))
            )
            self.window.show_message(text, "info", [(self.tr("Undo"), lambda: self.undelete(deleted))], 15000)

        def job(lib: Library) -> list[int]:
            for aid in ids:
                with contextlib.suppress(ReaderError):
                    titles[aid] = lib.get(aid).title
            return lib.delete(ids)

        self.run(job, done, name="library-delete")

    def undelete(self, article_ids: list[int]) -> None:
        def done(restored: list[int]) -> None:
            self.changed.emit()
            self.queue_changed.emit()
            self.window.show_message(
                self.tr("Restored {n} article(s).").format(n=len(restored)), "info", timeout_ms=4000
            )

        self.run(lambda lib: lib.undelete(article_ids), done, name="library-undelete")

    def update(self, job: Callable[[Library], Any], *, queue: bool = False) -> None:
        """Run a small change, then refresh the panel."""

        def done(_: Any) -> None:
            self.changed.emit()
            if queue:
                self.queue_changed.emit()

        self.run(job, done, name="library-update")

    def import_folder(self, folder: str) -> None:
        from reader.library.transfer import import_folder

        def job(lib: Library) -> Any:
            return import_folder(lib, Path(folder))

        def done(report: Any) -> None:
            self.changed.emit()
            text = self.tr("Imported {n} article(s).").format(n=len(report.saved))
            if report.skipped:
                first = Path(report.skipped[0][0]).name
                text += " " + self.tr("Skipped {n} file(s), for example {name}: {reason}").format(
                    n=len(report.skipped), name=first, reason=report.skipped[0][1]
                )
            self.window.show_message(text, "warning" if report.skipped else "info")

        self.window.show_message(self.tr("Importing pages from {folder}…").format(folder=folder), "info")
        self.run(job, done, name="library-import", ordered=False)

    def export(self, article_ids: list[int], folder: str, formats: tuple[str, ...]) -> None:
        from reader.library.transfer import export_articles

        def done(files: list[Path]) -> None:
            self.window.show_message(
                self.tr("Exported {n} file(s) to {folder}.").format(n=len(files), folder=folder), "info"
            )

        self.run(lambda lib: export_articles(lib, article_ids, Path(folder), formats), done, name="export")

    def reextract(self, article_ids: list[int]) -> None:
        from reader.library.reextract import reextract

        def done(report: Any) -> None:
            self.changed.emit()
            text = self.tr("Re-extracted {n} article(s).").format(n=len(report.updated))
            if report.no_original:
                text += " " + self.tr("{n} had no saved page.").format(n=len(report.no_original))
            if report.failed:
                text += " " + self.tr("{n} kept their old text.").format(n=len(report.failed))
            self.window.show_message(text, "info")
            current = self.current_id
            if current is not None and current in report.updated:
                self.open_saved(current)

        self.run(lambda lib: reextract(lib, article_ids), done, name="library-reextract", ordered=False)


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def install(window: Any, ctx: Any) -> LibraryFeature:
    from reader.gui.library.panel import LibraryPanel
    from reader.gui.library.queue import QueuePlayer

    feature = LibraryFeature(window, ctx)
    feature.player = QueuePlayer(feature)  # type: ignore[attr-defined]
    window.features["library"] = feature
    window.claim_action("save", feature.save_current)
    panel = LibraryPanel(feature)
    feature.panel = panel  # type: ignore[attr-defined]
    title = QCoreApplication.translate("LibraryFeature", "Library")
    dock = window.add_side_panel(panel, title)
    feature.dock = dock  # type: ignore[attr-defined]
    # Hidden until asked for (the window shows only the article); remembered between sessions.
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
    toggle.setToolTip(
        QCoreApplication.translate("LibraryFeature", "Saved articles, listening queue and history")
    )
    if getattr(window, "toolbar", None) is not None:
        window.toolbar.addAction(toggle)
    listen_later = QAction(QCoreApplication.translate("LibraryFeature", "Listen Later"), window)
    listen_later.setObjectName("libraryListenLater")
    listen_later.setToolTip(
        QCoreApplication.translate("LibraryFeature", "Save this article and add it to the listening queue")
    )
    listen_later.triggered.connect(feature.queue_current)
    feature.listen_later_action = listen_later  # type: ignore[attr-defined]
    menu = window.menus.get("read") if hasattr(window, "menus") else None
    if menu is not None:
        menu.addSeparator()
        menu.addAction(listen_later)
    dock.setVisible(bool(ctx.settings.get("library_panel")))
    dock.visibilityChanged.connect(lambda _v: _remember_panel(window, ctx, dock))
    panel.refresh()
    return feature


def _remember_panel(window: Any, ctx: Any, dock: Any) -> None:
    with contextlib.suppress(RuntimeError):  # the window is already gone at shutdown
        if window.isVisible() and not window.isMinimized():  # not while the window itself closes
            ctx.settings.set("library_panel", dock.isVisible())
