"""Errors and notices the user sees, as structured values.

Each carries a stable ``code`` (dotted, e.g. ``source.not_found``), its ``params`` and one clear English
sentence. The CLI prints the sentence; the window words the code in the user's language (``tr()`` on a table
keyed by code) and falls back to the sentence only for a code it does not know yet.
"""

from __future__ import annotations

import errno as _errno
from collections.abc import Mapping
from dataclasses import dataclass, field

Param = str | int | float


@dataclass(frozen=True)
class Notice:
    """Something the user should know that is not a failure (a voice fell back, defaults are in use)."""

    code: str
    text: str
    params: Mapping[str, Param] = field(default_factory=dict)
    cause: Notice | None = None  # what led to this one ("Google is unreachable" under "fell back")

    def __str__(self) -> str:
        return self.text


class ReaderError(Exception):
    """Base for every failure we expect and explain; anything else is a bug."""

    exit_code = 1
    default_code = "error"

    def __init__(
        self, message: str, *, code: str | None = None, params: Mapping[str, Param] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.params: dict[str, Param] = dict(params or {})

    def notice(self) -> Notice:
        """The same failure as a notice value (for reporting it without raising)."""
        return Notice(self.code, self.message, self.params)


def os_reason(exc: OSError) -> dict[str, Param]:
    """An OSError's reason as parameters: the system's English ``reason`` and its ``errno`` name
    ("ENOSPC"), which the window words in the user's language."""
    return {"reason": exc.strerror or str(exc), **_errno_param(exc.errno)}


class SourceError(ReaderError):
    """The source could not be read: missing file, bad URL scheme, network failure, HTTP error."""

    default_code = "source"
    exit_code = 2


class UnsupportedContentError(SourceError):
    """The source is not a web page (PDF, image, binary)."""

    default_code = "source.unsupported"


class TooLargeError(SourceError):
    """The page is over the size cap."""

    default_code = "source.too_large"


class NoArticleError(ReaderError):
    """The page has no article. ``fallback`` holds the page's visible text, offered instead."""

    default_code = "article.none"
    exit_code = 3

    def __init__(
        self,
        message: str,
        fallback: object | None = None,
        *,
        code: str | None = None,
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.fallback = fallback


class OutputError(ReaderError):
    """An output file could not be written."""

    default_code = "output"
    exit_code = 4


class WriteError(OutputError, OSError):
    """A file could not be written, or was refused (a device, a FIFO, a folder at the path).

    Also an OSError, so code that guards a write with ``except OSError`` keeps working; ``strerror``
    holds the reason alone ("it is a device, not a file") and ``message`` the whole sentence.
    """

    default_code = "output.failed"

    def __init__(
        self,
        path: object,
        reason: str,
        *,
        code: str | None = None,
        params: Mapping[str, Param] | None = None,
        err: int | None = None,
    ) -> None:
        super().__init__(
            f"cannot write {path}: {reason}",
            code=code,
            params={"path": str(path), "reason": reason, **_errno_param(err), **(params or {})},
        )
        self.path = str(path)
        self.strerror = reason
        self.errno = err


def _errno_param(err: int | None) -> dict[str, Param]:
    name = _errno.errorcode.get(err or 0, "")
    return {"errno": name} if name else {}


class Cancelled(ReaderError):
    """The user cancelled a slow load; not a failure to report as an error."""

    default_code = "cancelled"
    exit_code = 130
