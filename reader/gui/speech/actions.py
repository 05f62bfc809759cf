"""Read-aloud's share of the action table: the actions it claims, the options menu (in the Read
Aloud menu and behind the player bar's Options button), and the face of the play/pause action.

What each action does is decided by the controller; the labels, shortcuts and icons come from the
table (reader.gui.actions), so Help → Keyboard Shortcuts lists them like every other command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from reader.gui import icons
from reader.gui.actions import key_text
from reader.gui.api import ReaderWindow
from reader.gui.i18n import translate, without_mnemonic
from reader.speech import session as S

PAUSE_CHOICES = (0.0, 0.2, 0.4, 0.8, 1.2, 2.0)
TRANSPORT = ("speech_previous", "speech_repeat", "speech_next", "speech_stop")


class SpeechActions(QObject):
    """Claims the read-aloud rows of the table; ``slots`` maps their names to what they do."""

    def __init__(self, window: ReaderWindow, slots: dict[str, Callable[[], object]]) -> None:
        super().__init__(window.widget)
        self.window = window
        self.settings = window.settings
        self.actions: dict[str, QAction] = {
            name: window.claim_action(name, slot) for name, slot in slots.items()
        }
        self.options_menu = window.menus["speech_options"]
        self.options_menu.menuAction().setVisible(True)
        self._build_options()

    def _build_options(self) -> None:
        s = self.settings
        self.opt_highlight = QAction(self)
        self.opt_highlight.setCheckable(True)
        self.opt_highlight.toggled.connect(lambda on: s.set("tts_highlight", bool(on)))
        self.opt_underline = QAction(self)
        self.opt_underline.setCheckable(True)
        self.opt_underline.toggled.connect(
            lambda on: s.set("tts_highlight_style", "underline" if on else "background")
        )
        self.opt_follow = QAction(self)
        self.opt_follow.setCheckable(True)
        self.opt_follow.toggled.connect(lambda on: s.set("tts_follow", bool(on)))
        self.opt_captions = QAction(self)
        self.opt_captions.setCheckable(True)
        self.opt_captions.setObjectName("optionReadCaptions")
        self.opt_captions.toggled.connect(lambda on: s.set("tts_read_captions", bool(on)))
        self.pause_menu = QMenu(self.window.widget)
        self.pause_group = QActionGroup(self)
        self.pause_actions: dict[float, QAction] = {}
        for seconds in PAUSE_CHOICES:
            act = QAction(self)
            act.setCheckable(True)
            act.setData(seconds)
            act.triggered.connect(lambda _=False, sec=seconds: s.set("tts_paragraph_pause", sec))
            self.pause_group.addAction(act)
            self.pause_menu.addAction(act)
            self.pause_actions[seconds] = act
        self.add_options_to(self.options_menu)
        self.sync_options()
        self.retranslate()

    def add_options_to(self, menu: QMenu) -> None:
        """Highlight, follow and paragraph pause, in ``menu`` too (the player bar's Options button)."""
        menu.addAction(self.opt_highlight)
        menu.addAction(self.opt_underline)
        menu.addAction(self.opt_follow)
        menu.addAction(self.opt_captions)
        menu.addMenu(self.pause_menu)

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
        nearest = min(PAUSE_CHOICES, key=lambda sec: abs(sec - pause))
        for seconds, act in self.pause_actions.items():
            act.setChecked(seconds == nearest)

    def retranslate(self) -> None:
        self.opt_highlight.setText(translate("ReadAloud", "&Highlight the Sentence Being Read"))
        self.opt_underline.setText(translate("ReadAloud", "&Underline Instead of Colour"))
        self.opt_follow.setText(translate("ReadAloud", "&Keep the Sentence in View"))
        self.opt_captions.setText(translate("ReadAloud", "Read &Captions After Their Paragraph"))
        self.pause_menu.setTitle(translate("ReadAloud", "&Pause Between Paragraphs"))
        for seconds, act in self.pause_actions.items():
            act.setText(
                translate("ReadAloud", "None")
                if seconds == 0
                else translate("ReadAloud", "{s} s").format(s=f"{seconds:g}")
            )

    def update_play_action(self, state: str, has_session: bool) -> None:
        """기사 읽어주기 becomes Pause while reading and Resume while paused."""
        act = self.window.actions["read"]
        style = self.window.widget.style()
        if state in (S.PLAYING, S.LOADING):
            act.setText(translate("ReadAloud", "Pa&use"))
            act.setIconText(without_mnemonic(translate("ReadAloud", "Pa&use")))
            act.setToolTip(translate("ReadAloud", "Pause reading ({keys})").format(keys=key_text(act)))
            act.setIcon(icons.icon("media-playback-pause", style))
        else:
            if state == S.PAUSED:
                label = translate("ReadAloud", "Resu&me")
                act.setText(label)
                act.setIconText(without_mnemonic(label))
                act.setToolTip(
                    translate("ReadAloud", "Read the article aloud ({keys})").format(keys=key_text(act))
                )
            else:  # the table's own label and tip (기사 읽어주기), exactly as the window shows them
                self.window.actions.retranslate(["read"])
            act.setIcon(icons.icon("media-playback-start", style))
        active = has_session and state != S.IDLE
        for name in TRANSPORT:
            self.actions[name].setEnabled(active)
