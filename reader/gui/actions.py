"""The window's actions: one table of names, labels, shortcuts and owners, so features find them by name.

Labels are marked with QT_TRANSLATE_NOOP and translated when applied, so switching the UI language
relabels everything in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

CTX = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    tip: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    owner: str = ""  # a feature module that enables it; "" = the window's own
    icon: str = ""  # freedesktop icon name
    std_icon: QStyle.StandardPixmap | None = None


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open_file",
        str(QT_TRANSLATE_NOOP("Actions", "Open File…")),
        str(QT_TRANSLATE_NOOP("Actions", "Open a saved web page or text file")),
        (QKeySequence.StandardKey.Open,),
        icon="document-open",
        std_icon=QStyle.StandardPixmap.SP_DialogOpenButton,
    ),
    ActionSpec(
        "open_url",
        str(QT_TRANSLATE_NOOP("Actions", "Open Address…")),
        str(QT_TRANSLATE_NOOP("Actions", "Open an article from a web address")),
        ("Ctrl+L",),
        icon="applications-internet",
        std_icon=QStyle.StandardPixmap.SP_DriveNetIcon,
    ),
    ActionSpec(
        "recent",
        str(QT_TRANSLATE_NOOP("Actions", "Open Recent")),
        str(QT_TRANSLATE_NOOP("Actions", "Articles you opened recently")),
        icon="document-open-recent",
    ),
    ActionSpec(
        "read",
        str(QT_TRANSLATE_NOOP("Actions", "Read Aloud")),
        str(QT_TRANSLATE_NOOP("Actions", "Read the article aloud")),
        ("Ctrl+Shift+U",),
        owner="speech_ui",
        icon="media-playback-start",
        std_icon=QStyle.StandardPixmap.SP_MediaPlay,
    ),
    ActionSpec(
        "replay",
        str(QT_TRANSLATE_NOOP("Actions", "Listen Again")),
        str(QT_TRANSLATE_NOOP("Actions", "Read the article aloud again from the start")),
        ("Ctrl+Shift+R",),
        owner="speech_ui",
        icon="media-seek-backward",
        std_icon=QStyle.StandardPixmap.SP_MediaSkipBackward,
    ),
    ActionSpec(
        "font_bigger",
        str(QT_TRANSLATE_NOOP("Actions", "Larger Text")),
        str(QT_TRANSLATE_NOOP("Actions", "Make the text larger")),
        ("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn),
        icon="zoom-in",
    ),
    ActionSpec(
        "font_smaller",
        str(QT_TRANSLATE_NOOP("Actions", "Smaller Text")),
        str(QT_TRANSLATE_NOOP("Actions", "Make the text smaller")),
        ("Ctrl+-", QKeySequence.StandardKey.ZoomOut),
        icon="zoom-out",
    ),
    ActionSpec(
        "font_reset",
        str(QT_TRANSLATE_NOOP("Actions", "Default Text Size")),
        str(QT_TRANSLATE_NOOP("Actions", "Return to the default text size")),
        ("Ctrl+0",),
        icon="zoom-original",
    ),
    ActionSpec(
        "print",
        str(QT_TRANSLATE_NOOP("Actions", "Print…")),
        str(QT_TRANSLATE_NOOP("Actions", "Print the article")),
        (QKeySequence.StandardKey.Print,),
        owner="print_ui",
        icon="document-print",
    ),
    ActionSpec(
        "export_pdf",
        str(QT_TRANSLATE_NOOP("Actions", "Export as PDF…")),
        str(QT_TRANSLATE_NOOP("Actions", "Save the article as a PDF file")),
        ("Ctrl+Shift+E",),
        owner="print_ui",
        icon="document-export",
    ),
    ActionSpec(
        "export_audio",
        str(QT_TRANSLATE_NOOP("Actions", "Export Audio…")),
        str(QT_TRANSLATE_NOOP("Actions", "Save the article read aloud as an audio file")),
        (),
        owner="speech_ui",
        icon="audio-x-generic",
    ),
    ActionSpec(
        "save",
        str(QT_TRANSLATE_NOOP("Actions", "Save to Library")),
        str(QT_TRANSLATE_NOOP("Actions", "Keep this article in your library to read offline")),
        (QKeySequence.StandardKey.Save,),
        owner="library_ui",
        icon="document-save",
    ),
    ActionSpec(
        "settings",
        str(QT_TRANSLATE_NOOP("Actions", "Reading Settings…")),
        str(QT_TRANSLATE_NOOP("Actions", "Type, colours, language and other settings")),
        ("Ctrl+,",),
        icon="preferences-system",
        std_icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
    ),
    ActionSpec(
        "toggle_images",
        str(QT_TRANSLATE_NOOP("Actions", "Load Images")),
        str(QT_TRANSLATE_NOOP("Actions", "Load the article's images (off: nothing remote is loaded)")),
        (),
        icon="image-x-generic",
    ),
    ActionSpec(
        "line_focus",
        str(QT_TRANSLATE_NOOP("Actions", "Line Focus")),
        str(QT_TRANSLATE_NOOP("Actions", "Dim all but the lines you are reading; Up and Down move them")),
        ("Ctrl+Shift+F",),
    ),
    ActionSpec(
        "full_screen",
        str(QT_TRANSLATE_NOOP("Actions", "Full Screen")),
        str(QT_TRANSLATE_NOOP("Actions", "Show only the article, filling the screen")),
        (QKeySequence.StandardKey.FullScreen, "F11"),
        icon="view-fullscreen",
    ),
    ActionSpec(
        "copy_text",
        str(QT_TRANSLATE_NOOP("Actions", "Copy Article Text")),
        str(QT_TRANSLATE_NOOP("Actions", "Copy the whole article as plain text")),
        ("Ctrl+Shift+C",),
        icon="edit-copy",
    ),
    ActionSpec(
        "shortcuts",
        str(QT_TRANSLATE_NOOP("Actions", "Keyboard Shortcuts")),
        str(QT_TRANSLATE_NOOP("Actions", "List every keyboard shortcut")),
        ("F1",),
        icon="help-contents",
    ),
    ActionSpec(
        "about",
        str(QT_TRANSLATE_NOOP("Actions", "About Article Reader")),
        str(QT_TRANSLATE_NOOP("Actions", "Version and licence")),
        (),
        icon="help-about",
    ),
    ActionSpec(
        "quit",
        str(QT_TRANSLATE_NOOP("Actions", "Quit")),
        str(QT_TRANSLATE_NOOP("Actions", "Close the reader")),
        (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        icon="application-exit",
    ),
)

SPEC_BY_NAME = {s.name: s for s in SPECS}

OWNER_NAMES = {
    "speech_ui": str(QT_TRANSLATE_NOOP("Actions", "read-aloud")),
    "print_ui": str(QT_TRANSLATE_NOOP("Actions", "printing")),
    "library_ui": str(QT_TRANSLATE_NOOP("Actions", "library")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


UNAVAILABLE = str(
    QT_TRANSLATE_NOOP("Actions", "Not available: the {feature} part is not installed in this build")
)


def unavailable_tip(owner: str) -> str:
    what = tr(OWNER_NAMES.get(owner, owner))
    return tr(UNAVAILABLE).format(feature=what)


def _sequences(spec: ActionSpec) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for s in spec.shortcuts:
        keys = QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey) else [QKeySequence(s)]
        for k in keys:
            t = k.toString()
            if t and t not in seen:
                seen.add(t)
                out.append(k)
    return out


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    style = parent.style()
    for spec in SPECS:
        act = QAction(parent)
        act.setObjectName(f"action_{spec.name}")
        act.setShortcuts(_sequences(spec))
        icon = QIcon.fromTheme(spec.icon) if spec.icon else QIcon()
        if icon.isNull() and spec.std_icon is not None:
            icon = style.standardIcon(spec.std_icon)
        if not icon.isNull():
            act.setIcon(icon)
        parent.addAction(act)  # shortcuts work even when the action sits in no visible menu
        actions[spec.name] = act
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction], claimed: set[str] | None = None) -> None:
    claimed = claimed or set()
    for name, act in actions.items():
        spec = SPEC_BY_NAME.get(name)
        if spec is None:
            continue
        act.setText(tr(spec.text))
        act.setIconText(tr(spec.text).rstrip("…"))
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = tr(spec.tip)
        if spec.owner and name not in claimed:
            tip = unavailable_tip(spec.owner)
        act.setToolTip(f"{tip} ({keys})" if keys else tip)
        act.setStatusTip(tip)
