"""The in-window message bar: errors and notices appear here, never as a modal traceback.

A message is transient (the next article opening clears a warning about the last one) unless it is
sticky: the one-time notices stay until the reader closes them.
"""

from __future__ import annotations

from collections.abc import Callable

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

KIND_COLOURS = {
    # background, text, border — text contrast above 7:1 on each background
    "info": ("#e7f0fb", "#0d2a4d", "#9dbbe3"),
    "warning": ("#fff4d6", "#3d2c00", "#e2c266"),
    "error": ("#fde8e8", "#5c0b0b", "#e59a9a"),
}


class MessageBar(QFrame):
    closed = Signal()

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
        self.kind = "info"
        self.sticky = False
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Window", "Message"))
        self.close_button.setToolTip(translate("Window", "Close this message"))
        self.close_button.setAccessibleName(translate("Window", "Close message"))

    def show_message(
        self,
        text: str,
        kind: str = "info",
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        timeout_ms: int = 0,
        *,
        sticky: bool = False,
    ) -> None:
        if kind not in KIND_COLOURS:
            kind = "info"
        self.kind = kind
        self.sticky = sticky
        bg, fg, border = KIND_COLOURS[kind]
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f" QFrame#messageBar QLabel {{ color: {fg}; }}"
            f" QFrame#messageBar QToolButton {{ color: {fg}; }}"
        )
        self.label.setText(_breakable(text))
        self._text = text
        self.setAccessibleDescription(text)
        for b in self._buttons:
            b.deleteLater()
        self._buttons = []
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            self._lay.insertWidget(self._lay.count() - 1, button)
            self._buttons.append(button)
        self.show()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def _run(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()

    @property
    def text(self) -> str:
        return self._text if not self.isHidden() else ""

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self.closed.emit()

    def dismiss_transient(self) -> None:
        """Clear a warning or error about what was on screen before (an article just opened)."""
        if not self.isHidden() and self.kind in ("error", "warning") and not self.sticky:
            self.dismiss()


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
