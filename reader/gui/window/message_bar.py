"""The in-window message bar: errors and notices appear here, never as a modal traceback.

A message is transient (the next article opening clears a warning about the last one) unless it is
sticky: the one-time notices stay until the reader closes them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
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
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
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
        self.label.setText(text)
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
        return self.label.text() if not self.isHidden() else ""

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


class BusyStrip(QFrame):
    """A thin progress line with a Cancel button while something is being opened."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyStrip")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 2, 6, 2)
        self.label = QLabel(self)
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
