"""The saved list of the library panel: its paged model and what it says when it has nothing to list."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from reader.gui.actions import plain_label, primary_key_text
from reader.gui.flow import flow_row
from reader.gui.i18n import translate
from reader.gui.library.delegate import ID_ROLE, AnyIndex
from reader.library import Entry

PAGE = 200  # rows fetched at a time


def _date(t: float | None) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(t)) if t else ""


class EntryModel(QAbstractListModel):
    """Saved articles, one page at a time: the view asks for more as it scrolls."""

    def __init__(self, load_more: Callable[[int], None], parent: QObject) -> None:
        super().__init__(parent)
        self.load_more = load_more  # asks for the page that starts at this row
        self.entries: list[Entry] = []
        self.total = 0
        self._fetching = False

    def reset(self, entries: list[Entry], total: int) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.total = total
        self._fetching = False
        self.endResetModel()

    def append(self, entries: list[Entry]) -> None:
        self._fetching = False
        if len(entries) < PAGE:
            self.total = len(self.entries) + len(entries)
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self.entries) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.load_more(len(self.entries))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            flags = ("★ " if e.favourite else "") + ("" if e.read else "● ")
            meta = " · ".join(p for p in (e.site, _date(e.added_at), _minutes(e)) if p)
            return f"{flags}{e.title}\n{meta}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = ", ".join(e.tags)
            return "\n".join(p for p in (e.title, e.excerpt, tags) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = translate("Library", "read") if e.read else translate("Library", "unread")
            return f"{e.title}, {e.site}, {state}"
        if role == Qt.ItemDataRole.FontRole and not e.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return e.id
        return None


def _minutes(e: Entry) -> str:
    if not e.chars:
        return ""
    per_minute = 500 if e.lang in ("ko", "ja", "zh") else 1100  # characters read per minute
    return translate("Library", "{n} min").format(n=max(1, round(e.chars / per_minute)))


class EmptyState(QWidget):
    """What the saved list shows when it has nothing to list: why, and what to do about it."""

    def __init__(
        self, actions: Mapping[str, QAction], clear_search: Callable[[], None], show_all: Callable[[], None]
    ) -> None:
        super().__init__()
        self.setObjectName("libraryEmpty")
        self.commands = actions  # to name the Save and Listen Later commands with their keys
        self._filters: dict[str, Any] | None = None  # what it was last shown for, to word it again
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 16, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("libraryEmptyTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("libraryEmptyHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("libraryEmptyClear")
        self.clear_button.clicked.connect(clear_search)
        self.all_button = QPushButton()
        self.all_button.setObjectName("libraryEmptyShowAll")
        self.all_button.clicked.connect(show_all)
        for label in (self.title, self.hint):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            lay.addWidget(label)
        lay.addLayout(flow_row(self.clear_button, self.all_button))
        lay.addStretch(1)

    def retranslate(self) -> None:
        if self._filters is not None:
            self.show_for(self._filters)

    def show_for(self, filters: dict[str, Any]) -> None:
        self._filters = dict(filters)
        query = filters.get("query")
        narrowed = bool(filters.get("unread") or filters.get("favourites") or filters.get("tag")
                        or filters.get("site"))  # fmt: skip
        if query:
            self.title.setText(translate("Library", "Nothing found for “{query}”.").format(query=query))
            hint = translate(
                "Library",
                "The search looks in headlines and article text. Check the spelling, or try a shorter "
                "word or fewer words.",
            )
            if narrowed:
                hint += " " + translate(
                    "Library", "Only the articles the filters above let through are searched."
                )
        elif narrowed:
            self.title.setText(translate("Library", "No saved article matches these filters."))
            hint = translate("Library", "Show all articles to see the whole library.")
        else:
            self.title.setText(translate("Library", "No saved articles yet."))
            save, later = self.commands["save"], self.commands["listen_later"]
            hint = translate(
                "Library",
                "Save the article you are reading with {command} ({keys}): it is kept here and opens even "
                "without a connection. {later} saves it and adds it to the listening queue.",
            ).format(command=plain_label(save), keys=primary_key_text(save), later=plain_label(later))
        self.hint.setText(hint)
        self.clear_button.setText(translate("Library", "Clear Search"))
        self.all_button.setText(translate("Library", "Show All Articles"))
        self.clear_button.setVisible(bool(query))
        self.all_button.setVisible(narrowed)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(hint)
