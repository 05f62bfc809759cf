"""The Open Recent menu: the latest files and addresses in the library's history, newest first.

History is the one record of what was opened (reader.library.history); this menu is a query of
it, refreshed whenever an opening is recorded, so it survives restarts and is shared with every
window. The bundled samples are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from reader.gui.i18n import translate
from reader.gui.jobs import LibraryJobs
from reader.gui.window.opening import elide

if TYPE_CHECKING:
    from reader.library.records import HistoryEntry

RECENT_MAX = 15


class RecentMenu(QObject):
    cleared = Signal()

    def __init__(self, menu: QMenu, jobs: LibraryJobs, open_source: Callable[[str], object]) -> None:
        super().__init__(menu)
        self.menu = menu
        self.jobs = jobs
        self.open_source = open_source
        self.items: list[tuple[str, str]] = []  # (source, title), as last read from history
        menu.aboutToShow.connect(self.fill)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the list again from history (on a worker); the menu shows it from then on."""

        def done(entries: list[HistoryEntry]) -> None:
            self.items = [(e.source or e.url or "", e.title) for e in entries if not _is_sample(e.source)]
            self.items = [(s, t) for s, t in self.items if s][:RECENT_MAX]
            if then is not None:
                then()

        self.jobs.run(lambda lib: lib.history.recent(RECENT_MAX + 2), done, name="recent")

    def fill(self) -> None:
        menu = self.menu
        menu.clear()
        for source, title in self.items:
            act = menu.addAction(elide(title or source, 70))
            act.setToolTip(source)
            act.setStatusTip(source)
            act.triggered.connect(lambda _=False, s=source: self.open_source(s))
        if not self.items:
            empty = menu.addAction(translate("Window", "No recent articles"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(translate("Window", "Clear Recent"))
            clear.setToolTip(translate("Window", "Forget the articles opened (the history in the library)"))
            clear.triggered.connect(self.clear)

    def clear(self) -> None:
        self.items = []
        self.jobs.run(lambda lib: lib.history.clear(), lambda _r: self.cleared.emit(), name="recent-clear")


def _is_sample(source: str | None) -> bool:
    from reader.paths import resource_path

    if not source:
        return False
    try:
        return Path(source).resolve().parent == resource_path("samples").resolve()
    except OSError:
        return False
