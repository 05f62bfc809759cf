"""One icon set, in the theme's colours: every toolbar and player icon is measured on a grab of its
button against the background around it, in every theme (WCAG ratio ≥ 4.5:1, ≥ 7:1 in high
contrast). ▶ 기사 읽어주기 and ⏮ 다시듣기 were black on black in the dark themes before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from reader.gui import actions as acts
from reader.gui import icons
from reader.paths import resource_path
from reader.settings import SCHEMA_BY_NAME
from reader.style.themes import contrast_ratio
from tests.layout_support import english_again

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    english_again()

THEMES = SCHEMA_BY_NAME["theme"].choices or ()


def _hex(c: QColor) -> str:
    return c.name()


def icon_contrast(button: QToolButton) -> tuple[float, str, str, int]:
    """(ratio, icon colour, background, icon pixels) of ``button``'s icon as drawn.

    The button is grabbed twice, with its icon and without: the pixels that differ are the icon's.
    Its colour is the most common of them (the solid inside of the strokes, not their smoothed
    edges); the background is what those pixels are without the icon.
    """
    with_icon = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    icon = button.icon()
    action = button.defaultAction()
    button.blockSignals(True)
    if action is not None:
        action.blockSignals(True)
    button.setIcon(QIcon(_blank(button)))
    without = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    button.setIcon(icon)
    button.blockSignals(False)
    if action is not None:
        action.blockSignals(False)
    inks: Counter[str] = Counter()
    grounds: Counter[str] = Counter()
    for y in range(with_icon.height()):
        for x in range(with_icon.width()):
            a, b = with_icon.pixelColor(x, y), without.pixelColor(x, y)
            if a != b:
                inks[_hex(a)] += 1
                grounds[_hex(b)] += 1
    assert inks, f"{button.objectName()}: no icon drawn"
    ink = inks.most_common(1)[0][0]
    ground = grounds.most_common(1)[0][0]
    return contrast_ratio(ink, ground), ink, ground, sum(inks.values())


def _blank(button: QToolButton) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap

    size = button.iconSize()
    pixmap = QPixmap(max(1, size.width()), max(1, size.height()))
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> Iterator[Any]:
    from reader.gui.app import build_window

    app_context.settings.set("tts_engine", "espeak")
    app_context.settings.set("ui_language", "ko")
    _app, win = build_window(app_context)
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    qtbot.waitExposed(win)
    from reader.paths import sample_article

    assert win.open_article_now(str(sample_article("ko")))
    speech = win.features.speech
    win.actions["read"].trigger()
    qtbot.waitUntil(lambda: speech.current is not None, timeout=20000)
    win.actions["read"].trigger()  # paused: every transport button enabled, the bar shown
    qtbot.waitUntil(lambda: speech.bar.isVisible(), timeout=5000)
    yield win
    speech.shutdown()
    win.tasks.wait(5000)
    app_context.close()


def _buttons(window: Any) -> dict[str, QToolButton]:
    found = {f"toolbar {n}": b for n, b in window.chrome.fitting.buttons.items() if b.isVisible()}
    bar = window.features.speech.bar
    for name, button in bar.buttons.items():
        found[f"player {name}"] = button
    found["player close"] = bar.close_button
    return found


@pytest.mark.parametrize("theme", THEMES)
def test_every_toolbar_and_player_icon_stands_out_in_every_theme(window: Any, qtbot: Any, theme: str) -> None:
    window.settings.set("theme", theme)
    QApplication.processEvents()
    qtbot.wait(50)
    need = 7.0 if theme == "contrast" else 4.5
    buttons = _buttons(window)
    assert {"toolbar read", "toolbar replay", "player play", "player previous"} <= set(buttons)
    report = {}
    for name, button in buttons.items():
        assert button.isEnabled(), name
        assert not button.icon().isNull(), name
        ratio, ink, ground, pixels = icon_contrast(button)
        report[name] = (round(ratio, 1), ink, ground)
        assert pixels >= 20, (name, pixels)  # an icon, not a speck
        assert ratio >= need, (theme, name, ink, ground, ratio)
    # one set, one ink: every icon in the colour of the words beside it (the theme's button text)
    words = QColor(window.toolbar.palette().color(QPalette.ColorRole.ButtonText))
    for name, (_ratio, ink, _ground) in report.items():
        c = QColor(ink)
        apart = max(abs(c.red() - words.red()), abs(c.green() - words.green()), abs(c.blue() - words.blue()))
        assert apart <= 8, (name, ink, words.name())
    # checked (the library's button while the panel is open) and what a narrow window shows: the
    # toolbar's More and the player's speed-and-voice button
    window.actions["library_panel"].trigger()
    window.resize(640, 600)
    QApplication.processEvents()
    qtbot.wait(50)
    bar = window.features.speech.bar
    narrow = {"toolbar more": window.chrome.fitting.more, "player more": bar.more}
    narrow.update({f"toolbar {n}": b for n, b in window.chrome.fitting.buttons.items() if b.isVisible()})
    for name, button in narrow.items():
        assert button.isVisible(), name
        ratio, ink, ground, pixels = icon_contrast(button)
        report[f"{name} (narrow)"] = (round(ratio, 1), ink, ground)
        assert ratio >= need, (theme, name, ink, ground, ratio)
    assert window.chrome.fitting.buttons["library_panel"].isChecked() or "library_panel" in (
        window.chrome.fitting.overflowed
    )
    window.actions["library_panel"].trigger()
    window.resize(1400, 700)
    print(theme, {k: v[0] for k, v in report.items()})


def test_read_and_replay_icons_are_light_in_dark_themes(window: Any, qtbot: Any) -> None:
    for theme in ("dark", "contrast"):
        window.settings.set("theme", theme)
        QApplication.processEvents()
        for name in ("read", "replay"):
            _ratio, ink, ground, _n = icon_contrast(window.chrome.fitting.buttons[name])
            assert QColor(ink).lightness() > 200, (theme, name, ink)
            assert QColor(ground).lightness() < 80, (theme, name, ground)


def test_every_icon_the_program_names_is_in_its_own_set() -> None:
    named = {spec.icon for spec in acts.SPECS if spec.icon}
    named |= {"media-playback-pause", "view-more", "configure-speech", "image-x-generic"}
    folder = resource_path(*icons.SET_FOLDER)
    missing = sorted(n for n in named if not (folder / f"{n}.svg").is_file())
    assert missing == []
    for path in folder.glob("*.svg"):
        text = path.read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text, path.name  # one grid for the whole set
        assert "currentColor" in text, path.name  # drawn in the theme's colour, not a fixed one
        assert "#" not in text.replace("&#", ""), path.name


def test_toolbar_buttons_show_words_beside_icons_by_default(window: Any) -> None:
    from PySide6.QtCore import Qt

    for name, button in window.chrome.fitting.buttons.items():
        if button.isVisible():
            assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon, name
            assert button.text(), name


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_fields_and_buttons_keep_a_visible_edge_in_dark_themes(window: Any, qtbot: Any, theme: str) -> None:
    """Fusion draws a control's edge a shade darker than the window: black on black in high contrast.
    The edge must stand 3:1 from what is around it (WCAG 1.4.11)."""
    window.settings.set("theme", theme)
    window.actions["library_panel"].trigger()
    QApplication.processEvents()
    qtbot.wait(50)
    panel = window.features.library.panel
    ground = _hex(window.palette().color(QPalette.ColorRole.Window))
    for control in (panel.search, panel.open_button, panel.sort_combo):
        image = control.grab().toImage()
        y = image.height() // 2
        edge = max((contrast_ratio(_hex(image.pixelColor(x, y)), ground), x) for x in range(0, 3))
        assert edge[0] >= 3.0, (theme, control.objectName() or type(control).__name__, edge)
    window.actions["library_panel"].trigger()
