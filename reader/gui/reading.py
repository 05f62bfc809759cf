"""The window's one home for reading state: every article opened goes into history, and the place
in it (the block at the top of the view, the last sentence heard) is kept in the library database.

Opening an article records it and looks its place up; the place comes back as ``place_found`` and
the page scrolls back to its top block unless something moved it meanwhile. Scrolling is noted a
moment after it stops; read-aloud notes the sentence it reached. All of it runs through the
window's :class:`~reader.gui.jobs.LibraryJobs`, in order, so what was written is what is read back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.articles.model import Article
from reader.gui.jobs import LibraryJobs
from reader.gui.view.article_view import ArticleView

if TYPE_CHECKING:  # the library loads on a worker, after the first paint
    from reader.library import Library
    from reader.library.places import Place

log = logging.getLogger(__name__)

SCROLL_SAVE_DELAY_MS = 1500
REMEMBERED_SOURCES = 16


class ReadingState(QObject):
    place_found = Signal(object, object)  # article, Place (after it opened; Place() when there is none)
    history_changed = Signal()  # an opening was recorded

    def __init__(self, view: ArticleView, jobs: LibraryJobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.jobs = jobs
        self._sources: list[tuple[Article, str | None]] = []  # newest first; by identity
        self._article: Article | None = None
        self._top = -1
        self._saved_top = -1
        self._moved = False  # scrolled since ``_top`` was measured
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCROLL_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_top)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- what the window tells it --------------------------------------------------------------

    def article_leaving(self) -> None:
        """Another article is about to replace the one on screen: note where this one was left."""
        self._measure()
        self.save_top()

    def article_shown(self, article: Article, source: str | None) -> None:
        """A new article is on screen: record it and look up its place."""
        if article is self._article:
            return
        self.save_top()
        self._article = article
        self._top = self._saved_top = -1
        self._moved = False
        self._sources = [(article, source), *[p for p in self._sources if p[0] is not article]]
        del self._sources[REMEMBERED_SOURCES:]

        def job(lib: Library) -> Place:
            from reader.library.loading import normalise_source
            from reader.library.places import Place

            src = normalise_source(source)
            found = lib.find_saved(article.url, src)
            lib.history.record(article, source=src, article_id=found)
            return lib.places.get(article, src) or Place()

        self.jobs.run(
            job,
            lambda place: self._found(article, place),
            name="reading-open",
        )

    def window_closing(self) -> None:
        self._measure()
        self.save_top()

    # -- places --------------------------------------------------------------------------------

    def source_of(self, article: Article) -> str | None:
        return next((s for a, s in self._sources if a is article), None)

    def remember_sentence(self, article: Article, sentence: int) -> None:
        """Read-aloud reached ``sentence`` (0: heard to the end, the next listen starts at the top)."""
        source = self.source_of(article)
        if article is self._article:
            self._measure()
        top = self._top if article is self._article and self._top >= 0 else None
        self.jobs.run(
            lambda lib: lib.places.remember(article, _normalised(source), sentence=sentence, top_block=top),
            name="reading-sentence",
        )

    def save_top(self) -> None:
        """Write the block at the top of the view, if it moved since it was last written."""
        self._timer.stop()
        self._measure()
        article, top = self._article, self._top
        if article is None or top < 0 or top == self._saved_top:
            return
        self._saved_top = top
        source = self.source_of(article)
        self.jobs.run(
            lambda lib: lib.places.remember(article, _normalised(source), top_block=top), name="reading-top"
        )

    def _scrolled(self, _value: int) -> None:
        # Only noted here: finding the top block costs layout queries, and a text-size step or a
        # resize scrolls many times; it is measured when it is written.
        if self.view.article is self._article and self._article is not None:
            self._moved = True
            self._timer.start()

    def _measure(self) -> None:
        if self._moved and self._article is not None and self.view.article is self._article:
            self._top = self.view.top_block_index()
        self._moved = False

    def _found(self, article: Article, place: Place) -> None:
        self.history_changed.emit()
        if article is not self._article:
            return  # the reader moved on before the lookup came back
        if self._saved_top < 0:
            self._saved_top = place.top_block
        shown = self.view.article is article
        if shown and place.top_block > 0 and self.view.verticalScrollBar().value() == 0:
            self.view.scroll_to_block(place.top_block)  # unless the reader or read-aloud moved it
        if shown:
            self._top = self.view.top_block_index()
            self._moved = False
        self.place_found.emit(article, place)


def _normalised(source: str | None) -> str | None:
    from reader.library.loading import normalise_source

    return normalise_source(source)
