"""Type size, family, spacing, width, themes and the scroll anchor, driven through the window's controls."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QTextFormat, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.gui import fonts
from reader.settings import Settings
from reader.state import AppState
from reader.style import themes
from reader.style.reading import MAX_SIZE, MIN_SIZE, SIZE_STEPS, step_size
from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui


def _body_format(window: Any, block_index: int = 10) -> Any:
    start, _end = window.view.block_range(block_index)
    block = window.view.document().findBlock(start)
    frag = block.begin().fragment()
    return block, frag.charFormat()


def test_size_steps_cover_10_to_96_in_at_least_20_steps() -> None:
    assert SIZE_STEPS[0] == 10
    assert SIZE_STEPS[-1] == 96
    assert len(SIZE_STEPS) >= 20
    assert list(SIZE_STEPS) == sorted(set(SIZE_STEPS))
    assert step_size(96, +1) == 96
    assert step_size(10, -1) == 10
    assert step_size(19, +1) == 20
    assert step_size(19, -1) == 18


def test_buttons_walk_every_step_and_stop_at_the_bounds(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    bigger, smaller = window.actions["font_bigger"], window.actions["font_smaller"]
    seen = [app_context.settings.get("font_size")]
    while bigger.isEnabled():
        bigger.trigger()
        seen.append(app_context.settings.get("font_size"))
    assert seen[-1] == MAX_SIZE
    assert window.size_label.text() == "96 px"
    _block, fmt = _body_format(window)
    assert fmt.intProperty(QTextFormat.Property.FontPixelSize) == 96
    while smaller.isEnabled():
        smaller.trigger()
    assert app_context.settings.get("font_size") == MIN_SIZE
    assert not smaller.isEnabled()
    assert bigger.isEnabled()
    _block, fmt = _body_format(window)
    assert fmt.intProperty(QTextFormat.Property.FontPixelSize) == 10
    assert set(seen) <= set(SIZE_STEPS) | {20}


def test_keyboard_and_ctrl_wheel_change_the_size(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    start = app_context.settings.get("font_size")
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert app_context.settings.get("font_size") == step_size(start, +1)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app_context.settings.get("font_size") == step_size(start, -1)
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app_context.settings.get("font_size") == 20

    vp = window.view.viewport()
    pos = QPointF(vp.width() / 2, vp.height() / 2)
    for delta, expected in ((120, step_size(20, +1)), (-240, step_size(20, -1))):
        ev = QWheelEvent(
            pos,
            QPointF(vp.mapToGlobal(pos.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(vp, ev)
        assert app_context.settings.get("font_size") == expected


@pytest.mark.parametrize("preset", ["sans", "serif", "mono"])
def test_family_presets_use_an_installed_hangul_family(qtbot: Any, app_context: Any, preset: str) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    app_context.settings.set("font_preset", preset)
    _block, fmt = _body_format(window)
    family = fonts.hangul_family(preset)
    assert family is not None
    assert fmt.fontFamilies()[0] == family
    assert fonts.covers(family)


def test_custom_family_comes_first_with_hangul_behind_it(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    app_context.settings.set("font_family", "DejaVu Serif")
    app_context.settings.set("font_preset", "custom")
    _block, fmt = _body_format(window)
    families = fmt.fontFamilies()
    assert families[0] == "DejaVu Serif"
    assert fonts.hangul_family("sans") in families


def test_line_height_spacing_justify_and_width(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.resize(1600, 900)
    window.show_article(rich_article(5))
    s = app_context.settings
    s.set("line_height", 2.0)
    s.set("paragraph_spacing", 1.5)
    s.set("justify", True)
    block, _fmt = _body_format(window)
    bf = block.blockFormat()
    size = s.get("font_size")
    assert bf.lineHeight() == pytest.approx(round(2.0 * size))
    assert bf.bottomMargin() == pytest.approx(1.5 * size)
    assert bf.alignment() & Qt.AlignmentFlag.AlignJustify
    s.set("justify", False)
    block, _fmt = _body_format(window)
    assert not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    for width in (20, 45, 70):
        s.set("content_width", width)
        s.set("font_size", 16)
        avail = window.view.viewport().width()
        assert window.view.column_width() == pytest.approx(min(width * 16, avail - 48), abs=2)
        block, _fmt = _body_format(window)
        line = block.layout().lineAt(0)
        assert line.naturalTextWidth() <= width * 16 + 1
        assert line.width() == pytest.approx(window.view.column_width(), abs=1)
    with pytest.raises(ValueError):
        s.set("line_height", 2.7)
    with pytest.raises(ValueError):
        s.set("content_width", 71)


def test_letter_and_word_spacing_widen_the_text_and_go_back(qtbot: Any, app_context: Any) -> None:
    """Spacing is in em of each part's own size (a heading spaces as much, relatively, as the body), and
    setting it back to 0 restores the original layout exactly."""
    window = make_window(qtbot, app_context)
    window.resize(1400, 900)
    window.show_article(rich_article(5))
    s = app_context.settings
    s.set("font_size", 20)

    def lines_and_width() -> tuple[int, float]:
        block, _fmt = _body_format(window)
        layout = block.layout()
        return layout.lineCount(), max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))

    plain = lines_and_width()
    s.set("letter_spacing", 0.12)
    s.set("word_spacing", 0.3)
    _block, fmt = _body_format(window)
    assert fmt.fontLetterSpacing() == pytest.approx(0.12 * 20)
    assert fmt.fontWordSpacing() == pytest.approx(0.3 * 20)
    spaced = lines_and_width()
    assert spaced[0] > plain[0]  # the same paragraph needs more lines
    doc = window.view.document()
    title = doc.findBlock(0).begin().fragment().charFormat()
    title_px = title.property(QTextFormat.Property.FontPixelSize)
    assert title_px > 20
    assert title.fontLetterSpacing() == pytest.approx(0.12 * title_px)
    s.set("letter_spacing", 0.0)
    s.set("word_spacing", 0.0)
    assert lines_and_width() == plain
    with pytest.raises(ValueError):
        s.set("letter_spacing", 0.5)


def test_wcag_contrast_of_every_theme() -> None:
    for theme in themes.THEMES.values():
        assert themes.contrast_ratio(theme.text, theme.background) >= 7.0, theme.name
        assert themes.contrast_ratio(theme.muted, theme.background) >= 7.0, theme.name
        assert themes.contrast_ratio(theme.link, theme.background) >= 4.5, theme.name
        assert themes.contrast_ratio(theme.highlight_text, theme.highlight_bg) >= 7.0, theme.name
    hc = themes.THEMES["contrast"]
    for colour in (hc.text, hc.muted, hc.link):
        assert themes.contrast_ratio(colour, hc.background) >= 7.0
    assert themes.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)


@pytest.mark.parametrize("name", ["light", "sepia", "dark", "contrast"])
def test_theme_colours_reach_the_view(qtbot: Any, app_context: Any, name: str) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    window.theme_actions[name].trigger()
    assert app_context.settings.get("theme") == name
    theme = themes.THEMES[name]
    assert window.view.palette().color(QPalette.ColorRole.Base) == QColor(theme.background)
    _block, fmt = _body_format(window)
    assert fmt.foreground().color() == QColor(theme.text)
    assert window.theme_actions[name].isChecked()


def test_system_theme_follows_the_desktop(
    qtbot: Any, app_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.gui.window import main_window

    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    app_context.settings.set("theme", "system")
    monkeypatch.setattr(main_window, "system_is_dark", lambda: True)
    window._system_scheme_changed()
    assert window.view.palette().color(QPalette.ColorRole.Base) == QColor(themes.THEMES["dark"].background)
    monkeypatch.setattr(main_window, "system_is_dark", lambda: False)
    window._system_scheme_changed()
    assert window.view.palette().color(QPalette.ColorRole.Base) == QColor(themes.THEMES["light"].background)


def test_choices_persist_and_come_back(qtbot: Any, app_context: Any, app_paths: Any) -> None:
    from reader.context import AppContext

    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    window.actions["font_bigger"].trigger()
    window.actions["font_bigger"].trigger()
    window.theme_actions["sepia"].trigger()
    app_context.settings.set("line_height", 1.4)
    app_context.settings.set("font_preset", "serif")
    window.close()

    reloaded = Settings.load(app_paths.settings_file)
    assert reloaded.get("font_size") == step_size(step_size(20, 1), 1)
    assert reloaded.get("theme") == "sepia"
    assert reloaded.get("line_height") == 1.4
    assert AppState.load(app_paths.state_file).geometry  # kept apart from the settings
    ctx2 = AppContext(paths=app_paths, settings=reloaded)
    window2 = make_window(qtbot, ctx2)
    window2.show_article(rich_article(5))
    _block, fmt = _body_format(window2)
    assert fmt.intProperty(QTextFormat.Property.FontPixelSize) == reloaded.get("font_size")
    assert fmt.fontFamilies()[0] == fonts.hangul_family("serif")
    assert window2.view.palette().color(QPalette.ColorRole.Base) == QColor(themes.THEMES["sepia"].background)


def test_corrupt_settings_file_is_set_aside_with_a_message(qtbot: Any, app_paths: Any) -> None:
    from reader.context import AppContext

    app_paths.settings_file.write_text("{not json", encoding="utf-8")
    ctx = AppContext(paths=app_paths, settings=Settings.load(app_paths.settings_file))
    window = make_window(qtbot, ctx)
    assert window.message_bar.kind == "warning"
    assert "defaults are in use" in window.message_bar.text
    assert list(app_paths.config_dir.glob("settings.json.corrupt-*"))


def test_scroll_anchor_kept_across_size_changes(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(80))
    view = window.view
    view.scroll_to_block(40)
    assert view.top_block_index() == 40
    for _ in range(4):
        window.actions["font_bigger"].trigger()
        assert view.top_block_index() == 40
    app_context.settings.set("font_size", 96)
    assert view.top_block_index() == 40
    app_context.settings.set("font_size", 10)
    assert view.top_block_index() == 40
    app_context.settings.set("line_height", 2.4)
    assert view.top_block_index() == 40
    window.resize(600, 700)
    qtbot.wait(10)
    assert view.top_block_index() == 40


def test_user_scroll_is_reported(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(40))
    with qtbot.waitSignal(window.view.user_scrolled, timeout=1000):
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.view.verticalScrollBar().value() > 0
    programmatic: list[int] = []
    window.view.user_scrolled.connect(lambda: programmatic.append(1))
    window.view.scroll_to_block(20)
    assert programmatic == []


def test_default_family_covers_the_sample(qtbot: Any, app_context: Any) -> None:
    from reader.articles import load_article
    from reader.paths import sample_article

    make_window(qtbot, app_context)
    article = load_article(str(sample_article("ko")))
    text = article.title + article.subtitle + article.text
    family = fonts.hangul_family("sans")
    assert family is not None
    missing = sorted({ch for ch in text if not ch.isspace() and not fonts.covers(family, ch)})
    assert missing == []


def test_missing_hangul_font_is_reported_once(
    qtbot: Any, app_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "hangul_family", lambda preset="sans": None)
    window = make_window(qtbot, app_context)
    assert "fonts-noto-cjk" in window.message_bar.text
    window.show_article(rich_article(3))  # opening an article leaves the notice standing
    assert "fonts-noto-cjk" in window.message_bar.text
    window.close()  # seen: it was on screen until the window closed
    assert AppState.load(app_context.paths.state_file).notice_shown("hangul_font")
    window2 = make_window(qtbot, app_context)
    assert window2.message_bar.text == ""


def test_a_notice_pushed_aside_comes_back(
    qtbot: Any, app_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "hangul_family", lambda preset="sans": None)
    window = make_window(qtbot, app_context)
    assert "fonts-noto-cjk" in window.message_bar.text
    window.show_message("something else", "info")  # took its place before the reader read it
    window.close()
    assert not AppState.load(app_context.paths.state_file).notice_shown("hangul_font")
    window2 = make_window(qtbot, app_context)
    assert "fonts-noto-cjk" in window2.message_bar.text
    qtbot.mouseClick(window2.message_bar.close_button, Qt.MouseButton.LeftButton)  # read and closed
    assert AppState.load(app_context.paths.state_file).notice_shown("hangul_font")
