"""The one rule for where an article's images may come from: a page never makes the app read a local path.

An image is allowed from exactly two places:

- the web, ``http:`` or ``https:`` with a host name: fetched only when the user turns images on,
  size-capped and time-bounded (:func:`reader.articles.fetch.fetch_image`);
- the saved page itself: the image parts of an MHTML archive, which the page brought along. They
  are carried in the article as ``data:image/...;base64`` addresses (PNG, JPEG, GIF, WebP, BMP; not
  SVG, which can point at other files), each capped in size.

Everything else is dropped when an Image block is made (``Image.src`` becomes empty, the caption
stays), whichever way it is made — extraction, the article cache, the library: ``file:`` URLs and bare
paths (``/dev/zero``, a FIFO that would hang the reader, ``~/photo.png`` that a PDF would carry away),
relative addresses a local page would resolve against its own folder, ``javascript:``, ``ftp:``,
``blob:``, other ``data:`` types and every other scheme. The window, print, the PDF and every export
format read that one field, so none of them can be made to read a local file.
"""

from __future__ import annotations

import re

MAX_URL_CHARS = 8192  # a longer web address is not one a page means to show
MAX_DATA_BYTES = 4 * 1024 * 1024  # one embedded picture, decoded
DATA_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")

_WEB = re.compile(r"^https?://([^/?#\s\\]+)(?:[/?#][^\s\\]*)?$", re.I)
_DATA = re.compile(r"^data:(image/[a-z]+);base64,([A-Za-z0-9+/=]+)$", re.I)
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def safe_link_href(href: str | None) -> str | None:
    """A link's address when it may stay a link, else None (its words stay, as plain text).

    The same reasoning as for pictures, for what a click, a PDF's link or an export could be led to:
    a web or mail address, or a relative one still to be resolved against the page's web address.
    ``file:``, ``javascript:``, ``data:`` and every other scheme are refused, whatever their case.
    """
    if not href:
        return None
    cleaned = href.strip()
    if not cleaned or len(cleaned) > MAX_URL_CHARS or _CONTROL.search(cleaned.replace(" ", "")):
        return None
    m = _SCHEME.match(cleaned)
    if m is None:  # relative ("/people/x", "../a", "#notes") or protocol-relative ("//host/a")
        return None if cleaned.startswith("#") else cleaned
    return cleaned if m.group(1).lower() in LINK_SCHEMES else None


def safe_image_src(src: str | None) -> str:
    """``src`` when the rule allows it, else ``""`` (the image is left out; its caption is not)."""
    if not src:
        return ""
    cleaned = src.strip().replace(" ", "%20")
    if _CONTROL.search(cleaned):  # "java\tscript:", "ht\ntp://": browsers strip them; we refuse them
        return ""
    if cleaned[:5].lower() == "data:":
        return cleaned if embedded_image(cleaned) is not None else ""
    if len(cleaned) > MAX_URL_CHARS:
        return ""
    m = _WEB.match(cleaned)
    if m is None:
        return ""
    host = m.group(1).rsplit("@", 1)[-1]
    if not host or host.startswith(":"):
        return ""
    return cleaned


def is_web_image(src: str | None) -> bool:
    """An allowed image that has to be fetched (only with images on)."""
    allowed = safe_image_src(src)
    return bool(allowed) and allowed[:5].lower() != "data:"


def embedded_image(src: str) -> tuple[str, int] | None:
    """(media type, decoded size) of an allowed ``data:`` image, else None."""
    if len(src) > MAX_DATA_BYTES * 4 // 3 + 64:
        return None
    m = _DATA.match(src)
    if m is None or m.group(1).lower() not in DATA_TYPES:
        return None
    return m.group(1).lower(), len(m.group(2)) * 3 // 4


def data_url(media_type: str, data: bytes) -> str:
    """The ``data:`` address an embedded picture travels in; "" when it breaks the rule."""
    import base64

    src = f"data:{media_type.lower()};base64,{base64.b64encode(data).decode('ascii')}"
    return src if len(data) <= MAX_DATA_BYTES and embedded_image(src) is not None else ""
