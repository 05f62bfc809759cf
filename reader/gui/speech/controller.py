"""Read aloud in the window: 기사 읽어주기 / 다시듣기, the player bar, the moving highlight, export.

``install(window)`` claims read-aloud's rows of the action table and registers the controller as
``window.features.speech`` (:class:`reader.gui.api.SpeechFeature`: ``read_article`` and the
``article_finished`` signal let the library chain articles into a listening queue).

The controller composes its parts: the session and its callbacks (playback), the sentences on the
page and the highlight (highlight), the resume offer and the notes of where listening stopped
(places), the actions and options menu (actions), the player bar (bar) and export (export).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMenu

from reader.articles.model import Article
from reader.errors import Notice, ReaderError
from reader.gui.api import ReaderWindow
from reader.gui.i18n import translate
from reader.gui.speech.actions import SpeechActions
from reader.gui.speech.bar import SpeechBar
from reader.gui.speech.consent import NaturalConsent
from reader.gui.speech.export import AudioExporter
from reader.gui.speech.highlight import PageSentences
from reader.gui.speech.places import SAVE_EVERY, ResumeOffer
from reader.gui.speech.playback import Playback
from reader.gui.speech.voice_picker import VoicePicker
from reader.gui.speech.words import WordFollow
from reader.gui.tasks import Progress
from reader.gui.wording import word, worded
from reader.speech import session as S
from reader.speech.lexicon import Lexicon
from reader.speech.player import Player
from reader.speech.sentences import Sentence

if TYPE_CHECKING:
    from reader.library.places import Place

log = logging.getLogger(__name__)

__all__ = ["RATE_STEP", "SAVE_EVERY", "VOLUME_STEP", "SpeechController", "install"]

RATE_STEP = 0.1
VOLUME_STEP = 0.1
REHIGHLIGHT = ("tts_highlight", "tts_highlight_style", "tts_highlight_unit")
VOICE_SETTINGS = ("tts_engine", "tts_natural_consent", "tts_natural_voices", "tts_pitch")  # a new synthesizer


class SpeechController(QObject):
    """What the window's read-aloud controls do; ``window.features.speech``."""

    article_finished = Signal()
    sentence_changed = Signal(int)  # for tests and the library: the sentence now highlighted

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.widget)
        self.window = window
        self.settings = window.settings
        self.view = window.view
        self.playback = Playback(window.ctx, window.settings, self)
        self.page = PageSentences(window.view, window.settings, self._lexicon)
        self.words = WordFollow(self.playback, self.page, window.settings)
        self.current: int | None = None  # the sentence being read (or last read) in the session
        self._cache_problem_said = False  # the audio cache's problem is said once per window

        slots: dict[str, Callable[[], object]] = {
            "read": self.toggle,
            "replay": self.replay,
            "export_audio": lambda: self.exporter.ask_and_export(),
            "speech_previous": self.previous,
            "speech_repeat": self.repeat,
            "speech_next": self.next,
            "speech_stop": self.stop,
            "speech_slower": lambda: self._step("tts_rate", -RATE_STEP),
            "speech_faster": lambda: self._step("tts_rate", RATE_STEP),
            "speech_volume_down": lambda: self._step("tts_volume", -VOLUME_STEP),
            "speech_volume_up": lambda: self._step("tts_volume", VOLUME_STEP),
            "speech_from_here": self._read_from_cursor,
            "speech_back": self.back_to_reading,
            "speech_close_bar": self._close_bar,
            "speech_resume_offer": self._accept_offer,
        }
        self.ui = SpeechActions(window, slots)
        a = window.actions
        self.bar = SpeechBar(
            {
                "previous": a["speech_previous"],
                "repeat": a["speech_repeat"],
                "play": a["read"],
                "next": a["speech_next"],
                "stop": a["speech_stop"],
                "resume_offer": a["speech_resume_offer"],
                "back_to_reading": a["speech_back"],
                "close_bar": a["speech_close_bar"],
            },
            window.widget,
        )
        self.ui.add_options_to(self.bar.options_menu)
        self.ui.opt_voices.triggered.connect(lambda _=False: self.pick_voice())
        self.consent = NaturalConsent(window)
        a.icons.bind(self.bar.more, "configure-speech")
        window.retranslated.connect(self.bar.retranslate)
        self._show_values()
        self.bar.hide()
        window.add_bottom_bar(self.bar)
        self.places = ResumeOffer(window, self.page, self.bar, a["speech_resume_offer"])
        self.exporter = AudioExporter(window, self.playback.make_synthesizer, self._lexicon)

        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._update_progress)

        self.playback.sentence.connect(self._on_sentence)
        self.playback.state.connect(self._on_state)
        self.playback.notice.connect(lambda n: window.show_message(worded(n), "info", timeout_ms=10000))
        self.playback.error.connect(self._on_error)
        self.playback.finished.connect(self._on_finished)
        self.page.away_changed.connect(self.bar.back_button.setVisible)
        self.bar.rate_changed.connect(lambda v: self.settings.set("tts_rate", round(float(v), 2)))
        self.bar.volume_changed.connect(lambda v: self.settings.set("tts_volume", round(v, 2), soon=True))
        self.bar.volume_released.connect(self.settings.flush)
        self.bar.engine_changed.connect(lambda name: self.settings.set("tts_engine", name))

        window.article_changed.connect(self._on_article_changed)
        window.reading.place_found.connect(self._on_place_found)
        window.settings.changed.connect(self._on_setting)
        window.closing.connect(self.shutdown)
        window.retranslated.connect(self._retranslate)
        self.view.user_scrolled.connect(self._on_user_scrolled)
        self.view.context_menu_hooks.append(self._context_menu)
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        self._update_play_action()

    # -- the parts, by the names tests and the library use -------------------------------------

    @property
    def player(self) -> Player:
        return self.playback.player

    @property
    def session(self) -> S.ReadAloudSession | None:
        return self.playback.session

    @property
    def session_article(self) -> Article | None:
        return self.playback.article

    @property
    def away(self) -> bool:
        return self.page.away

    @property
    def offer(self) -> int | None:
        return self.places.sentence

    def sentences(self) -> list[Sentence]:
        return self.page.sentences()

    def doc_range(self, sentence: Sentence) -> tuple[int, int] | None:
        return self.page.doc_range(sentence)

    # -- public API (the library's listening queue uses these) ---------------------------------

    def read_article(self, article: Article, from_sentence: int = 0) -> bool:
        """Show ``article`` if it is not shown, and read it from ``from_sentence``."""
        if article is not self.window.article:
            self.window.show_article(article)
        if not self.playback.open_audio():
            self._no_audio()
            return False
        self.bar.set_status("")
        if self.session_article is not article:
            self._drop_session()
        try:
            sentences = self.page.sentences()
            if not any(not s.skip for s in sentences):
                self.window.show_message(
                    lambda: translate("ReadAloud", "This article has no text to read aloud."),
                    "info",
                    timeout_ms=5000,
                )
                return False
            session = self.playback.start(article, sentences)
        except Exception as exc:
            self._report_failure(exc)
            return False
        self.places.withdraw()
        self.page.set_away(False)
        self.bar.show()
        self.consent.ask_once()  # Automatic: may it use the natural voice? (asked once, reading goes on)
        session.play(from_sentence)
        self._say_cache_problem()  # a folder that could not be made is known before the first sentence
        return True

    def toggle(self) -> None:
        """기사 읽어주기: start (continuing where the reader stopped, if offered), pause, resume."""
        article = self.window.article
        if article is None:
            self._open_first()
            return
        session = self.session
        if session is not None and self.session_article is article:
            if session.state in (S.IDLE, S.STOPPED, S.ERROR):
                self.read_article(article, self.current or 0)
            else:
                session.toggle()
            return
        self.read_article(article, self.places.sentence or 0)

    def replay(self) -> None:
        """다시듣기: from the first sentence; what was heard before comes from the cache."""
        article = self.window.article
        if article is None:
            self._open_first()
            return
        self.read_article(article, 0)

    def read_from_position(self, pos: int) -> None:
        """Read from the sentence at document position ``pos`` (double-click, context menu)."""
        article = self.window.article
        index = self.page.sentence_at(pos) if article is not None else None
        if article is not None and index is not None:
            self.read_article(article, index)

    def stop(self) -> None:
        if self.session is not None:
            self._note_place(force=True)
            self.session.stop()

    def previous(self) -> None:
        if self.session is not None:
            self.page.set_away(False)
            self.session.previous()

    def repeat(self) -> None:
        """The current sentence again from its start (from the cache: no new request)."""
        if self.session is not None and self.current is not None:
            self.page.set_away(False)
            self.session.play(self.current)

    def next(self) -> None:
        if self.session is not None:
            self.page.set_away(False)
            self.session.next()

    def back_to_reading(self) -> None:
        self.page.set_away(False)
        if self.current is not None:
            self.page.show(self.current, follow=True)
            self.words.reapply()

    def shutdown(self) -> None:
        """The window is closing: note the place, stop the sound, let the threads go."""
        self._note_place(force=True)
        self.exporter.cancel()
        self.playback.close()

    # -- session events (GUI thread) -----------------------------------------------------------

    def _on_sentence(self, index: int) -> None:
        self.current = index
        self._say_cache_problem()
        self.page.show(index, follow=True)
        self._note_place()
        self._update_progress()
        self.sentence_changed.emit(index)

    def _on_state(self, state: str) -> None:
        if state in (S.PLAYING, S.LOADING):
            self.timer.start()
        else:
            self.timer.stop()
        if state in (S.PAUSED, S.STOPPED):
            self._note_place(force=True)
        if state == S.STOPPED:
            self.view.clear_highlight()  # Stop ends the reading: no sentence stays marked
        self._update_play_action()
        self._update_progress()

    def _say_cache_problem(self) -> None:
        """The audio cache could not be used (a read-only or full disk), or the pronunciation dictionary
        was damaged and set aside: reading goes on, but say so, once."""
        lexicon = self._lexicon()
        while lexicon.warnings:
            self.window.show_message(worded(lexicon.warnings.pop(0)), "warning")
        if self._cache_problem_said:
            return
        problem = self.window.ctx.audio_cache().problem
        if problem is not None:
            self._cache_problem_said = True
            self.window.show_message(worded(problem), "warning")

    def _on_error(self, notice: Notice) -> None:
        self._say_cache_problem()
        self.window.show_message(
            lambda: translate("ReadAloud", "Reading aloud stopped: {reason}").format(reason=word(notice)),
            "error",
        )
        self._update_play_action()

    def _on_finished(self) -> None:
        article = self.session_article
        if article is not None:
            self.places.note(article, 0, force=True)  # heard to the end: next time from the top
        self.view.clear_highlight()
        self.current = None
        self.page.set_away(False)
        self._update_play_action()
        self.article_finished.emit()

    def _note_place(self, force: bool = False) -> None:
        article, current = self.session_article, self.current
        if article is not None and current is not None:
            self.places.note(article, current, force)

    def _drop_session(self) -> None:
        self._note_place(force=True)
        self.playback.drop()
        self.current = None
        self.timer.stop()
        self._update_play_action()

    # -- the window ----------------------------------------------------------------------------

    def _on_article_changed(self, article: Article | None) -> None:
        if self.session is not None and self.session_article is not article:
            self._drop_session()
        self.page.forget()
        self.page.set_away(False)
        self.places.withdraw()
        self.bar.set_progress(0, 0, 0, 0)

    def _on_place_found(self, article: Article, place: Place) -> None:
        if self.session is None or self.session_article is not article:
            self.places.offer(article, place)

    def _on_user_scrolled(self) -> None:
        session = self.session
        if session is None or self.current is None:
            return
        if session.state in (S.PLAYING, S.LOADING, S.PAUSED) and self.settings.get("tts_follow"):
            self.page.set_away(True)

    def _on_setting(self, name: str, value: object) -> None:
        session = self.session
        if name in ("tts_rate", "tts_volume", "tts_engine"):
            self._show_values()
        if name == "tts_rate" and session is not None:
            session.set_rate(float(self.settings.get("tts_rate")))
        elif name == "tts_volume" and session is not None:
            session.set_volume(float(self.settings.get("tts_volume")))
        elif name in VOICE_SETTINGS:
            if name == "tts_engine":
                self.page.forget()
            if session is not None:
                try:
                    session.set_synthesizer(self.playback.make_synthesizer())
                except Exception as exc:
                    self._report_failure(exc)
        elif name == "tts_read_captions":
            # the sentence list changes: a session reading the old one ends, the next read re-splits
            if session is not None:
                self._drop_session()
                self.view.clear_highlight()
            self.page.forget()
        elif name == "tts_paragraph_pause" and session is not None:
            session.set_paragraph_pause(float(self.settings.get("tts_paragraph_pause")))
        elif not name.startswith("tts_"):
            # font size, theme, images…: the window restyled or rebuilt the document; put the highlight back
            QTimer.singleShot(0, self._reapply_highlight)
            return
        self.ui.sync_options()
        if name in REHIGHLIGHT:
            QTimer.singleShot(0, self._reapply_highlight)

    def _reapply_highlight(self) -> None:
        if (
            self.current is not None
            and self.session is not None
            and self.session_article is self.window.article
        ):
            self.page.show(self.current, follow=True)
            self.words.reapply()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._viewport and event.type() == QEvent.Type.MouseButtonDblClick:
            mouse = event if isinstance(event, QMouseEvent) else None
            if mouse is not None and mouse.button() == Qt.MouseButton.LeftButton:
                point = QPoint(int(mouse.position().x()), int(mouse.position().y()))
                pos = self.view.position_at(point)
                QTimer.singleShot(0, lambda: self.read_from_position(pos))
        return False

    def _context_menu(self, menu: QMenu, pos: int) -> None:
        if self.window.article is None:
            return
        menu.addSeparator()
        act = menu.addAction(translate("ReadAloud", "Read Aloud From Here"))
        act.setObjectName("contextReadFromHere")
        act.triggered.connect(lambda _=False, p=pos: self.read_from_position(p))

    # -- controls ------------------------------------------------------------------------------

    def _read_from_cursor(self) -> None:
        article = self.window.article
        if article is None:
            return
        index = self.page.reading_start()
        self.read_article(article, index or 0)

    def _accept_offer(self) -> None:
        article = self.window.article
        if article is not None:
            self.read_article(article, self.places.sentence or 0)

    def _step(self, name: str, step: float) -> None:
        value = round(float(self.settings.get(name)) + step, 2)
        self.settings.set(name, self.settings.clamp(name, value))

    def pick_voice(self) -> VoicePicker:
        """The natural voice for each language, opened on the article's language."""
        from reader.speech.sentences import article_lang

        article = self.window.article
        lang = article_lang(article) if article is not None else self.window.language
        picker = VoicePicker(self.window, lang, self._play_preview)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()
        return picker

    def _play_preview(self, path: Path) -> None:
        """A voice's sample, in place of the reading (which stops where it was)."""
        if not self.playback.open_audio():
            self._no_audio()
            return
        self.stop()
        self.player.play(path, tag=("preview",))

    def _close_bar(self) -> None:
        self.stop()
        self.view.clear_highlight()
        self.bar.hide()

    def _open_first(self) -> None:
        first = lambda: translate("ReadAloud", "Open an article first.")  # noqa: E731
        self.window.show_message(first, "info", timeout_ms=4000)

    def _no_audio(self) -> None:
        self.window.show_message(
            lambda: translate("ReadAloud", "No audio device: read-aloud can still export MP3."),
            "warning",
            actions=[(lambda: translate("ReadAloud", "Export Audio…"), self.exporter.ask_and_export)],
        )
        self.bar.set_status(lambda: translate("ReadAloud", "No audio device"))
        self.bar.show()

    def _report_failure(self, exc: BaseException) -> None:
        if isinstance(exc, ReaderError):
            error = exc

            def text() -> str:
                why = word(error)
                return translate("ReadAloud", "Read aloud could not start: {reason}").format(reason=why)

            self.window.show_message(text, "error")
            return
        log.error("read aloud could not start", exc_info=exc)
        reason = str(exc) or type(exc).__name__
        self.window.show_message(
            lambda: translate("ReadAloud", "Read aloud could not start: {reason}").format(reason=reason),
            "error",
            show_log=True,
        )

    def _lexicon(self) -> Lexicon:
        return self.window.ctx.lexicon()

    def _show_values(self) -> None:
        self.bar.set_values(
            float(self.settings.get("tts_rate")),
            float(self.settings.get("tts_volume")),
            str(self.settings.get("tts_engine")),
        )

    def _retranslate(self) -> None:
        self.ui.retranslate()
        self.bar.retranslate()
        self.places.relabel()
        self._update_play_action()
        QTimer.singleShot(0, self._reapply_highlight)  # the window rebuilt the document

    def _update_play_action(self) -> None:
        self.ui.update_play_action(self.playback.state_now, self.session is not None)

    def _update_progress(self) -> None:
        session = self.session
        if session is None:
            self.bar.set_progress(0, 0, 0, 0)
            return
        self.bar.set_progress(*session.progress())


def install(window: ReaderWindow) -> SpeechController:
    controller = SpeechController(window)
    window.features.speech = controller
    _warm_up(window)
    return controller


def _warm_up(window: ReaderWindow) -> None:
    """Import pygame (≈0.3–0.6 s) and gTTS (≈0.2 s) in the background, so the first press of
    기사 읽어주기 waits only for the first sentence's audio, not for imports on the UI thread."""
    online = window.settings.get("tts_engine") != "espeak"

    def job(cancel: threading.Event, progress: Progress) -> None:
        from reader.speech.player import preload

        preload()
        if online and not cancel.is_set():
            from gtts.lang import tts_langs

            tts_langs()

    window.tasks.run(
        job, on_error=lambda exc: log.debug("read-aloud warm-up failed: %s", exc), name="tts-warm-up"
    )
