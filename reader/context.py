"""The app context: built once in main() and passed down; nothing in the app is a global."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.paths import AppPaths
from reader.settings import Settings

if TYPE_CHECKING:
    from reader.library import Library


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    _library: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def create(cls, basedir: str | None = None) -> AppContext:
        paths = AppPaths.default(basedir)
        paths.ensure()
        return cls(paths=paths, settings=Settings.load(paths.settings_file))

    def library(self) -> Library:
        """The saved-articles library, opened on first use (raises LibraryError if it cannot be)."""
        if self._library is None:
            from reader.library import Library

            self._library = Library(self.paths.library_db)
        lib: Library = self._library
        return lib

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
