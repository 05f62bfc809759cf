"""The listening queue in the window: plays queued articles one after another through read-aloud.

Each article is shown and read from where listening stopped (headline first when starting fresh);
when read-aloud reports the article finished, it is marked read, leaves the queue, and the next one
starts. The sentence reached is stored as it advances, so stopping — or closing the program — and
pressing Play later continues in the same place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.articles.model import Article
from reader.gui.api import SpeechFeature
from reader.gui.flow import flow_row
from reader.gui.i18n import plurals, translate
from reader.gui.library.delegate import ID_ROLE, TwoLineDelegate
from reader.gui.library.feature import LibraryFeature
from reader.library import Entry, Library

log = logging.getLogger(__name__)


class QueuePlayer(QObject):
    state_changed = Signal()
    article_started = Signal(int)  # library id
    article_done = Signal(int)

    def __init__(self, feature: LibraryFeature) -> None:
        super().__init__(feature)
        self.feature = feature
        self.window = feature.window
        self.playing_id: int | None = None
        self._article: Article | None = None
        self._connected: SpeechFeature | None = None
        self.window.article_changed.connect(self._article_changed)

    @property
    def playing(self) -> bool:
        return self.playing_id is not None

    def speech(self) -> SpeechFeature | None:
        return self.window.features.speech

    def _connect(self, speech: SpeechFeature) -> None:
        if self._connected is not speech:
            speech.article_finished.connect(self._finished)
            self._connected = speech

    def play(self) -> None:
        """Start (or continue) the queue at the article and sentence where it stopped."""
        speech = self.speech()
        if speech is None:

            def unavailable() -> str:
                return translate(
                    "Library", "Read-aloud is not available, so the listening queue cannot play."
                )

            self.window.show_message(unavailable, "warning")
            return
        self._connect(speech)

        def job(lib: Library) -> tuple[int, int, Article, Entry] | None:
            point = lib.queue.resume_point()
            if point is None:
                return None
            aid, sentence = point
            lib.queue.set_current(aid)
            return aid, sentence, lib.article(aid), lib.get(aid)

        def done(result: tuple[int, int, Article, Entry] | None) -> None:
            if result is None:
                self.playing_id = None
                self.state_changed.emit()
                self.window.show_message(
                    lambda: translate("Library", "The listening queue is empty."), "info", timeout_ms=4000
                )
                return
            aid, sentence, article, entry = result
            self.playing_id = aid
            self._article = article
            self.feature.show_saved(article, entry)
            if speech.read_article(article, from_sentence=sentence) is False:
                self.playing_id = None  # no audio device or nothing to read: read-aloud said why
                self._article = None
            self.state_changed.emit()
            self.feature.queue_changed.emit()
            self.article_started.emit(aid)

        self.feature.run(job, done, name="queue-play")

    def stop(self) -> None:
        if self.playing_id is None:
            return
        speech = self.speech()
        self._pause()
        if speech is not None:
            speech.stop()  # read-aloud notes the sentence reached, where the queue resumes

    def _pause(self) -> None:
        """Stop following read-aloud; the article stays current and its place is kept."""
        self.playing_id = None
        self._article = None
        self.state_changed.emit()

    def _article_changed(self, article: Article | None) -> None:
        if self.playing_id is not None and article is not self._article:
            self._pause()  # the reader opened something else: the queue waits where it was

    def _finished(self) -> None:
        if self.playing_id is None:
            return
        aid = self.playing_id
        self.playing_id = None
        self._article = None

        def done(next_id: int | None) -> None:
            self.feature.changed.emit()
            self.feature.queue_changed.emit()
            self.article_done.emit(aid)
            if next_id is not None:
                self.play()
            else:
                self.state_changed.emit()
                self.window.show_message(
                    lambda: translate("Library", "Finished the listening queue."), "info", timeout_ms=6000
                )

        self.feature.run(lambda lib: lib.queue.finished(aid), done, name="queue-finished")


class QueueWidget(QWidget):
    """The queue tab: reorder by dragging or with the buttons, play, stop, remove."""

    def __init__(self, feature: LibraryFeature, player: QueuePlayer) -> None:
        super().__init__()
        self.setObjectName("listeningQueue")
        self.feature = feature
        self.player = player
        v = QVBoxLayout(self)
        v.setContentsMargins(2, 2, 2, 2)
        self.status = QLabel()
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        self.list = QListWidget()
        self.list.setObjectName("queueList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.model().rowsMoved.connect(lambda *_: self._store_order())
        v.addWidget(self.list, 1)
        self.play_button = QPushButton()
        self.play_button.setObjectName("queuePlay")
        self.play_button.clicked.connect(self._toggle)
        self.up_button = QPushButton("↑")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton("↓")
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        v.addLayout(flow_row(self.play_button, self.up_button, self.down_button, self.remove_button))
        feature.queue_changed.connect(self.refresh)
        self._player().state_changed.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # the status line and the Play/Stop button
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.list.setAccessibleName(translate("Library", "Listening queue"))
        self.play_button.setText(
            translate("Library", "Stop") if self._player().playing else translate("Library", "Play")
        )
        for button, text in ((self.up_button, translate("Library", "Move up")),
                             (self.down_button, translate("Library", "Move down"))):  # fmt: skip
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.remove_button.setText(translate("Library", "Remove"))

    def _player(self) -> QueuePlayer:
        return self.player

    def _toggle(self) -> None:
        player = self._player()
        if player.playing:
            player.stop()
        else:
            player.play()

    def refresh(self) -> None:
        def job(lib: Library) -> tuple[list[Entry], tuple[int, int] | None]:
            return lib.queue.items(), lib.queue.resume_point()

        def done(result: tuple[list[Entry], tuple[int, int] | None]) -> None:
            items, point = result
            player = self._player()
            self.list.clear()
            for e in items:
                mark = "▶ " if e.id == player.playing_id else ""
                item = QListWidgetItem(f"{mark}{e.title}\n{e.site}")
                item.setData(ID_ROLE, e.id)
                self.list.addItem(item)
            self.play_button.setText(
                translate("Library", "Stop") if player.playing else translate("Library", "Play")
            )
            if player.playing:
                title = next((e.title for e in items if e.id == player.playing_id), "")
                self.status.setText(translate("Library", "Playing: {title}").format(title=title))
            elif point is not None and point[1] > 0:
                title = next((e.title for e in items if e.id == point[0]), "")
                self.status.setText(
                    translate("Library", "Stopped in “{title}” at sentence {n}.").format(
                        title=title, n=point[1] + 1
                    )
                )
            elif items:
                self.status.setText(plurals().to_listen(len(items)))
            else:
                self.status.setText(
                    translate("Library", "Add articles with “Listen later” in the Saved tab.")
                )

        self.feature.run(job, done, name="queue-list")

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def _store_order(self) -> None:
        order = self.ids()

        def job(lib: Library) -> None:
            for index, aid in enumerate(order):
                lib.queue.move(aid, index)

        self.feature.run(job, name="queue-order")

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        target = max(0, min(self.list.count() - 1, row + step))
        aid = int(self.list.item(row).data(ID_ROLE))
        self.feature.run(
            lambda lib: lib.queue.move(aid, target), lambda _r: self._moved(target), name="queue-move"
        )

    def _moved(self, row: int) -> None:
        self.refresh()
        self.list.setCurrentRow(row)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        aid = int(item.data(ID_ROLE))
        if aid == self._player().playing_id:
            self._player().stop()
        self.feature.run(lambda lib: lib.queue.remove([aid]), lambda _r: self.refresh(), name="queue-remove")
