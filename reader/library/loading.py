"""Pages into the library: the Article plus the exact bytes it came from, so it can be re-extracted.

The article core owns fetching, decoding and extraction (``reader.articles.pipeline``); this module
fetches or reads a page ONCE, keeps its bytes, and hands the same bytes to the core. What is needed
to read the bytes again the same way — the kind of page and a charset the server declared only in
its headers — is kept beside them as ``kind``: "html", "mhtml" or "text", optionally followed by
";charset=<label>".
"""

from __future__ import annotations

import logging
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from reader.articles.fetch import fetch
from reader.articles.localfile import read_file, read_stdin
from reader.articles.model import Article
from reader.articles.pipeline import MAX_BYTES, Payload, article_from_payload
from reader.articles.sniff import content_kind, extension_kind, looks_like_mhtml, media_kind
from reader.articles.sources import parse_source
from reader.errors import ReaderError

log = logging.getLogger(__name__)

IMPORTABLE = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
_NAMES = {"html": "page.html", "mhtml": "page.mhtml", "text": "page.txt"}


@dataclass
class Loaded:
    article: Article
    original: bytes | None
    kind: str  # see the module docstring
    source: str


def kind_of(name: str, data: bytes, media_type: str = "", charset: str | None = None) -> str:
    kind = media_kind(media_type) if media_type else None
    if kind is None:
        kind = "mhtml" if looks_like_mhtml(data) else (extension_kind(name) or content_kind(data))
    return f"{kind};charset={charset}" if charset else kind


def _split_kind(kind: str) -> tuple[str, str | None]:
    base, _, rest = kind.partition(";")
    charset = rest.split("=", 1)[1].strip() if rest.startswith("charset=") else None
    return base.strip() or "html", charset or None


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def load_for_library(source: str, cancel: threading.Event | None = None) -> Loaded:
    """Read ``source`` (file, web address, or - for standard input), keeping the page bytes."""
    src = parse_source(source)
    if src.kind == "url":
        result = fetch(src.value, cancel=cancel)
        payload = Payload(
            body=result.body,
            label=src.value,
            url=result.url,
            media_type=result.content_type,
            charset=result.charset,
            name=urllib.parse.urlsplit(result.url).path,
        )
        kind = kind_of(payload.name, result.body, result.content_type, result.charset)
        return Loaded(article_from_payload(payload), result.body, kind, result.url)
    if src.kind == "stdin":
        data = read_stdin(MAX_BYTES, cancel)
        article = article_from_payload(Payload(body=data, label="standard input"))
        return Loaded(article, data, kind_of("", data), "-")
    path = Path(src.value)
    data = read_file(src.value, MAX_BYTES, cancel, None)
    article = article_from_payload(Payload(body=data, label=src.value, name=src.value))
    return Loaded(article, data, kind_of(path.name, data), str(path.resolve()))


def article_from_original(data: bytes, kind: str, url: str | None) -> Article:
    """Run stored page bytes through the current extractor, as when the page was first read."""
    base, charset = _split_kind(kind)
    media = {"html": "text/html", "text": "text/plain", "mhtml": "multipart/related"}.get(base, "")
    payload = Payload(
        body=data,
        label=url or "the saved page",
        url=url,
        media_type=media,
        charset=charset,
        name=_NAMES.get(base, "page.html"),
    )
    return article_from_payload(payload)


def normalise_source(source: str | None) -> str | None:
    """One spelling per page: local files as absolute paths, so history and saves line up."""
    if not source or source == "-" or _is_url(source):
        return source
    try:
        path = Path(source)
        return str(path.resolve()) if path.exists() else source
    except OSError:
        return source


def read_original(source: str | None, already_saved: bool = False) -> tuple[bytes | None, str, str | None]:
    """The page bytes behind an article on screen, for Save: (bytes or None, kind, source).

    A local file is read again; a web page is fetched again (the window does not keep the bytes).
    If that fails the article is still saved, without its original. An article opened from the
    library already has its original stored.
    """
    if not source or already_saved or source == "-":
        return None, "html", source
    if _is_url(source):
        try:
            result = fetch(source)
        except ReaderError as exc:
            log.info("could not fetch %s again to keep its page: %s", source, exc.message)
            return None, "html", source
        name = urllib.parse.urlsplit(result.url).path
        return result.body, kind_of(name, result.body, result.content_type, result.charset), source
    path = Path(source)
    try:
        data = read_file(str(path), MAX_BYTES, None, None)
    except ReaderError as exc:
        log.info("could not read %s again to keep its page: %s", source, exc.message)
        return None, "html", source
    return data, kind_of(path.name, data), str(path.resolve())
