"""The read-aloud actions (with their shortcuts), the options menu, and the play/pause button's face.

The actions go into ``window.actions`` so Help → Keyboard Shortcuts lists them, and into the Read
Aloud menu; each tooltip names its keys. Kept apart from the controller, which decides what they do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from reader.gui import actions as acts
from reader.speech import session as S

PAUSE_CHOICES = (0.0, 0.2, 0.4, 0.8, 1.2, 2.0)

# the read-aloud actions and their shortcuts (labels in _retranslate); the window lists them in
# Help → Keyboard Shortcuts
ACTION_SPECS: tuple[tuple[str, str], ...] = (
    ("speech_previous", "Alt+Left"),
    ("speech_repeat", "Ctrl+Alt+R"),
    ("speech_next", "Alt+Right"),
    ("speech_stop", "Ctrl+."),
    ("speech_slower", "Ctrl+["),
    ("speech_faster", "Ctrl+]"),
    ("speech_volume_down", "Alt+Down"),
    ("speech_volume_up", "Alt+Up"),
    ("speech_from_here", "Ctrl+Return"),
    ("speech_back", "Ctrl+J"),
    ("speech_close_bar", ""),
    ("speech_resume_offer", ""),
)

MEDIA_KEYS = {
    "speech_previous": Qt.Key.Key_MediaPrevious,
    "speech_next": Qt.Key.Key_MediaNext,
    "speech_stop": Qt.Key.Key_MediaStop,
}


def add_media_play_key(read: QAction) -> None:
    """기사 읽어주기 also answers the keyboard's play/pause key."""
    key = QKeySequence(Qt.Key.Key_MediaTogglePlayPause)
    if key not in read.shortcuts():
        read.setShortcuts([*read.shortcuts(), key])


class SpeechActions(QObject):
    """``actions[name]`` for every read-aloud command; ``slots`` maps the same names to callables."""

    def __init__(self, window: Any, settings: Any, slots: dict[str, Callable[[], Any]]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.actions: dict[str, QAction] = {}
        self._build_actions(slots)

    def install_options(self, bar_menu: QMenu) -> None:
        self._fill_options_menu(bar_menu)

    def _build_actions(self, slots: dict[str, Callable[[], Any]]) -> None:
        style = self.window.style()
        icons = {
            "speech_previous": ("media-skip-backward", QStyle.StandardPixmap.SP_MediaSkipBackward),
            "speech_repeat": ("media-playlist-repeat", QStyle.StandardPixmap.SP_BrowserReload),
            "speech_next": ("media-skip-forward", QStyle.StandardPixmap.SP_MediaSkipForward),
            "speech_stop": ("media-playback-stop", QStyle.StandardPixmap.SP_MediaStop),
            "speech_close_bar": ("window-close", QStyle.StandardPixmap.SP_TitleBarCloseButton),
        }
        read_menu = self.window.menus.get("read")
        if read_menu is not None:
            read_menu.addSeparator()
        for name, keys in ACTION_SPECS:
            act = QAction(self.window)
            act.setObjectName(name)
            if keys:
                sequences = [QKeySequence(keys)]
                media = MEDIA_KEYS.get(name)
                if media is not None:  # the keyboard's own media keys, where it has them
                    sequences.append(QKeySequence(media))
                act.setShortcuts(sequences)
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if name in icons:
                theme, std = icons[name]
                act.setIcon(QIcon.fromTheme(theme, style.standardIcon(std)))
            act.triggered.connect(slots[name])
            self.actions[name] = act
            self.window.actions[name] = act  # listed in Help → Keyboard Shortcuts
            if read_menu is not None and name not in ("speech_close_bar", "speech_resume_offer"):
                read_menu.addAction(act)
            elif keys:
                self.window.addAction(act)
        if read_menu is not None:
            read_menu.addSeparator()
            self.options_menu = read_menu.addMenu("")
        else:
            self.options_menu = QMenu(self.window)
        self.retranslate()

    def _fill_options_menu(self, bar_menu: QMenu) -> None:
        """Highlight, follow and paragraph pause: in the Read menu and behind the bar's Options button."""
        self.opt_highlight = QAction(self)
        self.opt_highlight.setCheckable(True)
        self.opt_highlight.toggled.connect(lambda on: self.settings.set("tts_highlight", bool(on)))
        self.opt_underline = QAction(self)
        self.opt_underline.setCheckable(True)
        self.opt_underline.toggled.connect(
            lambda on: self.settings.set("tts_highlight_style", "underline" if on else "background")
        )
        self.opt_follow = QAction(self)
        self.opt_follow.setCheckable(True)
        self.opt_follow.toggled.connect(lambda on: self.settings.set("tts_follow", bool(on)))
        self.opt_captions = QAction(self)
        self.opt_captions.setCheckable(True)
        self.opt_captions.setObjectName("optionReadCaptions")
        self.opt_captions.toggled.connect(lambda on: self.settings.set("tts_read_captions", bool(on)))
        self.pause_menu = QMenu(self.window)
        self.pause_group = QActionGroup(self)
        self.pause_actions: dict[float, QAction] = {}
        for seconds in PAUSE_CHOICES:
            act = QAction(self)
            act.setCheckable(True)
            act.setData(seconds)
            act.triggered.connect(lambda _=False, s=seconds: self.settings.set("tts_paragraph_pause", s))
            self.pause_group.addAction(act)
            self.pause_menu.addAction(act)
            self.pause_actions[seconds] = act
        for menu in (self.options_menu, bar_menu):
            menu.addAction(self.opt_highlight)
            menu.addAction(self.opt_underline)
            menu.addAction(self.opt_follow)
            menu.addAction(self.opt_captions)
            menu.addMenu(self.pause_menu)
        self.sync_options()
        self.retranslate()

    def sync_options(self) -> None:
        for act, on in (
            (self.opt_highlight, bool(self.settings.get("tts_highlight"))),
            (self.opt_underline, self.settings.get("tts_highlight_style") == "underline"),
            (self.opt_follow, bool(self.settings.get("tts_follow"))),
            (self.opt_captions, bool(self.settings.get("tts_read_captions"))),
        ):
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
        pause = float(self.settings.get("tts_paragraph_pause"))
        nearest = min(PAUSE_CHOICES, key=lambda s: abs(s - pause))
        for seconds, act in self.pause_actions.items():
            act.setChecked(seconds == nearest)

    def retranslate(self) -> None:
        labels = {
            "speech_previous": (self.tr("Previous Sentence"), self.tr("Go back one sentence")),
            "speech_repeat": (self.tr("Repeat Sentence"), self.tr("Hear the current sentence again")),
            "speech_next": (self.tr("Next Sentence"), self.tr("Skip to the next sentence")),
            "speech_stop": (self.tr("Stop Reading"), self.tr("Stop reading aloud")),
            "speech_slower": (self.tr("Slower"), self.tr("Read more slowly")),
            "speech_faster": (self.tr("Faster"), self.tr("Read faster")),
            "speech_volume_down": (self.tr("Quieter"), self.tr("Lower the reading volume")),
            "speech_volume_up": (self.tr("Louder"), self.tr("Raise the reading volume")),
            "speech_from_here": (
                self.tr("Read From Here"),
                self.tr("Read aloud from the cursor or the top of the view (or double-click a sentence)"),
            ),
            "speech_back": (self.tr("Back to Reading"), self.tr("Scroll back to the sentence being read")),
            "speech_close_bar": (self.tr("Close Player"), self.tr("Stop reading and hide the player bar")),
            "speech_resume_offer": (self.tr("Continue"), self.tr("Continue where you stopped listening")),
        }
        for name, act in self.actions.items():
            text, tip = labels[name]
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setText(text)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)
            act.setStatusTip(tip)
        self.options_menu.setTitle(self.tr("Read-Aloud Options"))
        if hasattr(self, "opt_highlight"):
            self.opt_highlight.setText(self.tr("Highlight the Sentence Being Read"))
            self.opt_underline.setText(self.tr("Underline Instead of Colour"))
            self.opt_follow.setText(self.tr("Keep the Sentence in View"))
            self.opt_captions.setText(self.tr("Read Captions After Their Paragraph"))
            self.pause_menu.setTitle(self.tr("Pause Between Paragraphs"))
            for seconds, act in self.pause_actions.items():
                act.setText(self.tr("None") if seconds == 0 else self.tr("{s} s").format(s=f"{seconds:g}"))

    def update_play_action(self, state: str, has_session: bool) -> None:
        act = self.window.actions["read"]
        style = self.window.style()
        if state in (S.PLAYING, S.LOADING):
            act.setText(self.tr("Pause"))
            act.setIconText(self.tr("Pause"))
            act.setToolTip(self.tr("Pause reading ({keys})").format(keys=_keys(act)))
            act.setIcon(
                QIcon.fromTheme(
                    "media-playback-pause", style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
                )
            )
        else:
            if state == S.PAUSED:
                label = self.tr("Resume")
                act.setText(label)
                act.setIconText(label)
                act.setToolTip(self.tr("Read the article aloud ({keys})").format(keys=_keys(act)))
            else:  # the window's own label and tip (기사 읽어주기), exactly as it shows them
                acts.retranslate_actions({"read": act}, {"read"})
            act.setIcon(
                QIcon.fromTheme(
                    "media-playback-start", style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
                )
            )
        active = has_session and state != S.IDLE
        for name in ("speech_previous", "speech_repeat", "speech_next", "speech_stop"):
            self.actions[name].setEnabled(active)


def _keys(act: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
