"""Source -> bytes -> decoded text -> Article.

:func:`load_article` is what the window (on a worker thread), the CLI and the library call. It
never returns half an answer: an Article, or a ReaderError with one sentence for the reader.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import urllib.parse
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.articles.decode import decode_html, decode_text
from reader.articles.extract import extract_article
from reader.articles.limits import FetchLimits, ProgressCallback
from reader.articles.localfile import read_file, read_stdin
from reader.articles.model import Article
from reader.articles.plaintext import article_from_text, guess_lang
from reader.articles.sniff import (
    BodyKind,
    content_kind,
    extension_kind,
    looks_binary,
    looks_like_html_document,
    looks_like_mhtml,
    media_kind,
    unreadable_kind,
    unreadable_media,
)
from reader.articles.sources import parse_source
from reader.articles.tagcap import cap_attributes
from reader.errors import NoArticleError, Notice, SourceError, UnsupportedContentError

if TYPE_CHECKING:
    from reader.articles.fetch import FetchResult

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_BYTES",
    "Payload",
    "article_from_bytes",
    "article_from_payload",
    "extract_article",
    "load_article",
    "read_source",
]

DEFAULT_TIMEOUT = 20.0
MAX_BYTES = FetchLimits.max_bytes

# "Save page as" in Chrome/IE marks where the page came from: <!-- saved from url=(0042)https://... -->
_SAVED_FROM_RE = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HTML_LANG_RE = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3})\b""", re.I)


@dataclass(frozen=True)
class Payload:
    """Bytes from any source, with what is known about them."""

    body: bytes
    label: str  # how to name the source in a message
    url: str | None = None  # final URL after redirects (web), or where a saved page came from
    media_type: str = ""  # Content-Type from the server or the MHTML part
    charset: str | None = None
    name: str = ""  # file name or URL path, for the extension


def load_article(
    source: str | os.PathLike[str],
    *,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """Read, fetch or take from stdin; decode like a browser; extract the article.

    ``cancel`` stops a slow download promptly (Cancelled is raised); ``progress(done, total)``
    reports bytes, total None when unknown. Raises NoArticleError (with the visible text as
    ``fallback``) for a page without an article.
    """
    return article_from_payload(read_source(source, cancel=cancel, progress=progress, timeout=timeout))


def read_source(
    source: str | os.PathLike[str],
    *,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Payload:
    """The bytes of ``source`` and what is known about them, not yet extracted.

    For callers that keep the original page (the library stores it, to re-extract later with
    :func:`article_from_payload` or :func:`article_from_bytes`).
    """
    src = parse_source(source)
    if src.kind == "url":
        from reader.articles.fetch import fetch  # the network stack loads only for the web

        limits = FetchLimits(timeout=timeout, total_timeout=max(120.0, timeout * 6))
        result = fetch(src.value, limits=limits, cancel=cancel, progress=progress)
        for _ in range(_MAX_REFRESH):
            target = _refresh_target(result)
            if target is None:
                break
            log.debug("following <meta refresh> from %s to %s", result.url, target)
            result = fetch(target, limits=limits, cancel=cancel, progress=progress)
        payload = Payload(
            body=result.body,
            label=src.value,
            url=result.url,
            media_type=result.content_type,
            charset=result.charset,
            name=urllib.parse.urlsplit(result.url).path,
        )
    elif src.kind == "stdin":
        payload = Payload(body=read_stdin(MAX_BYTES, cancel), label="standard input")
    else:
        payload = Payload(
            body=read_file(src.value, MAX_BYTES, cancel, progress), label=src.value, name=src.value
        )
    return payload


def article_from_bytes(
    body: bytes,
    *,
    url: str | None = None,
    name: str = "",
    media_type: str = "",
    charset: str | None = None,
    label: str = "the page",
) -> Article:
    """Extract from page bytes already in hand (a stored original, a download made elsewhere).

    ``name`` ("page.mhtml", "note.txt") hints the kind when the bytes alone do not say.
    """
    return article_from_payload(
        Payload(body=body, label=label, url=url, media_type=media_type, charset=charset, name=name)
    )


_MAX_REFRESH = 3
_REFRESH_RE = re.compile(
    rb"""<meta\s[^>]*?http-equiv\s*=\s*["']?refresh["']?[^>]*?content\s*=\s*["']\s*(\d+)\s*[;,]\s*(?:url\s*=\s*)?"""
    rb"""['"]?([^"'>\s]+)""",
    re.I,
)


def _refresh_target(result: FetchResult) -> str | None:
    """A small page whose <meta http-equiv=refresh> sends the browser on at once is a redirect in disguise."""
    if len(result.body) > 32 * 1024 or result.content_type not in ("", "text/html", "application/xhtml+xml"):
        return None
    m = _REFRESH_RE.search(result.body)
    if m is None or int(m.group(1)) > 5:
        return None
    target = urllib.parse.urljoin(result.url, m.group(2).decode("latin-1"))
    if urllib.parse.urlsplit(target).scheme not in ("http", "https") or target == result.url:
        return None
    return target


def article_from_payload(payload: Payload) -> Article:
    body = payload.body
    if body[:2] == b"\x1f\x8b":  # a saved .html.gz, or a server that gzipped without saying so
        body = _gunzip(body, payload.label)
        payload = replace(payload, body=body, name=payload.name.removesuffix(".gz"))
    if not body.strip():
        if payload.label.lower().startswith(("http://", "https://")):
            raise SourceError(
                f"{payload.label} sent an empty page", code="source.empty", params={"source": payload.label}
            )
        raise SourceError(f"{payload.label} is empty", code="source.empty", params={"source": payload.label})
    kind = _kind(payload)
    if kind == "mhtml":
        from reader.articles.mhtml import embed_part_images, parse_mhtml  # email: only for .mhtml

        page = parse_mhtml(body, payload.label)
        article = article_from_payload(
            Payload(
                body=page.body,
                label=payload.label,
                url=page.url or payload.url,
                media_type=page.media_type,
                charset=page.charset,
                name="page.txt" if page.media_type == "text/plain" else "page.html",
            )
        )
        return embed_part_images(page, article)
    if kind == "text":
        decoded = decode_text(body, payload.charset, payload.url)
        text = decoded.text.replace("\x00", "\ufffd")
        if not text.strip():
            raise SourceError(
                f"{payload.label} has no text", code="source.empty", params={"source": payload.label}
            )
        return _with_notice(article_from_text(text, url=payload.url), decoded.notice(payload.label))
    url = payload.url
    if url is None:
        m = _SAVED_FROM_RE.search(body, 0, 4096)
        if m:
            url = m.group(1).decode("ascii", "replace")
    decoded = decode_html(body, payload.charset, url)
    log.debug(
        "%s decoded as %s (%s, %d errors)", payload.label, decoded.encoding, decoded.how, decoded.errors
    )
    html = cap_attributes(_XML_DECL_RE.sub("", decoded.text, count=1).replace("\x00", "\ufffd"))
    if not html.strip():
        raise SourceError(f"{payload.label} is empty", code="source.empty", params={"source": payload.label})
    notice = decoded.notice(payload.label)
    try:
        article = _with_notice(extract_article(html, url), notice)
    except NoArticleError as exc:
        if isinstance(exc.fallback, Article) and exc.fallback.url is None:
            exc.fallback.url = url
        if isinstance(exc.fallback, Article):
            _with_notice(exc.fallback, notice)
        raise
    except RecursionError:
        raise SourceError(
            f"{payload.label} is nested too deeply to be read as an article",
            code="source.too_deep",
            params={"source": payload.label},
        ) from None
    if article.url is None:
        article.url = url
    if not article.lang:
        # the narrator picks its voice from this: the page's own <html lang>, else the script in use
        lang_match = _HTML_LANG_RE.search(html, 0, 65536)
        if lang_match:
            article.lang = lang_match.group(1).lower()
        else:
            article.lang = guess_lang(article.title + "\n" + article.text)
    return article


def _with_notice(article: Article, notice: Notice | None) -> Article:
    """Bytes that were not valid in the page's encoding are said once (reader.articles.decode)."""
    if notice is not None:
        article.notices.append(notice)
    return article


def _gunzip(data: bytes, label: str) -> bytes:
    from reader.articles.compressed import gunzip  # checked to its end: a cut-off .gz is refused

    return gunzip(data, label, MAX_BYTES)


# What a file is, as a word the window can translate: the first of these found in the description.
_KIND_WORDS = (
    ("PDF", "pdf"), ("image", "image"), ("audio", "audio"), ("video", "video"), ("MP4", "video"),
    ("archive", "archive"), ("compressed", "archive"), ("e-book", "document"), ("document", "document"),
    ("program", "program"), ("database", "database"), ("script", "script"), ("style sheet", "script"),
    ("JSON", "data"),
)  # fmt: skip


def _unsupported(label: str, what: str, not_what: str) -> UnsupportedContentError:
    """``label`` is ``what`` ("a PDF document"); the code's ``kind`` says which, in one word."""
    kind = next((k for word, k in _KIND_WORDS if word in what), "binary")
    return UnsupportedContentError(
        f"{label} is {what}, {not_what}", code="source.unsupported", params={"source": label, "kind": kind}
    )


def _kind(payload: Payload) -> BodyKind:
    body = payload.body
    what = unreadable_kind(body)
    if what is not None:
        raise _unsupported(payload.label, what, "not a web page or text")
    if payload.media_type:
        what = unreadable_media(payload.media_type)
        if what is not None:
            raise _unsupported(payload.label, what, "not a web page")
        by_media = media_kind(payload.media_type)
        if by_media == "text" and looks_like_html_document(body):
            return "html"  # a misconfigured server: the bytes are plainly a web page
        if by_media is not None:
            return by_media
    if looks_binary(body):
        raise _unsupported(payload.label, "a binary file", "not a web page or text")
    by_name = extension_kind(payload.name) if payload.name else None
    if by_name == "mhtml" and not looks_like_mhtml(body):
        return content_kind(body) if content_kind(body) != "mhtml" else "html"
    if by_name is not None:
        return by_name
    return content_kind(body)
