"""Read-aloud sessions in the window: one session for the article being read, the audio device, and
the session's callbacks turned into signals on the GUI thread.

The session (reader/speech/session.py) calls back on its worker threads; every callback is turned
into a Qt signal here. Each signal carries its session, so a late callback from a session that was
replaced (a new article) is dropped before it reaches the controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Signal

from reader.articles.model import Article
from reader.context import AppContext
from reader.gui.settings_bridge import SettingsBridge
from reader.speech import session as S
from reader.speech.player import AudioUnavailable, Player
from reader.speech.sentences import Sentence
from reader.speech.synth import Synthesizer
from reader.speech.words import highlight_unit

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread; emitting from a worker thread queues the call to it."""

    sentence = Signal(object, int)
    word = Signal(object, int, object)  # the session, sentence index, (start, end) | None
    state = Signal(object, str)
    notice = Signal(object)  # a reader.errors.Notice
    error = Signal(object, object)  # the session, a Notice
    finished = Signal(object)


class Playback(QObject):
    """The session of the article being read aloud; what it reports comes out as signals."""

    sentence = Signal(int)  # now playing sentence i
    word = Signal(int, object)  # sentence i, the word being spoken: (start, end) in its block's text | None
    state = Signal(str)  # session state (reader.speech.session)
    notice = Signal(object)  # a Notice: Google's voice is unreachable, reading with espeak-ng instead
    error = Signal(object)  # a Notice: why reading stopped
    finished = Signal()  # the article was read to the end

    def __init__(self, ctx: AppContext, settings: SettingsBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.player = Player()
        self.session: S.ReadAloudSession | None = None
        self.article: Article | None = None  # the article of ``session``
        self.audio_error: AudioUnavailable | None = None
        self._bridge = _Bridge(self)
        self._bridge.sentence.connect(lambda s, i: self._if_current(s, self.sentence.emit, i))
        self._bridge.word.connect(lambda s, i, span: self._if_current(s, self.word.emit, i, span))
        self._bridge.state.connect(lambda s, st: self._if_current(s, self.state.emit, st))
        self._bridge.notice.connect(self.notice.emit)
        self._bridge.error.connect(lambda s, msg: self._if_current(s, self.error.emit, msg))
        self._bridge.finished.connect(lambda s: self._if_current(s, self.finished.emit))

    def _if_current(self, session: object, emit: Callable[..., None], *args: object) -> None:
        if session is self.session:
            emit(*args)

    @property
    def state_now(self) -> str:
        return self.session.state if self.session is not None else S.IDLE

    def make_synthesizer(self) -> Synthesizer:
        """The chosen voice over the one audio cache of the app (reader.context builds it)."""
        from reader.speech.engines import make_engine

        engine = make_engine(  # an engine's notice is a reader.errors.Notice: the window words it
            str(self.settings.get("tts_engine")), self.ctx.settings, on_notice=self._bridge.notice.emit
        )
        return Synthesizer(engine, self.ctx.audio_cache())

    def open_audio(self) -> bool:
        """The sound device, opened on first use; False (and ``audio_error`` says why) without one."""
        if self.player.is_open:
            return True
        try:
            self.player.open()
        except AudioUnavailable as exc:
            self.audio_error = exc
            log.warning("%s", exc.message)
            return False
        self.audio_error = None
        return True

    def start(self, article: Article, sentences: list[Sentence]) -> S.ReadAloudSession:
        """The session for ``article`` (a new one unless it is already the one); may raise."""
        if self.session is not None and self.article is article:
            return self.session
        self.drop()
        session = S.ReadAloudSession(
            cast("list[S.SentenceLike]", sentences),  # frozen Sentence fields vs the protocol's plain ones
            self.make_synthesizer(),
            _lang(article),
            player=self.player,
            rate=float(self.settings.get("tts_rate")),
            volume=float(self.settings.get("tts_volume")),
            paragraph_pause=float(self.settings.get("tts_paragraph_pause")),
            highlight_unit=highlight_unit(self.settings),
        )
        bridge = self._bridge
        session.callbacks = S.Callbacks(
            on_sentence=lambda i: bridge.sentence.emit(session, i),
            on_state=lambda st: bridge.state.emit(session, st),
            on_notice=bridge.notice.emit,
            on_error=lambda msg: bridge.error.emit(session, msg),
            on_finished=lambda: bridge.finished.emit(session),
            on_word=lambda i, span: bridge.word.emit(session, i, span),
        )
        self.session = session
        self.article = article
        return session

    def drop(self) -> None:
        """Close the session (a late callback from it is ignored)."""
        if self.session is not None:
            self.session.close(wait=False)
        self.session = None
        self.article = None

    def close(self) -> None:
        self.drop()
        self.player.close()


def _lang(article: Article) -> str:
    from reader.speech.sentences import article_lang

    return article_lang(article)
