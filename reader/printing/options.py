"""How a print job looks, as plain data: paper, margins, type size, what to include.

Qt-free so the CLI, the window and the tests share one definition. The paper default follows the
user's locale the way office software does: Letter in the few countries that use it, A4 elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

Paper = Literal["A4", "Letter"]
Orientation = Literal["portrait", "landscape"]
FontStyle = Literal["serif", "sans"]

PAPERS: tuple[Paper, ...] = ("A4", "Letter")

# Territories whose default paper is US Letter (CLDR's "paperSize" = US-Letter list).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "PH", "MX", "CL", "CO", "CR", "GT", "PA", "PR", "SV", "VE", "NI", "DO", "BZ", "HN"}
)

# The reader's default size (pixels) at which the print size is exactly print_font_size.
READER_BASE_PX = 20
DEFAULT_PRINT_PT = 11.0
LARGE_PRINT_PT = 16.0
MIN_PT = 6.0
MAX_PT = 36.0


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 18.0
    right: float = 18.0
    bottom: float = 18.0
    left: float = 18.0

    @classmethod
    def uniform(cls, mm: float) -> Margins:
        return cls(mm, mm, mm, mm)


@dataclass(frozen=True)
class PrintOptions:
    paper: Paper = "A4"
    orientation: Orientation = "portrait"
    margins: Margins = Margins()
    font_size_pt: float = DEFAULT_PRINT_PT
    font_style: FontStyle = "serif"
    font_family: str = ""  # empty: the best installed family for the article's language
    line_height: float = 1.55
    images: bool = True
    captions: bool = True
    header: bool = True
    footer: bool = True
    justify: bool = False  # Latin text only: Korean is always set ragged right (see measure())
    columns: int = 0  # 0: two where the page is wide enough for two good measures, else one

    def with_font_size(self, pt: float) -> PrintOptions:
        return replace(self, font_size_pt=clamp_pt(pt))

    def large_print(self) -> PrintOptions:
        """The preset for older readers and low vision: big type and airier lines."""
        return replace(
            self,
            font_size_pt=max(self.font_size_pt, LARGE_PRINT_PT),
            line_height=max(self.line_height, 1.65),
        )


# The longest line worth reading, in ems of the body size: about 38 Korean syllables, or about
# 75 Latin characters (a Latin letter is about half an em). Wider pages get side margins or, when
# two such columns fit, two columns.
MAX_MEASURE_EM = {"ko": 38.0, "latin": 36.0}
MIN_COLUMN_EM = 24.0  # a column narrower than this reads like a ticker, not an article
GUTTER_EM = 2.0


def measure_em(lang: str) -> float:
    return MAX_MEASURE_EM["ko" if lang.lower().startswith(("ko", "ja", "zh")) else "latin"]


def column_plan(width_em: float, lang: str, columns: int = 0) -> tuple[int, float]:
    """(columns, width of one column in ems) for a text area ``width_em`` wide.

    Two columns when each would still be at least MIN_COLUMN_EM wide (a landscape page, a large
    page); otherwise one, no wider than the language's measure (the rest becomes side margin).
    """
    longest = measure_em(lang)
    two = (width_em - GUTTER_EM) / 2
    if columns == 2 or (columns == 0 and width_em > longest and two >= MIN_COLUMN_EM):
        return 2, min(two, longest)
    return 1, min(width_em, longest)


def clamp_pt(pt: float) -> float:
    return max(MIN_PT, min(MAX_PT, float(pt)))


def territory_of(locale_name: str | None) -> str:
    """'ko_KR.UTF-8' -> 'KR'; 'en-US' -> 'US'; 'C' or '' -> ''."""
    if not locale_name:
        return ""
    name = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = name.split("_")
    if len(parts) >= 2 and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return ""


def paper_for_locale(locale_name: str | None) -> Paper:
    return "Letter" if territory_of(locale_name) in LETTER_TERRITORIES else "A4"


def system_locale_name(environ: Mapping[str, str] | None = None) -> str:
    """The locale that decides paper size, read like glibc does: LC_ALL, then LC_PAPER, then LANG."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(var, "")
        if value:
            return value
    return ""


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    return paper_for_locale(system_locale_name(environ))


def print_size_for_reader(reader_px: float, base_pt: float = DEFAULT_PRINT_PT) -> float:
    """Scale the print size with the reader's choice: 20 px on screen prints at ``base_pt``."""
    return clamp_pt(round(base_pt * reader_px / READER_BASE_PX * 2) / 2)


def options_from_settings(settings: Any, environ: Mapping[str, str] | None = None) -> PrintOptions:
    """PrintOptions from the user's settings (anything with ``get(name)``)."""
    paper_setting = settings.get("print_paper")
    paper: Paper = default_paper(environ) if paper_setting == "auto" else paper_setting
    base_pt = float(settings.get("print_font_size"))
    if settings.get("print_follow_reader"):
        size = print_size_for_reader(float(settings.get("font_size")), base_pt)
    else:
        size = clamp_pt(base_pt)
    style: FontStyle = settings.get("print_font_style")
    opts = PrintOptions(
        justify=bool(settings.get("justify")),
        paper=paper,
        orientation=settings.get("print_orientation"),
        margins=Margins.uniform(float(settings.get("print_margins_mm"))),
        font_size_pt=size,
        font_style=style,
        images=bool(settings.get("print_images")),
        captions=bool(settings.get("print_captions")),
    )
    if settings.get("print_large"):
        opts = opts.large_print()
    return opts
