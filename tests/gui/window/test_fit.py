"""The window fits the width it is given: opening read-aloud, the library or the settings never
widens it; at 640 px with the player bar and the library open every widget lies inside it; at
500×400 nothing overlaps. The toolbar, the player bar and the library give way in order.

These run on Qt's offscreen platform, where no window manager holds the window's size: a part that
asked for more room than it has would grow the window here, which is what the tests catch.
(test_fit_x11.py repeats the essentials under a real X server with a window manager.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QToolButton

from reader.gui import actions as acts
from reader.gui.speech import bar as player
from reader.gui.window import sizing
from reader.paths import sample_article
from reader.settings import SCHEMA_BY_NAME
from tests.layout_support import english_again, layout_problems

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    english_again()


def _open(qtbot: Any, ctx: Any, lang: str, size: tuple[int, int]) -> Any:
    from reader.gui.app import build_window

    ctx.settings.set("ui_language", lang)
    ctx.settings.set("tts_engine", "espeak")
    ctx.settings.set("tts_rate", 2.0)
    _app, window = build_window(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_article_now(str(sample_article(lang)))
    qtbot.wait(50)
    return window


def _start_reading(qtbot: Any, window: Any) -> None:
    speech = window.features.speech
    window.actions["read"].trigger()
    qtbot.waitUntil(lambda: speech.current is not None, timeout=20000)
    window.actions["read"].trigger()  # paused: the bar stays, nothing moves
    qtbot.waitUntil(lambda: speech.bar.isVisible(), timeout=5000)


def _settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(30)


@pytest.fixture
def opened(qtbot: Any, app_context: Any) -> Iterator[Any]:
    made: list[Any] = []

    def open_window(lang: str, size: tuple[int, int]) -> Any:
        window = _open(qtbot, app_context, lang, size)
        made.append(window)
        return window

    yield open_window
    for window in made:
        window.features.speech.shutdown()
        window.tasks.wait(5000)
    app_context.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("width", [500, 640, 800, 1000])
def test_read_aloud_library_and_settings_never_widen_the_window(
    opened: Any, qtbot: Any, lang: str, width: int
) -> None:
    window = opened(lang, (width, 600))
    assert window.width() == width
    seen = {"start": window.width()}
    _start_reading(qtbot, window)
    _settle(qtbot)
    seen["read aloud"] = window.width()
    window.actions["library_panel"].trigger()
    _settle(qtbot)
    seen["library"] = window.width()
    dialog = window.open_settings()
    _settle(qtbot)
    seen["settings"] = window.width()
    dialog.close()
    window.actions["speech_next"].trigger()  # the progress text changes
    _settle(qtbot)
    seen["next sentence"] = window.width()
    assert set(seen.values()) == {width}, seen
    assert window.height() == 600


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_widget_lies_inside_the_window_at_640_with_player_and_library(
    opened: Any, qtbot: Any, lang: str
) -> None:
    window = opened(lang, (640, 480))
    _start_reading(qtbot, window)
    window.actions["library_panel"].trigger()
    _settle(qtbot)
    dock = window.features.library.dock
    assert dock.isVisible()
    assert window.centralWidget().isVisible()  # side by side at 640
    assert window.features.speech.bar.isVisible()
    assert window.size().toTuple() == (640, 480)
    assert layout_problems(window) == []
    # the panel takes at most 40% beside the article; the player bar runs under both
    assert dock.width() <= round(640 * 0.4) + 2
    bar = window.features.speech.bar
    assert bar.width() >= 620
    assert window.findChild(QToolButton, "qt_toolbar_ext_button").isHidden()  # our More, not Qt's arrow


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_nothing_overlaps_at_500x400(opened: Any, qtbot: Any, lang: str) -> None:
    window = opened(lang, (500, 400))
    _start_reading(qtbot, window)
    _settle(qtbot)
    assert layout_problems(window) == []
    window.actions["library_panel"].trigger()  # too narrow to share: the panel takes the window
    _settle(qtbot)
    assert window.features.library.dock.isVisible()
    assert not window.centralWidget().isVisible()
    assert window.size().toTuple() == (500, 400)
    assert layout_problems(window) == []
    window.show_article(window.article)  # an article opened from the panel gives the window back
    _settle(qtbot)
    assert not window.features.library.dock.isVisible()
    assert window.centralWidget().isVisible()
    assert layout_problems(window) == []
    window.resize(900, 600)  # wide again: the panel opens beside the article
    window.actions["library_panel"].trigger()
    _settle(qtbot)
    assert window.centralWidget().isVisible()
    assert window.features.library.dock.isVisible()
    assert layout_problems(window) == []


def test_minimum_width_with_player_and_library_is_at_most_640(opened: Any, qtbot: Any) -> None:
    window = opened("ko", (900, 600))
    _start_reading(qtbot, window)
    window.actions["library_panel"].trigger()
    _settle(qtbot)
    assert window.centralWidget().isVisible()
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 640, minimum
    window.resize(640, 480)
    _settle(qtbot)
    assert window.width() == 640
    assert layout_problems(window) == []
    # narrower still, down to the window's own minimum: every widget inside, nothing squeezed
    for width in (600, 560, 480, 400, window.minimumSizeHint().width()):
        window.resize(width, 420)
        _settle(qtbot)
        assert window.width() == width
        assert layout_problems(window) == [], width


@pytest.mark.parametrize("style", SCHEMA_BY_NAME["toolbar_style"].choices or ())
def test_every_toolbar_command_stays_reachable_at_every_width(opened: Any, qtbot: Any, style: str) -> None:
    window = opened("ko", (1400, 600))
    window.settings.set("toolbar_style", style)
    fitting = window.chrome.fitting
    names = [n for n in acts.TOOLBAR if n not in ("-", "stretch") and not n.startswith("widget:")]
    order = [name for group in acts.TOOLBAR_KEEP for name in group]
    hidden_before: set[str] = set()
    for width in range(1400, 219, -60):
        window.resize(width, 500)
        _settle(qtbot)
        shown = {n for n in names if fitting.buttons[n].isVisible()}
        more = fitting.more_menu.actions()
        in_more = {a.objectName().removeprefix("action_") for a in more if a.objectName()}
        for name in names:
            if window.actions[name].isVisible():
                assert (name in shown) != (name in in_more), (width, name)  # one or the other, never both
        assert fitting.more.isVisible() == bool(in_more)
        assert window.findChild(QToolButton, "qt_toolbar_ext_button").isHidden(), width
        # what goes first is the least needed; once gone it stays gone as the window narrows
        hidden = set(fitting.overflowed)
        assert hidden_before <= hidden, width
        hidden_before = hidden
        kept = [n for n in order if n in names and n in shown]
        gone = [n for n in order if n in hidden]
        if kept and gone:
            assert max(order.index(n) for n in kept) < min(order.index(n) for n in gone), width
        bar = window.toolbar
        for name in shown:
            button = fitting.buttons[name]
            assert QRect(0, 0, bar.width(), bar.height()).contains(button.geometry()), (width, name)
    assert "read" in {n for n in names if fitting.buttons[n].isVisible()}  # 기사 읽어주기 stays longest


def test_toolbar_style_setting_and_its_menu(opened: Any, qtbot: Any) -> None:
    window = opened("en", (1400, 600))
    fitting = window.chrome.fitting
    styles = SCHEMA_BY_NAME["toolbar_style"].choices
    assert styles == ("both", "icons", "text")
    assert window.settings.get("toolbar_style") == "both"  # text beside icons by default
    button = fitting.buttons["read"]
    assert button.toolButtonStyle() == player.Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    menu = window.menus["toolbar_style"]
    labels = [a.text() for a in menu.actions()]
    assert labels == ["Icons &and Text", "&Icons Only", "&Text Only"]
    menu.actions()[1].trigger()
    assert window.settings.get("toolbar_style") == "icons"
    assert button.toolButtonStyle() == player.Qt.ToolButtonStyle.ToolButtonIconOnly
    assert button.toolTip().startswith("Read the article aloud")  # the words stay in the tooltip
    window.settings.set("toolbar_style", "text")
    assert button.toolButtonStyle() == player.Qt.ToolButtonStyle.ToolButtonTextOnly
    assert menu.actions()[2].isChecked()


def test_player_bar_tucks_its_controls_away_in_order(opened: Any, qtbot: Any) -> None:
    window = opened("en", (1400, 600))
    _start_reading(qtbot, window)
    bar = window.features.speech.bar
    levels = []
    for width in range(1400, 299, -50):
        window.resize(width, 500)
        _settle(qtbot)
        levels.append(bar.level)
        secondary = (bar.speed, bar.volume, bar.engine, bar.options)
        if bar.level == player.INLINE:
            assert all(w.window() is window for w in secondary)
            assert not bar.more.isVisible()
        else:
            assert all(w.window() is bar.panel for w in secondary)  # behind the one button
            assert bar.more.isVisible()
        if bar.level >= player.SHORT:
            assert "/" in bar.progress.text()
            assert bar.progress.toolTip().startswith("Sentence")  # the whole of it, on hover
        assert layout_problems(window) == [], width
    assert levels == sorted(levels)  # narrower never shows more
    assert levels[0] == player.INLINE
    assert levels[-1] >= player.SHORT
    assert bar.minimumSizeHint().width() <= 400
    bar.more.click()
    qtbot.waitUntil(bar.panel.isVisible, timeout=2000)
    screen = window.screen().availableGeometry()
    assert screen.contains(bar.panel.frameGeometry())
    bar.speed.setValue(1.5)
    assert window.settings.get("tts_rate") == pytest.approx(1.5)  # the same controls, wherever they are
    bar.panel.hide()


def test_first_size_is_a_share_of_the_screen() -> None:
    laptop = QRect(0, 0, 1366, 740)
    rect = sizing.first_geometry(laptop)
    assert rect.width() == round(1366 * sizing.WIDTH_SHARE)
    assert laptop.contains(rect)
    big = sizing.first_geometry(QRect(0, 0, 3840, 2100))
    assert big.width() == sizing.FIRST_MAX.width()
    assert big.height() == sizing.FIRST_MAX.height()
    for available in (QRect(0, 0, 683, 360), QRect(0, 0, 500, 400), QRect(1920, 0, 800, 600)):
        rect = sizing.first_geometry(available)
        frame = rect.adjusted(-4, -32, 4, 4)
        assert available.contains(frame), (available, rect)
        assert rect.width() >= min(640, available.width() - 8)


def test_remembered_geometry_is_brought_back_onto_the_screen() -> None:
    screen = QRect(0, 0, 1024, 740)
    assert sizing.fit_rect(QRect(100, 80, 800, 600), screen) == QRect(100, 80, 800, 600)  # it fits: kept
    for saved in (QRect(1500, 700, 1200, 900), QRect(-900, -400, 700, 500), QRect(3000, 2000, 400, 300)):
        fitted = sizing.fit_rect(saved, screen)
        frame = fitted.adjusted(-4, -32, 4, 4)
        assert screen.contains(frame), (saved, fitted)
        assert fitted.width() == min(saved.width(), screen.width() - 8)


def test_a_saved_geometry_from_a_larger_screen_opens_on_this_one(qtbot: Any, app_context: Any) -> None:
    from reader.gui.window.main_window import MainWindow

    first = MainWindow(app_context)
    qtbot.addWidget(first)
    first.setGeometry(2400, 1500, 1800, 1200)  # on a screen this machine does not have
    app_context.state().set_geometry(bytes(first.saveGeometry().data()))
    first.close()
    again = MainWindow(app_context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    _settle(qtbot)
    available = again.screen().availableGeometry()
    assert available.contains(again.geometry()), (available, again.geometry())


def test_settings_dialog_opening_leaves_the_window_alone(opened: Any, qtbot: Any) -> None:
    window = opened("ko", (640, 480))
    before = window.geometry()
    dialog = window.open_settings()
    _settle(qtbot)
    assert isinstance(dialog, QDialog)
    assert window.geometry() == before


def test_long_addresses_and_messages_do_not_widen_the_window(opened: Any, qtbot: Any) -> None:
    window = opened("ko", (500, 400))
    address = "https://www.example-news.co.kr/news/articleView.html?idxno=1234567890&section=society&page=3"
    window.busy.start(f"{address} 여는 중…")
    _settle(qtbot)
    assert window.width() == 500
    assert window.busy.label.toolTip() == f"{address} 여는 중…"  # the whole of it, on hover
    assert "…" in window.busy.label.text()
    assert layout_problems(window) == []
    window.busy.stop()
    window.show_message("구글 음성에 연결할 수 없어 오프라인 음성으로 읽습니다. " * 4, "warning",
                        [("로그 보기", lambda: None), ("다시 시도", lambda: None)])  # fmt: skip
    _settle(qtbot)
    assert window.width() == 500
    assert layout_problems(window) == []
    failed = f"{address}을(를) 열지 못했습니다: 서버를 찾을 수 없습니다"
    window.show_message(failed, "error", [("로그 보기", lambda: None)])  # an address is one long word
    _settle(qtbot)
    assert window.width() == 500
    assert window.message_bar.text == failed  # the words as given; only the drawing may wrap inside it
    bar = window.message_bar.label
    assert bar.height() > bar.fontMetrics().height() * 1.5  # wrapped onto more lines, not cut off
    assert layout_problems(window) == []
