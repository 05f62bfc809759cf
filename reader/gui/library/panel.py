"""The library side panel: saved articles (search, filter, sort), the listening queue, history."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.articles.model import Article
from reader.gui import folders
from reader.gui.flow import flow_row
from reader.gui.i18n import QT_TRANSLATE_NOOP, plurals, translate
from reader.gui.library.delegate import ID_ROLE, SAVED_ID_ROLE, TwoLineDelegate
from reader.gui.library.feature import LibraryFeature
from reader.gui.library.queue import QueuePlayer, QueueWidget
from reader.gui.library.saved_list import PAGE, EmptyState, EntryModel
from reader.library import Entry, HistoryEntry, Library

log = logging.getLogger(__name__)

COUNT_CAP = 1000  # filtered counts stop here ("1,000+"): counting further costs more than it tells
SEARCH_DELAY_MS = 250


_Counts = list[tuple[str, int]]
_ListResult = tuple[int, list[Entry], _Counts | None, _Counts | None]  # total, page, tags, sites


SHOW_LABELS = {
    "all": QT_TRANSLATE_NOOP("Library", "All"),
    "unread": QT_TRANSLATE_NOOP("Library", "Unread"),
    "favourites": QT_TRANSLATE_NOOP("Library", "Favourites"),
}
SORT_LABELS = {
    "added": QT_TRANSLATE_NOOP("Library", "Newest first"),
    "opened": QT_TRANSLATE_NOOP("Library", "Recently opened"),
    "title": QT_TRANSLATE_NOOP("Library", "Title"),
    "site": QT_TRANSLATE_NOOP("Library", "Site"),
    "relevance": QT_TRANSLATE_NOOP("Library", "Best match"),
}


def _narrow(combo: QComboBox) -> None:
    """A combo that can be as narrow as a few characters (long names are cut, whole in the list)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class LibraryPanel(QWidget):
    def __init__(self, feature: LibraryFeature, player: QueuePlayer) -> None:
        super().__init__()
        self.setObjectName("libraryPanel")
        self.feature = feature
        self._generation = 0
        self._filters: dict[str, Any] = {}

        self.tabs = QTabWidget(self)
        # in a narrow panel the tab names shorten ("Listening q…") rather than scroll out of sight
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.tabs)

        # saved articles
        saved = QWidget()
        v = QVBoxLayout(saved)
        v.setContentsMargins(2, 2, 2, 2)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        v.addWidget(self.search)
        row = QHBoxLayout()
        self.show_combo = QComboBox()
        for key in SHOW_LABELS:
            self.show_combo.addItem("", key)
        self.sort_combo = QComboBox()
        for key in SORT_LABELS:
            self.sort_combo.addItem("", key)
        row.addWidget(self.show_combo)
        row.addWidget(self.sort_combo)
        v.addLayout(row)
        row = QHBoxLayout()
        self.tag_combo = QComboBox()
        self.site_combo = QComboBox()
        row.addWidget(self.tag_combo)
        row.addWidget(self.site_combo)
        v.addLayout(row)
        for combo in (self.show_combo, self.sort_combo, self.tag_combo, self.site_combo):
            _narrow(combo)
        self._fill_combo(self.tag_combo, "", [])
        self._fill_combo(self.site_combo, "", [])
        self._count: tuple[int, bool] | None = None  # the count shown, and whether it counts a search
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        v.addWidget(self.count_label)
        self.model = EntryModel(self.load_more, self)
        self.list = QListView()
        self.list.setObjectName("libraryList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.list.mapToGlobal(pos))
        )
        self.list.activated.connect(lambda idx: self.feature.open_saved(int(idx.data(ID_ROLE))))
        self.empty = EmptyState(feature.window.actions, self.clear_search, self.show_everything)
        self.results = QStackedWidget()
        self.results.setObjectName("libraryResults")
        self.results.addWidget(self.list)
        self.results.addWidget(self.empty)
        v.addWidget(self.results, 1)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.queue_button = QPushButton()
        self.queue_button.clicked.connect(self.queue_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        v.addLayout(flow_row(self.open_button, self.queue_button, self.delete_button, self.more_button))
        self.tabs.addTab(saved, "")

        self.queue = QueueWidget(feature, player)
        self.tabs.addTab(self.queue, "")

        # history
        hist = QWidget()
        hv = QVBoxLayout(hist)
        hv.setContentsMargins(2, 2, 2, 2)
        self.history = QListWidget()
        self.history.setObjectName("libraryHistory")
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setItemDelegate(TwoLineDelegate(self.history))
        self.history.itemActivated.connect(self._open_history)
        hv.addWidget(self.history, 1)
        self.history_save = QPushButton()
        self.history_save.clicked.connect(self._save_history)
        self.history_clear = QPushButton()
        self.history_clear.clicked.connect(self._clear_history)
        hv.addLayout(flow_row(self.history_save, self.history_clear))
        self.tabs.addTab(hist, "")
        self.retranslate()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.refresh)
        for combo in (self.show_combo, self.sort_combo, self.tag_combo, self.site_combo):
            combo.activated.connect(lambda _i: self.refresh())
        feature.changed.connect(lambda: self.refresh(lists=True))
        feature.history_changed.connect(self.refresh_history)
        self.tabs.currentChanged.connect(self._tab_changed)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),):
            sc = QShortcut(QKeySequence(keys), self.list)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.refresh_history()

    # -- words ---------------------------------------------------------------------------------

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        """Every word of the panel in the interface language (at start and after a switch)."""
        self.search.setPlaceholderText(translate("Library", "Search headlines and text"))
        self.search.setAccessibleName(translate("Library", "Search saved articles"))
        for combo, labels in ((self.show_combo, SHOW_LABELS), (self.sort_combo, SORT_LABELS)):
            for i in range(combo.count()):
                combo.setItemText(i, translate("Library", labels[str(combo.itemData(i))]))
        self.show_combo.setAccessibleName(translate("Library", "Show"))
        self.sort_combo.setAccessibleName(translate("Library", "Sort by"))
        self.tag_combo.setAccessibleName(translate("Library", "Tag"))
        self.site_combo.setAccessibleName(translate("Library", "Site"))
        self.tag_combo.setItemText(0, translate("Library", "All tags"))
        self.site_combo.setItemText(0, translate("Library", "All sites"))
        self.list.setAccessibleName(translate("Library", "Saved articles"))
        self.open_button.setText(translate("Library", "Open"))
        self.queue_button.setText(translate("Library", "Listen later"))
        self.queue_button.setToolTip(translate("Library", "Add to the listening queue"))
        self.delete_button.setText(translate("Library", "Delete"))
        self.more_button.setText(translate("Library", "More"))
        self.more_button.setToolTip(translate("Library", "More for the selected articles"))
        self._fill_menu(self.more_menu)
        # the names also as tooltips: in a narrow panel a tab's name may be shortened ("Listening q…")
        for i, name in enumerate((translate("Library", "Saved"), translate("Library", "Listening queue"),
                                  translate("Library", "History"))):  # fmt: skip
            self.tabs.setTabText(i, name)
            self.tabs.setTabToolTip(i, name)
        self.history.setAccessibleName(translate("Library", "Articles opened"))
        self.history_save.setText(translate("Library", "Save to library"))
        self.history_clear.setText(translate("Library", "Clear history"))
        self._show_count()
        self.empty.retranslate()
        if self.model.entries:  # the rows' reading time and state are worded when painted
            last = self.model.index(len(self.model.entries) - 1)
            self.model.dataChanged.emit(self.model.index(0), last)

    def _show_count(self) -> None:
        if self._count is None:
            self.count_label.setText("")
            return
        total, searching = self._count
        n = f"{COUNT_CAP:,}+" if total > COUNT_CAP else f"{total:,}"
        if searching:
            self.count_label.setText(translate("Library", "{n} found").format(n=n))
        elif total > COUNT_CAP:
            self.count_label.setText(translate("Library", "{n} articles").format(n=n))
        else:  # the plural form; the figure keeps its thousands separator
            self.count_label.setText(plurals().articles(total).replace(str(total), n, 1))

    # -- the saved list ------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        searching = bool(text.strip())
        relevance = self.sort_combo.findData("relevance")
        if searching and self.sort_combo.currentData() == "added":
            self.sort_combo.setCurrentIndex(relevance)
        if not searching and self.sort_combo.currentData() == "relevance":
            self.sort_combo.setCurrentIndex(self.sort_combo.findData("added"))
        self._search_timer.start()

    def current_filters(self) -> dict[str, Any]:
        show = self.show_combo.currentData()
        return {
            "query": self.search.text().strip() or None,
            "sort": self.sort_combo.currentData(),
            "unread": show == "unread",
            "favourites": show == "favourites",
            "tag": self.tag_combo.currentData() or None,
            "site": self.site_combo.currentData() or None,
        }

    def refresh(self, *, lists: bool = False) -> None:
        """Reload the first page with the current search, filters and sort (on a worker).

        ``lists`` also reloads the tag and site choices (after the library itself changed).
        """
        self._search_timer.stop()
        self._generation += 1
        gen = self._generation
        filters = self.current_filters()
        self._filters = filters
        with_lists = lists or self.tag_combo.count() <= 1

        def job(lib: Library) -> _ListResult:
            count_filters = {k: v for k, v in filters.items() if k != "sort"}
            total = lib.count(cap=COUNT_CAP, **count_filters)
            entries = lib.entries(limit=PAGE, **filters)
            return total, entries, lib.tags() if with_lists else None, lib.sites() if with_lists else None

        def done(result: _ListResult) -> None:
            if gen != self._generation:
                return  # a newer search is on its way
            total, entries, tags, sites = result
            self.model.reset(entries, min(total, COUNT_CAP) if total > COUNT_CAP else total)
            if total > COUNT_CAP:
                self.model.total = 1 << 30  # keep paging until a short page says it is the end
            if tags is not None:
                self._fill_combo(self.tag_combo, translate("Library", "All tags"), tags)
            if sites is not None:
                self._fill_combo(self.site_combo, translate("Library", "All sites"), sites)
            self._count = (total, bool(filters["query"]))
            self._show_count()
            if total == 0:
                self.empty.show_for(filters)
                self.results.setCurrentWidget(self.empty)
            else:
                self.results.setCurrentWidget(self.list)

        self.feature.run(job, done, name="library-list")

    def clear_search(self) -> None:
        self.search.clear()
        self.refresh()
        self.search.setFocus()

    def show_everything(self) -> None:
        """Drop every filter (and the search): the whole library."""
        for combo in (self.show_combo, self.tag_combo, self.site_combo):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.refresh()

    def load_more(self, offset: int) -> None:
        gen = self._generation
        filters = self._filters

        def done(entries: list[Entry]) -> None:
            if gen == self._generation:
                self.model.append(entries)

        self.feature.run(
            lambda lib: lib.entries(limit=PAGE, offset=offset, **filters), done, name="library-more"
        )

    def _fill_combo(self, combo: QComboBox, all_label: str, items: list[tuple[str, int]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, "")
        for name, n in items:
            combo.addItem(f"{name} ({n})", name)
        i = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        ids = [self.model.entries[r].id for r in rows if r < len(self.model.entries)]
        if not ids and self.list.currentIndex().isValid():
            ids = [int(self.list.currentIndex().data(ID_ROLE))]
        return ids

    def selected_entries(self) -> list[Entry]:
        wanted = set(self.selected_ids())
        return [e for e in self.model.entries if e.id in wanted]

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.feature.open_saved(ids[0])

    def queue_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def done(added: list[int]) -> None:
            self.feature.queue_changed.emit()
            self.feature.window.show_message(
                lambda: translate("Library", "Added {n} article(s) to the listening queue.").format(
                    n=len(added)
                ),
                "info",
                timeout_ms=4000,
            )

        self.feature.run(lambda lib: lib.queue.add(ids), done, name="library-queue")

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.feature.delete(ids)

    def _set_flag(self, what: str, value: bool) -> None:
        ids = self.selected_ids()

        def job(lib: Library) -> None:
            for aid in ids:
                (lib.set_read if what == "read" else lib.set_favourite)(aid, value)

        self.feature.update(job)

    def _menu(self) -> QMenu:
        return self._fill_menu(QMenu(self))

    def _context_menu(self, where: QPoint) -> None:
        menu = self._menu()
        menu.exec(where)
        menu.deleteLater()  # made in the current language each time, never kept

    def _fill_menu(self, menu: QMenu) -> QMenu:
        menu.clear()
        menu.addAction(translate("Library", "&Open"), self.open_selected)
        menu.addAction(translate("Library", "Add to Listening &Queue"), self.queue_selected)
        menu.addSeparator()
        menu.addAction(translate("Library", "Mark as &Read"), lambda: self._set_flag("read", True))
        menu.addAction(translate("Library", "Mark as &Unread"), lambda: self._set_flag("read", False))
        menu.addAction(translate("Library", "Add to &Favourites"), lambda: self._set_flag("favourite", True))
        menu.addAction(
            translate("Library", "Remove from Fa&vourites"), lambda: self._set_flag("favourite", False)
        )
        menu.addAction(translate("Library", "&Tags…"), self.edit_tags)
        menu.addSeparator()
        menu.addAction(translate("Library", "&Export as HTML and Markdown…"), self.export_selected)
        menu.addAction(translate("Library", "Extract &Again from the Saved Page"), self._reextract_selected)
        menu.addAction(translate("Library", "&Import a Folder of Saved Pages…"), self.import_dialog)
        menu.addSeparator()
        menu.addAction(translate("Library", "&Delete"), self.delete_selected)
        return menu

    def edit_tags(self) -> QInputDialog | None:
        entries = self.selected_entries()
        if not entries:
            return None
        dlg = QInputDialog(self)
        dlg.setObjectName("libraryTagsDialog")
        dlg.setWindowTitle(translate("Library", "Tags"))
        dlg.setLabelText(translate("Library", "Tags, separated by commas:"))
        dlg.setTextValue(", ".join(entries[0].tags))
        ids = [e.id for e in entries]

        def apply(text: str) -> None:
            tags = [t for t in (x.strip() for x in text.split(",")) if t]

            def job(lib: Library) -> None:
                for aid in ids:
                    lib.set_tags(aid, tags)

            self.feature.update(job)

        dlg.textValueSelected.connect(apply)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def export_selected(self) -> QFileDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dlg = QFileDialog(self, translate("Library", "Export to folder"))
        dlg.setObjectName("libraryExportDialog")
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        state = self.feature.window.ctx.state()
        dlg.setDirectory(folders.start_folder(state, "export"))
        dlg.fileSelected.connect(lambda folder: folders.remember(state, "export", folder))
        dlg.fileSelected.connect(lambda folder: self.feature.export(ids, folder, ("html", "markdown")))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def import_dialog(self) -> QFileDialog:
        dlg = QFileDialog(self, translate("Library", "Import saved pages from a folder"))
        dlg.setObjectName("libraryImportDialog")
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        state = self.feature.window.ctx.state()
        dlg.setDirectory(folders.start_folder(state, "open"))
        dlg.fileSelected.connect(lambda folder: folders.remember(state, "open", folder))
        dlg.fileSelected.connect(self.feature.import_folder)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def _reextract_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.feature.reextract(ids)

    # -- history --------------------------------------------------------------------------------

    def refresh_history(self) -> None:
        def done(items: list[HistoryEntry]) -> None:
            self.history.clear()
            for h in items:
                saved = "" if h.article_id is None else "✓ "
                when = time.strftime("%m-%d %H:%M", time.localtime(h.opened_at))
                item = QListWidgetItem(f"{saved}{h.title}\n{h.site or h.url or h.source or ''} · {when}")
                item.setData(ID_ROLE, h.id)
                item.setData(SAVED_ID_ROLE, h.article_id)
                item.setToolTip(h.url or h.source or h.title)
                self.history.addItem(item)

        self.feature.run(lambda lib: lib.history.entries(limit=300), done, name="library-history-list")

    def _history_id(self) -> tuple[int, int | None] | None:
        item = self.history.currentItem()
        if item is None:
            return None
        return int(item.data(ID_ROLE)), item.data(SAVED_ID_ROLE)

    def _open_history(self, _item: QListWidgetItem | None = None) -> None:
        sel = self._history_id()
        if sel is None:
            return
        hid, aid = sel
        if aid is not None:
            self.feature.open_saved(int(aid))
            return

        def done(article: Article | None) -> None:
            if article is None:
                self.feature.window.show_message(
                    lambda: translate("Library", "This history entry has no copy to show."), "warning"
                )
            else:
                self.feature.window.show_article(article)

        self.feature.run(lambda lib: lib.history.article(hid), done, name="library-history-open")

    def _save_history(self) -> None:
        sel = self._history_id()
        if sel is None:
            return
        hid, aid = sel
        if aid is not None:
            self.feature.window.show_message(
                lambda: translate("Library", "That article is already saved."), "info", timeout_ms=4000
            )
            return

        def done(_aid: int) -> None:
            self.feature.changed.emit()
            self.refresh_history()
            self.feature.window.show_message(
                lambda: translate("Library", "Saved to the library."), "info", timeout_ms=4000
            )

        self.feature.run(lambda lib: lib.history.save(hid), done, name="library-history-save")

    def _clear_history(self) -> None:
        self.feature.run(
            lambda lib: lib.history.clear(), lambda _r: self.refresh_history(), name="history-clear"
        )

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.queue:
            self.queue.refresh()
