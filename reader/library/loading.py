"""Pages into the library: the Article plus the exact bytes it came from, so it can be re-extracted.

The article core owns reading and extraction; this module only keeps hold of the original bytes
around it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.articles import load_article
from reader.articles.model import Article
from reader.errors import ReaderError, SourceError

log = logging.getLogger(__name__)

ORIGINAL_SUFFIX = {"html": ".html", "mhtml": ".mhtml", "text": ".txt"}
IMPORTABLE = (".html", ".htm", ".xhtml", ".mhtml", ".mht")


@dataclass
class Loaded:
    article: Article
    original: bytes | None
    kind: str  # "html", "mhtml" or "text"
    source: str


def kind_of(name: str, data: bytes) -> str:
    lower = name.lower()
    if lower.endswith((".mhtml", ".mht")):
        return "mhtml"
    if lower.endswith((".txt", ".text", ".md")):
        return "text"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"mime-version:", b"from:", b"content-type: multipart/")):
        return "mhtml"
    return "html"


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def load_for_library(source: str) -> Loaded:
    """Read ``source`` (file or web address) and extract it, keeping the page bytes."""
    if _is_url(source):
        article = load_article(source)
        return Loaded(article, None, "html", source)
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc.strerror or exc}") from exc
    article = load_article(str(path))
    return Loaded(article, data, kind_of(path.name, data), str(path.resolve()))


def article_from_original(data: bytes, kind: str, url: str | None) -> Article:
    """Run stored page bytes through the current extractor, as if the file were opened again."""
    fd, tmp = tempfile.mkstemp(prefix="article-reader-", suffix=ORIGINAL_SUFFIX.get(kind, ".html"))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        article = load_article(tmp)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    if url and not article.url:
        article.url = url
    return article


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
            from reader.articles.fetch import fetch  # type: ignore[import-not-found,unused-ignore]

            result = fetch(source)
        except (ImportError, ReaderError) as exc:
            log.info("could not fetch %s again to keep its page: %s", source, exc)
            return None, "html", source
        data = bytes(result.body)
        return data, kind_of(source, data), source
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.info("could not read %s again to keep its page: %s", source, exc)
        return None, "html", source
    return data, kind_of(path.name, data), str(path.resolve())
