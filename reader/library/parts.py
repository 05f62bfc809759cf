"""What the library's history, queue and reading places use of the library itself.

:class:`~reader.library.store.Library` builds them and hands itself in; typing them against this
protocol instead of the class keeps the store and its parts from importing each other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Protocol

from reader.articles.model import Article
from reader.library.records import Entry


class LibraryCore(Protocol):
    def reading(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def writing(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def find_saved(self, url: str | None, source: str | None) -> int | None: ...

    def get(self, article_id: int) -> Entry: ...

    def article(self, article_id: int) -> Article: ...

    def save(
        self,
        article: Article,
        original: bytes | None = None,
        *,
        original_kind: str = "html",
        source: str | None = None,
        tags: Iterable[str] = (),
        now: float | None = None,
    ) -> int: ...

    def _require(self, conn: sqlite3.Connection, article_id: int) -> None: ...
