"""The view's read-aloud marks: the word over the sentence, dropped with its sentence, restyled with
the page, and followed by line focus (measured on grabs of the viewport)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from reader.articles.model import Article, Paragraph
from tests.gui.speech.word_support import grab, share, text_rects
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui

LONG = " ".join(["도서관은 조용한 열람실과 넓은 서가를 갖췄다"] * 12)


def shown(qtbot: Any, app_context: Any, **settings: Any) -> Any:
    for name, value in settings.items():
        app_context.settings.set(name, value)
    window = make_window(qtbot, app_context)
    window.show_article(Article(title="도서관", lang="ko", blocks=[Paragraph(LONG), Paragraph(LONG)]))
    QApplication.processEvents()
    return window


def test_the_word_goes_with_its_sentence_and_comes_back_after_a_restyle(qtbot: Any, app_context: Any) -> None:
    window = shown(qtbot, app_context)
    view = window.view
    a, _ = view.block_range(0)
    b, _ = view.block_range(1)
    view.set_highlight(a, a + 40)
    view.set_word(a + 4, a + 7)
    assert view.word == (a + 4, a + 7)
    assert view.reading_focus == view.word
    view.set_highlight(b, b + 40)  # the next sentence: the old word is not in it
    assert view.word is None
    assert view.reading_focus == (b, b + 40)
    view.set_word(b + 4, b + 7)
    app_context.settings.set("theme", "dark")  # restyled in place: both marks stay, in the new colours
    QApplication.processEvents()
    theme = view.style_.theme
    assert theme.name == "dark"
    image = grab(view)
    assert share(image, text_rects(view, b + 4, b + 7), theme.word_bg) >= 0.3
    assert share(image, text_rects(view, b + 9, b + 12), theme.highlight_bg) >= 0.3
    view.clear_highlight()
    assert view.word is None
    assert view.highlight is None


def test_with_an_underlined_sentence_the_word_takes_the_calm_background(qtbot: Any, app_context: Any) -> None:
    window = shown(qtbot, app_context, tts_highlight_style="underline", theme="light")
    view = window.view
    a, _ = view.block_range(0)
    view.set_highlight(a, a + 40)
    view.set_word(a + 4, a + 7)
    theme = view.style_.theme
    image = grab(view)
    assert share(image, text_rects(view, a + 4, a + 7), theme.highlight_bg) >= 0.3
    assert share(image, text_rects(view, a + 9, a + 12), theme.highlight_bg) <= 0.02  # underline only


def test_line_focus_follows_the_word_down_a_long_sentence(qtbot: Any, app_context: Any) -> None:
    window = shown(qtbot, app_context, line_focus_lines=1)
    window.actions["line_focus"].trigger()
    view = window.view
    focus = window.line_focus
    a, end = view.block_range(0)
    view.set_highlight(a, end)
    view.set_word(a, a + 3)
    first = focus.band()
    assert first is not None
    late = end - 5
    view.set_word(late, late + 3)  # a word lines further down the same sentence
    band = focus.band()
    assert band is not None
    rect = text_rects(view, late, late + 3)[0]
    assert band[0] <= rect.center().y() <= band[1]
    assert band[0] > first[1]  # the band moved down with the word, not stayed on the sentence's start
