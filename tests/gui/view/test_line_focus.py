"""Line focus: a band of clear lines over a dimmed page, driven by the menu action, the keys, the mouse,
scrolling and read-aloud; its pixels are checked on a grab of the viewport."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from reader.gui.view.line_focus import MASK_ALPHA
from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui


def _focused(qtbot: Any, app_context: Any, lines: int = 3) -> Any:
    window = make_window(qtbot, app_context)
    window.resize(1000, 700)
    window.show_article(rich_article(40))
    app_context.settings.set("line_focus_lines", lines)
    window.actions["line_focus"].trigger()
    assert app_context.settings.get("line_focus") is True
    QApplication.processEvents()
    return window


def _pitch(window: Any) -> float:
    focus = window.line_focus
    geom = focus._line_geometry(focus.focused_position())
    assert geom is not None
    return float(geom[1])


def test_band_shows_the_chosen_number_of_lines_and_dims_the_rest(qtbot: Any, app_context: Any) -> None:
    window = _focused(qtbot, app_context, 3)
    focus = window.line_focus
    band = focus.band()
    assert band is not None
    top, bottom = band
    pitch = _pitch(window)
    assert bottom - top == pytest.approx(3 * pitch, rel=0.2)
    vp = window.view.viewport()
    assert 0 < top < vp.height() / 2  # starts about a third of the way down
    # pixels: a mask of the page colour over the text outside the band, nothing over the band
    image = vp.grab().toImage()
    bg = QColor(window.view.style_.theme.background)
    x = int(window.view.side_margin()) + 5
    outside = [image.pixelColor(x + dx, int(bottom + pitch * 2)) for dx in range(0, 400, 4)]
    inside = [image.pixelColor(x + dx, int((top + bottom) / 2)) for dx in range(0, 400, 4)]
    darkest_out = min(c.lightness() for c in outside)
    darkest_in = min(c.lightness() for c in inside)
    assert darkest_in < 100  # text shows in the band
    assert darkest_out > bg.lightness() * MASK_ALPHA / 255 - 10  # dimmed toward the page colour
    app_context.settings.set("line_focus_lines", 5)
    top5, bottom5 = focus.band()
    assert bottom5 - top5 == pytest.approx(5 * pitch, rel=0.2)
    window.actions["line_focus"].trigger()
    assert app_context.settings.get("line_focus") is False
    assert focus.band() is None
    assert not focus.mask.isVisible()


def test_keys_move_the_band_and_scroll_near_the_edge(qtbot: Any, app_context: Any) -> None:
    window = _focused(qtbot, app_context, 1)
    focus, bar = window.line_focus, window.view.verticalScrollBar()
    start_top, _b = focus.band()
    pitch = _pitch(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    top, _b = focus.band()
    assert top > start_top + pitch * 0.5  # moved down (a paragraph gap may add a little)
    assert bar.value() == 0
    for _ in range(60):
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    top, bottom = focus.band()
    assert bar.value() > 0  # the text scrolled instead of the band leaving the screen
    assert bottom < window.view.viewport().height()
    before = focus.focused_position()
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert focus.focused_position() < before


def test_band_stays_on_screen_while_the_text_scrolls_under_it(qtbot: Any, app_context: Any) -> None:
    window = _focused(qtbot, app_context, 3)
    focus, bar = window.line_focus, window.view.verticalScrollBar()
    top, _bottom = focus.band()
    pos = focus.focused_position()
    bar.setValue(bar.value() + 300)
    new_top, _b = focus.band()
    assert abs(new_top - top) < _pitch(window) * 1.5
    assert focus.focused_position() > pos  # a later line is under the band now


def test_mouse_moves_the_band_and_clicks_still_reach_the_text(qtbot: Any, app_context: Any) -> None:
    window = _focused(qtbot, app_context, 1)
    focus, vp = window.line_focus, window.view.viewport()
    point = QPoint(vp.width() // 2, int(vp.height() * 0.8))
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(point), QPointF(vp.mapToGlobal(point)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, move)
    top, bottom = focus.band()
    assert top - _pitch(window) <= point.y() <= bottom  # the line under it, or the next after a gap
    assert focus.mask.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert vp.childAt(point) is None  # the overlay never takes the mouse


def test_band_follows_the_sentence_read_aloud_and_a_new_article(qtbot: Any, app_context: Any) -> None:
    window = _focused(qtbot, app_context, 1)
    focus = window.line_focus
    start, end = window.view.block_range(25)
    window.view.set_highlight(start, end)
    window.view.ensure_visible(start)
    focus.band()
    doc = window.view.document()
    assert doc.findBlock(focus.focused_position()) == doc.findBlock(start)
    window.show_article(rich_article(10))
    QApplication.processEvents()
    top, _b = focus.band()
    assert 0 < top < window.view.viewport().height() / 2


def test_dialog_chooses_lines_or_off(qtbot: Any, app_context: Any) -> None:
    from reader.gui.settings_bridge import SettingsBridge
    from reader.gui.window.settings_dialog import SettingsDialog

    s = app_context.settings
    dialog = SettingsDialog(SettingsBridge(s))
    qtbot.addWidget(dialog)
    dialog.line_focus.setCurrentIndex(dialog.line_focus.findData(5))
    assert s.get("line_focus") is True
    assert s.get("line_focus_lines") == 5
    dialog.line_focus.setCurrentIndex(dialog.line_focus.findData(0))
    assert s.get("line_focus") is False
    assert s.get("line_focus_lines") == 5  # remembered for the next time it is turned on
    assert dialog.line_focus.accessibleName()
