"""Read-aloud sessions in the window: starting one for the shown article, the audio device, and
the session's callbacks turned into signals handled on the GUI thread.

The session (reader/speech/session.py) calls back on its worker threads; every callback is turned
into a Qt signal here. Each signal carries its session, so a late callback from a session that was
replaced (a new article) is ignored.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.articles.model import Article
from reader.gui.speech.base import SpeechBase
from reader.positions import article_key
from reader.speech import session as S
from reader.speech.player import AudioUnavailable

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread; emitting from a worker thread queues the call to it."""

    sentence = Signal(object, int)
    state = Signal(object, str)
    notice = Signal(object)  # a reader.errors.Notice (or, from the session, its text)
    error = Signal(object, str)
    finished = Signal(object)


class SpeechPlayback(SpeechBase):
    """Sessions and their callbacks; part of :class:`reader.gui.speech.controller.SpeechController`."""

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

    def _on_state(self, session: Any, state: str) -> None:
        if session is not self.session:
            return
        if state in (S.PLAYING, S.LOADING):
            self.timer.start()
        else:
            self.timer.stop()
        if state in (S.PAUSED, S.STOPPED):
            self._save_position(force=True)
        if state == S.STOPPED:
            self.view.clear_highlight()  # Stop ends the reading: no sentence stays marked
        self._update_play_action()
        self._update_progress()

    def _on_notice(self, message: object) -> None:
        self.window.show_message(str(message), "info", timeout_ms=10000)

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
