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

from reader.gui import highlight_unit as units
from reader.gui.actions import key_text, strip_mnemonic, with_mnemonic
from reader.gui.api import ReaderWindow
from reader.gui.i18n import translate
from reader.settings import SCHEMA_BY_NAME
from reader.speech import session as S

# What each choice gives: the silence after a paragraph is never shorter than the session's minimum
# (a paragraph break must sound longer than a sentence break), so that minimum is the first choice.
PAUSE_STANDARD = float(SCHEMA_BY_NAME["tts_paragraph_pause"].default)
PAUSE_CHOICES: tuple[float, ...] = tuple(sorted({S.PARAGRAPH_EXTRA_MIN, PAUSE_STANDARD, 0.8, 1.2, 2.0}))
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
        # what the highlight marks: word / sentence / nothing (radio items in a submenu)
        self.unit_menu = QMenu(self.window.widget)
        self.unit_menu.setObjectName("highlightUnitMenu")
        self.unit_group = QActionGroup(self)
        self.unit_actions: dict[str, QAction] = {}
        for unit in units.HIGHLIGHT_UNITS:
            act = QAction(self)
            act.setCheckable(True)
            act.setObjectName(f"highlightUnit_{unit}")
            act.triggered.connect(lambda _=False, u=unit: units.choose(s, u))
            self.unit_group.addAction(act)
            self.unit_menu.addAction(act)
            self.unit_actions[unit] = act
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
        self.opt_voices = QAction(self)  # the controller opens the natural voice picker
        self.opt_voices.setObjectName("optionNaturalVoice")
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
        menu.addMenu(self.unit_menu)
        menu.addAction(self.opt_underline)
        menu.addAction(self.opt_follow)
        menu.addAction(self.opt_captions)
        menu.addMenu(self.pause_menu)
        menu.addSeparator()
        menu.addAction(self.opt_voices)

    def sync_options(self) -> None:
        unit = units.current(self.settings)
        for name, act in self.unit_actions.items():
            act.setChecked(name == unit)
        for act, on in (
            (self.opt_underline, self.settings.get("tts_highlight_style") == "underline"),
            (self.opt_follow, bool(self.settings.get("tts_follow"))),
            (self.opt_captions, bool(self.settings.get("tts_read_captions"))),
        ):
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
        pause = S.paragraph_extra(float(self.settings.get("tts_paragraph_pause")))  # what is heard
        nearest = min(PAUSE_CHOICES, key=lambda sec: abs(sec - pause))
        for seconds, act in self.pause_actions.items():
            act.setChecked(seconds == nearest)

    def retranslate(self) -> None:
        self.unit_menu.setTitle(with_mnemonic(translate("ReadAloud", "Highlight While Reading"), "H"))
        for unit, act in self.unit_actions.items():
            act.setText(with_mnemonic(units.menu_label(unit), units.MENU_LETTERS[unit]))
        for act, text, letter in (
            (self.opt_underline, translate("ReadAloud", "Underline Instead of Colour"), "U"),
            (self.opt_follow, translate("ReadAloud", "Keep the Sentence in View"), "K"),
            (self.opt_captions, translate("ReadAloud", "Read Captions After Their Paragraph"), "C"),
            (self.opt_voices, translate("ReadAloud", "Natural Voice for Each Language…"), "N"),
        ):
            act.setText(with_mnemonic(text, letter))
        self.pause_menu.setTitle(with_mnemonic(translate("ReadAloud", "Pause Between Paragraphs"), "P"))
        for n, (seconds, act) in enumerate(self.pause_actions.items(), start=1):
            text = translate("ReadAloud", "{s} s").format(s=f"{seconds:g}")
            if seconds == S.PARAGRAPH_EXTRA_MIN:
                text = translate("ReadAloud", "{s} s (the shortest)").format(s=f"{seconds:g}")
            elif seconds == PAUSE_STANDARD:
                text = translate("ReadAloud", "{s} s (standard)").format(s=f"{seconds:g}")
            act.setText(f"&{n} {text}")

    def update_play_action(self, state: str, has_session: bool) -> None:
        """기사 읽어주기 becomes Pause while reading and Resume while paused."""
        act = self.window.actions["read"]
        letter = self.window.actions.mnemonic("read")
        if state in (S.PLAYING, S.LOADING):
            act.setText(with_mnemonic(translate("ReadAloud", "Pause"), letter))
            act.setIconText(strip_mnemonic(translate("ReadAloud", "Pause")))
            act.setToolTip(translate("ReadAloud", "Pause reading ({keys})").format(keys=key_text(act)))
            self.window.actions.set_icon("read", "media-playback-pause")
        else:
            if state == S.PAUSED:
                label = translate("ReadAloud", "Resume")
                act.setText(with_mnemonic(label, letter))
                act.setIconText(strip_mnemonic(label))
                act.setToolTip(
                    translate("ReadAloud", "Read the article aloud ({keys})").format(keys=key_text(act))
                )
            else:  # the table's own label and tip (기사 읽어주기), exactly as the window shows them
                self.window.actions.retranslate(["read"])
            self.window.actions.set_icon("read", "media-playback-start")
        active = has_session and state != S.IDLE
        for name in TRANSPORT:
            self.actions[name].setEnabled(active)
