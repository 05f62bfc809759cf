"""Core Settings as a Qt signal, so widgets re-style themselves when an option changes.

The one way the window and its features read and write settings: ``window.settings.get`` /
``set`` / ``reset``, and the ``changed(name, value)`` signal to hear about a change, from
wherever it came (a menu, the settings dialog, the player bar, another part of the program).

Options the reader steps through quickly (the text size, one key press at a time; the volume
slider while it is dragged) are set with ``soon=True``: listeners hear at once, and the file is
written a moment after the last step instead of on every step, since the file write and its fsync
would otherwise sit between the key press and the relaid-out text. ``flush`` writes a pending
change at once; the window calls it when it closes and the application when it quits.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDoubleSpinBox

from reader.settings import SCHEMA_BY_NAME, Settings

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600


class SettingsBridge(QObject):
    changed = Signal(str, object)
    notice = Signal(object)  # a reader.errors.Notice raised after loading (a save that failed)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._unsubscribe = settings.subscribe(self._emit)
        self._unsubscribe_notices = settings.subscribe_notices(self.notice.emit)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._pending = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.destroyed.connect(lambda *_: self._detach())

    def _emit(self, name: str, value: Any) -> None:
        self.changed.emit(name, value)

    def _detach(self) -> None:
        with contextlib.suppress(ValueError):
            self._unsubscribe()
        with contextlib.suppress(ValueError):
            self._unsubscribe_notices()

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def set(self, name: str, value: Any, *, soon: bool = False) -> None:
        """Change ``name`` (listeners run at once); ``soon`` writes the file after the last change."""
        if not soon:
            self.settings.set(name, value)
            return
        before = self.settings.get(name)
        self.settings.set(name, value, save=False)
        if self.settings.get(name) != before:
            self._pending = True
            self._save_timer.start()

    def reset(self, name: str) -> None:
        self.settings.reset(name)

    def clamp(self, name: str, value: float) -> float:
        """``value`` brought inside the option's bounds."""
        return float(self.settings.clamp(name, value))

    @property
    def save_pending(self) -> bool:
        return self._pending

    def flush(self) -> None:
        """Write a change ``set_soon`` is holding back; nothing to do when none is."""
        self._save_timer.stop()
        if self._pending:
            self._pending = False
            try:
                self.settings.save()
            except OSError as exc:  # the choice still holds for this session
                log.warning("could not save the settings: %s", exc)


def spin_range(box: QDoubleSpinBox, key: str) -> None:
    """A spin box offering exactly what the schema allows for ``key``: its bounds, its step."""
    opt = SCHEMA_BY_NAME[key]
    step = float(opt.step or 0.1)
    box.setRange(float(opt.min or 0.0), float(opt.max or 0.0))
    box.setSingleStep(step)
    box.setDecimals(max(0, len(f"{step:g}".partition(".")[2])))
