"""Font choice: a family that really covers Hangul, and the serif/sans/mono presets.

Qt's own fallback can draw Hangul from some other family, but the metrics and look then jump
mid-line; choosing a Hangul-covering family up front keeps Korean and Latin text in one design.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

log = logging.getLogger(__name__)

HANGUL_PROBE = "한글가나다읽기"

PRESET_CANDIDATES: dict[str, tuple[str, ...]] = {
    "sans": ("Noto Sans CJK KR", "Noto Sans KR", "NanumBarunGothic", "NanumGothic", "Malgun Gothic",
             "Apple SD Gothic Neo", "Source Han Sans KR", "Spoqa Han Sans Neo", "UnDotum", "Baekmuk Gulim"),
    "serif": ("Noto Serif CJK KR", "Noto Serif KR", "NanumMyeongjo", "Batang", "AppleMyungjo",
              "Source Han Serif KR", "UnBatang", "Baekmuk Batang"),
    "mono": ("Noto Sans Mono CJK KR", "NanumGothicCoding", "D2Coding", "GulimChe"),
}

GENERIC = {
    "sans": QFont.StyleHint.SansSerif,
    "serif": QFont.StyleHint.Serif,
    "mono": QFont.StyleHint.Monospace,
}


def covers(family: str, text: str = HANGUL_PROBE) -> bool:
    """True when the family itself (not a fallback) has glyphs for every character of ``text``."""
    font = QFont(family)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    raw = QRawFont.fromFont(font)
    if not raw.isValid() or raw.familyName().casefold() != family.casefold():
        return False
    return all(raw.supportsCharacter(ch) for ch in text if not ch.isspace())


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


@lru_cache(maxsize=8)
def hangul_family(preset: str = "sans") -> str | None:
    """The best installed family for ``preset`` that covers Hangul; sans as the fallback; None if none."""
    families = installed_families()
    order = list(PRESET_CANDIDATES.get(preset, ())) + list(PRESET_CANDIDATES["sans"])
    for name in order:
        if name in families and covers(name):
            return name
    # Anything else that says it writes Korean.
    for name in sorted(families):
        if QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(name) and covers(name):
            return name
    return None


def body_font(preset: str, custom_family: str, pixel_size: int) -> QFont:
    """The reading font: the chosen family first, a Hangul family behind it for what it lacks."""
    families: list[str] = []
    if preset == "custom" and custom_family:
        families.append(custom_family)
    chosen = hangul_family(preset if preset in PRESET_CANDIDATES else "sans")
    if chosen:
        families.append(chosen)
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setStyleHint(GENERIC.get(preset, QFont.StyleHint.SansSerif))
    font.setPixelSize(int(pixel_size))
    return font


def drawn_families(preset: str, custom_family: str) -> tuple[str | None, str | None]:
    """(Hangul, Latin): the families the page really draws Korean and Latin letters in.

    The reading font lists the chosen family first and a Hangul family behind it; each letter is
    drawn in the first of them that has it, so a Latin-only choice draws Korean in the fallback.
    """
    families = body_font(preset, custom_family, 20).families()
    hangul = next((f for f in families if covers(f)), None)
    latin = next((f for f in families if covers(f, "AaGg")), None)
    if latin is None:
        latin = QFontInfo(body_font(preset, custom_family, 20)).family() or None
    return hangul, latin
