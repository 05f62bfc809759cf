"""The in-window message bar: errors and notices appear here, never as a modal traceback.

A message is transient (the next article opening clears a warning about the last one) unless it is
sticky: notices (the settings file was damaged, no Hangul font) stay until the reader closes them,
and a message shown meanwhile goes over them without pushing them away.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reader.gui.i18n import translate
from reader.gui.wording import Text, text_of

KIND_COLOURS = {
    # background, text, border — text contrast above 7:1 on each background
    "info": ("#e7f0fb", "#0d2a4d", "#9dbbe3"),
    "warning": ("#fff4d6", "#3d2c00", "#e2c266"),
    "error": ("#fde8e8", "#5c0b0b", "#e59a9a"),
}


@dataclass
class _Message:
    id: int
    text: Text
    kind: str
    actions: list[tuple[Text, Callable[[], None]]]
    sticky: bool
    timeout_ms: int


class MessageBar(QFrame):
    """One message at a time on screen; a sticky one (a notice) waits under later ones and comes back.

    Texts may be given worded-when-shown (a callable): after a change of interface language the
    message on screen, its buttons too, are worded again in the new language.
    """

    closed = Signal(int)  # the id of the message the reader (or its timeout) closed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # no word, however long (an address), may make the bar wider than the window: see _breakable
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._lay = lay
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        lay.addWidget(self.close_button)
        self._stack: list[_Message] = []  # the top one is on screen; sticky ones wait under it
        self._shown = ""  # its words as worded (the label has break points added)
        self._ids = itertools.count(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.retranslate()
        self.hide()

    # -- what is on screen ---------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self._stack[-1].kind if self._stack else "info"

    @property
    def sticky(self) -> bool:
        return bool(self._stack) and self._stack[-1].sticky

    @property
    def current_id(self) -> int:
        """The id :meth:`show_message` returned for the message on screen; 0 when none is."""
        return self._stack[-1].id if self._stack and not self.isHidden() else 0

    @property
    def text(self) -> str:
        return self._shown if not self.isHidden() else ""

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def waiting(self) -> list[int]:
        """The ids of every message still held, on screen or waiting under it."""
        return [m.id for m in self._stack]

    # -- showing and closing -------------------------------------------------------------------
    def show_message(
        self,
        text: Text,
        kind: str = "info",
        actions: list[tuple[Text, Callable[[], None]]] | None = None,
        timeout_ms: int = 0,
        *,
        sticky: bool = False,
    ) -> int:
        """Show ``text`` now; returns its id. A transient message replaces the last transient one."""
        if kind not in KIND_COLOURS:
            kind = "info"
        self._stack = [m for m in self._stack if m.sticky]
        message = _Message(next(self._ids), text, kind, list(actions or []), sticky, timeout_ms)
        self._stack.append(message)
        self._present()
        return message.id

    def dismiss(self) -> None:
        """Close the message on screen; a notice that waited under it comes back."""
        self._timer.stop()
        gone = self._stack.pop().id if self._stack else 0
        if self._stack:
            self._present()
        else:
            self.hide()
        self.closed.emit(gone)

    def dismiss_transient(self) -> None:
        """Clear a warning or error about what was on screen before (an article just opened)."""
        top = self._stack[-1] if self._stack else None
        if top is not None and not self.isHidden() and top.kind in ("error", "warning") and not top.sticky:
            self.dismiss()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Window", "Message"))
        self.close_button.setToolTip(translate("Window", "Close this message"))
        self.close_button.setAccessibleName(translate("Window", "Close message"))
        if self._stack and not self.isHidden():
            self._present(restart_timer=False)

    def _present(self, restart_timer: bool = True) -> None:
        message = self._stack[-1]
        bg, fg, border = KIND_COLOURS[message.kind]
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f" QFrame#messageBar QLabel {{ color: {fg}; }}"
            f" QFrame#messageBar QToolButton {{ color: {fg}; }}"
        )
        text = text_of(message.text)
        self._shown = text
        self.label.setText(_breakable(text))
        self.setAccessibleDescription(text)
        for b in self._buttons:
            b.deleteLater()
        self._buttons = []
        for label, callback in message.actions:
            words = text_of(label)
            button = QPushButton(words, self)
            button.setAccessibleName(words.replace("&", ""))
            button.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            self._lay.insertWidget(self._lay.count() - 1, button)
            self._buttons.append(button)
        self.show()
        if not restart_timer:
            return
        if message.timeout_ms > 0:
            self._timer.start(message.timeout_ms)
        else:
            self._timer.stop()

    def _run(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()


LONG_WORD = 28  # characters: a longer run without spaces (an address) gets places where it may wrap
_BREAK_AFTER = "/?&=.-_#:,"


def _breakable(text: str) -> str:
    """``text`` with zero-width spaces inside long unbroken runs, after address punctuation (or every
    :data:`LONG_WORD` characters), so the label can wrap them."""
    out: list[str] = []
    for word in text.split(" "):
        if len(word) <= LONG_WORD:
            out.append(word)
            continue
        pieces, run = [], 0
        for ch in word:
            pieces.append(ch)
            run += 1
            if (ch in _BREAK_AFTER and run > 4) or run >= LONG_WORD:
                pieces.append("\u200b")
                run = 0
        out.append("".join(pieces))
    return " ".join(out)


class ElidedLabel(QLabel):
    """One line that shortens with "…" to the room it gets (a long address never widens the window);
    the whole text stays in its tooltip and for screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(1, self.width()))
        super().setText(shown)


class BusyStrip(QFrame):
    """A thin progress line with a Cancel button while something is being opened."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyStrip")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 2, 6, 2)
        self.label = ElidedLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(translate("Window", "Cancel"))
        self.cancel_button.setAccessibleName(translate("Window", "Cancel opening"))
        self.bar.setAccessibleName(translate("Window", "Progress"))

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.show()

    def progress(self, fraction: float, text: str = "") -> None:
        if fraction >= 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if text:
            self.label.setText(text)

    def stop(self) -> None:
        self.hide()
