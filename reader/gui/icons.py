"""Icons by name, for the action table and the player bar: one place to swap in an icon set.

A name is a freedesktop icon name ("document-open"). It is looked up, in order, in the program's
own set (``resources/icons/actions/<name>.svg``, when a set is shipped there), in the desktop's
icon theme, and as the Qt style's standard pixmap listed here; a name with none of them has no
icon (its action shows its text).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from reader.paths import resource_path

SP = QStyle.StandardPixmap

# The style's own pixmap where a desktop has no icon theme (Windows, macOS, a bare X session).
FALLBACKS: dict[str, QStyle.StandardPixmap] = {
    "document-open": SP.SP_DialogOpenButton,
    "applications-internet": SP.SP_DriveNetIcon,
    "media-playback-start": SP.SP_MediaPlay,
    "media-playback-pause": SP.SP_MediaPause,
    "media-playback-stop": SP.SP_MediaStop,
    "media-seek-backward": SP.SP_MediaSkipBackward,
    "media-skip-backward": SP.SP_MediaSkipBackward,
    "media-skip-forward": SP.SP_MediaSkipForward,
    "media-playlist-repeat": SP.SP_BrowserReload,
    "preferences-system": SP.SP_FileDialogDetailedView,
    "window-close": SP.SP_TitleBarCloseButton,
}

SET_FOLDER = ("icons", "actions")


def icon(name: str, style: QStyle) -> QIcon:
    """The icon for ``name``; a null QIcon when there is none."""
    if not name:
        return QIcon()
    own = resource_path(*SET_FOLDER, f"{name}.svg")
    if own.is_file():
        return QIcon(str(own))
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    fallback = FALLBACKS.get(name)
    return style.standardIcon(fallback) if fallback is not None else QIcon()
