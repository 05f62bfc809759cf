"""Typefaces for paper: an installed family that covers Hangul, serif by default.

Print keeps its own order of preference in front of the window's chooser (reader.gui.fonts)
because what matters on paper differs from the screen: the PDF must keep the text searchable, and
some CJK fonts lose characters on the way through Qt's PDF writer (Noto CJK drops runs of digits
in pdftotext; NanumGothic and NanumSquare map spaces to U+0001), so the families that survive the
round trip come first. Only when none of them is installed does the window's choice decide.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from reader.gui import fonts

log = logging.getLogger(__name__)

HANGUL_SERIF = (
    "NanumMyeongjo",
    "Noto Serif CJK KR",
    "Noto Serif KR",
    "Source Han Serif K",
    "AppleMyungjo",
    "Batang",
    "UnBatang",
)
HANGUL_SANS = (
    "NanumBarunGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans K",
    "Apple SD Gothic Neo",
    "Malgun Gothic",
    "NanumGothic",
    "UnDotum",
)
LATIN_SERIF = (
    "Noto Serif",
    "Source Serif 4",
    "Liberation Serif",
    "DejaVu Serif",
    "Georgia",
    "Times New Roman",
)
LATIN_SANS = ("Noto Sans", "Source Sans 3", "Liberation Sans", "DejaVu Sans", "Arial", "Helvetica")
MONO = ("Noto Sans Mono CJK KR", "D2Coding", "NanumGothicCoding", "DejaVu Sans Mono", "Liberation Mono")


@lru_cache(maxsize=1)
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def _first(candidates: tuple[str, ...]) -> str | None:
    installed = _installed()
    return next((f for f in candidates if f in installed), None)


def print_families(style: str, lang: str, preferred: str = "") -> list[str]:
    """Families in fallback order for the body text of an article in ``lang``."""
    serif = style != "sans"
    hangul = _first(HANGUL_SERIF if serif else HANGUL_SANS) or _first(HANGUL_SANS if serif else HANGUL_SERIF)
    if hangul is None:  # none of ours: whatever the window's chooser finds that covers Hangul
        hangul = fonts.hangul_family("serif" if serif else "sans")
    latin = _first(LATIN_SERIF if serif else LATIN_SANS)
    families: list[str] = []
    if preferred and preferred in _installed():
        families.append(preferred)
    # Korean text keeps the Hangul face's own Latin letters and digits so the line reads evenly.
    order = [hangul, latin] if lang.lower().startswith("ko") or not latin else [latin, hangul]
    families += [f for f in order if f and f not in families]
    if not families:
        log.warning("no Hangul font installed; Korean text may print as boxes")
        families.append("serif" if serif else "sans-serif")
    return families


def print_font(families: list[str], point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setKerning(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # metrics scale true to paper
    # Ligature glyphs come back from the PDF as "ﬁ", which breaks searching for "fi".
    if hasattr(font, "setFeature"):
        font.setFeature(QFont.Tag("liga"), 0)
        font.setFeature(QFont.Tag("clig"), 0)
    return font


def mono_families() -> list[str]:
    found = _first(MONO)
    return [found] if found else ["monospace"]
