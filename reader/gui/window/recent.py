"""The Open Recent menu and what it remembers (the last articles opened, newest first).

The list is a setting, so it survives restarts and is shared with every window; bundled samples
are never remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.gui.window.base import WindowBase
from reader.gui.window.opening import _elide

RECENT_MAX = 15


class WindowRecent(WindowBase):
    """The recent-articles menu; part of :class:`reader.gui.window.main_window.MainWindow`."""

    def _remember(self, source: str, title: str) -> None:
        if _is_sample(source):
            return
        items = [r for r in self.ctx.settings.get("recent_sources") if _recent_source(r) != source]
        items.insert(0, {"source": source, "title": title})
        self.ctx.settings.set("recent_sources", items[:RECENT_MAX])

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        items = self.ctx.settings.get("recent_sources")
        for item in items:
            source = _recent_source(item)
            if not source:
                continue
            title = item.get("title", "") if isinstance(item, dict) else ""
            act = menu.addAction(_elide(title or source, 70))
            act.setToolTip(source)
            act.setStatusTip(source)
            act.triggered.connect(lambda _=False, s=source: self.open_source(s))
        if not items:
            empty = menu.addAction(self.tr("No recent articles"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear Recent"))
            clear.triggered.connect(lambda: self.ctx.settings.set("recent_sources", []))


def _recent_source(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("source", ""))
    return str(item) if isinstance(item, str) else ""


def _is_sample(source: str) -> bool:
    from reader.paths import resource_path

    try:
        return Path(source).resolve().parent == resource_path("samples").resolve()
    except OSError:
        return False

