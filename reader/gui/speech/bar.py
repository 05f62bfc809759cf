"""The read-aloud player bar at the bottom of the window: transport, speed, volume, voice, progress.

Only widgets and their signals; the controller (controller.py) decides what they do. Every button
names its shortcut in its tooltip, and every control has an accessible name for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QToolButton,
    QWidget,
)

from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.settings_bridge import spin_range
from reader.gui.wording import Text, text_of
from reader.settings import SCHEMA_BY_NAME

ENGINE_CHOICES: tuple[str, ...] = SCHEMA_BY_NAME["tts_engine"].choices or ()
ENGINE_LABELS = {
    "auto": QT_TRANSLATE_NOOP("ReadAloud", "Automatic (the best voice that answers)"),
    "natural": QT_TRANSLATE_NOOP("ReadAloud", "Natural (Microsoft, online)"),
    "google": QT_TRANSLATE_NOOP("ReadAloud", "Google (online)"),
    "espeak": QT_TRANSLATE_NOOP("ReadAloud", "espeak-ng (offline)"),
}


def fmt_time(seconds: float) -> str:
    seconds = max(0, round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class SpeechBar(QWidget):
    """Signals carry the user's intent; the controller keeps the widgets in step with the session."""

    rate_changed = Signal(float)
    volume_changed = Signal(float)
    volume_released = Signal()
    engine_changed = Signal(str)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speechBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(6)

        self.buttons: dict[str, QToolButton] = {}
        for name in ("previous", "repeat", "play", "next", "stop"):
            button = QToolButton(self)
            button.setDefaultAction(actions[name])
            # the tooltips name the others and their shortcuts; play/pause keeps its word
            styles = Qt.ToolButtonStyle
            style = styles.ToolButtonTextBesideIcon if name == "play" else styles.ToolButtonIconOnly
            button.setToolButtonStyle(style)
            button.setAutoRaise(True)
            button.setObjectName(f"speech_{name}")
            self.buttons[name] = button
            row.addWidget(button)

        self.progress = QLabel(self)
        self.progress.setObjectName("speechProgress")
        self._progress: tuple[int, int, float, float] = (0, 0, 0.0, 0.0)
        row.addWidget(self.progress)

        self.resume_button = QToolButton(self)
        self.resume_button.setDefaultAction(actions["resume_offer"])
        self.resume_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.resume_button.setObjectName("speechResume")
        self.resume_button.hide()
        row.addWidget(self.resume_button)

        self.back_button = QToolButton(self)
        self.back_button.setDefaultAction(actions["back_to_reading"])
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_button.setObjectName("speechBackToReading")
        self.back_button.hide()
        row.addWidget(self.back_button)

        row.addStretch(1)

        self.speed_label = speed_label = QLabel(self)
        self.speed = QDoubleSpinBox(self)
        self.speed.setObjectName("speechSpeed")
        spin_range(self.speed, "tts_rate")
        self.speed.setSuffix("×")
        self.speed.setKeyboardTracking(False)
        speed_label.setBuddy(self.speed)
        self.speed.valueChanged.connect(self.rate_changed.emit)
        row.addWidget(speed_label)
        row.addWidget(self.speed)

        self.volume_label = volume_label = QLabel(self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("speechVolume")
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(90)
        volume_label.setBuddy(self.volume)
        self.volume.valueChanged.connect(lambda v: self.volume_changed.emit(v / 100.0))
        self.volume.sliderReleased.connect(self.volume_released.emit)
        row.addWidget(volume_label)
        row.addWidget(self.volume)

        self.voice_label = voice_label = QLabel(self)
        self.engine = QComboBox(self)
        self.engine.setObjectName("speechEngine")
        for name in ENGINE_CHOICES:
            self.engine.addItem("", name)
        voice_label.setBuddy(self.engine)
        self.engine.activated.connect(lambda i: self.engine_changed.emit(str(self.engine.itemData(i))))
        row.addWidget(voice_label)
        row.addWidget(self.engine)

        self.options = QToolButton(self)
        self.options.setObjectName("speechOptions")
        self.options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options_menu = QMenu(self.options)
        self.options.setMenu(self.options_menu)
        row.addWidget(self.options)

        close = QToolButton(self)
        close.setDefaultAction(actions["close_bar"])
        close.setAutoRaise(True)
        close.setObjectName("speechClose")
        row.addWidget(close)

        self.status = QLabel(self)  # "No audio device…" and other lasting conditions
        self.status.setObjectName("speechStatus")
        self.status.setWordWrap(False)
        self.status.hide()
        self._status: Text = ""
        row.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the bar in the interface language (at start and after a switch)."""
        self.setAccessibleName(translate("ReadAloud", "Read-aloud player"))
        self.progress.setAccessibleName(translate("ReadAloud", "Reading progress"))
        sample = translate("ReadAloud", "Sentence {n} of {total}").format(n=888, total=888)
        sample += " · 00:00 / 00:00"
        self.progress.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 8)
        self.speed_label.setText(translate("ReadAloud", "Speed"))
        self.speed.setAccessibleName(translate("ReadAloud", "Speech speed"))
        self.volume_label.setText(translate("ReadAloud", "Volume"))
        self.volume.setAccessibleName(translate("ReadAloud", "Speech volume"))
        self.voice_label.setText(translate("ReadAloud", "Voice"))
        self.engine.setAccessibleName(translate("ReadAloud", "Speech engine"))
        for i in range(self.engine.count()):
            name = str(self.engine.itemData(i))
            self.engine.setItemText(i, translate("ReadAloud", ENGINE_LABELS.get(name, name)))
        self.options.setText(translate("ReadAloud", "Options"))
        self.options.setToolTip(translate("ReadAloud", "Highlighting, following and pauses"))
        self.options.setAccessibleName(translate("ReadAloud", "Read-aloud options"))
        self.set_progress(*self._progress)
        self.set_status(self._status)

    def set_values(self, rate: float, volume: float, engine: str) -> None:
        """Show the settings without echoing them back as user changes."""
        for widget in (self.speed, self.volume, self.engine):
            widget.blockSignals(True)
        self.speed.setValue(rate)
        self.volume.setValue(round(volume * 100))
        idx = self.engine.findData(engine)
        if idx >= 0:
            self.engine.setCurrentIndex(idx)
        for widget in (self.speed, self.volume, self.engine):
            widget.blockSignals(False)

    def set_progress(self, position: int, count: int, elapsed: float, total: float) -> None:
        self._progress = (position, count, elapsed, total)
        if count <= 0:
            self.progress.setText("")
            return
        text = translate("ReadAloud", "Sentence {n} of {total}").format(n=position, total=count)
        self.progress.setText(f"{text} · {fmt_time(elapsed)} / {fmt_time(total)}")

    def set_status(self, text: Text) -> None:
        """A lasting condition ("No audio device"); worded again after a change of language."""
        self._status = text
        words = text_of(text)
        self.status.setText(words)
        self.status.setVisible(bool(words))
