"""The read-aloud player bar at the bottom of the window: transport, speed, volume, voice, progress.

Only widgets and their signals; the controller (controller.py) decides what they do. Every button
names its shortcut in its tooltip, and every control has an accessible name for screen readers.

The bar fits the width it is given instead of asking for more: when the window is narrow, speed,
volume, voice and the options menu move behind one button (a small panel opens above it), then
the progress shortens to "3/23", then 기사 읽어주기 keeps only its icon. Its minimum width is that
of the narrowest arrangement, so showing the bar never widens the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QSizePolicy,
    QSlider,
    QStyle,
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
TRANSPORT = ("previous", "repeat", "play", "next", "stop")

# How the bar gives way, narrowest last: each step applies on top of the ones before it.
INLINE, TUCKED, SHORT, ICONS = range(4)


def fmt_time(seconds: float) -> str:
    seconds = max(0, round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class SecondaryPanel(QFrame):
    """Speed, volume, voice and Options, opened above the bar's "more" button when they do not fit."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("speechSecondaryPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def open_above(self, anchor: QWidget) -> None:
        self.show()  # shown first: its size is known once its layout has run
        self.place(anchor)
        first = self.focusWidget() or self.findChild(QDoubleSpinBox)
        if first is not None:
            first.setFocus(Qt.FocusReason.PopupFocusReason)

    def place(self, anchor: QWidget) -> None:
        """Above ``anchor``, right edges aligned, inside the screen (below it when there is no room)."""
        size = self.frameGeometry().size().expandedTo(self.sizeHint())
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        x, y = corner.x() - size.width(), corner.y() - size.height()
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(x, screen.right() + 1 - size.width()))
        if y < screen.top():
            y = anchor.mapToGlobal(QPoint(0, anchor.height())).y()
        self.move(x, y)


class SpeechBar(QWidget):
    """Signals carry the user's intent; the controller keeps the widgets in step with the session."""

    rate_changed = Signal(float)
    volume_changed = Signal(float)
    volume_released = Signal()
    engine_changed = Signal(str)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speechBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # its minimum is real
        self.level = INLINE
        self._counts = (0, 0, 0.0, 0.0)  # position, count, elapsed, total: the progress last shown
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(6)
        self.row = row

        self.buttons: dict[str, QToolButton] = {}
        for name in TRANSPORT:
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
        self.progress.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
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

        self.status = QLabel(self)  # "No audio device…" and other lasting conditions
        self.status.setObjectName("speechStatus")
        self.status.setWordWrap(False)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(0)
        self.status.hide()
        self._status: Text = ""
        row.addWidget(self.status, 1)
        self._stretch_at = row.count()
        row.addStretch(1)

        # -- the secondary controls: in the row when there is room, else behind ``more`` -------------
        self.secondary = QWidget(self)
        self.secondary.setObjectName("speechSecondary")
        self.grid = QGridLayout(self.secondary)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.speed_label = QLabel(self.secondary)
        self.speed = QDoubleSpinBox(self.secondary)
        self.speed.setObjectName("speechSpeed")
        spin_range(self.speed, "tts_rate")
        self.speed.setSuffix("×")
        self.speed.setKeyboardTracking(False)
        self.speed_label.setBuddy(self.speed)
        self.speed.valueChanged.connect(self.rate_changed.emit)

        self.volume_label = QLabel(self.secondary)
        self.volume = QSlider(Qt.Orientation.Horizontal, self.secondary)
        self.volume.setObjectName("speechVolume")
        self.volume.setRange(0, 100)
        self.volume.setMinimumWidth(90)
        self.volume.setMaximumWidth(160)
        self.volume_label.setBuddy(self.volume)
        self.volume.valueChanged.connect(lambda v: self.volume_changed.emit(v / 100.0))
        self.volume.sliderReleased.connect(self.volume_released.emit)

        self.voice_label = QLabel(self.secondary)
        self.engine = QComboBox(self.secondary)
        self.engine.setObjectName("speechEngine")
        for name in ENGINE_CHOICES:
            self.engine.addItem("", name)
        self.voice_label.setBuddy(self.engine)
        self.engine.activated.connect(lambda i: self.engine_changed.emit(str(self.engine.itemData(i))))

        self.options = QToolButton(self.secondary)
        self.options.setObjectName("speechOptions")
        self.options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.options_menu = QMenu(self.options)
        self.options.setMenu(self.options_menu)
        row.addWidget(self.secondary)

        self.panel = SecondaryPanel(self)
        self._panel_layout = QHBoxLayout(self.panel)
        self._panel_layout.setContentsMargins(10, 10, 10, 10)
        self._panel_layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as big as its controls

        self.more = QToolButton(self)
        self.more.setObjectName("speechMore")
        self.more.setAutoRaise(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.more.clicked.connect(lambda: self.panel.open_above(self.more))
        self.more.hide()
        row.addWidget(self.more)

        self.close_button = QToolButton(self)
        self.close_button.setDefaultAction(actions["close_bar"])
        self.close_button.setAutoRaise(True)
        self.close_button.setObjectName("speechClose")
        row.addWidget(self.close_button)
        # icons as large as the toolbar's: the player is used at a glance, often from a distance
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarIconSize, None, self)
        for button in (*self.buttons.values(), self.more, self.close_button):
            button.setIconSize(QSize(side, side))

        self._arrange_secondary(inline=True)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        for w in (self.resume_button, self.back_button, self.status):
            w.installEventFilter(self)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(translate("ReadAloud", "Read-aloud player"))
        self.progress.setAccessibleName(translate("ReadAloud", "Reading progress"))
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
        more = translate("ReadAloud", "Speed, volume, voice and options")
        self.more.setToolTip(more)
        self.more.setAccessibleName(more)
        self.panel.setAccessibleName(more)
        self._show_progress()
        self.set_status(self._status)
        self._set_progress_width()  # the sample sentence is worded in the new language
        self.fit()

    # -- values ----------------------------------------------------------------------------------
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
        digits = len(str(self._counts[1]))
        self._counts = (position, count, elapsed, total)
        self._show_progress()
        if len(str(count)) != digits:
            self._refit.start()  # "3/9" and "3/120" take different room

    def progress_text(self, short: bool = False) -> str:
        position, count, elapsed, total = self._counts
        if count <= 0:
            return ""
        if short:
            return f"{position}/{count}"
        text = translate("ReadAloud", "Sentence {n} of {total}").format(n=position, total=count)
        return f"{text} · {fmt_time(elapsed)} / {fmt_time(total)}"

    def _show_progress(self) -> None:
        full = self.progress_text()
        self.progress.setText(self.progress_text(short=self.level >= SHORT))
        self.progress.setToolTip(full)
        self.progress.setAccessibleDescription(full)

    def set_status(self, text: Text) -> None:
        """A lasting condition ("No audio device"); worded again after a change of language."""
        self._status = text
        words = text_of(text)
        self.status.setText(words)
        self.status.setToolTip(words)
        self.status.setVisible(bool(words))

    # -- fitting the width -----------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height()
        return QSize(self._needed(ICONS), height)

    def sizeHint(self) -> QSize:
        return QSize(self._needed(INLINE), super().sizeHint().height())

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._refit.start()  # a button came or went: the arrangement may change
        return False

    def fit(self) -> None:
        """Choose the widest arrangement that fits the bar's width."""
        width = self.width()
        least = self._needed(ICONS)
        if least != self._least:  # a button came or went: the window must know the bar's new minimum
            self._least = least
            self.updateGeometry()
        level = next((lv for lv in (INLINE, TUCKED, SHORT) if self._needed(lv) <= width), ICONS)
        if level == self.level and self._arranged:
            return
        self.level = level
        self._arranged = True
        self._arrange_secondary(inline=level == INLINE)
        self.more.setVisible(level != INLINE)
        styles = Qt.ToolButtonStyle
        self.buttons["play"].setToolButtonStyle(
            styles.ToolButtonIconOnly if level >= ICONS else styles.ToolButtonTextBesideIcon
        )
        self._show_progress()
        self._set_progress_width()
        self.updateGeometry()

    _arranged = False
    _least = 0

    def _needed(self, level: int) -> int:
        """The width the bar takes in arrangement ``level``."""
        parts = [self.buttons[n].sizeHint().width() for n in TRANSPORT if n != "play"]
        play = self.buttons["play"]
        parts.append(self._icon_button_width() if level >= ICONS else _text_beside_width(play))
        parts.append(self._progress_width(short=level >= SHORT))
        parts += [w.sizeHint().width() for w in (self.resume_button, self.back_button) if not w.isHidden()]
        if level == INLINE:
            parts.append(self._secondary_inline_width())
        else:
            parts.append(max(self.more.sizeHint().width(), self._icon_button_width()))
        parts.append(self.close_button.sizeHint().width())
        margins = self.row.contentsMargins()
        return sum(parts) + self.row.spacing() * len(parts) + margins.left() + margins.right()

    def _icon_button_width(self) -> int:
        return self.buttons["previous"].sizeHint().width()

    def _progress_width(self, short: bool) -> int:
        fm = self.progress.fontMetrics()
        if short:
            _p, count, _e, _t = self._counts
            digits = "8" * max(2, len(str(count)))
            return fm.horizontalAdvance(f"{digits}/{digits}") + 4
        sample = translate("ReadAloud", "Sentence {n} of {total}").format(n=888, total=888)
        return fm.horizontalAdvance(sample + " · 00:00 / 00:00") + 8

    def _set_progress_width(self) -> None:
        self.progress.setMinimumWidth(self._progress_width(short=self.level >= SHORT))

    def _secondary_inline_width(self) -> int:
        widgets = self._secondary_widgets()
        return sum(w.sizeHint().width() for w in widgets) + self.grid.horizontalSpacing() * (len(widgets) - 1)

    def _secondary_widgets(self) -> list[QWidget]:
        return [
            self.speed_label, self.speed, self.volume_label, self.volume,
            self.voice_label, self.engine, self.options,
        ]  # fmt: skip

    def _arrange_secondary(self, inline: bool) -> None:
        """The secondary controls in one row in the bar, or as a small form in the panel."""
        for w in self._secondary_widgets():
            self.grid.removeWidget(w)
        if inline:
            for col, w in enumerate(self._secondary_widgets()):
                self.grid.addWidget(w, 0, col)
            self._panel_layout.removeWidget(self.secondary)
            self.panel.hide()
            self.secondary.setParent(self)
            self.row.insertWidget(self.row.indexOf(self.more), self.secondary)
            self.secondary.show()
        else:
            pairs = ((self.speed_label, self.speed), (self.volume_label, self.volume),
                     (self.voice_label, self.engine))  # fmt: skip
            for r, (label, control) in enumerate(pairs):
                self.grid.addWidget(label, r, 0)
                self.grid.addWidget(control, r, 1)
            self.grid.addWidget(self.options, len(pairs), 1, Qt.AlignmentFlag.AlignLeft)
            self.row.removeWidget(self.secondary)
            self.secondary.setParent(self.panel)
            self._panel_layout.addWidget(self.secondary)
            self.secondary.show()


def _text_beside_width(button: QToolButton) -> int:
    """The width of ``button`` with its text beside the icon, whatever style it has now."""
    if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
        return button.sizeHint().width()
    text = button.text() or (button.defaultAction().iconText() if button.defaultAction() else "")
    return button.sizeHint().width() + button.fontMetrics().horizontalAdvance(text) + 6
