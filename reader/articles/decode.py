"""Bytes -> text, the way a browser decides, but checked against the bytes.

Order: byte-order mark, HTTP charset, <meta charset>/http-equiv found by a prescan of the whole
<head> (1024 bytes is not enough: 16 of the 111 benchmark pages declare their charset later, one
at byte 69,383), then detection over the WHOLE document. A declared label is trusted only when it
decodes the bytes cleanly: pages that say euc-kr but are UTF-8 (a common CMS migration leftover)
decode as UTF-8. Detection never guesses from a 5 kB window: every candidate is tried over all
bytes, and charset-normalizer only ranks the candidates that decoded without errors.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from reader.articles.charsets import codec_for_label, is_utf16, utf16_without_bom
from reader.errors import Notice

log = logging.getLogger(__name__)

# How far the <head> prescan may look. Measured: the latest declaration in the corpus sits at 69 kB.
PRESCAN_LIMIT = 512 * 1024

_LANG_CODECS = {
    "ko": ("cp949",),
    "ja": ("cp932", "euc_jp"),
    "zh": ("gb18030", "big5hkscs"),
    "ru": ("cp1251",),
    "uk": ("cp1251",),
}
_TLD_LANG = {"kr": "ko", "jp": "ja", "cn": "zh", "tw": "zh", "hk": "zh", "ru": "ru", "ua": "uk"}

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

_PRESCAN_RE = re.compile(rb"<!--.*?(?:-->|\Z)|<meta(?=[\s/])[^>]*>?|<body[\s>]|</head\s*>", re.I | re.S)
_ATTR_RE = re.compile(rb"""([^\s=/>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_CONTENT_CHARSET_RE = re.compile(rb"""charset\s*=\s*("[^"]*"|'[^']*'|[^\s;"']+)""", re.I)
_HTML_LANG_RE = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3})""", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the Python codec used
    how: str  # "bom", "http", "meta", "detected", "ascii"
    errors: int = 0  # bytes that could not be decoded and became U+FFFD

    def notice(self, label: str) -> Notice | None:
        """A warning when some bytes could not be decoded (they are shown as U+FFFD), else None."""
        if not self.errors:
            return None
        name = "UTF-8" if self.encoding == "utf-8" else self.encoding
        return Notice(
            "decode.replaced",
            f"{label}: {self.errors} byte{'s' if self.errors != 1 else ''} that are not valid {name} "
            "were replaced with \ufffd",
            {"source": label, "count": self.errors, "encoding": name},
        )


def decode_html(data: bytes, http_charset: str | None = None, url: str | None = None) -> Decoded:
    """Decode an HTML document like a browser, then check the choice against the bytes."""
    return _decode(data, http_charset, meta_label=prescan_charset(data), url=url, hint_lang=_html_lang(data))


def decode_text(data: bytes, declared: str | None = None, url: str | None = None) -> Decoded:
    """Decode a plain-text document: BOM, declared charset, then detection."""
    return _decode(data, declared, meta_label=None, url=url, hint_lang=None)


def prescan_charset(data: bytes, limit: int = PRESCAN_LIMIT) -> str | None:
    """The charset label a <meta> in the head declares, scanning the whole head (comments skipped)."""
    for m in _PRESCAN_RE.finditer(data, 0, min(len(data), limit)):
        tag = m.group(0)
        if tag.startswith(b"<!--"):
            continue
        low = tag[:6].lower()
        if low.startswith((b"<body", b"</head")):
            return None
        label = _meta_label(tag)
        if label is not None and codec_for_label(label) is not None:
            return label
    return None


def _meta_label(tag: bytes) -> str | None:
    attrs: dict[bytes, bytes] = {}
    for am in _ATTR_RE.finditer(tag, 5):
        name = am.group(1).lower()
        if name in attrs:
            continue
        value = am.group(2) or b""
        if value[:1] in (b'"', b"'"):
            value = value[1:-1]
        attrs[name] = value
    if b"charset" in attrs:
        return attrs[b"charset"].decode("latin-1").strip()
    if attrs.get(b"http-equiv", b"").strip().lower() == b"content-type" and b"content" in attrs:
        cm = _CONTENT_CHARSET_RE.search(attrs[b"content"])
        if cm:
            return cm.group(1).strip(b"\"'").decode("latin-1").strip()
    return None


def _html_lang(data: bytes) -> str | None:
    m = _HTML_LANG_RE.search(data, 0, min(len(data), 64 * 1024))
    return m.group(1).decode("ascii").lower()[:2] if m else None


def _count_errors(data: bytes, codec: str) -> tuple[str, int]:
    text = data.decode(codec, errors="replace")
    errors = text.count("\ufffd")
    if errors and codec == "utf-8":
        errors -= data.count(b"\xef\xbf\xbd")  # U+FFFD that the page itself contains
    return text, errors


_ASCII = bytes(range(128))


def _non_ascii(data: bytes) -> int:
    """How many bytes are not ASCII (translate deletes the ASCII ones; what is left is counted)."""
    return len(data.translate(None, _ASCII))


def _utf8_reading(data: bytes) -> tuple[str, int, int]:
    """UTF-8 with replacement: (text, bytes that failed, characters that were valid multi-byte UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return text, max(replaced, 0), valid


_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _high_byte_runs(data: bytes) -> tuple[int, int]:
    """(non-ASCII bytes standing alone between ASCII ones, all non-ASCII bytes)."""
    isolated = total = 0
    for m in _HIGH_RUN.finditer(data):
        n = m.end() - m.start()
        total += n
        isolated += n == 1
    return isolated, total


def _all_scattered(data: bytes) -> bool:
    isolated, high = _high_byte_runs(data)
    return isolated == high


def _mostly_utf8(valid: int, errors: int) -> bool:
    """UTF-8 checks itself: text in any other encoding almost never forms valid multi-byte sequences
    (Hangul in CP949 does about once in ten characters, Cyrillic in CP1251 less), so a document whose
    valid sequences outnumber its failures two to one is UTF-8 with some damaged bytes."""
    return valid > 0 and valid >= 2 * errors


def _label_holds(errors: int, data: bytes) -> bool:
    """The declared label is evidence too: a few bad bytes — under 2% of the non-ASCII ones, or one in a
    thousand of the whole page — do not overrule it. (Another codec may "fit" the bytes better by
    accident: CP932 reads CP949 Hangul as katakana, and eats the ASCII after a stray byte.)"""
    return errors <= max(2, _non_ascii(data) // 50, len(data) // 1000)


def _decode(
    data: bytes, declared: str | None, meta_label: str | None, url: str | None, hint_lang: str | None
) -> Decoded:
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            text, errors = _count_errors(data[len(bom) :], bom_codec)
            return Decoded(text, bom_codec, "bom", errors)
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        text, errors = _count_errors(data, utf16)
        return Decoded(text, utf16, "detected", errors)
    if data.isascii():
        return Decoded(data.decode("ascii"), "utf-8", "ascii")

    utf8_text: str | None
    try:
        utf8_text = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8_text = None
    # UTF-8 with a few damaged bytes (a headline cut mid-character, a bad copy) is still UTF-8
    damaged_utf8: Decoded | None = None
    says_utf8 = any(codec_for_label(label) == "utf-8" for label in (declared, meta_label))
    if utf8_text is None:
        text8, errors8, valid8 = _utf8_reading(data)
        # a page that says UTF-8 is also taken at its word when its bad bytes are a few, each alone in
        # ASCII text: damage, not text in another encoding (whose non-ASCII bytes come in runs)
        if _mostly_utf8(valid8, errors8) or (
            says_utf8 and errors8 <= max(16, len(data) // 200) and _all_scattered(data)
        ):
            damaged_utf8 = Decoded(text8, "utf-8", "detected", errors8)

    for how, label in (("http", declared), ("meta", meta_label)):
        codec = codec_for_label(label)
        if codec is None:
            continue
        if how == "meta" and is_utf16(codec):
            codec = "utf-8"  # a page that could read its own meta is not UTF-16 (WHATWG)
        if utf8_text is not None:
            if codec != "utf-8":
                log.debug("%s charset %s, but the bytes are UTF-8", how, label)
            return Decoded(utf8_text, "utf-8", how if codec == "utf-8" else "detected")
        if damaged_utf8 is not None:
            if codec == "utf-8":
                return Decoded(damaged_utf8.text, "utf-8", how, damaged_utf8.errors)
            if codec in _SINGLE_BYTE or _count_errors(data, codec)[1] > damaged_utf8.errors:
                log.debug(
                    "%s charset %s, but the bytes are UTF-8 with %d bad", how, label, damaged_utf8.errors
                )
                return damaged_utf8
        text, errors = _count_errors(data, codec)
        if codec in _SINGLE_BYTE:
            # single-byte codecs decode anything: "clean" proves nothing, so ask whether a
            # multi-byte reading (an EUC-KR page labelled iso-8859-1) fits better
            better = _multibyte_instead(data, codec, url, hint_lang)
            if better is not None:
                return better
            return Decoded(text, codec, how, errors)
        if _label_holds(errors, data):
            return Decoded(text, codec, how, errors)
        log.debug("%s charset %s leaves %d undecodable bytes; detecting", how, label, errors)
        detected = _detect(data, url, hint_lang)
        if detected.errors < errors and detected.encoding not in _SINGLE_BYTE:
            return detected  # a single-byte codec "fits" any bytes: never a reason to drop the label
        return Decoded(text, codec, how, errors)

    if utf8_text is not None:
        return Decoded(utf8_text, "utf-8", "detected")
    if damaged_utf8 is not None:
        return damaged_utf8
    return _detect(data, url, hint_lang)


_MULTIBYTE = ("utf-8", "cp949", "gb18030", "cp932", "euc_jp", "big5hkscs")
_SINGLE_BYTE = frozenset(
    {
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "cp874",
        "cp866",
        "koi8_r",
        "koi8_u",
        "mac_roman",
        "mac_cyrillic",
    }
) | {f"iso8859_{n}" for n in range(2, 17)}


def _ordered(codecs_: tuple[str, ...], url: str | None, hint_lang: str | None) -> list[str]:
    lang = hint_lang
    if lang is None and url:
        m = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url, re.I)
        if m:
            lang = _TLD_LANG.get(m.group(1).rsplit(".", 1)[-1].lower())
    first = [c for c in _LANG_CODECS.get(lang or "", ()) if c in codecs_]
    return first + [c for c in codecs_ if c not in first]


def _language_codecs(url: str | None, hint_lang: str | None) -> tuple[str, ...]:
    """The legacy codecs of the page's language (its <html lang>, else its country's domain)."""
    lang = hint_lang
    if lang is None and url:
        m = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url, re.I)
        if m:
            lang = _TLD_LANG.get(m.group(1).rsplit(".", 1)[-1].lower())
    return _LANG_CODECS.get(lang or "", ())


def _multibyte_instead(data: bytes, declared: str, url: str | None, hint_lang: str | None) -> Decoded | None:
    if _non_ascii(data) < 16:
        return None
    clean = [c for c in _ordered(_MULTIBYTE[1:], url, hint_lang) if _count_errors(data, c)[1] == 0]
    if not clean:
        return None
    preferred = _LANG_CODECS.get(hint_lang or "", ())
    if clean[0] in preferred:
        choice: str | None = clean[0]
    else:
        choice = _rank(data, [declared, *clean])
    if choice is None or choice == declared:
        return None
    log.debug("declared %s, but the bytes read as %s", declared, choice)
    return Decoded(data.decode(choice), choice, "detected")


def _detect(data: bytes, url: str | None, hint_lang: str | None) -> Decoded:
    """Try every candidate over all bytes; a multi-byte reading that fits wins over single-byte ones."""
    non_ascii = _non_ascii(data)
    results = {c: _count_errors(data, c) for c in _MULTIBYTE}
    # UTF-8 is self-checking: a wrong guess breaks on nearly every character, so a UTF-8 page with a
    # couple of damaged bytes is still UTF-8; legacy codecs must fit (almost) exactly
    allowed = {c: non_ascii // 500 for c in _MULTIBYTE} | {
        "utf-8": max(1, non_ascii // 50, len(data) // 1000)
    }
    fitting = [c for c in _ordered(_MULTIBYTE, url, hint_lang) if results[c][1] <= allowed[c]]
    if "utf-8" in fitting:
        fitting = ["utf-8"]  # text in a legacy codec never comes this close to valid UTF-8
    isolated, high = _high_byte_runs(data)
    scattered = isolated * 2 > high
    if scattered:
        # most non-ASCII bytes stand alone: accented letters or damage, never CJK text, whose every
        # character takes two bytes (a multi-byte codec would swallow the ASCII after each one)
        fitting = [c for c in fitting if c == "utf-8"]
    if not fitting and not scattered:
        # a legacy page with some damaged bytes: the multi-byte reading that fails least, if it fails
        # on under 2% of the bytes, beats a single-byte codec (which "fits" anything, like garbage)
        own = [c for c in _ordered(_MULTIBYTE, url, hint_lang) if c in _language_codecs(url, hint_lang)]
        best = min(own, key=lambda c: results[c][1]) if own else None
        if best is not None and results[best][1] <= non_ascii // 50:
            fitting = [best]
    if not fitting:
        singles = _ordered(("cp1251", "cp1252"), url, hint_lang)
        for c in singles:
            results[c] = _count_errors(data, c)
        fitting = singles
    best_errors = min(results[c][1] for c in fitting)
    survivors = [c for c in fitting if results[c][1] == best_errors]
    choice = survivors[0]
    preferred = _LANG_CODECS.get(hint_lang or "", ())
    if len(survivors) > 1 and not (preferred and choice in preferred):
        choice = _rank(data, survivors) or choice
    text, errors = results[choice]
    log.debug("detected %s (%d errors; candidates %s)", choice, errors, survivors)
    return Decoded(text, choice, "detected", errors)


def _rank(data: bytes, survivors: list[str]) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    names = {codecs.lookup(c).name: c for c in survivors}
    best = from_bytes(data, cp_isolation=survivors).best()
    if best is None:
        return None
    return names.get(codecs.lookup(best.encoding).name)
