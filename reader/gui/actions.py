"""Every command of the window in one table, and the menus and toolbar laid out from it.

One way to declare an action: a row of :data:`SPECS` (name, owner, shortcuts, icon, text, tooltip).
The window makes a QAction for every row; the menus (:data:`MENUS`), the toolbar (:data:`TOOLBAR`)
and Help → Keyboard Shortcuts are built from the same rows, so a command appears, is labelled,
translated and listed in one place. A feature (read-aloud, print, library) finds its actions by
name and claims them: ``window.claim_action(name, slot)`` enables the action and connects it.

Labels are marked with QT_TRANSLATE_NOOP (context "Actions") and translated when applied, so a
switch of the interface language relabels everything in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.gui import icons
from reader.gui.i18n import QT_TRANSLATE_NOOP, translate, without_mnemonic

Key = str | QKeySequence.StandardKey | Qt.Key

WINDOW, SPEECH, PRINTING, LIBRARY = "window", "speech", "printing", "library"


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    tip: str
    shortcuts: tuple[Key, ...] = ()
    owner: str = WINDOW  # the feature that claims it; the window's own actions work from the start
    icon: str = ""  # a name for reader.gui.icons
    checkable: bool = False
    listed_unclaimed: bool = False  # shown (disabled, saying why) even when its feature is missing
    mnemonic: str = ""  # the Alt letter in menus: "&Open File…" in English, "파일 열기(&O)…" in Korean


SPECS: tuple[ActionSpec, ...] = (
    # -- opening -------------------------------------------------------------------------------
    ActionSpec("open_file", QT_TRANSLATE_NOOP("Actions", "Open File…"),
               QT_TRANSLATE_NOOP("Actions", "Open a saved web page or text file"),
               (QKeySequence.StandardKey.Open,), icon="document-open", mnemonic="O"),
    ActionSpec("open_url", QT_TRANSLATE_NOOP("Actions", "Open Address…"),
               QT_TRANSLATE_NOOP("Actions", "Open an article from a web address"),
               ("Ctrl+L",), icon="applications-internet", mnemonic="A"),
    ActionSpec("recent", QT_TRANSLATE_NOOP("Actions", "Open Recent"),
               QT_TRANSLATE_NOOP("Actions", "Articles you opened recently"), icon="document-open-recent",
               mnemonic="R"),
    # -- read aloud ----------------------------------------------------------------------------
    ActionSpec("read", QT_TRANSLATE_NOOP("Actions", "Read Aloud"),
               QT_TRANSLATE_NOOP("Actions", "Read the article aloud"),
               ("Ctrl+Shift+U", Qt.Key.Key_MediaTogglePlayPause), SPEECH, "media-playback-start",
               listed_unclaimed=True, mnemonic="E"),
    ActionSpec("replay", QT_TRANSLATE_NOOP("Actions", "Listen Again"),
               QT_TRANSLATE_NOOP("Actions", "Read the article aloud again from the start"),
               ("Ctrl+Shift+R",), SPEECH, "media-seek-backward", listed_unclaimed=True, mnemonic="A"),
    ActionSpec("speech_previous", QT_TRANSLATE_NOOP("Actions", "Previous Sentence"),
               QT_TRANSLATE_NOOP("Actions", "Go back one sentence"),
               ("Alt+Left", Qt.Key.Key_MediaPrevious), SPEECH, "media-skip-backward", mnemonic="P"),
    ActionSpec("speech_repeat", QT_TRANSLATE_NOOP("Actions", "Repeat Sentence"),
               QT_TRANSLATE_NOOP("Actions", "Hear the current sentence again"),
               ("Ctrl+Alt+R",), SPEECH, "media-playlist-repeat", mnemonic="T"),
    ActionSpec("speech_next", QT_TRANSLATE_NOOP("Actions", "Next Sentence"),
               QT_TRANSLATE_NOOP("Actions", "Skip to the next sentence"),
               ("Alt+Right", Qt.Key.Key_MediaNext), SPEECH, "media-skip-forward", mnemonic="N"),
    ActionSpec("speech_stop", QT_TRANSLATE_NOOP("Actions", "Stop Reading"),
               QT_TRANSLATE_NOOP("Actions", "Stop reading aloud"),
               ("Ctrl+.", Qt.Key.Key_MediaStop), SPEECH, "media-playback-stop", mnemonic="S"),
    ActionSpec("speech_slower", QT_TRANSLATE_NOOP("Actions", "Slower"),
               QT_TRANSLATE_NOOP("Actions", "Read more slowly"), ("Ctrl+[",), SPEECH, mnemonic="W"),
    ActionSpec("speech_faster", QT_TRANSLATE_NOOP("Actions", "Faster"),
               QT_TRANSLATE_NOOP("Actions", "Read faster"), ("Ctrl+]",), SPEECH, mnemonic="F"),
    ActionSpec("speech_volume_down", QT_TRANSLATE_NOOP("Actions", "Quieter"),
               QT_TRANSLATE_NOOP("Actions", "Lower the reading volume"), ("Alt+Down",), SPEECH, mnemonic="Q"),
    ActionSpec("speech_volume_up", QT_TRANSLATE_NOOP("Actions", "Louder"),
               QT_TRANSLATE_NOOP("Actions", "Raise the reading volume"), ("Alt+Up",), SPEECH, mnemonic="U"),
    ActionSpec("speech_from_here", QT_TRANSLATE_NOOP("Actions", "Read From Here"),
               QT_TRANSLATE_NOOP("Actions", "Read aloud from the cursor or the top of the view (or double-click a sentence)"),  # noqa: E501
               ("Ctrl+Return",), SPEECH, mnemonic="H"),
    ActionSpec("speech_back", QT_TRANSLATE_NOOP("Actions", "Back to Reading"),
               QT_TRANSLATE_NOOP("Actions", "Scroll back to the sentence being read"), ("Ctrl+J",), SPEECH,
               mnemonic="B"),
    ActionSpec("speech_close_bar", QT_TRANSLATE_NOOP("Actions", "Close Player"),
               QT_TRANSLATE_NOOP("Actions", "Stop reading and hide the player bar"), (), SPEECH,
               "window-close", mnemonic="C"),
    ActionSpec("speech_resume_offer", QT_TRANSLATE_NOOP("Actions", "Continue"),
               QT_TRANSLATE_NOOP("Actions", "Continue where you stopped listening"), (), SPEECH,
               mnemonic="C"),
    # -- text size -----------------------------------------------------------------------------
    ActionSpec("font_bigger", QT_TRANSLATE_NOOP("Actions", "Larger Text"),
               QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
               ("Ctrl++", "Ctrl+=", QKeySequence.StandardKey.ZoomIn), icon="zoom-in", mnemonic="G"),
    ActionSpec("font_smaller", QT_TRANSLATE_NOOP("Actions", "Smaller Text"),
               QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
               ("Ctrl+-", QKeySequence.StandardKey.ZoomOut), icon="zoom-out", mnemonic="M"),
    ActionSpec("font_reset", QT_TRANSLATE_NOOP("Actions", "Default Text Size"),
               QT_TRANSLATE_NOOP("Actions", "Return to the default text size"), ("Ctrl+0",),
               icon="zoom-original", mnemonic="D"),
    # -- print and export ----------------------------------------------------------------------
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "Print…"),
               QT_TRANSLATE_NOOP("Actions", "Print the article"),
               (QKeySequence.StandardKey.Print,), PRINTING, "document-print", listed_unclaimed=True,
               mnemonic="P"),
    ActionSpec("print_selection", QT_TRANSLATE_NOOP("Actions", "Print Selection…"),
               QT_TRANSLATE_NOOP("Actions", "Print only the selected text"), ("Ctrl+Shift+P",), PRINTING,
               mnemonic="L"),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP("Actions", "Export as PDF…"),
               QT_TRANSLATE_NOOP("Actions", "Save the article as a PDF file"),
               ("Ctrl+Shift+E",), PRINTING, "document-export", listed_unclaimed=True, mnemonic="E"),
    ActionSpec("export_audio", QT_TRANSLATE_NOOP("Actions", "Export Audio…"),
               QT_TRANSLATE_NOOP("Actions", "Save the article read aloud as an audio file"),
               (), SPEECH, "audio-x-generic", listed_unclaimed=True, mnemonic="X"),
    # -- library -------------------------------------------------------------------------------
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "Save to Library"),
               QT_TRANSLATE_NOOP("Actions", "Keep this article in your library to read offline"),
               (QKeySequence.StandardKey.Save,), LIBRARY, "document-save", listed_unclaimed=True,
               mnemonic="S"),
    ActionSpec("listen_later", QT_TRANSLATE_NOOP("Actions", "Listen Later"),
               QT_TRANSLATE_NOOP("Actions", "Save this article and add it to the listening queue"),
               (), LIBRARY, "view-media-playlist", mnemonic="L"),
    ActionSpec("library_panel", QT_TRANSLATE_NOOP("Actions", "Library"),
               QT_TRANSLATE_NOOP("Actions", "Saved articles, listening queue and history"),
               ("Ctrl+Shift+L",), LIBRARY, "view-library", checkable=True, mnemonic="L"),
    # -- view ----------------------------------------------------------------------------------
    ActionSpec("settings", QT_TRANSLATE_NOOP("Actions", "Reading Settings…"),
               QT_TRANSLATE_NOOP("Actions", "Type, colours, language and other settings"),
               ("Ctrl+,",), icon="preferences-system", mnemonic="R"),
    ActionSpec("toggle_images", QT_TRANSLATE_NOOP("Actions", "Load Images"),
               QT_TRANSLATE_NOOP("Actions", "Load the article's images (off: nothing remote is loaded)"),
               icon="image-x-generic", checkable=True, mnemonic="I"),
    ActionSpec("line_focus", QT_TRANSLATE_NOOP("Actions", "Line Focus"),
               QT_TRANSLATE_NOOP("Actions", "Dim all but the lines you are reading; Up and Down move them"),
               ("Ctrl+Shift+F",), icon="view-line-focus", checkable=True, mnemonic="F"),
    ActionSpec("full_screen", QT_TRANSLATE_NOOP("Actions", "Full Screen"),
               QT_TRANSLATE_NOOP("Actions", "Show only the article, filling the screen"),
               (QKeySequence.StandardKey.FullScreen, "F11"), icon="view-fullscreen", mnemonic="U"),
    ActionSpec("copy_text", QT_TRANSLATE_NOOP("Actions", "Copy Article Text"),
               QT_TRANSLATE_NOOP("Actions", "Copy the whole article as plain text"),
               ("Ctrl+Shift+C",), icon="edit-copy", mnemonic="C"),
    # -- help and quitting ---------------------------------------------------------------------
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard Shortcuts"),
               QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut"), ("F1",), icon="help-contents",
               mnemonic="K"),
    ActionSpec("show_log", QT_TRANSLATE_NOOP("Actions", "Show Log"),
               QT_TRANSLATE_NOOP("Actions", "What the program noted while running, for reporting a problem"),
               icon="text-x-generic", mnemonic="G"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "About Article Reader"),
               QT_TRANSLATE_NOOP("Actions", "Version and licence"), icon="help-about", mnemonic="A"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), QT_TRANSLATE_NOOP("Actions", "Close the reader"),
               (QKeySequence.StandardKey.Quit, "Ctrl+Q"), icon="application-exit", mnemonic="Q"),
)  # fmt: skip

SPEC_BY_NAME: dict[str, ActionSpec] = {s.name: s for s in SPECS}

# The menus and the toolbar, by action name: "-" is a separator, "menu:<name>" a submenu (made by
# the window, filled by its owner), "widget:<name>" and "stretch" are the toolbar's non-actions.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File"), (
        "open_file", "open_url", "recent", "-", "save", "print", "print_selection", "export_pdf",
        "export_audio", "-", "copy_text", "-", "quit")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View"), (
        "font_bigger", "font_smaller", "font_reset", "-", "menu:theme", "toggle_images", "line_focus",
        "full_screen", "menu:toolbar_style", "-", "settings", "library_panel")),
    ("read", QT_TRANSLATE_NOOP("Menus", "&Read Aloud"), (
        "read", "replay", "-", "speech_previous", "speech_repeat", "speech_next", "speech_stop",
        "speech_slower", "speech_faster", "speech_volume_down", "speech_volume_up", "speech_from_here",
        "speech_back", "-", "menu:speech_options", "-", "listen_later")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help"), ("shortcuts", "show_log", "about")),
)  # fmt: skip
SUBMENUS: dict[str, str] = {
    "theme": QT_TRANSLATE_NOOP("Menus", "&Theme"),
    "speech_options": QT_TRANSLATE_NOOP("Menus", "Read-Aloud Options"),
    "recent": QT_TRANSLATE_NOOP("Menus", "Open Recent"),
    "toolbar_style": QT_TRANSLATE_NOOP("Menus", "Toolbar"),
}
SUBMENU_MNEMONICS = {"theme": "T", "speech_options": "I", "recent": "R", "toolbar_style": "B"}
SUBMENU_OWNERS = {"theme": WINDOW, "speech_options": SPEECH, "recent": WINDOW, "toolbar_style": WINDOW}
TOOLBAR: tuple[str, ...] = (
    "open_file", "open_url", "-", "read", "replay", "-", "font_bigger", "font_smaller", "widget:size",
    "-", "print", "stretch", "settings", "library_panel",
)  # fmt: skip
# The toolbar's items in groups, from the one kept longest to the first to move into its More menu
# when the window is narrow: the page toolbar's own five (읽어주기, 다시듣기, 확대, 축소, 프린트) stay
# longest. A group in TOOLBAR_COMPACT first gives up its words (A+ and A− say it), then its place.
TOOLBAR_KEEP: tuple[tuple[str, ...], ...] = (
    ("read",), ("replay",), ("font_bigger", "font_smaller"), ("print",), ("library_panel",), ("open_file",),
    ("settings",), ("widget:size",), ("open_url",),
)  # fmt: skip
TOOLBAR_COMPACT = frozenset({"font_bigger", "font_smaller"})

OWNER_NAMES = {
    SPEECH: QT_TRANSLATE_NOOP("Actions", "read-aloud"),
    PRINTING: QT_TRANSLATE_NOOP("Actions", "printing"),
    LIBRARY: QT_TRANSLATE_NOOP("Actions", "library"),
}
UNAVAILABLE = QT_TRANSLATE_NOOP("Actions", "Not available: the {feature} part is not installed in this build")


def label(text: str) -> str:
    """A table string (marked for the catalogue in context "Actions") in the interface language."""
    return translate("Actions", text)


def sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    """Key sequences for a row's shortcuts, standard keys expanded for this platform, no repeats."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(key)
        else:
            found = [QKeySequence(key)]
        for seq in found:
            text = seq.toString()
            if text and text not in seen:
                seen.add(text)
                out.append(seq)
    return out


def with_mnemonic(text: str, letter: str) -> str:
    """``text`` with the Alt key ``letter`` marked, the way each language writes it.

    Where the letter is in the text (English), it is marked in place, preferably where a word
    starts: "&Open File…". Elsewhere (Korean and other scripts) it follows the words in parentheses,
    before a closing "…", as Korean programs write it: "파일 열기(&O)…". A text that already has a
    mnemonic (a translator chose one) is kept.
    """
    if not letter or not text or _has_mnemonic(text):
        return text
    body, dots = (text[:-1], "…") if text.endswith("…") else (text, "")
    low, want = body.lower(), letter.lower()
    starts = [i for i, c in enumerate(low) if c == want and (i == 0 or not body[i - 1].isalnum())]
    anywhere = [i for i, c in enumerate(low) if c == want]
    if body.isascii() and (starts or anywhere):
        at = (starts or anywhere)[0]
        return f"{body[:at]}&{body[at:]}{dots}"
    return f"{body}(&{letter.upper()}){dots}"


def _has_mnemonic(text: str) -> bool:
    i = text.find("&")
    while i >= 0:
        if i + 1 < len(text) and text[i + 1] != "&":
            return True
        i = text.find("&", i + 2)
    return False


def strip_mnemonic(text: str) -> str:
    """``text`` as words, without its Alt-key mark ("파일 열기(&O)…" → "파일 열기…")."""
    return without_mnemonic(text)


def plain_label(act: QAction) -> str:
    """An action's words for prose and buttons: no Alt-key mark, no "…"."""
    return strip_mnemonic(act.text()).rstrip("…")


# Keys Qt maps to keyboard combinations; the larger codes are media, browser and launcher keys.
_LAST_KEYBOARD_KEY = int(Qt.Key.Key_Direction_R.value)
# The same key with and without Shift on the usual layouts: listed once, as the one printed on top.
_SHIFT_TWINS = {int(Qt.Key.Key_Equal.value): int(Qt.Key.Key_Plus.value)}


def keyboard_sequences(act: QAction) -> list[QKeySequence]:
    """The action's shortcuts a reader types on a keyboard, each key once.

    Media keys and the like are left out (they work, but are named by the keyboard, not typed), and
    of Ctrl+= and Ctrl++ (one key, with and without Shift) only Ctrl++ is listed.
    """
    found: list[tuple[int, int, QKeySequence]] = []
    for seq in act.shortcuts():
        if seq.isEmpty():
            continue
        first = combination(seq)
        key = int(first.key().value)
        if _LAST_KEYBOARD_KEY < key < 0x01100000 or key == int(Qt.Key.Key_unknown.value):
            continue
        found.append((int(first.keyboardModifiers().value), key, seq))
    present = {(mods, key) for mods, key, _ in found}
    out: list[QKeySequence] = []
    seen: set[tuple[int, int]] = set()
    for mods, key, seq in found:
        if (mods, _SHIFT_TWINS.get(key, key)) in present - {(mods, key)}:
            continue  # Ctrl+= where Ctrl++ is listed too
        if (mods, key) not in seen:
            seen.add((mods, key))
            out.append(seq)
    return out


def combination(seq: QKeySequence) -> QKeyCombination:
    """The first key combination of ``seq`` (our shortcuts are all one combination long)."""
    return seq[0]  # type: ignore[index]  # QKeySequence is indexable; the stubs do not say so


def key_caps(seq: QKeySequence) -> list[str]:
    """The keys of ``seq`` one by one, as the platform names them: ["Ctrl", "Shift", "U"], ["Ctrl", "+"]."""
    full = native(seq)
    key = native(QKeySequence(combination(seq).key()))
    if not key or not full.endswith(key):
        return [full]
    prefix = full[: len(full) - len(key)]
    mods = [m for m in prefix.split("+") if m] if "+" in prefix else list(prefix)
    return [*mods, key]


def native(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def primary_key_text(act: QAction) -> str:
    """The action's main shortcut as the platform writes it ("Ctrl+S"); "" when it has none."""
    found = keyboard_sequences(act)
    return native(found[0]) if found else ""


def key_text(act: QAction) -> str:
    """The action's keyboard shortcuts as the platform writes them ("F11, Alt+Enter")."""
    return ", ".join(native(k) for k in keyboard_sequences(act))


class ActionTable(Mapping[str, QAction]):
    """``window.actions``: the QAction of every row of :data:`SPECS`, by name."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        self.claimed: set[str] = set()
        self.icons = icons.ThemedIcons(parent.palette())
        for spec in SPECS:
            act = QAction(parent)
            act.setObjectName(f"action_{spec.name}")
            act.setShortcuts(sequences(spec.shortcuts))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setCheckable(spec.checkable)
            if spec.icon:
                self.icons.bind(act, spec.icon)
            if spec.owner != WINDOW:
                act.setEnabled(False)
                act.setVisible(spec.listed_unclaimed)
            parent.addAction(act)  # shortcuts work even when the action sits in no visible menu
            self._actions[spec.name] = act
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def __len__(self) -> int:
        return len(self._actions)

    def claim(self, name: str, slot: Callable[[], object] | None = None) -> QAction:
        """A feature takes its action: enabled, shown, its own tooltip, ``slot`` on trigger."""
        act = self._actions[name]
        self.claimed.add(name)
        act.setVisible(True)
        act.setEnabled(True)
        if slot is not None:
            act.triggered.connect(lambda _checked=False: slot())
        self.retranslate([name])
        return act

    def set_icon(self, name: str, icon_name: str) -> None:
        """Show icon ``icon_name`` on action ``name`` (play becomes pause), in the theme's colours."""
        self.icons.bind(self._actions[name], icon_name)

    def mnemonic(self, name: str) -> str:
        return SPEC_BY_NAME[name].mnemonic

    def available(self, name: str) -> bool:
        spec = SPEC_BY_NAME[name]
        return spec.owner == WINDOW or name in self.claimed

    def retranslate(self, names: list[str] | None = None) -> None:
        for name in names if names is not None else list(self._actions):
            spec, act = SPEC_BY_NAME[name], self._actions[name]
            text = label(spec.text)
            act.setText(with_mnemonic(text, spec.mnemonic))
            act.setIconText(strip_mnemonic(text).rstrip("…"))
            if self.available(name):
                tip = label(spec.tip)
            else:
                tip = label(UNAVAILABLE).format(feature=label(OWNER_NAMES[spec.owner]))
            keys = primary_key_text(act)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)
            act.setStatusTip(tip)

    def help_rows(self) -> list[tuple[str, list[QKeySequence]]]:
        """(command, key sequences) for Help → Keyboard Shortcuts: every usable action with keys."""
        rows = []
        for spec in SPECS:
            act = self._actions[spec.name]
            keys = keyboard_sequences(act)
            if keys and self.available(spec.name):
                rows.append((plain_label(act), keys))
        return rows
