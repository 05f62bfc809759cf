"""Finding English left in the Korean interface: the words that are not names, and the helpers the
interface tests share (install a language, sample parameters for a wording)."""

from __future__ import annotations

import re
from typing import Any

# Names and symbols that stay as they are in a Korean interface: products, formats, units, keys.
NAMES = {
    "google", "espeak", "ng", "pdf", "mp3", "wav", "microsoft", "edge", "html", "markdown", "mhtml",
    "http", "https", "url", "utf", "ascii", "sox", "ffmpeg", "lame", "kb", "mb", "px", "pt", "em", "mm",
    "a4", "letter", "ctrl", "shift", "alt", "meta", "del", "delete", "ins", "insert", "esc", "space",
    "return", "enter", "tab", "backspace", "home", "end", "pgup", "pgdown", "left", "right", "up",
    "down", "media", "qt", "pyside6", "gpl", "python", "linux", "windows", "macos", "wayland", "x11",
    "ko", "en", "dpi", "ftp", "epub", "page", "mit",
}  # fmt: skip

_SPANS = re.compile(
    r"article-reader(?: (?:extract|render|speak|pdf|library|doctor))?"  # the program, a command
    r"|\S*[/\\]\S*"  # paths and addresses
    r"|[\w-]+(?:\.[\w-]+)+"  # host names, file names (settings.json, news.example.com)
    r"|\bF\d{1,2}\b"  # function keys
    r"|[A-Z]+[a-z]*\+"  # modifier keys written before a plus (Ctrl+)
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*")


def english_words(text: str, names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Words of ``text`` in Latin letters that are not names (products, formats, keys, files)."""
    text = text.replace("&", "")
    text = _SPANS.sub(" ", text)
    allowed = NAMES | {n.lower() for n in names}
    return [w for w in _WORD.findall(text) if len(w) > 1 and w.lower().strip("'") not in allowed]


def install_language(app: Any, lang: str) -> None:
    from reader.gui import i18n

    i18n.install(app, lang)


SAMPLES: dict[str, str | int | float] = {
    "source": "기사.html",
    "path": "/home/독자/문서/기사.pdf",
    "folder": "/home/독자/문서",
    "host": "news.example.com",
    "scheme": "ftp",
    "kept_as": "settings.json.corrupt-20260101-120000",
    "names": "font_size, tts_rate",
    "count": 3,
    "limit_mb": 20,
    "timeout": 20.0,
    "total": 60.0,
    "status": 418,  # no variant of its own: the general wording
    "encoding": "UTF-8",
    "format": "epub",
    "id": "42",
    "seconds": 30,
    "lang": "ko",
    "engine": "espeak",
    "tool": "sox",
    "name": "clip.mp3",
}


def sample_params(names: set[str]) -> dict[str, str | int | float]:
    return {n: SAMPLES.get(n, "x.y") for n in names}
