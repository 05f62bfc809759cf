"""MHTML (.mhtml/.mht): the single-file pages Chrome, Edge and Firefox extensions save.

A MIME multipart/related message; the page is the root text/html part (the "start" part, else the
first HTML part), in quoted-printable or base64, with its charset in the part header and the page's
address in Content-Location. The standard email package does the MIME work. The archive's pictures
travel with the article as ``data:`` images (reader.articles.imagesrc): a saved page shows and prints
its own pictures, and nothing is fetched or read from elsewhere for them.
"""

from __future__ import annotations

import binascii
import email
import email.errors
import email.message
import logging
import re
from dataclasses import dataclass, field, replace

from reader.articles.imagesrc import DATA_TYPES, MAX_DATA_BYTES, data_url, is_web_image
from reader.articles.model import Article, Block, Image
from reader.errors import SourceError

log = logging.getLogger(__name__)


MAX_EMBEDDED_BYTES = 24 * 1024 * 1024  # all of an article's pictures together


@dataclass(frozen=True)
class MhtmlPage:
    body: bytes
    media_type: str  # "text/html" or "text/plain"
    charset: str | None
    url: str | None
    # the archive's pictures by the address the page knew them by: (media type, bytes)
    images: dict[str, tuple[str, bytes]] = field(default_factory=dict, repr=False)


def parse_mhtml(data: bytes, label: str = "the file") -> MhtmlPage:
    """The archive's page; SourceError for an archive without one, or nested past reading (the email
    package parses and walks nested multiparts by recursion: thousands of levels are no page)."""
    try:
        return _parse(data, label)
    except RecursionError:
        raise SourceError(
            f"{label} is nested too deeply to be read as an article",
            code="source.too_deep",
            params={"source": label},
        ) from None


def _parse(data: bytes, label: str) -> MhtmlPage:
    msg = email.message_from_bytes(data)
    if not msg.keys():
        raise SourceError(
            f"{label} is not a valid MHTML archive: it has no MIME headers",
            code="source.mhtml",
            params={"source": label},
        )
    snapshot_url = _header(msg, "Snapshot-Content-Location") or _header(msg, "Content-Location")
    part = _root_part(msg)
    if part is None:
        raise SourceError(
            f"{label} is an MHTML archive without a web page in it",
            code="source.mhtml",
            params={"source": label},
        )
    payload = _decoded(part)
    if not isinstance(payload, bytes) or not payload.strip():
        raise SourceError(
            f"{label} is an MHTML archive whose page is empty", code="source.mhtml", params={"source": label}
        )
    charset = part.get_content_charset()
    url = _header(part, "Content-Location") or snapshot_url
    if url and not url.lower().startswith(("http://", "https://")):
        url = snapshot_url if snapshot_url and snapshot_url.lower().startswith(("http:", "https:")) else None
    return MhtmlPage(
        body=payload, media_type=part.get_content_type(), charset=charset, url=url, images=_image_parts(msg)
    )


def _image_parts(msg: email.message.Message) -> dict[str, tuple[str, bytes]]:
    """The archive's pictures a page may show (PNG, JPEG, GIF, WebP, BMP), by their web address."""
    found: dict[str, tuple[str, bytes]] = {}
    if not msg.is_multipart():
        return found
    for part in msg.walk():
        media = part.get_content_type()
        if part.is_multipart() or media not in DATA_TYPES:
            continue
        where = _header(part, "Content-Location")
        if not where or not is_web_image(where):
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and 0 < len(data) <= MAX_DATA_BYTES:
            found.setdefault(where, (media, data))
    return found


def embed_part_images(page: MhtmlPage, article: Article) -> Article:
    """Point the article's pictures at the archive's own copies, so a saved page shows (and prints) its
    pictures with nothing fetched; a picture the archive lacks keeps its web address."""
    if not page.images:
        return article
    budget = MAX_EMBEDDED_BYTES
    blocks: list[Block] = []
    for block in article.blocks:
        if isinstance(block, Image) and block.src in page.images:
            media, data = page.images[block.src]
            if len(data) <= budget and (src := data_url(media, data)):
                budget -= len(data)
                block = replace(block, src=src)
        blocks.append(block)
    article.blocks = blocks
    return article


def _decoded(part: email.message.Message) -> object:
    """The part's bytes. Base64 cut off mid-quantum (a save or a download that stopped early) is
    decoded up to the cut, where the email package would hand back the base64 text itself."""
    payload = part.get_payload(decode=True)
    if any(isinstance(d, email.errors.InvalidBase64LengthDefect) for d in part.defects):
        raw = part.get_payload(decode=False)
        if isinstance(raw, str):
            letters = _NOT_BASE64_RE.sub(b"", raw.encode("ascii", "ignore"))
            return binascii.a2b_base64(letters[: len(letters) // 4 * 4])
    return payload


_NOT_BASE64_RE = re.compile(rb"[^A-Za-z0-9+/]")


def _header(msg: email.message.Message, name: str) -> str | None:
    value = msg.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return "".join(text.split()) or None  # long URLs are folded across lines


def _root_part(msg: email.message.Message) -> email.message.Message | None:
    if not msg.is_multipart():
        return msg if msg.get_content_type() in ("text/html", "text/plain") else None
    start = msg.get_param("start")
    parts = [p for p in msg.walk() if not p.is_multipart()]
    if isinstance(start, str) and start.strip():
        wanted = start.strip().strip("<>")
        for p in parts:
            if (p.get("Content-ID") or "").strip().strip("<>") == wanted:
                return p
    for wanted_type in ("text/html", "application/xhtml+xml", "text/plain"):
        for p in parts:
            if p.get_content_type() == wanted_type:
                return p
    return None
