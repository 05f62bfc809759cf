"""Read aloud in the window: 기사 읽어주기 / 다시듣기, the player bar, the moving highlight, export.

``install(window, ctx)`` claims the window's read/replay/export_audio actions and registers the
controller as ``window.features["speech"]`` (``read_article(article, from_sentence=0)`` and the
``article_finished`` signal let the library chain articles into a listening queue).

The controller is put together from parts in their own modules: sessions and their callbacks
(speech_playback), sentences on the page and the highlight (speech_highlight) and saved places
with the resume offer (speech_places); the bar and the actions are speech_bar and speech_actions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent

from reader.articles.model import Article
from reader.gui.speech.actions import SpeechActions, add_media_play_key
from reader.gui.speech.bar import SpeechBar
from reader.gui.speech.export import AudioExporter
from reader.gui.speech.highlight import SpeechHighlight
from reader.gui.speech.places import SAVE_EVERY, SpeechPlaces
from reader.gui.speech.playback import SpeechPlayback, _Bridge
from reader.positions import PositionStore
from reader.speech import session as S
from reader.speech.player import Player

log = logging.getLogger(__name__)

__all__ = ["RATE_STEP", "SAVE_EVERY", "VOLUME_STEP", "SpeechController", "install"]

RATE_STEP = 0.1
VOLUME_STEP = 0.1


class SpeechController(SpeechPlayback, SpeechHighlight, SpeechPlaces, QObject):
    """What the window's read-aloud controls do; ``window.features["speech"]``."""

    article_finished = Signal()
    sentence_changed = Signal(int)  # for tests and the library: the sentence now highlighted

    def __init__(self, window: Any, ctx: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.settings = ctx.settings
        self.view = window.view
        self.bridge = _Bridge(self)
        self.player = Player()
        self.audio_error: str | None = None
        self.session: S.ReadAloudSession | None = None
        self.session_article: Article | None = None
        self.current: int | None = None
        self.away = False
        self.offer: int | None = None
        self._offer_text = ""
        self.positions = PositionStore.in_data_dir(ctx.paths.data_dir)
        self._sentences: list[Any] | None = None
        self._sentences_for_article: Article | None = None
        self._last_saved = 0.0
        self._top_seen: tuple[Article | None, int] = (None, -1)
        self._scrolled_by_user = False

        slots: dict[str, Callable[[], Any]] = {
            "speech_previous": self.previous,
            "speech_repeat": self.repeat,
            "speech_next": self.next,
            "speech_stop": self.stop,
            "speech_slower": lambda: self._step_rate(-RATE_STEP),
            "speech_faster": lambda: self._step_rate(RATE_STEP),
            "speech_volume_down": lambda: self._step_volume(-VOLUME_STEP),
            "speech_volume_up": lambda: self._step_volume(VOLUME_STEP),
            "speech_from_here": self._read_from_cursor,
            "speech_back": self.back_to_reading,
            "speech_close_bar": self._close_bar,
            "speech_resume_offer": self._accept_offer,
        }
        self.ui = SpeechActions(window, self.settings, slots)
        self.actions = self.ui.actions
        a = self.actions
        bar_actions = {
            "previous": a["speech_previous"],
            "repeat": a["speech_repeat"],
            "play": window.actions["read"],
            "next": a["speech_next"],
            "stop": a["speech_stop"],
            "resume_offer": a["speech_resume_offer"],
            "back_to_reading": a["speech_back"],
            "close_bar": a["speech_close_bar"],
        }
        self.bar = SpeechBar(bar_actions, window)
        self.ui.install_options(self.bar.options_menu)
        self.bar.set_values(
            float(self.settings.get("tts_rate")),
            float(self.settings.get("tts_volume")),
            str(self.settings.get("tts_engine")),
        )
        self.bar.hide()
        window.add_bottom_bar(self.bar)
        self.exporter = AudioExporter(window, self._make_synthesizer, self._lexicon)

        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._update_progress)

        self.bridge.sentence.connect(self._on_sentence)
        self.bridge.state.connect(self._on_state)
        self.bridge.notice.connect(self._on_notice)
        self.bridge.error.connect(self._on_error)
        self.bridge.finished.connect(self._on_finished)
        self.bar.rate_changed.connect(lambda v: self.settings.set("tts_rate", round(float(v), 2)))
        self.bar.volume_changed.connect(self._volume_dragged)
        self.bar.volume_released.connect(self.settings.save)
        self.bar.engine_changed.connect(lambda name: self.settings.set("tts_engine", name))

        add_media_play_key(window.claim_action("read", self.toggle))
        window.claim_action("replay", self.replay)
        window.claim_action("export_audio", self.exporter.ask_and_export)
        window.article_changed.connect(self._on_article_changed)
        window.settings.changed.connect(self._on_setting)
        self.view.user_scrolled.connect(self._on_user_scrolled)
        self.view.verticalScrollBar().valueChanged.connect(self._note_top)
        self.view.context_menu_hooks.append(self._context_menu)
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        window.installEventFilter(self)
        self._update_play_action()
        if getattr(window, "article", None) is not None:
            self._on_article_changed(window.article)

    # -- public API (the library's listening queue uses these) ---------------------------------

    def read_article(self, article: Article, from_sentence: int = 0) -> bool:
        """Show ``article`` if it is not shown, and read it from ``from_sentence``."""
        if article is not self.window.article:
            self.window.show_article(article)
        if not self._ensure_audio():
            return False
        session = self._session_for(article)
        if session is None:
            return False
        if self.offer is not None and self._offer_text and self.window.message_bar.text == self._offer_text:
            self.window.message_bar.dismiss()  # the question is answered
        self.offer = None
        self._offer_text = ""
        self.bar.resume_button.hide()
        self.away = False
        self.bar.back_button.hide()
        self.bar.show()
        session.play(from_sentence)
        return True

    def toggle(self) -> None:
        """기사 읽어주기: start (continuing where the reader stopped, if offered), pause, resume."""
        article: Article | None = self.window.article
        if article is None:
            self.window.show_message(self.tr("Open an article first."), "info", timeout_ms=4000)
            return
        if self.session is not None and self.session_article is article:
            if self.session.state in (S.IDLE, S.STOPPED, S.ERROR):
                self.read_article(article, self.current or 0)
            else:
                self.session.toggle()
            return
        self.read_article(article, self.offer or 0)

    def replay(self) -> None:
        """다시듣기: from the first sentence; what was heard before comes from the cache."""
        article = self.window.article
        if article is None:
            self.window.show_message(self.tr("Open an article first."), "info", timeout_ms=4000)
            return
        self.read_article(article, 0)

    def stop(self) -> None:
        if self.session is not None:
            self._save_position(force=True)
            self.session.stop()

    def previous(self) -> None:
        if self.session is not None:
            self.away = False
            self.bar.back_button.hide()
            self.session.previous()

    def repeat(self) -> None:
        """The current sentence again from its start (from the cache: no new request)."""
        if self.session is not None and self.current is not None:
            self.away = False
            self.bar.back_button.hide()
            self.session.play(self.current)

    def next(self) -> None:
        if self.session is not None:
            self.away = False
            self.bar.back_button.hide()
            self.session.next()

    def shutdown(self) -> None:
        """The window is closing: remember the place, stop the sound, let the threads go."""
        if self.window.article is not None and self.view.article is self.window.article:
            self._top_seen = (self.window.article, self.view.top_block_index())
        self._remember_top()
        self._save_position(force=True)
        self.exporter.cancel()
        if self.session is not None:
            self.session.close(wait=False)
            self.session = None
        self.player.close()

    # -- settings ------------------------------------------------------------------------------

    def _on_setting(self, name: str, value: Any) -> None:
        session = self.session
        if name == "tts_rate":
            self.bar.set_values(float(value), self.player.volume, str(self.settings.get("tts_engine")))
            if session is not None:
                session.set_rate(float(value))
        elif name == "tts_volume":
            self.bar.set_values(
                float(self.settings.get("tts_rate")), float(value), str(self.settings.get("tts_engine"))
            )
            if session is not None:
                session.set_volume(float(value))
        elif name == "tts_engine":
            self.bar.set_values(float(self.settings.get("tts_rate")), self.player.volume, str(value))
            self._sentences = None if session is None else self._sentences
            if session is not None:
                try:
                    session.set_synthesizer(self._make_synthesizer())
                except Exception as exc:
                    self._report_failure(exc)
        elif name == "tts_read_captions":
            # the sentence list changes: a session reading the old one ends, the next read re-splits
            if session is not None:
                self._drop_session()
                self.view.clear_highlight()
            self._sentences = None
        elif name == "tts_paragraph_pause":
            if session is not None:
                session.set_paragraph_pause(float(value))
        elif name in ("tts_highlight", "tts_highlight_style", "tts_follow"):
            pass
        else:
            # font size, theme, images…: the window restyled or rebuilt the document; put the highlight back
            QTimer.singleShot(0, self._reapply_highlight)
            return
        self.ui.sync_options()
        if name in ("tts_highlight", "tts_highlight_style"):
            QTimer.singleShot(0, self._reapply_highlight)

    # -- window events -------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._viewport and event.type() == QEvent.Type.MouseButtonDblClick:
            mouse = event if isinstance(event, QMouseEvent) else None
            if mouse is not None and mouse.button() == Qt.MouseButton.LeftButton:
                point = QPoint(int(mouse.position().x()), int(mouse.position().y()))
                pos = self.view.position_at(point)
                QTimer.singleShot(0, lambda: self.read_from_position(pos))
        elif obj is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        elif obj is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self._retranslate)  # after the window relabelled its own actions
            QTimer.singleShot(0, self._reapply_highlight)  # the window rebuilt the document
        return False

    # -- controls ------------------------------------------------------------------------------

    def _step_rate(self, step: float) -> None:
        rate = round(float(self.settings.get("tts_rate")) + step, 2)
        self.settings.set("tts_rate", self.settings.clamp("tts_rate", rate))

    def _step_volume(self, step: float) -> None:
        volume = round(float(self.settings.get("tts_volume")) + step, 2)
        self.settings.set("tts_volume", self.settings.clamp("tts_volume", volume))

    def _volume_dragged(self, volume: float) -> None:
        self.settings.set("tts_volume", round(volume, 2), save=False)  # saved when the slider is let go

    def _close_bar(self) -> None:
        self.stop()
        self.view.clear_highlight()
        self.bar.hide()

    def _retranslate(self) -> None:
        self.ui.retranslate()
        self._offer_label()
        self._update_play_action()

    def _update_play_action(self) -> None:
        state = self.session.state if self.session is not None else S.IDLE
        self.ui.update_play_action(state, self.session is not None)

    def _update_progress(self) -> None:
        session = self.session
        if session is None:
            self.bar.set_progress(0, 0, 0, 0)
            return
        position, count, elapsed, total = session.progress()
        self.bar.set_progress(position, count, elapsed, total)


def install(window: Any, ctx: Any) -> SpeechController:
    controller = SpeechController(window, ctx)
    window.features["speech"] = controller
    _warm_up(window, ctx)
    return controller


def _warm_up(window: Any, ctx: Any) -> None:
    """Import pygame (≈0.3–0.6 s) and gTTS (≈0.2 s) in the background, so the first press of
    기사 읽어주기 waits only for the first sentence's audio, not for imports on the UI thread."""
    online = ctx.settings.get("tts_engine") != "espeak"

    def job(cancel: Any, progress: Any) -> None:
        from reader.speech.player import preload

        preload()
        if online and not cancel.is_set():
            from gtts.lang import tts_langs

            tts_langs()

    window.tasks.run(
        job, on_error=lambda exc: log.debug("read-aloud warm-up failed: %s", exc), name="tts-warm-up"
    )
