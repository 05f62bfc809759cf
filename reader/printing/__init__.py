"""Print layout as data (Qt-free): options, the print model of an article, page breaking, PDF info."""

from __future__ import annotations

from reader.printing.layout import NothingToPrintError, PrintBlock, PrintModel, build_print_model
from reader.printing.options import Margins, PrintOptions, default_paper, options_from_settings

__all__ = [
    "Margins",
    "NothingToPrintError",
    "PrintBlock",
    "PrintModel",
    "PrintOptions",
    "build_print_model",
    "default_paper",
    "options_from_settings",
]
