"""The natural voice in the window: Automatic asks once before it sends any text to Microsoft (the
fake service on 127.0.0.1 counts every request), and the voice chosen for each language is kept
across a restart and used."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reader.articles.model import Article, Paragraph
from reader.gui import speech as speech_ui
from reader.gui.speech.consent import QUESTION
from reader.settings import Settings
from reader.speech import session as S
from tests.gui_helpers import make_window
from tests.speech.fake_edge import FakeEdge, edge_clock, fake_edge
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3

pytestmark = pytest.mark.gui
__all__ = ["edge_clock", "fake_edge", "fake_google", "google_mp3"]


def article(lang: str = "ko") -> Article:
    if lang == "en":
        return Article(
            title="Library news",
            lang="en",
            blocks=[Paragraph("The library opens at night. The reading room stays open late.")],
        )
    return Article(
        title="도서관 소식",
        lang="ko",
        blocks=[Paragraph("도서관이 밤에도 문을 연다. 열람실은 늦게까지 연다. 주말에도 연다.")],
    )


def window_for(qtbot: Any, ctx: Any, engine: str) -> Any:
    ctx.settings.set("tts_engine", engine)
    ctx.settings.set("tts_rate", 2.0)
    ctx.settings.set("tts_paragraph_pause", 0.0)
    win = make_window(qtbot, ctx)
    speech_ui.install(win)
    return win


def short(voice: str) -> str:
    """The service's long voice name ("… Voice (ko-KR, SunHiNeural)") as the short one."""
    inside = voice[voice.rfind("(") + 1 : voice.rfind(")")]
    locale, person = (part.strip() for part in inside.split(","))
    return f"{locale}-{person}"


def question_buttons(win: Any) -> dict[str, Any]:
    bar = win.message_bar
    assert "Microsoft" in bar.text
    return {b.text(): b for b in bar.buttons}


def test_automatic_sends_nothing_to_microsoft_before_the_reader_says_yes(
    qtbot: Any, app_context: Any, fake_edge: FakeEdge, fake_google: FakeGoogle
) -> None:
    win = window_for(qtbot, app_context, "auto")
    try:
        controller = win.features.speech
        win.show_article(article())
        win.actions["read"].trigger()
        buttons = question_buttons(win)  # asked in the window, once, as reading starts
        assert set(buttons) == {"Use the Natural Voice", "Not Now"}
        qtbot.waitUntil(lambda: controller.current is not None and fake_google.count >= 2, timeout=15000)
        assert fake_edge.count == 0
        assert fake_edge.handshakes == []
        assert fake_edge.list_requests == 0

        buttons["Use the Natural Voice"].click()
        assert app_context.settings.get("tts_natural_consent") is True
        qtbot.waitUntil(lambda: fake_edge.count >= 1, timeout=15000)  # the sentences ahead: the natural voice
        asked = fake_edge.requests[0]
        assert short(asked.voice) == "ko-KR-SunHiNeural"
        assert any(asked.text == s.spoken for s in controller.sentences())
    finally:
        win.features.speech.shutdown()
    assert app_context.state().notice_shown(QUESTION)


def test_not_now_keeps_microsoft_out_and_is_not_asked_again(
    qtbot: Any, app_context: Any, fake_edge: FakeEdge, fake_google: FakeGoogle
) -> None:
    win = window_for(qtbot, app_context, "auto")
    try:
        controller = win.features.speech
        win.show_article(article())
        win.actions["read"].trigger()
        question_buttons(win)["Not Now"].click()
        assert app_context.settings.get("tts_natural_consent") is False
        qtbot.waitUntil(lambda: controller.session.state == S.IDLE or controller.current == 3, timeout=20000)
        win.actions["replay"].trigger()  # reading again: no second question
        qtbot.wait(300)
        assert "Microsoft" not in win.message_bar.text
        assert fake_edge.count == 0
        assert fake_edge.handshakes == []
    finally:
        win.features.speech.shutdown()


def test_the_voice_chosen_for_each_language_is_kept_across_a_restart(
    qtbot: Any, app_context: Any, app_paths: Any, fake_edge: FakeEdge
) -> None:
    win = window_for(qtbot, app_context, "natural")
    try:
        controller = win.features.speech
        win.show_article(article("ko"))
        picker = controller.pick_voice()
        assert picker.lang == "ko"  # opened on the article's language
        names = [picker.voices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.voices.count())]
        assert {"ko-KR-SunHiNeural", "ko-KR-InJoonNeural"} <= set(names)
        assert all(n.startswith("ko-KR-") for n in names)
        assert picker.selected() == "ko-KR-SunHiNeural"  # the default until one is chosen
        assert picker.select("ko-KR-InJoonNeural")
        picker.use_button.click()

        picker = controller.pick_voice()
        assert picker.selected() == "ko-KR-InJoonNeural"
        picker.language.setCurrentIndex(picker.language.findData("en"))
        # the full list arrives from the voice service in the background; until then the built-in few show
        qtbot.waitUntil(lambda: picker.voices.count() > 5, timeout=15000)
        assert picker.select("en-US-GuyNeural")
        picker.use_button.click()
    finally:
        controller.shutdown()
        win.close()

    again = Settings.load(app_paths.settings_file)  # what the next start reads
    assert again.get("tts_natural_voices") == {"ko": "ko-KR-InJoonNeural", "en": "en-US-GuyNeural"}
    app_context.settings = again
    win = window_for(qtbot, app_context, "natural")
    try:
        controller = win.features.speech
        for lang, voice in (("ko", "ko-KR-InJoonNeural"), ("en", "en-US-GuyNeural")):
            win.show_article(article(lang))
            before = fake_edge.count
            win.actions["read"].trigger()
            qtbot.waitUntil(lambda b=before: fake_edge.count > b, timeout=15000)
            assert short(fake_edge.requests[-1].voice) == voice
            win.actions["speech_stop"].trigger()
    finally:
        win.features.speech.shutdown()


def test_a_preview_says_a_sample_in_that_voice(qtbot: Any, app_context: Any, fake_edge: FakeEdge) -> None:
    win = window_for(qtbot, app_context, "natural")
    try:
        controller = win.features.speech
        win.show_article(article("ko"))
        picker = controller.pick_voice()
        assert picker.select("ko-KR-InJoonNeural")
        picker.preview_button.click()
        qtbot.waitUntil(lambda: controller.player.current_tag == ("preview",), timeout=15000)
        sample = fake_edge.requests[-1]
        assert short(sample.voice) == "ko-KR-InJoonNeural"
        assert sample.text not in win.article.text  # a sample sentence, not the article
        assert app_context.settings.get("tts_natural_voices") == {}  # hearing is not choosing
    finally:
        win.features.speech.shutdown()


def test_the_voice_list_is_fetched_only_once_the_natural_voice_is_allowed(
    qtbot: Any, app_context: Any, fake_edge: FakeEdge
) -> None:
    win = window_for(qtbot, app_context, "auto")
    try:
        controller = win.features.speech
        win.show_article(article("ko"))
        picker = controller.pick_voice()
        qtbot.wait(300)
        assert fake_edge.list_requests == 0  # the built-in list, without asking Microsoft
        assert not picker.select("ko-KR-SeoHyeonNeural")
        picker.reject()

        app_context.settings.set("tts_natural_consent", True)
        picker = controller.pick_voice()
        qtbot.waitUntil(lambda: picker.select("ko-KR-SeoHyeonNeural"), timeout=10000)  # the service's list
        assert fake_edge.list_requests == 1
    finally:
        win.features.speech.shutdown()
