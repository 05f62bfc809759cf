"""Line focus never cuts through a line: wherever the band first appears (a new article, a size
step, 1, 3 or 5 lines) and wherever it moves, each line on screen is wholly inside it or wholly out."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from reader.paths import sample_article
from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui


def visible_lines(view: Any) -> list[tuple[float, float]]:
    """(top, bottom) in viewport pixels of every text line on screen (its glyphs' box)."""
    doc = view.document()
    layout = doc.documentLayout()
    scroll = view.verticalScrollBar().value()
    height = view.viewport().height()
    out = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        top = layout.blockBoundingRect(block).top() - scroll
        if lines is not None and top < height:
            fmt = block.blockFormat()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                y = top + line.y()
                # the letters: the line's natural height, set no taller than the line spacing
                tall = line.height()
                if i + 1 < lines.lineCount():
                    tall = min(tall, lines.lineAt(i + 1).y() - line.y())
                elif fmt.lineHeight() > 0 and fmt.lineHeightType() == 2:  # FixedHeight
                    tall = min(tall, fmt.lineHeight())
                if -tall < y < height and line.textLength() > 0:
                    out.append((y, y + tall))
        block = block.next()
    return out


def lines_inside(view: Any, top: float, bottom: float) -> list[tuple[float, float]]:
    return [ln for ln in visible_lines(view) if ln[0] >= top - 0.5 and ln[1] <= bottom + 0.5]


def assert_no_cut(window: Any) -> tuple[float, float]:
    band = window.line_focus.band()
    assert band is not None
    top, bottom = band
    for y0, y1 in visible_lines(window.view):
        inside = y0 >= top - 0.5 and y1 <= bottom + 0.5
        outside = y1 <= top + 0.5 or y0 >= bottom - 0.5
        assert inside or outside, f"band {top:.1f}..{bottom:.1f} cuts the line {y0:.1f}..{y1:.1f}"
    return band


@pytest.mark.parametrize("lines", [1, 3, 5])
@pytest.mark.parametrize("size", [16, 20, 32])
def test_the_band_first_appears_on_whole_lines(qtbot: Any, app_context: Any, lines: int, size: int) -> None:
    app_context.settings.set("font_size", size)
    window = make_window(qtbot, app_context)
    for lang in ("ko", "en"):
        assert window.open_article_now(str(sample_article(lang)))
        app_context.settings.set("line_focus_lines", lines)
        if not window.actions["line_focus"].isChecked():
            window.actions["line_focus"].trigger()
        QApplication.processEvents()
        top, bottom = assert_no_cut(window)
        inside = lines_inside(window.view, top, bottom)
        assert len(inside) == lines, (lang, lines, size, inside)


def test_the_band_stays_on_whole_lines_as_it_moves_and_the_text_scrolls(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(30))
    app_context.settings.set("line_focus_lines", 3)
    window.actions["line_focus"].trigger()
    QApplication.processEvents()
    focus = window.line_focus
    for _ in range(40):
        focus.step(1)
        assert_no_cut(window)
    bar = window.view.verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 15)):
        bar.setValue(value)
        QApplication.processEvents()
        assert_no_cut(window)
    window.actions["font_bigger"].trigger()
    QApplication.processEvents()
    assert_no_cut(window)
