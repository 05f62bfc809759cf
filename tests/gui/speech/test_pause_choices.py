"""The paragraph-pause choices say what they give: the speech core never makes a paragraph break
shorter than its minimum, so no choice may promise less ("None" used to give 0.35 s)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from reader.gui import speech as speech_ui
from reader.speech import session as S
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Any:
    from PySide6.QtWidgets import QApplication

    from reader.gui import i18n
    from reader.gui.app import create_app

    create_app()
    i18n.install(QApplication.instance(), request.param)
    yield request.param
    i18n.install(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["ko", "en"], indirect=True)
def test_each_choice_is_labelled_with_the_pause_it_gives(qtbot: Any, app_context: Any, language: str) -> None:
    window = make_window(qtbot, app_context)
    speech_ui.install(window)
    ui = window.features.speech.ui
    heard = []
    for seconds, act in ui.pause_actions.items():
        number = float(re.search(r"(\d+(?:\.\d+)?)\s*(?:s|초)", act.text()).group(1))
        assert number == pytest.approx(S.paragraph_extra(seconds)), act.text()
        heard.append(S.paragraph_extra(seconds))
    assert len(heard) == len(set(heard))  # no two choices that sound the same
    assert min(heard) == S.PARAGRAPH_EXTRA_MIN
    assert not any(a.text().lower().endswith(("none", "없음")) for a in ui.pause_actions.values())
    for setting, expected in ((0.0, S.PARAGRAPH_EXTRA_MIN), (0.4, 0.4), (2.0, 2.0)):
        app_context.settings.set("tts_paragraph_pause", setting)
        ui.sync_options()
        checked = [sec for sec, act in ui.pause_actions.items() if act.isChecked()]
        assert checked == [pytest.approx(expected)], setting
    window.features.speech.shutdown()
