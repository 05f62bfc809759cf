"""Saved articles: an offline library in SQLite with search, history, positions and a listening queue.

Qt-free. Open it with :class:`Library` (or ``AppContext.library()``); the window runs its calls on
the task helper, the CLI calls it directly.
"""

from __future__ import annotations

from reader.library.errors import (
    LibraryBusyError,
    LibraryCorruptError,
    LibraryError,
    LibraryTooNewError,
    NotInLibraryError,
)
from reader.library.records import Entry, HistoryEntry
from reader.library.store import SORTS, Library, SaveItem

__all__ = [
    "SORTS",
    "Entry",
    "HistoryEntry",
    "Library",
    "LibraryBusyError",
    "LibraryCorruptError",
    "LibraryError",
    "LibraryTooNewError",
    "NotInLibraryError",
    "SaveItem",
]
