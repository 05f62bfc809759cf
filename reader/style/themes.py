"""Reading themes and the WCAG contrast arithmetic that keeps them legible.

Body text meets WCAG AAA (7:1) in every theme; the high-contrast theme holds 7:1 for every
colour it uses, links and secondary text included. The word being read aloud is marked inside the
sentence's highlight by a stronger background (and an underline, so colour is not the only cue): its
text keeps 4.5:1 on it, 7:1 in high contrast, where it is inverted (yellow on black in the yellow
sentence) because two bright colours side by side would differ in hue only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str  # byline, captions, notes
    link: str
    rule: str  # quote bar, table lines
    highlight_bg: str  # read-aloud sentence
    highlight_text: str
    selection_bg: str
    selection_text: str
    dark: bool = False
    word_bg: str = ""  # read-aloud: the word being spoken, inside the sentence's highlight
    word_text: str = ""


THEMES: dict[str, Theme] = {
    "light": Theme("light", "#ffffff", "#1b1b1b", "#4d4d4d", "#0b4fa8", "#c8c8c8",
                   "#fff0a6", "#1b1b1b", "#b4d2f5", "#000000",
                   word_bg="#f2c230", word_text="#1b1b1b"),
    "sepia": Theme("sepia", "#f4ecd8", "#3b2e22", "#5a4634", "#7a3203", "#c9b99a",
                   "#e9cf7a", "#2a1f15", "#d9c39a", "#2a1f15",
                   word_bg="#d6a93a", word_text="#2a1f15"),
    "dark": Theme("dark", "#1c1d1f", "#e8e6e3", "#b9b6b0", "#8cb8ff", "#4a4c50",
                  "#5b4a12", "#ffffff", "#2f4f7f", "#ffffff", dark=True,
                  word_bg="#8a6a00", word_text="#ffffff"),
    "contrast": Theme("contrast", "#000000", "#ffffff", "#ffffff", "#ffff00", "#ffffff",
                      "#ffff00", "#000000", "#00ffff", "#000000", dark=True,
                      word_bg="#000000", word_text="#ffff00"),
}


def _channel(c: int) -> float:
    s = c / 255.0
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def resolve(name: str, system_dark: bool) -> Theme:
    """``system`` follows the desktop's light/dark preference."""
    if name == "system":
        return THEMES["dark" if system_dark else "light"]
    return THEMES.get(name, THEMES["light"])
