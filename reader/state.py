"""What the program remembers about itself, apart from the user's settings: the window's geometry
and which one-time notices were shown.

Settings are choices the reader makes and may copy to another computer; this is bookkeeping the
program keeps (as qutebrowser keeps ``state`` apart from ``config``). Qt-free, one small JSON file
written atomically; a damaged or foreign file is set aside and the program starts with an empty
state, because nothing in it is worth a message.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from reader.atomicio import write_text_atomic
from reader.userfiles import read_json

log = logging.getLogger(__name__)

MAX_GEOMETRY_BYTES = 4096  # Qt's saveGeometry() is about 66 bytes; anything larger is not ours
MAX_NOTICES = 100
MAX_FILE_BYTES = 1024 * 1024  # the file is a few hundred bytes; a bigger one is not ours
MAX_FOLDER_CHARS = 4096
FOLDER_KINDS = ("open", "export")  # where file dialogs last were: opening pages, saving copies

#: The notice key older versions recorded as ``font_notice_shown`` in settings.json.
HANGUL_FONT_NOTICE = "hangul_font"


class AppState:
    """``geometry`` (bytes from ``QWidget.saveGeometry``), the set of one-time notices shown, and the
    folders the file dialogs were last in (``folders``: kind → path)."""

    def __init__(self, path: Path | None, *, quiet: bool = False) -> None:
        self._path = path
        self._quiet = quiet
        self.geometry = b""
        self.notices: set[str] = set()
        self.folders: dict[str, str] = {}

    @classmethod
    def scratch(cls) -> AppState:
        """A state that is never written and counts every notice as seen (``render``, benchmarks)."""
        return cls(None, quiet=True)

    @classmethod
    def load(cls, path: Path | None, legacy_settings: Path | None = None) -> AppState:
        state = cls(path)
        if path is None:
            return state
        raw = _read_json(path)
        if raw is None and legacy_settings is not None:
            raw = _from_legacy_settings(legacy_settings)
        if raw is not None:
            state._take(raw)
        return state

    def _take(self, raw: dict[str, Any]) -> None:
        geo = raw.get("geometry")
        if isinstance(geo, str) and len(geo) <= MAX_GEOMETRY_BYTES * 2:
            try:
                self.geometry = base64.b64decode(geo.encode("ascii"), validate=True)
            except (ValueError, binascii.Error, UnicodeEncodeError):
                log.info("ignoring a malformed window geometry in the state file")
        notices = raw.get("notices")
        if isinstance(notices, list):
            self.notices = {n for n in notices[:MAX_NOTICES] if isinstance(n, str) and len(n) <= 100}
        folders = raw.get("folders")
        if isinstance(folders, dict):
            self.folders = {k: v for k, v in folders.items() if k in FOLDER_KINDS and _folder_text(v)}

    def notice_shown(self, key: str) -> bool:
        return self._quiet or key in self.notices

    def mark_notice(self, key: str) -> None:
        if key not in self.notices:
            self.notices.add(key)
            self.save()

    def folder(self, kind: str) -> str:
        """The folder a file dialog of ``kind`` ("open", "export") was last in; "" when none."""
        return self.folders.get(kind, "")

    def set_folder(self, kind: str, folder: str) -> None:
        if kind in FOLDER_KINDS and _folder_text(folder) and self.folders.get(kind) != folder:
            self.folders[kind] = folder
            self.save()

    def set_geometry(self, geometry: bytes) -> None:
        self.geometry = bytes(geometry)[:MAX_GEOMETRY_BYTES]
        self.save()

    def save(self) -> None:
        """Write the file; a read-only folder only costs the memory of it (logged, never raised)."""
        if self._path is None:
            return
        data = {
            "geometry": base64.b64encode(self.geometry).decode("ascii"),
            "notices": sorted(self.notices),
            "folders": dict(sorted(self.folders.items())),
        }
        try:
            write_text_atomic(self._path, json.dumps(data, indent=1) + "\n")
        except OSError as exc:
            log.warning("could not save the program state to %s: %s", self._path, exc)


def _folder_text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_FOLDER_CHARS and "\x00" not in value


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        raw = read_json(path, MAX_FILE_BYTES)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("the state file %s could not be read (%s); starting afresh", path, exc)
        _set_aside(path)
        return {}
    if raw is None:
        return None
    if not isinstance(raw, dict):
        log.warning("the state file %s is not a JSON object; starting afresh", path)
        _set_aside(path)
        return {}
    return raw


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.replace(path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}"))


def _from_legacy_settings(settings_file: Path) -> dict[str, Any] | None:
    """Geometry and the font notice from a settings.json written before the state file existed."""
    try:
        raw = read_json(settings_file, MAX_FILE_BYTES)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(raw, dict):
        return None
    out: dict[str, Any] = {}
    if isinstance(raw.get("window_geometry"), str) and raw["window_geometry"]:
        out["geometry"] = raw["window_geometry"]
    if raw.get("font_notice_shown") is True:
        out["notices"] = [HANGUL_FONT_NOTICE]
    return out or None
