"""Stop clears the highlight; the caption setting in the player bar's options menu re-splits the article.

Real window, real espeak-ng and pygame (dummy driver).
"""

from __future__ import annotations

from typing import Any

import pytest

from reader.articles.model import Article, Image, Paragraph
from reader.gui import speech as speech_ui
from reader.speech import session as S
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui


def article() -> Article:
    return Article(
        title="도서관 야간 개방",
        lang="ko",
        blocks=[
            Image(src="x.jpg", caption="열람실에서 시민들이 책을 읽고 있다. [사진 출처 = 연합뉴스]"),
            Paragraph("시립도서관이 야간 열람실을 연다. 평일에는 밤 열한 시까지 문을 연다."),
            Paragraph("주말에는 이야기 시간이 열린다. 참여는 무료다."),
        ],
    )


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> Any:
    app_context.settings.set("tts_engine", "espeak")
    app_context.settings.set("tts_rate", 2.0)
    win = make_window(qtbot, app_context)
    speech_ui.install(win)
    yield win
    win.features.speech.shutdown()


def test_stop_clears_the_highlight(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    window.show_article(article())
    window.actions["read"].trigger()
    qtbot.waitUntil(lambda: controller.view.highlight is not None, timeout=15000)
    window.actions["speech_stop"].trigger()
    qtbot.waitUntil(lambda: controller.session.state == S.STOPPED, timeout=5000)
    qtbot.waitUntil(lambda: controller.view.highlight is None, timeout=2000)
    qtbot.wait(300)  # no late callback puts it back
    assert controller.view.highlight is None


def test_caption_option_in_the_bar_menu(qtbot: Any, window: Any) -> None:
    controller = window.features.speech
    window.show_article(article())
    captions = [s for s in controller.sentences() if s.block_index == 0]
    assert captions
    assert all(s.skip for s in captions)  # not read by default

    option = next(a for a in controller.bar.options_menu.actions() if a.objectName() == "optionReadCaptions")
    assert not option.isChecked()
    option.trigger()
    assert window.ctx.settings.get("tts_read_captions") is True
    order = [(s.block_index, s.text) for s in controller.sentences() if not s.skip]
    # the lead photo's caption is read after the first paragraph, without its credit
    assert [b for b, _ in order] == [-1, 1, 1, 0, 2, 2]
    caption = next(s for s in controller.sentences() if s.block_index == 0 and not s.skip)
    assert "연합뉴스" not in caption.spoken
    assert "시민들이" in caption.spoken
    option.trigger()
    assert window.ctx.settings.get("tts_read_captions") is False
    assert all(s.skip for s in controller.sentences() if s.block_index == 0)
