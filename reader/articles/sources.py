"""What the user typed -> which kind of source it is: a file, a web address, or standard input.

Only http and https are fetched. file: URLs (what a drag-and-drop or a browser's address bar gives)
become local paths. Anything else (javascript:, data:, ftp:, mailto:, ...) is refused with a
sentence that says what is accepted.
"""

from __future__ import annotations

import os
import re
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reader.errors import SourceError

SourceKind = Literal["file", "url", "stdin"]

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_WINDOWS_DRIVE_RE = re.compile(r"^[A-Za-z]:[\\/]")
_SCHEME_NAMES = {
    "javascript": "a script",
    "data": "inline data",
    "ftp": "an FTP address",
    "ftps": "an FTP address",
    "mailto": "an e-mail address",
    "about": "a browser page",
    "chrome": "a browser page",
    "view-source": "a browser view",
    "blob": "browser memory",
    "ws": "a WebSocket address",
    "wss": "a WebSocket address",
    "tel": "a phone number",
}


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    value: str  # the URL, the path, or "-"

    @property
    def label(self) -> str:
        return "standard input" if self.kind == "stdin" else self.value


def parse_source(source: str | os.PathLike[str]) -> Source:
    """Classify ``source``; raise SourceError for addresses this program does not open."""
    if isinstance(source, os.PathLike):
        return Source("file", os.fspath(source))
    text = source.strip()
    if not text:
        raise SourceError(
            "no source given: name a file, an http(s) address, or - for standard input", code="source.none"
        )
    if text == "-":
        return Source("stdin", "-")
    if _WINDOWS_DRIVE_RE.match(text) or (sys.platform == "win32" and re.match(r"^[A-Za-z]:", text)):
        return Source("file", text)
    m = _SCHEME_RE.match(text)
    if m is None or Path(text).exists():
        return Source("file", source if isinstance(source, str) else text)
    scheme = m.group(1).lower()
    if scheme in ("http", "https"):
        try:
            parts = urllib.parse.urlsplit(text)
            _ = parts.port  # "http://[::1" and "http://host:99999" fail here, with a message below
        except ValueError:
            raise SourceError(
                f"{text} is not a valid web address", code="source.bad_address", params={"source": text}
            ) from None
        if not parts.hostname:
            raise SourceError(
                f"{text} is missing the site name after {scheme}://",
                code="source.bad_address",
                params={"source": text},
            )
        return Source("url", text)
    if scheme == "file":
        parts = urllib.parse.urlsplit(text)
        if parts.netloc not in ("", "localhost"):
            raise SourceError(
                f"{text} points to a file on another computer ({parts.netloc}), which cannot be read",
                code="source.remote_file",
                params={"source": text, "host": parts.netloc},
            )
        from urllib.request import url2pathname  # urllib.request pulls in http.client: only for file: URLs

        return Source("file", url2pathname(parts.path))
    what = _SCHEME_NAMES.get(scheme)
    kind = f"'{scheme}:' address ({what})" if what else f"'{scheme}:' address"
    raise SourceError(
        f"a {kind} cannot be opened; give an http or https web address, a saved page, or a text file",
        code="source.scheme",
        params={"scheme": scheme},
    )
