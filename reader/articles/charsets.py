"""Encoding labels as the WHATWG Encoding Standard maps them, resolved to Python codecs.

Browsers do not take a page's label literally: "euc-kr" means windows-949 (a superset with the
8,822 extra Hangul syllables real pages use), "iso-8859-1" means windows-1252, "gb2312" means
gb18030. Decoding with the literal codec turns real pages into replacement characters.
"""

from __future__ import annotations

import codecs

# WHATWG label -> Python codec. Only labels browsers accept; anything else is ignored like a browser does.
_LABELS: dict[str, tuple[str, ...]] = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"),
    "cp949": (
        "cseuckr",
        "csksc56011987",
        "euc-kr",
        "iso-ir-149",
        "korean",
        "ks_c_5601-1987",
        "ks_c_5601-1989",
        "ksc5601",
        "ksc_5601",
        "windows-949",
        "x-windows-949",
        "uhc",
        "cp949",
        "ms949",
    ),
    "cp1252": (
        "ansi_x3.4-1968",
        "ascii",
        "cp1252",
        "cp819",
        "csisolatin1",
        "ibm819",
        "iso-8859-1",
        "iso-ir-100",
        "iso8859-1",
        "iso88591",
        "iso_8859-1",
        "iso_8859-1:1987",
        "l1",
        "latin1",
        "us-ascii",
        "windows-1252",
        "x-cp1252",
    ),
    "gb18030": (
        "chinese",
        "csgb2312",
        "csiso58gb231280",
        "gb2312",
        "gb_2312",
        "gb_2312-80",
        "gbk",
        "iso-ir-58",
        "x-gbk",
        "gb18030",
    ),
    "big5hkscs": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "euc_jp": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "iso2022_jp": ("csiso2022jp", "iso-2022-jp"),
    "cp932": (
        "csshiftjis",
        "ms932",
        "ms_kanji",
        "shift-jis",
        "shift_jis",
        "sjis",
        "windows-31j",
        "x-sjis",
        "cp932",
    ),
    "utf-16-le": ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"),
    "utf-16-be": ("unicodefffe", "utf-16be"),
    "koi8_r": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "koi8_u": ("koi8-ru", "koi8-u"),
    "cp874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "cp866": ("866", "cp866", "csibm866", "ibm866"),
    "mac_roman": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "mac_cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
}
for _n in range(1250, 1259):
    if _n != 1252:
        _LABELS[f"cp{_n}"] = (f"windows-{_n}", f"x-cp{_n}", f"cp{_n}")
_ISO_8859 = {
    2: "iso8859_2",
    3: "iso8859_3",
    4: "iso8859_4",
    5: "iso8859_5",
    6: "iso8859_6",
    7: "iso8859_7",
    8: "iso8859_8",
    10: "iso8859_10",
    13: "iso8859_13",
    14: "iso8859_14",
    15: "iso8859_15",
    16: "iso8859_16",
}
for _n, _codec in _ISO_8859.items():
    _LABELS[_codec] = (f"iso-8859-{_n}", f"iso8859-{_n}", f"iso8859{_n}", f"iso_8859-{_n}", f"latin{_n}")
_LABELS["iso8859_8"] = (*_LABELS["iso8859_8"], "iso-8859-8-i", "csiso88598i", "logical", "visual")

LABEL_TO_CODEC: dict[str, str] = {label: codec for codec, labels in _LABELS.items() for label in labels}


def codec_for_label(label: str | None) -> str | None:
    """The Python codec a browser would use for ``label``, or None when browsers would ignore it."""
    if not label:
        return None
    key = label.strip().strip("\"'").strip().lower()
    codec = LABEL_TO_CODEC.get(key)
    if codec is None:
        return None
    try:
        codecs.lookup(codec)
    except LookupError:  # pragma: no cover - every codec above ships with CPython
        return None
    return codec


def is_utf16(codec: str) -> bool:
    return codec.startswith("utf-16")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text that starts without a byte-order mark, else None.

    Every ASCII character in UTF-16 (markup, spaces between Korean words, digits, newlines) puts a
    zero byte on the same side of its code unit; text in any 8-bit encoding or UTF-8 has no zero
    bytes at all. One side with a tenth of its bytes zero and the other side with almost none, and
    a clean decoding, is UTF-16.
    """
    sample = data[:8192]
    sample = sample[: len(sample) - (len(sample) % 2)]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) * 10 < pairs or low.count(0) > max(2, pairs // 50):
            continue
        text = sample.decode(codec, "replace")
        if text[:-1].count("\ufffd") <= pairs // 100:  # the last unit may be a surrogate cut in half
            return codec
    return None
