"""Errors the user sees. Each carries one clear sentence; the CLI prints it, the window shows it."""

from __future__ import annotations


class ReaderError(Exception):
    """Base for every failure we expect and explain; anything else is a bug."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SourceError(ReaderError):
    """The source could not be read: missing file, bad URL scheme, network failure, HTTP error."""

    exit_code = 2


class UnsupportedContentError(SourceError):
    """The source is not a web page (PDF, image, binary)."""


class TooLargeError(SourceError):
    """The page is over the size cap."""


class NoArticleError(ReaderError):
    """The page has no article. ``fallback`` holds the page's visible text, offered instead."""

    exit_code = 3

    def __init__(self, message: str, fallback: object | None = None) -> None:
        super().__init__(message)
        self.fallback = fallback


class OutputError(ReaderError):
    """An output file could not be written."""

    exit_code = 4


class Cancelled(ReaderError):
    """The user cancelled a slow load; not a failure to report as an error."""

    exit_code = 130
