"""Read aloud in the real window: the highlight follows the sentence actually being played.

Real espeak-ng, real Synthesizer and cache, real pygame (dummy driver), real MainWindow.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from reader.articles.model import Article, Heading, Paragraph
from reader.gui import speech as speech_ui
from reader.library import Library
from reader.speech import session as S
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui


def article() -> Article:
    blocks: list[Any] = [
        Paragraph(
            "(서울=연합뉴스) 김민수 기자 = 시립도서관이 야간 열람실을 연다. "
            "평일에는 밤 열한 시까지 문을 연다."
        ),
        Heading("어린이 자료실", 2),
        Paragraph("그림책 서가를 낮췄다. 바닥 쉼터도 넓혔다. 보호자 의자도 놓았다."),
        Paragraph("주말에는 이야기 시간이 열린다. 참여는 무료다. 의견은 안내 창구에서 받는다."),
    ]
    return Article(title="도서관 야간 개방", lang="ko", blocks=blocks, url="https://news.example/a/1")


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> Any:
    app_context.settings.set("tts_engine", "espeak")
    app_context.settings.set("tts_rate", 2.0)
    app_context.settings.set("tts_paragraph_pause", 0.0)
    win = make_window(qtbot, app_context)
    speech_ui.install(win)
    yield win
    controller = win.features.speech
    controller.shutdown()


def speaking(controller: Any) -> int | None:
    """The sentence whose clip the player is playing right now."""
    tag = controller.player.current_tag
    return tag[1] if tag and tag[0] == "s" else None


def assert_highlight_on(controller: Any, index: int) -> None:
    view = controller.view
    sentence = controller.sentences()[index]
    assert view.highlight == controller.doc_range(sentence)
    assert view.highlight is not None
    assert view.range_text(*view.highlight) == sentence.text


def wait_speaking(
    qtbot: Any, controller: Any, index: int, timeout: int = 15000, highlighted: bool = True
) -> None:
    """Until the player plays sentence ``index`` and the window has caught up: the session reports from
    its own thread, so a sentence that ended just as a control was pressed may still be on its way."""

    def caught_up() -> bool:
        sentence = controller.sentences()[index]
        return (
            speaking(controller) == index
            and controller.current == index
            and (not highlighted or controller.view.highlight == controller.doc_range(sentence))
        )

    qtbot.waitUntil(caught_up, timeout=timeout)


def test_highlight_stays_on_the_spoken_sentence_through_every_control(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    window.show_article(article())
    spoken = [s.index for s in controller.sentences() if not s.skip]
    assert controller.sentences()[1].skip  # the dateline is shown, not read

    window.actions["read"].trigger()  # 기사 읽어주기
    wait_speaking(qtbot, controller, spoken[0])
    assert_highlight_on(controller, spoken[0])
    wait_speaking(qtbot, controller, spoken[1])
    assert_highlight_on(controller, spoken[1])

    # pause / resume: nothing moves while paused, and the same sentence carries on
    window.actions["read"].trigger()
    assert controller.session.state == S.PAUSED
    held = controller.player.elapsed()
    qtbot.wait(500)
    assert controller.player.elapsed() == held
    assert speaking(controller) == spoken[1]
    assert_highlight_on(controller, spoken[1])
    window.actions["read"].trigger()
    assert controller.session.state == S.PLAYING
    assert_highlight_on(controller, spoken[1])
    wait_speaking(qtbot, controller, spoken[2])
    assert_highlight_on(controller, spoken[2])

    # next / previous sentence (the shortcuts' actions)
    window.actions["speech_next"].trigger()
    wait_speaking(qtbot, controller, spoken[3])
    assert_highlight_on(controller, spoken[3])
    window.actions["speech_previous"].trigger()
    wait_speaking(qtbot, controller, spoken[2])
    assert_highlight_on(controller, spoken[2])

    # a speed change restarts the sentence at the new speed; the highlight does not move
    window.actions["speech_slower"].trigger()
    assert window.ctx.settings.get("tts_rate") == pytest.approx(1.9)
    qtbot.waitUntil(lambda: controller.session.rate == pytest.approx(1.9), timeout=2000)
    wait_speaking(qtbot, controller, spoken[2])
    assert_highlight_on(controller, spoken[2])

    # a larger font reflows the page; the highlight is still exactly that sentence
    now = speaking(controller)
    assert now is not None
    window.actions["font_bigger"].trigger()
    qtbot.wait(50)
    assert window.ctx.settings.get("font_size") > 20
    now_after = speaking(controller)
    assert now_after is not None
    assert_highlight_on(controller, now_after)

    # and it keeps following to the next sentence
    wait_speaking(qtbot, controller, now_after + 1 if now_after + 1 in spoken else spoken[-1], timeout=20000)
    assert_highlight_on(controller, controller.current)
    window.actions["speech_stop"].trigger()
    assert controller.session.state == S.STOPPED


def test_double_click_and_context_menu_read_from_that_sentence(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    window.show_article(article())
    sentences = controller.sentences()
    target = next(s for s in sentences if s.text.startswith("바닥 쉼터"))

    # context menu "Read Aloud From Here" at a position inside the sentence
    start, _end = controller.doc_range(target)
    menu = QMenu()
    for hook in window.view.context_menu_hooks:
        hook(menu, start + 2)
    action = next(a for a in menu.actions() if a.objectName() == "contextReadFromHere")
    action.trigger()
    wait_speaking(qtbot, controller, target.index)
    assert_highlight_on(controller, target.index)
    window.actions["speech_stop"].trigger()

    # double-click on the next sentence's text
    other = sentences[target.index + 1]
    o_start, _ = controller.doc_range(other)
    cursor = window.view.textCursor()
    cursor.setPosition(o_start + 1)
    rect = window.view.cursorRect(cursor)
    qtbot.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.center().x() + 2, rect.center().y()),
    )
    wait_speaking(qtbot, controller, other.index)
    assert_highlight_on(controller, other.index)


def test_scrolling_away_offers_back_to_reading(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    long = Article(
        title="긴 기사",
        lang="ko",
        blocks=[Paragraph(f"{i}번째 문단의 문장이다. 이어지는 문장이다.") for i in range(1, 60)],
    )
    window.show_article(long)
    window.actions["read"].trigger()
    wait_speaking(qtbot, controller, 1)
    assert not controller.bar.back_button.isVisible()
    bar = window.view.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderToMaximum)  # what the wheel or Page Down does
    assert controller.away
    assert controller.bar.back_button.isVisible()
    top_before = bar.value()
    wait_speaking(qtbot, controller, 2)
    assert bar.value() == top_before  # the view did not jump back while the user looks elsewhere
    window.actions["speech_back"].trigger()
    assert not controller.bar.back_button.isVisible()
    assert bar.value() < top_before
    assert_highlight_on(controller, controller.current)

    # scrolling away and then back by hand to where the reading is: following resumes by itself
    bar.triggerAction(bar.SliderAction.SliderToMaximum)
    assert controller.bar.back_button.isVisible()
    bar.triggerAction(bar.SliderAction.SliderToMinimum)
    now = controller.current
    qtbot.waitUntil(lambda: controller.current != now, timeout=10000)
    assert not controller.away
    assert not controller.bar.back_button.isVisible()


def test_last_sentence_is_remembered_and_offered_on_reopen(qtbot: Any, app_context: Any, window: Any) -> None:
    controller = window.features.speech
    art = article()
    window.show_article(art)
    spoken = [s.index for s in controller.sentences() if not s.skip]
    window.actions["read"].trigger()
    wait_speaking(qtbot, controller, spoken[2])
    window.actions["read"].trigger()  # pause: the place is saved now
    window.close()  # what is still waiting to be written is written as the window goes
    with Library(app_context.paths.library_db) as lib:
        saved = lib.places.get(art)
    assert saved is not None
    assert saved.sentence == spoken[2]

    second = make_window(qtbot, app_context)
    speech_ui.install(second)
    again = second.features.speech
    second.show_article(article())  # the same article, opened again
    qtbot.waitUntil(lambda: again.offer == spoken[2], timeout=10000)
    assert again.bar.resume_button.isVisible()
    assert "sentence 3" in second.message_bar.text
    second.actions["read"].trigger()  # 기사 읽어주기 continues there
    assert "stopped listening" not in second.message_bar.text  # the offer was taken up
    assert not again.bar.resume_button.isVisible()
    wait_speaking(qtbot, again, spoken[2])
    assert_highlight_on(again, spoken[2])
    again.shutdown()


def test_highlight_can_be_turned_off(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    window.ctx.settings.set("tts_highlight", False)
    window.show_article(article())
    window.actions["read"].trigger()
    wait_speaking(qtbot, controller, controller.sentences()[0].index, highlighted=False)
    assert window.view.highlight is None
    window.ctx.settings.set("tts_highlight", True)
    qtbot.waitUntil(lambda: window.view.highlight is not None, timeout=2000)
    assert_highlight_on(controller, controller.current)


def test_no_audio_device_says_so_and_export_still_works(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")
    controller = window.features.speech
    window.show_article(article())
    window.actions["read"].trigger()
    assert "No audio device" in window.message_bar.text
    assert controller.session is None
    assert window.actions["export_audio"].isEnabled()

    out = tmp_path / "article.mp3"
    controller.exporter.start(window.article, out)
    dialog = controller.exporter.dialog
    assert dialog is not None
    exporter = controller.exporter
    qtbot.waitUntil(
        lambda: exporter.last_result is not None or exporter.last_error is not None, timeout=60000
    )
    assert controller.exporter.last_error is None
    assert out.is_file()
    assert out.with_suffix(".srt").is_file()
    assert "article.mp3" in window.message_bar.text


def test_export_can_be_cancelled_leaving_nothing(qtbot: Any, window: Any, tmp_path: Path) -> None:
    controller = window.features.speech
    long = Article(
        title="긴 기사", lang="ko", blocks=[Paragraph(f"{i}번째 문단의 문장이다.") for i in range(1, 80)]
    )
    window.show_article(long)
    out = tmp_path / "long.mp3"
    controller.exporter.start(long, out)
    dialog = controller.exporter.dialog
    qtbot.waitUntil(lambda: dialog.bar.value() >= 2, timeout=30000)
    dialog.buttons.rejected.emit()  # the Cancel button
    assert controller.exporter.dialog is None
    assert "cancelled" in window.message_bar.text.lower()
    window.tasks.wait(30000)
    time.sleep(0.1)
    assert not out.exists()
    assert not out.with_suffix(".srt").exists()


def test_keyboard_shortcuts_work_from_the_article_view(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    window.show_article(article())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.view.setFocus()
    qtbot.keyClick(
        window.view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: controller.current is not None, timeout=10000)
    window.actions["read"].trigger()  # pause, so the checks below do not race the reading
    first = controller.current

    hits: list[str] = []
    names = ("speech_next", "speech_previous", "speech_faster", "speech_slower", "speech_volume_down")
    for name in (*names, "speech_stop", "speech_back", "speech_from_here"):
        window.actions[name].triggered.connect(lambda _=False, n=name: hits.append(n))
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Right, alt)
    assert controller.current > first  # moved on one sentence (still paused)
    qtbot.keyClick(window.view, Qt.Key.Key_Left, alt)
    assert controller.current == first
    qtbot.keyClick(window.view, Qt.Key.Key_BracketRight, ctrl)
    assert window.ctx.settings.get("tts_rate") == pytest.approx(2.1)
    qtbot.keyClick(window.view, Qt.Key.Key_BracketLeft, ctrl)
    assert window.ctx.settings.get("tts_rate") == pytest.approx(2.0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, alt)
    assert window.ctx.settings.get("tts_volume") == pytest.approx(0.9)
    qtbot.keyClick(window.view, Qt.Key.Key_Period, ctrl)
    assert controller.session.state == S.STOPPED
    qtbot.keyClick(window.view, Qt.Key.Key_J, ctrl)
    qtbot.keyClick(window.view, Qt.Key.Key_Return, ctrl)
    assert hits == [*names, "speech_stop", "speech_back", "speech_from_here"]
    qtbot.waitUntil(lambda: controller.session.state == S.PLAYING, timeout=10000)
    here = controller.current
    qtbot.waitUntil(lambda: speaking(controller) == here, timeout=10000)
    hits.clear()
    window.actions["speech_repeat"].triggered.connect(lambda: hits.append("speech_repeat"))
    with qtbot.waitSignal(controller.sentence_changed, check_params_cb=lambda i: i == here, timeout=5000):
        qtbot.keyClick(window.view, Qt.Key.Key_R, ctrl | alt)  # the same sentence from its start
    assert hits == ["speech_repeat"]
    assert controller.current == here
    wait_speaking(qtbot, controller, here)
    assert_highlight_on(controller, here)
    # the keyboard's media keys work too
    hits.clear()
    window.actions["speech_next"].triggered.connect(lambda: hits.append("media-next"))
    qtbot.keyClick(window.view, Qt.Key.Key_MediaNext)
    assert hits == ["speech_next", "media-next"]  # both listeners of the one action
    qtbot.keyClick(window.view, Qt.Key.Key_MediaTogglePlayPause)
    assert controller.session.state == S.PAUSED
    # every shortcut is in the window's action table, which Help → Keyboard Shortcuts lists
    for name in (*names, "speech_repeat"):
        assert window.actions[name].shortcut().toString()


def test_reading_place_is_kept_per_article(qtbot: Any, window: Any) -> None:
    """Scroll down in one article, open another, come back: the page opens where it was left."""
    first = Article(
        title="첫 기사",
        lang="ko",
        url="https://news.example/a/first",
        blocks=[Paragraph(f"{i}번째 문단이다. 내용이 이어진다.") for i in range(1, 80)],
    )
    second = Article(title="둘째 기사", lang="ko", blocks=[Paragraph("짧은 기사다.")])
    window.show_article(first)
    bar = window.view.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    left_at = window.view.top_block_index()
    assert left_at > 3
    window.show_article(second)
    window.show_article(
        Article(
            title=first.title, lang="ko", url=first.url, blocks=list(first.blocks)
        )  # reopened: a new object
    )
    qtbot.waitUntil(lambda: window.view.top_block_index() == left_at, timeout=3000)
