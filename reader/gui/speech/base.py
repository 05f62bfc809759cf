"""What the parts of the read-aloud controller may use of each other, declared once for the type checker.

:class:`~reader.gui.speech.controller.SpeechController` is put together from mixins in their own modules
(playback, highlight, places). While type checking each mixin inherits :class:`SpeechBase`, so every
part is checked against one list of the controller's attributes; at run time ``SpeechBase`` is plain
``object`` and the mixins stay ordinary classes ahead of ``QObject``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtGui import QAction

    from reader.articles.model import Article
    from reader.gui.speech.actions import SpeechActions
    from reader.gui.speech.bar import SpeechBar
    from reader.gui.speech.export import AudioExporter
    from reader.gui.speech.playback import _Bridge
    from reader.positions import PositionStore
    from reader.speech import session as S
    from reader.speech.player import Player

    class SpeechBase(QObject):
        article_finished = Signal()
        sentence_changed = Signal(int)

        window: Any
        ctx: Any
        settings: Any
        view: Any
        bridge: _Bridge
        player: Player
        audio_error: str | None
        session: S.ReadAloudSession | None
        session_article: Article | None
        current: int | None
        away: bool
        offer: int | None
        _offer_text: str
        positions: PositionStore
        _sentences: list[Any] | None
        _sentences_for_article: Article | None
        _last_saved: float
        _top_seen: tuple[Article | None, int]
        _scrolled_by_user: bool
        ui: SpeechActions
        actions: dict[str, QAction]
        bar: SpeechBar
        exporter: AudioExporter
        timer: QTimer

        def read_article(self, article: Article, from_sentence: int = 0) -> bool: ...
        def replay(self) -> None: ...
        def read_from_position(self, pos: int) -> None: ...
        def sentences(self) -> list[Any]: ...
        def doc_range(self, sentence: Any) -> tuple[int, int] | None: ...
        def show_sentence(self, index: int, follow: bool = True) -> None: ...
        def _lexicon(self) -> Any: ...
        def _drop_session(self) -> None: ...
        def _save_position(self, force: bool = False) -> None: ...
        def _update_play_action(self) -> None: ...
        def _update_progress(self) -> None: ...

else:
    SpeechBase = object
