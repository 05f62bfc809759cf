"""Core Settings as a Qt signal, so widgets re-style themselves when an option changes."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.settings import Settings


class SettingsBridge(QObject):
    changed = Signal(str, object)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._unsubscribe = settings.subscribe(self._emit)
        self.destroyed.connect(lambda *_: self._detach())

    def _emit(self, name: str, value: Any) -> None:
        self.changed.emit(name, value)

    def _detach(self) -> None:
        with contextlib.suppress(ValueError):
            self._unsubscribe()

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def set(self, name: str, value: Any) -> None:
        self.settings.set(name, value)
