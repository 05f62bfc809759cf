"""Where file dialogs start: the folder last used for the same kind of file, else the user's
Downloads (opening saved pages) or Documents (exporting), else home. Never the program's own
folders (the bundled samples live inside the installation, a site-packages folder for a pip
install), and never a folder that is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from reader.paths import resource_path
from reader.state import AppState

_L = QStandardPaths.StandardLocation
FALLBACKS = {
    "open": (_L.DownloadLocation, _L.DocumentsLocation),  # saved pages land in Downloads
    "export": (_L.DocumentsLocation, _L.DownloadLocation),
}


def _ours(folder: Path) -> bool:
    """Inside the program's installation (its resources, its package)."""
    import reader

    try:
        resolved = folder.resolve()
        homes = (resource_path().resolve(), Path(reader.__file__).resolve().parent)
    except (OSError, RuntimeError):
        return True
    return any(resolved == h or resolved.is_relative_to(h) for h in homes)


def _usable(folder: str) -> bool:
    if not folder:
        return False
    path = Path(folder)
    try:
        return path.is_dir() and not _ours(path)
    except OSError:
        return False


def start_folder(state: AppState, kind: str) -> str:
    """The folder a dialog of ``kind`` ("open" or "export") opens in."""
    remembered = state.folder(kind)
    if _usable(remembered):
        return remembered
    for location in FALLBACKS.get(kind, FALLBACKS["export"]):
        found = QStandardPaths.writableLocation(location)
        if _usable(found):
            return found
    return str(Path.home())


def remember(state: AppState, kind: str, chosen: str | Path) -> None:
    """Note the folder of ``chosen`` (a file, or a folder picked as such) for the next dialog."""
    path = Path(chosen)
    try:
        folder = path if path.is_dir() else path.parent
    except OSError:
        return
    if _usable(str(folder)):
        state.set_folder(kind, str(folder))
