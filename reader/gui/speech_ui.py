"""Read aloud in the window: 기사 읽어주기 / 다시듣기, the player bar, the moving highlight, export.

``install(window, ctx)`` claims the window's read/replay/export_audio actions and registers the
controller as ``window.features["speech"]`` (``read_article(article, from_sentence=0)`` and the
``article_finished`` signal let the library chain articles into a listening queue).

The session (reader/speech/session.py) calls back on its worker threads; every callback is turned
into a Qt signal here and handled on the GUI thread. Each signal carries its session, so a late
callback from a session that was replaced (a new article) is ignored.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QMenu

from reader.articles.model import Article
from reader.gui.speech_actions import SpeechActions, add_media_play_key
from reader.gui.speech_bar import SpeechBar
from reader.gui.speech_export import AudioExporter
from reader.positions import PositionStore, article_key
from reader.speech import session as S
from reader.speech.player import AudioUnavailable, Player

log = logging.getLogger(__name__)

RATE_STEP = 0.1
VOLUME_STEP = 0.1
SAVE_EVERY = 2.0  # seconds between position writes while reading


class _Bridge(QObject):
    """Lives on the GUI thread; emitting from a worker thread queues the call to it."""

    sentence = Signal(object, int)
    state = Signal(object, str)
    notice = Signal(str)
    error = Signal(object, str)
    finished = Signal(object)


class SpeechController(QObject):
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

    def read_from_position(self, pos: int) -> None:
        """Read from the sentence at document position ``pos`` (double-click, context menu)."""
        article = self.window.article
        if article is None:
            return
        index = self.sentence_at(pos)
        if index is not None:
            self.read_article(article, index)

    def sentence_at(self, pos: int) -> int | None:
        """The sentence under (or just after) a document position."""
        sentences = self.sentences()
        best: int | None = None
        for s in sentences:
            rng = self.doc_range(s)
            if rng is None:
                continue
            start, end = rng
            if start <= pos < end or (pos < start and best is None):
                return int(s.index)
            if end <= pos:
                best = int(s.index)
        return best

    def sentences(self) -> list[Any]:
        """The shown article's sentences (split once per article)."""
        article = self.window.article
        if article is None:
            return []
        if self._sentences is None or self._sentences_for_article is not article:
            from reader.speech.sentences import split_article

            offline = self.settings.get("tts_engine") == "espeak"
            self._sentences = split_article(article, lexicon=self._lexicon(), offline=offline)
            self._sentences_for_article = article
        return self._sentences

    def doc_range(self, sentence: Any) -> tuple[int, int] | None:
        """Where a sentence is in the view's document; None when its block is not shown."""
        try:
            if sentence.block_index < 0:
                title = getattr(self.view, "title_range", None)
                if title is None:
                    built = getattr(self.view, "_built", None)
                    title = getattr(built, "title_range", None)
                if not title or title[1] <= title[0]:
                    return None
                base = int(title[0])
            else:
                base = int(self.view.block_range(sentence.block_index)[0])
        except (IndexError, TypeError):
            return None
        return base + int(sentence.start), base + int(sentence.end)

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

    # -- building ------------------------------------------------------------------------------

    # -- sessions ------------------------------------------------------------------------------

    def _lexicon(self) -> Any:
        lexicon = getattr(self.ctx, "lexicon", None)
        return lexicon() if callable(lexicon) else None

    def _make_synthesizer(self) -> Any:
        from reader.speech.engines import make_engine
        from reader.speech.synth import Synthesizer

        engine = make_engine(
            str(self.settings.get("tts_engine")), self.settings, on_notice=self.bridge.notice.emit
        )
        cache = self.ctx.audio_cache() if hasattr(self.ctx, "audio_cache") else None
        if cache is None:
            from reader.speech.cache import AudioCache

            cache = AudioCache(self.ctx.paths.audio_cache_dir, int(self.settings.get("tts_cache_mb")) << 20)
        return Synthesizer(engine, cache)

    def _session_for(self, article: Article) -> S.ReadAloudSession | None:
        if self.session is not None and self.session_article is article:
            return self.session
        self._drop_session()
        from reader.speech.sentences import article_lang

        try:
            synth = self._make_synthesizer()
            sentences = self.sentences()
        except Exception as exc:
            self._report_failure(exc)
            return None
        if not any(not s.skip for s in sentences):
            self.window.show_message(
                self.tr("This article has no text to read aloud."), "info", timeout_ms=5000
            )
            return None
        session = S.ReadAloudSession(
            sentences,
            synth,
            article_lang(article),
            player=self.player,
            rate=float(self.settings.get("tts_rate")),
            volume=float(self.settings.get("tts_volume")),
            paragraph_pause=float(self.settings.get("tts_paragraph_pause")),
        )
        bridge = self.bridge
        session.callbacks = S.Callbacks(
            on_sentence=lambda i: bridge.sentence.emit(session, i),
            on_state=lambda st: bridge.state.emit(session, st),
            on_notice=bridge.notice.emit,
            on_error=lambda msg: bridge.error.emit(session, msg),
            on_finished=lambda: bridge.finished.emit(session),
        )
        self.session = session
        self.session_article = article
        return session

    def _drop_session(self) -> None:
        if self.session is not None:
            self._save_position(force=True)
            self.session.close(wait=False)
        self.session = None
        self.session_article = None
        self.current = None
        self.timer.stop()
        self._update_play_action()

    def _ensure_audio(self) -> bool:
        if self.player.is_open:
            return True
        try:
            self.player.open()
        except AudioUnavailable as exc:
            self.audio_error = exc.message
            log.warning("%s", exc.message)
            text = self.tr("No audio device: read-aloud can still export MP3.")
            self.window.show_message(
                text, "warning", actions=[(self.tr("Export Audio…"), self.exporter.ask_and_export)]
            )
            self.bar.set_status(self.tr("No audio device"))
            self.bar.show()
            return False
        self.audio_error = None
        self.bar.set_status("")
        return True

    def _report_failure(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if not message:
            log.error("read aloud could not start", exc_info=exc)
            message = str(exc) or exc.__class__.__name__
        self.window.show_message(
            self.tr("Read aloud could not start: {reason}").format(reason=message), "error"
        )

    # -- session callbacks (GUI thread) --------------------------------------------------------

    def _on_sentence(self, session: Any, index: int) -> None:
        if session is not self.session:
            return
        self.current = index
        self.show_sentence(index, follow=True)
        self._save_position()
        self._update_progress()
        self.sentence_changed.emit(index)

    def show_sentence(self, index: int, follow: bool = True) -> None:
        """Highlight sentence ``index`` (if highlighting is on) and keep it in view unless the user left."""
        sentences = self._sentences or []
        if not (0 <= index < len(sentences)):
            return
        rng = self.doc_range(sentences[index])
        if rng is None:
            self.view.clear_highlight()
            return
        if self.settings.get("tts_highlight"):
            self.view.set_highlight(*rng)
        else:
            self.view.clear_highlight()
        if self.away and self._in_view(rng[0]):
            self.away = False  # the reader scrolled back to where we are: follow again
            self.bar.back_button.hide()
        if follow and self.settings.get("tts_follow") and not self.away:
            self.view.ensure_visible(rng[0])
            self.view.ensure_visible(max(rng[0], rng[1] - 1))

    def _in_view(self, pos: int) -> bool:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(max(0, min(pos, self.view.document().characterCount() - 1)))
        rect = self.view.cursorRect(cursor)
        return rect.top() >= 0 and rect.bottom() <= self.view.viewport().height()

    def _on_state(self, session: Any, state: str) -> None:
        if session is not self.session:
            return
        if state in (S.PLAYING, S.LOADING):
            self.timer.start()
        else:
            self.timer.stop()
        if state in (S.PAUSED, S.STOPPED):
            self._save_position(force=True)
        self._update_play_action()
        self._update_progress()

    def _on_notice(self, message: str) -> None:
        self.window.show_message(message, "info", timeout_ms=10000)

    def _on_error(self, session: Any, message: str) -> None:
        if session is not self.session:
            return
        self.window.show_message(self.tr("Reading aloud stopped: {reason}").format(reason=message), "error")
        self._update_play_action()

    def _on_finished(self, session: Any) -> None:
        if session is not self.session:
            return
        article = self.session_article
        if article is not None:
            count = len(self.session.sentences) if self.session is not None else 0
            self.positions.remember(article_key(article), sentence=0, sentence_count=count)
        self.view.clear_highlight()
        self.current = None
        self.away = False
        self.bar.back_button.hide()
        self._update_play_action()
        self.article_finished.emit()

    # -- window events -------------------------------------------------------------------------

    def _note_top(self, _value: int) -> None:
        if self._scrolled_by_user:
            self._scrolled_by_user = False
            self._top_seen = (self.window.article, self.view.top_block_index())

    def _remember_top(self) -> None:
        """Where the reader had scrolled to in the article they are leaving (reading, not only listening)."""
        seen, top = self._top_seen
        self._top_seen = (None, -1)
        if seen is not None and top >= 0:
            self.positions.remember(article_key(seen), top_block=top)

    def _on_article_changed(self, article: Any) -> None:
        if self._top_seen[0] is not article:
            self._remember_top()
        if self.session is not None and self.session_article is not article:
            self._drop_session()
        self._sentences = None
        self.away = False
        self.bar.back_button.hide()
        self.offer = None
        self.bar.resume_button.hide()
        self.bar.set_progress(0, 0, 0, 0)
        if article is None:
            return
        pos = self.positions.get(article_key(article))
        if pos is None:
            return
        if pos.top_block > 0:
            QTimer.singleShot(0, lambda b=pos.top_block, a=article: self._restore_top(a, b))
        if pos.sentence > 0 and (pos.sentence_count == 0 or pos.sentence < pos.sentence_count - 1):
            self.offer = pos.sentence
            self._offer_label()
            self.bar.resume_button.show()
            self.bar.show()
            place, total = self._place(pos.sentence)
            self._offer_text = self.tr("You stopped listening at sentence {n} of {total}.").format(
                n=place, total=total
            )
            self.window.show_message(
                self._offer_text,
                "info",
                actions=[(self.tr("Continue"), self._accept_offer), (self.tr("Start Over"), self.replay)],
                timeout_ms=15000,
            )

    def _place(self, index: int) -> tuple[int, int]:
        """(1-based place among the sentences read aloud, how many there are) — what the bar shows."""
        spoken = [s.index for s in self.sentences() if not s.skip]
        return sum(1 for i in spoken if i <= index), len(spoken)

    def _restore_top(self, article: Any, block: int) -> None:
        """Back to where the page was left, unless something (the library, the reader) moved it already."""
        if self.view.article is article and self.view.verticalScrollBar().value() == 0:
            self.view.scroll_to_block(block)

    def _offer_label(self) -> None:
        if self.offer is not None and hasattr(self, "bar"):
            text = self.tr("Continue from sentence {n}").format(n=self._place(self.offer)[0])
            self.actions["speech_resume_offer"].setText(text)

    def _accept_offer(self) -> None:
        article = self.window.article
        if article is not None:
            self.read_article(article, self.offer or 0)

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

    def _reapply_highlight(self) -> None:
        if (
            self.current is not None
            and self.session is not None
            and self.session_article is self.window.article
        ):
            self.show_sentence(self.current, follow=True)

    def _on_user_scrolled(self) -> None:
        self._scrolled_by_user = True  # noted once the scroll bar has moved (_note_top)
        if self.session is None or self.current is None:
            return
        if self.session.state in (S.PLAYING, S.LOADING, S.PAUSED) and self.settings.get("tts_follow"):
            self.away = True
            self.bar.back_button.show()

    def back_to_reading(self) -> None:
        self.away = False
        self.bar.back_button.hide()
        if self.current is not None:
            self.show_sentence(self.current, follow=True)

    def _context_menu(self, menu: QMenu, pos: int) -> None:
        if self.window.article is None:
            return
        menu.addSeparator()
        act = menu.addAction(self.tr("Read Aloud From Here"))
        act.setObjectName("contextReadFromHere")
        act.triggered.connect(lambda _=False, p=pos: self.read_from_position(p))

    def _read_from_cursor(self) -> None:
        cursor = self.view.textCursor()
        if cursor.hasSelection() or cursor.position() > 0:
            self.read_from_position(cursor.selectionStart())
            return
        top = self.view.top_block_index()
        if top >= 0:
            self.read_from_position(self.view.block_range(top)[0])
        elif self.window.article is not None:
            self.read_article(self.window.article, 0)

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

    def _save_position(self, force: bool = False) -> None:
        session, article = self.session, self.session_article
        if session is None or article is None or self.current is None:
            return
        now = time.monotonic()
        if not force and now - self._last_saved < SAVE_EVERY:
            return
        self._last_saved = now
        shown = self.view.article is article  # after a switch the view shows the next article already
        self.positions.remember(
            article_key(article),
            sentence=self.current,
            sentence_count=len(session.sentences),
            top_block=max(0, self.view.top_block_index()) if shown else None,
        )


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
