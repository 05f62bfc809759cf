"""The word being spoken, marked in the window: measured on grabs of the view at the word's
rectangle from the document layout, with the natural voice against the fake Microsoft service
(its word boundaries) and with real espeak-ng word events."""

from __future__ import annotations

from typing import Any

import pytest

from reader.articles.model import Article, Paragraph
from reader.gui import speech as speech_ui
from reader.speech import session as S
from reader.style.themes import THEMES
from tests.gui.speech.word_support import grab, pause_mid_word, share, text_rects
from tests.gui_helpers import make_window
from tests.speech.fake_edge import FakeEdge, edge_clock, fake_edge, fast_edge

pytestmark = pytest.mark.gui
__all__ = ["edge_clock", "fake_edge", "fast_edge"]

MARKED = 0.3  # of a word's box: the rest is the letters themselves
UNMARKED = 0.02


def article() -> Article:
    return Article(
        title="도서관 소식",
        lang="ko",
        blocks=[
            Paragraph("시립도서관이 야간 열람실을 새로 연다. 평일에는 밤 늦게까지 문을 연다."),
            Paragraph("그림책 서가를 낮추고 바닥 쉼터도 넓혔다. 보호자 의자도 여러 개 놓았다."),
        ],
    )


def open_window(qtbot: Any, ctx: Any, engine: str, **settings: Any) -> Any:
    ctx.settings.set("tts_engine", engine)
    ctx.settings.set("tts_paragraph_pause", 0.0)
    for name, value in settings.items():
        ctx.settings.set(name, value)
    win = make_window(qtbot, ctx)
    speech_ui.install(win)
    return win


@pytest.fixture
def natural(qtbot: Any, app_context: Any, fake_edge: FakeEdge) -> Any:
    win = open_window(qtbot, app_context, "natural")
    yield win
    win.features.speech.shutdown()


@pytest.fixture
def espeak(qtbot: Any, app_context: Any) -> Any:
    win = open_window(qtbot, app_context, "espeak", tts_rate=1.0)
    yield win
    win.features.speech.shutdown()


def first_spoken(controller: Any) -> Any:
    return next(s for s in controller.sentences() if not s.skip and s.block_index >= 0)


def assert_word_marked(qtbot: Any, controller: Any, index: int, mark: Any) -> None:
    """The view marks the word of sentence ``index`` that the engine's ``mark`` times, and the grab
    shows the word mark on that word's pixels and the sentence's on its neighbours'."""
    view = controller.view
    sentence = controller.sentences()[index]
    assert sentence.spoken == sentence.text  # plain words: the spoken spans are the displayed ones
    base = controller.page.block_base(sentence)
    expected = (base + sentence.start + mark.text_start, base + sentence.start + mark.text_end)
    qtbot.waitUntil(lambda: view.word == expected, timeout=3000)
    assert view.range_text(*view.word) == sentence.text[mark.text_start : mark.text_end]

    theme = view.style_.theme
    image = grab(view)
    word = text_rects(view, *expected)
    assert share(image, word, theme.word_bg) >= MARKED
    words = sentence.text.split(" ")
    offsets = [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
    k = offsets.index(mark.text_start)
    for j in (k - 1, k + 1):
        if 0 <= j < len(words):
            start = base + sentence.start + offsets[j]
            rects = text_rects(view, start, start + len(words[j]))
            assert share(image, rects, theme.word_bg) <= UNMARKED, words[j]
            assert share(image, rects, theme.highlight_bg) >= MARKED, words[j]


def test_the_natural_voice_marks_the_word_the_service_timed(
    qtbot: Any, natural: Any, fake_edge: FakeEdge
) -> None:
    controller = natural.features.speech
    natural.show_article(article())
    target = first_spoken(controller)
    natural.actions["read"].trigger()
    _n, mark = pause_mid_word(qtbot, controller, target.index)
    assert controller.session.state == S.PAUSED
    assert target.spoken in [r.text for r in fake_edge.requests]  # the service timed these words
    assert_word_marked(qtbot, controller, target.index, mark)

    # the word moves on when reading resumes, and Stop clears the sentence and the word
    before = controller.view.word
    natural.actions["read"].trigger()
    qtbot.waitUntil(lambda: controller.view.word not in (None, before), timeout=10000)
    natural.actions["speech_stop"].trigger()
    qtbot.waitUntil(lambda: controller.session.state == S.STOPPED, timeout=3000)
    assert controller.view.word is None
    assert controller.view.highlight is None
    image = grab(controller.view)
    whole = text_rects(controller.view, *controller.doc_range(target))
    theme = controller.view.style_.theme
    assert share(image, whole, theme.word_bg) <= UNMARKED
    assert share(image, whole, theme.highlight_bg) <= UNMARKED


def test_espeak_word_events_mark_the_word_being_spoken(qtbot: Any, espeak: Any) -> None:
    controller = espeak.features.speech
    espeak.show_article(article())
    target = first_spoken(controller)
    espeak.actions["read"].trigger()
    n, mark = pause_mid_word(qtbot, controller, target.index)
    assert not mark.estimated or n > 0
    assert_word_marked(qtbot, controller, target.index, mark)


def test_sentence_only_and_off_change_the_marks_at_once(qtbot: Any, natural: Any) -> None:
    controller = natural.features.speech
    view = controller.view
    natural.show_article(article())
    target = first_spoken(controller)
    natural.actions["read"].trigger()
    _n, mark = pause_mid_word(qtbot, controller, target.index)
    assert_word_marked(qtbot, controller, target.index, mark)
    theme = view.style_.theme
    whole = text_rects(view, *controller.doc_range(target))

    # Options → Highlight While Reading → The Sentence Only: the sentence stays, the word goes
    ui = controller.ui
    ui.unit_actions["sentence"].trigger()
    assert natural.ctx.settings.get("tts_highlight_unit") == "sentence"
    qtbot.waitUntil(
        lambda: view.word is None and controller.session.highlight_unit == "sentence", timeout=3000
    )
    image = grab(view)
    assert view.highlight == controller.doc_range(target)
    assert share(image, whole, theme.word_bg) <= UNMARKED
    assert share(image, whole, theme.highlight_bg) >= MARKED
    natural.actions["read"].trigger()  # reading on: still no word
    qtbot.wait(600)
    assert view.word is None
    assert controller.session.current_word() is None

    # Nothing: neither mark
    ui.unit_actions["off"].trigger()
    qtbot.waitUntil(lambda: view.highlight is None, timeout=3000)
    image = grab(view)
    assert share(image, whole, theme.word_bg) <= UNMARKED
    assert share(image, whole, theme.highlight_bg) <= UNMARKED
    qtbot.wait(400)
    assert view.highlight is None
    assert view.word is None

    # and back to the word: the next word is marked again, in the sentence being read
    ui.unit_actions["word"].trigger()
    qtbot.waitUntil(lambda: view.word is not None and view.highlight is not None, timeout=10000)
    assert view.highlight[0] <= view.word[0] < view.word[1] <= view.highlight[1]
    assert ui.unit_actions["word"].isChecked()


def test_the_view_follows_the_word_through_a_long_article(
    qtbot: Any, app_context: Any, fast_edge: FakeEdge
) -> None:
    long_sentence = " ".join(["도서관은"] + ["조용한 열람실과 넓은 서가를"] * 30 + ["갖췄다."])
    blocks = [Paragraph(f"{i}번째 문단이다. 짧은 문장이다.") for i in range(1, 40)]
    blocks.append(Paragraph(long_sentence))
    blocks += [Paragraph(f"뒤의 {i}번째 문단이다.") for i in range(1, 20)]  # room to scroll on
    win = open_window(qtbot, app_context, "natural", tts_rate=3.0, font_size=28)
    try:
        controller = win.features.speech
        win.resize(700, 360)
        win.show_article(Article(title="긴 기사", lang="ko", blocks=blocks))
        target = next(s for s in controller.sentences() if s.text == long_sentence)
        assert target.text == long_sentence
        controller.read_article(win.article, target.index)
        qtbot.waitUntil(
            lambda: controller.current == target.index and controller.session.state == S.PLAYING,
            timeout=15000,
        )
        view = controller.view
        bar = view.verticalScrollBar()
        assert bar.value() > 0  # the sentence far down came into view
        start_top = bar.value()
        visible_words = 0
        while controller.current == target.index and controller.session.state == S.PLAYING:
            qtbot.wait(150)
            word = view.word
            if word is None:
                continue
            rect = text_rects(view, *word)[0]
            assert view.viewport().rect().contains(rect), (rect, word)
            visible_words += 1
            if (
                bar.value() > start_top
                and word[0] - controller.doc_range(target)[0] > len(long_sentence) // 2
            ):
                break
        assert bar.value() > start_top, (
            visible_words,
            controller.session.state,
            controller.current,
            target.index,
        )  # the word went past the bottom: the view scrolled after it
        assert visible_words > 5
        for _ in range(20):  # pause on a word, so the grab sees its mark (between words there is none)
            win.actions["read"].trigger()
            qtbot.wait(100)
            if view.word is not None:
                break
            win.actions["read"].trigger()
            qtbot.wait(150)
        theme = view.style_.theme
        assert view.word is not None
        assert share(grab(view), text_rects(view, *view.word), theme.word_bg) >= MARKED
    finally:
        win.features.speech.shutdown()


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_word_mark_contrast_in_every_theme(qtbot: Any, app_context: Any, theme: str) -> None:
    """Drawn, not only declared: the word's letters against the word mark, measured on a grab."""
    from reader.style.themes import contrast_ratio
    from tests.gui.speech.word_support import farthest, hex_of

    app_context.settings.set("theme", theme)
    app_context.settings.set("font_size", 32)
    win = make_window(qtbot, app_context)
    win.show_article(article())
    view = win.view
    start, _ = view.block_range(0)
    view.set_highlight(start, start + 21)
    view.set_word(start + 7, start + 9)  # "야간"
    assert view.range_text(start + 7, start + 9) == "야간"
    t = THEMES[theme]
    need = 7.0 if theme == "contrast" else 4.5
    assert contrast_ratio(t.word_text, t.word_bg) >= need
    image = grab(view)
    rects = text_rects(view, start + 7, start + 9)
    assert share(image, rects, t.word_bg) >= MARKED
    ink = farthest(image, rects, t.word_bg)
    measured = contrast_ratio(hex_of(ink), t.word_bg)
    assert measured >= need, (theme, hex_of(ink), measured)
    # and the mark stands apart from the sentence's highlight around it
    assert contrast_ratio(t.word_bg, t.highlight_bg) >= 1.3 or theme == "contrast"


def test_reading_settings_change_the_unit_while_reading_and_it_is_kept(
    qtbot: Any, espeak: Any, app_paths: Any
) -> None:
    from reader.settings import Settings

    controller = espeak.features.speech
    espeak.show_article(article())
    espeak.actions["read"].trigger()
    qtbot.waitUntil(lambda: controller.view.word is not None, timeout=15000)
    dialog = espeak.open_settings()
    box = dialog.highlight_unit
    assert [box.itemData(i) for i in range(box.count())] == ["word", "sentence", "off"]
    assert box.currentData() == "word"
    box.setCurrentIndex(box.findData("sentence"))
    qtbot.waitUntil(lambda: controller.session.highlight_unit == "sentence", timeout=3000)
    qtbot.waitUntil(lambda: controller.view.word is None, timeout=3000)
    assert controller.view.highlight is not None
    assert controller.ui.unit_actions["sentence"].isChecked()  # the player's menu shows it too
    box.setCurrentIndex(box.findData("off"))
    qtbot.waitUntil(lambda: controller.view.highlight is None, timeout=3000)
    assert Settings.load(app_paths.settings_file).get("tts_highlight_unit") == "off"  # kept for next time
    controller.ui.unit_actions["word"].trigger()
    assert box.currentData() == "word"  # and the dialog follows the menu
    dialog.close()
