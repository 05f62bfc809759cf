"""What a body really is, from its first bytes: a page we can read, or a document we cannot.

Used for local files (the extension may lie or be missing) and for servers that send
application/octet-stream. Magic bytes win over names: a PDF renamed .html is still a PDF.
"""

from __future__ import annotations

import re
from typing import Literal

from reader.articles.charsets import utf16_without_bom

BodyKind = Literal["html", "mhtml", "text"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", ""),  # checked further below: too short to trust alone
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB document)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
    (b"MZ", ""),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_MEDIA_NAMES = {
    "application/pdf": "a PDF document",
    "application/x-pdf": "a PDF document",
    "application/zip": "a ZIP archive",
    "application/epub+zip": "an EPUB e-book",
    "application/msword": "a Word document",
    "application/json": "JSON data",
    "application/javascript": "a script",
    "text/javascript": "a script",
    "text/css": "a style sheet",
}

_HTML_START_RE = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|h[1-6]|script|link|table)\b",
    re.I | re.S,
)
_HTML_ANY_RE = re.compile(rb"<(?:html|body|p|div|article|br)\b[^>]*>", re.I)
_MIME_HEADER_RE = re.compile(rb"^(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+", re.S)


def unreadable_kind(data: bytes) -> str | None:
    """A short description ("a PDF document") when the bytes are a known non-text format."""
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            if magic == b"BM":
                if len(data) > 26 and data[6:10] == b"\x00\x00\x00\x00":
                    return "a BMP image"
                continue
            if magic == b"MZ":
                if b"\x00" in data[:512]:
                    return "a program"
                continue
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "a WAV audio file"
    if head[4:8] == b"ftyp":
        return "an MP4 or HEIC media file"
    if head[:4] == b"\x00\x00\x01\x00":
        return "an icon image"
    return None


def _as_ascii_view(data: bytes) -> bytes:
    """The first bytes as 8-bit text for the checks below: UTF-16 (with or without a BOM) transcoded,
    so "<\0h\0t\0m\0l\0" is seen as the "<html" it is."""
    head = data[:16384]
    codec = utf16_without_bom(head) if not head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-16"
    if codec is None:
        return data
    return head.decode(codec, "replace").encode("utf-8", "replace")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB: not text (UTF-16 is checked first).

    A page that starts as a whole HTML document may carry a few stray NULs (browsers show it, each
    NUL a replacement character); only many control characters make it binary.
    """
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(sample) is not None:
        return False
    if b"\x00" in sample and not looks_like_html_document(sample):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 27 or 27 < b < 32)
    return controls > max(8, len(sample) // 100)


def unreadable_media(media_type: str) -> str | None:
    """A description when a Content-Type is certainly not a page (PDF, image, audio, video, archive)."""
    media_type = media_type.lower()
    if media_type in _MEDIA_NAMES:
        return _MEDIA_NAMES[media_type]
    major = media_type.split("/", 1)[0]
    if major == "image":
        return f"an image ({media_type})"
    if major in ("audio", "video"):
        return f"{'an' if major == 'audio' else 'a'} {major} file ({media_type})"
    if (
        major == "font"
        or media_type.startswith("application/vnd.")
        or media_type
        in (
            "application/x-rar-compressed",
            "application/x-7z-compressed",
            "application/gzip",
            "application/x-tar",
        )
    ):
        return f"a {media_type} file"
    return None


def media_kind(media_type: str) -> BodyKind | None:
    """How to read a Content-Type we can handle; None when the bytes must decide."""
    media_type = media_type.lower()
    if media_type in ("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"):
        return "html"
    if media_type in ("multipart/related", "message/rfc822", "application/x-mimearchive"):
        return "mhtml"
    if media_type == "text/plain":
        return "text"
    return None


def extension_kind(name: str) -> BodyKind | None:
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml", ".xht", ".shtml", ".php", ".asp", ".aspx", ".jsp")):
        return "html"
    if lower.endswith((".mhtml", ".mht")):
        return "mhtml"
    if lower.endswith((".txt", ".text", ".md")):
        return "text"
    return None


def content_kind(data: bytes) -> BodyKind:
    """HTML, MHTML or plain text, judged from the bytes alone."""
    data = _as_ascii_view(data)
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START_RE.match(head):
        return "html"
    if looks_like_mhtml(head):
        return "mhtml"
    if _HTML_ANY_RE.search(data[:65536]):
        return "html"
    return "text"


def looks_like_html_document(data: bytes) -> bool:
    """Starts like a whole HTML document (doctype or <html>), not merely mentions a tag."""
    return (
        re.match(
            rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
            _as_ascii_view(data)[:4096].lstrip(b"\xef\xbb\xbf"),
            re.I | re.S,
        )
        is not None
    )


def looks_like_mhtml(data: bytes) -> bool:
    head = data[:4096]
    m = _MIME_HEADER_RE.match(head)
    if m is None:
        return False
    headers = m.group(0).lower()
    return b"mime-version:" in headers or b"content-type: multipart/" in headers
