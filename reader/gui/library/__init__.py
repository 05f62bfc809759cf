"""The library in the window: saving, the side panel, history and the listening queue."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from reader.gui.api import ReaderWindow
    from reader.gui.library.feature import LibraryFeature


def install(window: ReaderWindow) -> LibraryFeature:
    """Save (Ctrl+S), Listen Later and the Library panel (Ctrl+Shift+L), hidden until asked for."""
    from reader.gui.i18n import translate
    from reader.gui.library.feature import LibraryFeature
    from reader.gui.library.panel import LibraryPanel
    from reader.gui.library.queue import QueuePlayer

    feature = LibraryFeature(window)
    player = QueuePlayer(feature)
    feature.player = player
    window.features.library = feature
    window.claim_action("save", feature.save_current)
    window.claim_action("listen_later", feature.queue_current)
    panel = LibraryPanel(feature, player)
    feature.panel = panel
    dock = window.add_side_panel(panel, translate("Library", "Library"))
    feature.dock = dock
    toggle = window.claim_action("library_panel")
    toggle.toggled.connect(dock.setVisible)
    dock.visibilityChanged.connect(lambda _v: _panel_shown(window, dock))

    def retitle() -> None:
        title = translate("Library", "Library")
        dock.setWindowTitle(title)
        dock.setAccessibleName(title)

    window.retranslated.connect(retitle)
    # Hidden until asked for (the window shows only the article); remembered between sessions.
    shown = bool(window.settings.get("library_panel"))
    dock.setVisible(shown)
    toggle.setChecked(shown)
    panel.refresh()
    return feature


def _panel_shown(window: ReaderWindow, dock: QDockWidget) -> None:
    toggle = window.actions["library_panel"]
    toggle.blockSignals(True)
    toggle.setChecked(dock.isVisible())
    toggle.blockSignals(False)
    with contextlib.suppress(RuntimeError):  # the window is already gone at shutdown
        w = window.widget
        if w.isVisible() and not w.isMinimized():  # not while the window itself closes
            window.settings.set("library_panel", dock.isVisible())
