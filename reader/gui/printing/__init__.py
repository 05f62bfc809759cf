"""프린트하기 in the window: preview, print, PDF export, and the renderer the pdf command shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.gui.api import ReaderWindow
    from reader.gui.printing.controller import PrintController


def install(window: ReaderWindow) -> PrintController:
    from reader.gui.printing.controller import install as install_printing

    return install_printing(window)
