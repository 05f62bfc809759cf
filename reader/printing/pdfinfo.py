"""Set a PDF's document information (title, author, subject, creator) after it was written.

Qt's PDF writer has no subject field and only recent versions have an author, so the renderer's
output gets a standard incremental update: a new Info dictionary appended after the original
bytes with a trailer pointing back to the old cross-reference table. Nothing before is rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s+(?P<xref>\d+)\s+%%EOF\s*$", re.S)


@dataclass(frozen=True)
class DocInfo:
    title: str = ""
    author: str = ""
    subject: str = ""
    creator: str = ""
    producer: str = ""
    keywords: str = ""


def pdf_text(value: str) -> bytes:
    """A PDF text string that holds any Unicode (UTF-16BE with its byte-order mark, in hex)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _ref(body: bytes, key: bytes) -> tuple[int, int] | None:
    m = re.search(rb"/" + key + rb"\s+(\d+)\s+(\d+)\s+R", body)
    return (int(m.group(1)), int(m.group(2))) if m else None


def set_doc_info(pdf: bytes, info: DocInfo) -> bytes:
    """``pdf`` with its Info dictionary replaced; raises ValueError if it is not a classic-xref PDF."""
    m = _TRAILER.search(pdf[-4096:])
    if m is None:
        raise ValueError("no classic PDF trailer found")
    body = m.group("body")
    prev_xref = int(m.group("xref"))
    size_m = re.search(rb"/Size\s+(\d+)", body)
    root = _ref(body, b"Root")
    if size_m is None or root is None:
        raise ValueError("PDF trailer lacks /Size or /Root")
    size = int(size_m.group(1))
    old_info = _ref(body, b"Info")
    num = old_info[0] if old_info else size
    new_size = size if old_info else size + 1

    created = b""
    if old_info:
        om = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % num, pdf, re.S)
        if om:
            cm = re.search(rb"/CreationDate\s*\((D:[^)]*)\)", om.group(1))
            if cm:
                created = b"/CreationDate (" + cm.group(1) + b")\n"

    fields = [
        (b"Title", info.title),
        (b"Author", info.author),
        (b"Subject", info.subject),
        (b"Keywords", info.keywords),
        (b"Creator", info.creator),
        (b"Producer", info.producer),
    ]
    entries = b"".join(b"/" + k + b" " + pdf_text(v) + b"\n" for k, v in fields if v)
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offset = len(out)
    out += b"%d 0 obj\n<<\n" % num + entries + created + b">>\nendobj\n"
    xref = len(out)
    out += b"xref\n%d 1\n%010d 00000 n \n" % (num, offset)
    id_m = re.search(rb"/ID\s*\[[^\]]*\]", body)
    trailer = b"/Size %d\n/Root %d %d R\n/Info %d 0 R\n/Prev %d\n" % (new_size, *root, num, prev_xref)
    if id_m:
        trailer += id_m.group(0) + b"\n"
    out += b"trailer\n<<\n" + trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
