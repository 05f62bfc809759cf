"""Read aloud in the window: 기사 읽어주기 / 다시듣기, the player bar, the highlight, export."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.gui.api import ReaderWindow
    from reader.gui.speech.controller import SpeechController


def install(window: ReaderWindow) -> SpeechController:
    from reader.gui.speech.controller import install as install_speech

    return install_speech(window)
