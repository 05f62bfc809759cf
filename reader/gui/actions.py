"""The window's actions: one table of names, labels, shortcuts and owners, so features find them by name.

Labels are marked with QT_TRANSLATE_NOOP and translated when applied, so switching the UI language
relabels everything in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

CTX = "Actions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated when applied."""
    return text


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
    ActionSpec("open_file", QT_TRANSLATE_NOOP(CTX, "Open File…"),
               QT_TRANSLATE_NOOP(CTX, "Open a saved web page or text file"),
               (QKeySequence.StandardKey.Open,), icon="document-open",
               std_icon=QStyle.StandardPixmap.SP_DialogOpenButton),
    ActionSpec("open_url", QT_TRANSLATE_NOOP(CTX, "Open Address…"),
               QT_TRANSLATE_NOOP(CTX, "Open an article from a web address"),
               ("Ctrl+L",), icon="applications-internet", std_icon=QStyle.StandardPixmap.SP_DriveNetIcon),
    ActionSpec("recent", QT_TRANSLATE_NOOP(CTX, "Open Recent"),
               QT_TRANSLATE_NOOP(CTX, "Articles you opened recently"), icon="document-open-recent"),
    ActionSpec("read", QT_TRANSLATE_NOOP(CTX, "Read Aloud"),
               QT_TRANSLATE_NOOP(CTX, "Read the article aloud"),
               ("Ctrl+Shift+U",), owner="speech_ui", icon="media-playback-start",
               std_icon=QStyle.StandardPixmap.SP_MediaPlay),
    ActionSpec("replay", QT_TRANSLATE_NOOP(CTX, "Listen Again"),
               QT_TRANSLATE_NOOP(CTX, "Read the article aloud again from the start"),
               ("Ctrl+Shift+R",), owner="speech_ui", icon="media-seek-backward",
               std_icon=QStyle.StandardPixmap.SP_MediaSkipBackward),
    ActionSpec("font_bigger", QT_TRANSLATE_NOOP(CTX, "Larger Text"),
               QT_TRANSLATE_NOOP(CTX, "Make the text larger"),
               ("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn), icon="zoom-in"),
    ActionSpec("font_smaller", QT_TRANSLATE_NOOP(CTX, "Smaller Text"),
               QT_TRANSLATE_NOOP(CTX, "Make the text smaller"),
               ("Ctrl+-", QKeySequence.StandardKey.ZoomOut), icon="zoom-out"),
    ActionSpec("font_reset", QT_TRANSLATE_NOOP(CTX, "Default Text Size"),
               QT_TRANSLATE_NOOP(CTX, "Return to the default text size"), ("Ctrl+0",), icon="zoom-original"),
    ActionSpec("print", QT_TRANSLATE_NOOP(CTX, "Print…"), QT_TRANSLATE_NOOP(CTX, "Print the article"),
               (QKeySequence.StandardKey.Print,), owner="print_ui", icon="document-print"),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP(CTX, "Export as PDF…"),
               QT_TRANSLATE_NOOP(CTX, "Save the article as a PDF file"), ("Ctrl+Shift+E",), owner="print_ui",
               icon="document-export"),
    ActionSpec("export_audio", QT_TRANSLATE_NOOP(CTX, "Export Audio…"),
               QT_TRANSLATE_NOOP(CTX, "Save the article read aloud as an audio file"), (), owner="speech_ui",
               icon="audio-x-generic"),
    ActionSpec("save", QT_TRANSLATE_NOOP(CTX, "Save to Library"),
               QT_TRANSLATE_NOOP(CTX, "Keep this article in your library to read offline"),
               (QKeySequence.StandardKey.Save,), owner="library_ui", icon="document-save"),
    ActionSpec("settings", QT_TRANSLATE_NOOP(CTX, "Reading Settings…"),
               QT_TRANSLATE_NOOP(CTX, "Type, colours, language and other settings"),
               ("Ctrl+,",), icon="preferences-system",
               std_icon=QStyle.StandardPixmap.SP_FileDialogDetailedView),
    ActionSpec("toggle_images", QT_TRANSLATE_NOOP(CTX, "Load Images"),
               QT_TRANSLATE_NOOP(CTX, "Load the article's images (off: nothing remote is loaded)"),
               (), icon="image-x-generic"),
    ActionSpec("full_screen", QT_TRANSLATE_NOOP(CTX, "Full Screen"),
               QT_TRANSLATE_NOOP(CTX, "Show only the article, filling the screen"),
               (QKeySequence.StandardKey.FullScreen, "F11"), icon="view-fullscreen"),
    ActionSpec("copy_text", QT_TRANSLATE_NOOP(CTX, "Copy Article Text"),
               QT_TRANSLATE_NOOP(CTX, "Copy the whole article as plain text"), ("Ctrl+Shift+C",),
               icon="edit-copy"),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP(CTX, "Keyboard Shortcuts"),
               QT_TRANSLATE_NOOP(CTX, "List every keyboard shortcut"), ("F1",), icon="help-contents"),
    ActionSpec("about", QT_TRANSLATE_NOOP(CTX, "About Article Reader"),
               QT_TRANSLATE_NOOP(CTX, "Version and licence"), (), icon="help-about"),
    ActionSpec("quit", QT_TRANSLATE_NOOP(CTX, "Quit"), QT_TRANSLATE_NOOP(CTX, "Close the reader"),
               (QKeySequence.StandardKey.Quit, "Ctrl+Q"), icon="application-exit"),
)

SPEC_BY_NAME = {s.name: s for s in SPECS}

OWNER_NAMES = {
    "speech_ui": QT_TRANSLATE_NOOP(CTX, "read-aloud"),
    "print_ui": QT_TRANSLATE_NOOP(CTX, "printing"),
    "library_ui": QT_TRANSLATE_NOOP(CTX, "library"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def unavailable_tip(owner: str) -> str:
    what = tr(OWNER_NAMES.get(owner, owner))
    return tr("Not available: the {feature} part is not installed in this build").format(feature=what)


def _tr_marker() -> None:  # pragma: no cover - only for lupdate
    QCoreApplication.translate(CTX, "Not available: the {feature} part is not installed in this build")


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
