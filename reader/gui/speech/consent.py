"""The one-time question before Automatic may use the natural voice.

The natural voice sends the text of every sentence to Microsoft's speech service, so Automatic
leaves it out (reading with Google's voice, then espeak-ng) until the reader says yes once here,
or picks the natural voice themselves (reader.speech.engines.natural_consented). The question is
asked the first time Automatic starts reading, in the message bar, and never again whatever the
answer: it is remembered in the program's state (reader.state), the answer in the
``tts_natural_consent`` setting.
"""

from __future__ import annotations

import logging

from reader.gui.api import ReaderWindow
from reader.gui.i18n import translate
from reader.speech.engines import natural_consented

log = logging.getLogger(__name__)

QUESTION = "natural_voice_question"  # the one-time notice's key in the program state


class NaturalConsent:
    def __init__(self, window: ReaderWindow) -> None:
        self.window = window
        self.settings = window.settings

    def needed(self) -> bool:
        """Automatic is the voice and the reader has neither said yes nor been asked."""
        return (
            self.settings.get("tts_engine") == "auto"
            and not natural_consented(self.settings)
            and not self.window.ctx.state().notice_shown(QUESTION)
        )

    def ask_once(self) -> bool:
        """Ask now if it was never asked (True); reading goes on meanwhile without the natural voice."""
        if not self.needed():
            return False
        self.window.ctx.state().mark_notice(QUESTION)
        self.window.message_bar.show_message(  # sticky: a fallback notice meanwhile goes over it, not away
            lambda: translate(
                "ReadAloud",
                "Automatic can read with Microsoft's natural voice, which sounds closer to a person. "
                "It sends the text of each sentence to Microsoft's speech service. Use it?",
            ),
            "info",
            actions=[
                (lambda: translate("ReadAloud", "Use the Natural Voice"), self.accept),
                (lambda: translate("ReadAloud", "Not Now"), self.decline),
            ],
            sticky=True,
        )
        return True

    def accept(self) -> None:
        log.info("the reader accepted the natural voice for Automatic")
        self.settings.set("tts_natural_consent", True)  # the controller makes the new voice at once

    def decline(self) -> None:
        log.info("the reader declined the natural voice for Automatic")  # the bar closed the question
