"""The library in the window: Save (Ctrl+S), Listen Later, and what the panel and the queue share.

Every library call runs through ``window.library`` (reader.gui.jobs), off the UI thread and in
order (the database may be busy with another window, or large); its result comes back on the main
thread. History and reading places are the window's own (reader.gui.reading); this feature shows
them. It registers itself as ``window.features.library``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from reader.articles.model import Article
from reader.errors import ReaderError
from reader.gui.api import MessageAction, ReaderWindow
from reader.gui.i18n import translate
from reader.gui.jobs import Job, OnResult
from reader.gui.wording import word
from reader.library import Entry, Library

if TYPE_CHECKING:
    from reader.library.reextract import ReextractReport
    from reader.library.transfer import ImportReport

log = logging.getLogger(__name__)


class LibraryFeature(QObject):
    """The window's side of the library; the panel and the queue player talk to it."""

    changed = Signal()  # saved articles added, removed or changed
    queue_changed = Signal()
    history_changed = Signal()
    current_changed = Signal(object)  # id of the saved article on screen, or None

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.widget)
        self.window = window
        self.current_id: int | None = None
        # the parts install() puts together (library.panel and library.queue import this module)
        self.dock: QDockWidget | None = None
        self.panel: QWidget | None = None
        self.player: QObject | None = None
        self._opening: tuple[Article, Entry] | None = None  # set while a saved article is put on screen
        window.article_changed.connect(self._article_changed)
        window.reading.history_changed.connect(self.history_changed.emit)

    def run(
        self, job: Job, on_result: OnResult | None = None, name: str = "library", *, ordered: bool = True
    ) -> None:
        """``job(library)`` through the window's library jobs (see reader.gui.jobs.LibraryJobs.run)."""
        self.window.library.run(job, on_result, name, ordered=ordered)

    # -- saving ------------------------------------------------------------------------------------

    def save_current(self) -> None:
        article = self.window.article
        if article is None:
            self.window.show_message(
                lambda: translate("Library", "There is no article to save yet."), "info", timeout_ms=4000
            )
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
            title = _elide(article.title, 60)

            def text() -> str:
                if existed:
                    saved = translate("Library", "Updated the saved copy of “{title}”.")
                elif has_original:
                    saved = translate(
                        "Library", "Saved “{title}” to the library; it opens offline from now on."
                    )
                else:
                    saved = translate(
                        "Library", "Saved “{title}” to the library (the original page could not be kept)."
                    )
                return saved.format(title=title)

            actions: list[MessageAction] = (
                []
                if existed
                else [(lambda: translate("Library", "Undo"), lambda: self.delete([aid], announce=False))]
            )
            dock = self.dock
            if dock is not None and not dock.isVisible():
                actions.append((lambda: translate("Library", "Show Library"), dock.show))
            self.window.show_message(text, "info", actions, timeout_ms=8000)

        self.run(job, done, name="library-save")

    def queue_current(self) -> None:
        """Listen later: save the article on screen if it is not saved yet, and queue it."""
        article = self.window.article
        if article is None:
            self.window.show_message(
                lambda: translate("Library", "There is no article to save yet."), "info", timeout_ms=4000
            )
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
            title = _elide(article.title, 60)
            self.window.show_message(
                lambda: translate("Library", "Added “{title}” to the listening queue.").format(title=title),
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
        """Put a saved article on screen; the window's reading state scrolls back to its place."""
        self._opening = (article, entry)
        try:
            self.window.show_article(article, entry.source or entry.url)
        finally:
            self._opening = None

    def _article_changed(self, article: Article | None) -> None:
        if article is None:
            self._set_current(None)
            return
        if self._opening is not None and self._opening[0] is article:
            self._set_current(self._opening[1].id)
            return
        self._set_current(None)
        source = self.window.source

        def job(lib: Library) -> int | None:
            from reader.library.loading import normalise_source

            return lib.find_saved(article.url, normalise_source(source))

        def done(found: int | None) -> None:
            if found is not None and self.window.article is article:
                self._set_current(found)  # a saved article opened again from its file or address

        self.run(job, done, name="library-current")

    def _set_current(self, article_id: int | None) -> None:
        if article_id != self.current_id:
            self.current_id = article_id
            self.current_changed.emit(article_id)

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
                self.window.show_message(
                    lambda: translate("Library", "Removed from the library."), "info", timeout_ms=4000
                )
                return
            title = _elide(titles.get(deleted[0], ""), 50) if deleted else ""

            def text() -> str:
                if len(deleted) == 1:
                    return translate("Library", "Deleted “{title}”.").format(title=title)
                return translate("Library", "Deleted {n} articles.").format(n=len(deleted))

            undo: list[MessageAction] = [
                (lambda: translate("Library", "Undo"), lambda: self.undelete(deleted))
            ]
            self.window.show_message(text, "info", undo, 15000)

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
                lambda: translate("Library", "Restored {n} article(s).").format(n=len(restored)),
                "info",
                timeout_ms=4000,
            )

        self.run(lambda lib: lib.undelete(article_ids), done, name="library-undelete")

    def update(self, job: Job, *, queue: bool = False) -> None:
        """Run a small change, then refresh the panel."""

        def done(_: object) -> None:
            self.changed.emit()
            if queue:
                self.queue_changed.emit()

        self.run(job, done, name="library-update")

    def import_folder(self, folder: str) -> None:
        from reader.library.transfer import import_folder

        def job(lib: Library) -> ImportReport:
            return import_folder(lib, Path(folder))

        def done(report: ImportReport) -> None:
            self.changed.emit()

            def text() -> str:
                said = translate("Library", "Imported {n} article(s).").format(n=len(report.saved))
                if report.skipped:
                    first = Path(report.skipped[0][0]).name
                    reason = word(report.errors[0]) if report.errors else report.skipped[0][1]
                    said += " " + translate(
                        "Library", "Skipped {n} file(s), for example {name}: {reason}"
                    ).format(n=len(report.skipped), name=first, reason=reason)
                return said

            self.window.show_message(text, "warning" if report.skipped else "info")

        self.window.show_message(
            lambda: translate("Library", "Importing pages from {folder}…").format(folder=folder), "info"
        )
        self.run(job, done, name="library-import", ordered=False)

    def export(self, article_ids: list[int], folder: str, formats: tuple[str, ...]) -> None:
        from reader.library.transfer import export_articles

        def done(files: list[Path]) -> None:
            self.window.show_message(
                lambda: translate("Library", "Exported {n} file(s) to {folder}.").format(
                    n=len(files), folder=folder
                ),
                "info",
            )

        self.run(lambda lib: export_articles(lib, article_ids, Path(folder), formats), done, name="export")

    def reextract(self, article_ids: list[int]) -> None:
        from reader.library.reextract import reextract

        def done(report: ReextractReport) -> None:
            self.changed.emit()

            def text() -> str:
                said = translate("Library", "Re-extracted {n} article(s).").format(n=len(report.updated))
                if report.no_original:
                    said += " " + translate("Library", "{n} had no saved page.").format(
                        n=len(report.no_original)
                    )
                if report.failed:
                    said += " " + translate("Library", "{n} kept their old text.").format(
                        n=len(report.failed)
                    )
                return said

            self.window.show_message(text, "info")
            current = self.current_id
            if current is not None and current in report.updated:
                self.open_saved(current)

        self.run(lambda lib: reextract(lib, article_ids), done, name="library-reextract", ordered=False)


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
