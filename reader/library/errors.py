"""Library failures the user is told about. The database file is never replaced or rewritten for them."""

from __future__ import annotations

from reader.errors import ReaderError


class LibraryError(ReaderError):
    """Something about the saved-articles database; the message says what and what to do."""

    exit_code = 5
    default_code = "library"


class LibraryCorruptError(LibraryError):
    """The file is damaged or is not an article-reader library. It is left exactly as it was."""

    default_code = "library.damaged"


class LibraryTooNewError(LibraryError):
    """The library was written by a newer article-reader; opening it here could lose data."""

    default_code = "library.too_new"


class LibraryReadOnlyError(LibraryError):
    """The library can be read but not written: a read-only folder or disk, or a damaged file."""

    default_code = "library.read_only"


class LibraryBusyError(LibraryError):
    """Another window or process held the library locked for longer than we wait."""

    default_code = "library.busy"


class NotInLibraryError(LibraryError):
    """No saved article has that id."""

    default_code = "library.no_such_id"
