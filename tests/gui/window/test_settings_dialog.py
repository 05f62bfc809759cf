"""Reading Settings reports what the page is drawn in, not what a font box happens to hold."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QTextCursor

from reader.gui import fonts
from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui


def _drawn_family(window: Any, ch: str) -> str:
    """The family the view's document really uses for ``ch`` (Qt's own resolution of the font list)."""
    from PySide6.QtGui import QRawFont, QTextLayout

    doc = window.view.document()
    cursor = QTextCursor(doc.findBlockByNumber(doc.blockCount() - 1))  # a body paragraph
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    layout = QTextLayout(ch, cursor.charFormat().font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    raw: QRawFont = runs[0].rawFont()
    return raw.familyName()


def test_the_family_box_and_the_label_name_the_fonts_the_page_is_drawn_in(
    qtbot: Any, app_context: Any
) -> None:
    hangul = fonts.hangul_family("sans")
    if hangul is None:
        pytest.skip("no Hangul font installed")
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(2))
    dialog = window.open_settings()
    assert app_context.settings.get("font_preset") == "sans"
    assert dialog.font_family.currentFont().family() == hangul  # not the first family of the list
    assert _drawn_family(window, "한") == hangul
    assert hangul in dialog.drawn.text()
    latin = "DejaVu Sans"
    if latin not in fonts.installed_families():
        pytest.skip("DejaVu Sans is not installed")
    dialog.font_family.setCurrentFont(QFont(latin))
    assert app_context.settings.get("font_preset") == "custom"
    text = dialog.drawn.text()
    assert latin in text
    assert hangul in text  # Korean letters still come from the Hangul family behind it
    assert _drawn_family(window, "A") == latin
    assert _drawn_family(window, "한") == hangul
    dialog.close()
