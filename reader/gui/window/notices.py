"""One-time notices: said when their condition holds, and remembered as said only once seen.

A notice (no Hangul font installed, …) goes into the message bar and stays there until the reader
closes it. It counts as seen when the reader closes it or when the window closes with it still
showing; a notice another message pushed aside comes back at the next start.
"""

from __future__ import annotations

from reader.gui.window.message_bar import MessageBar
from reader.state import AppState


class Notices:
    def __init__(self, state: AppState, bar: MessageBar) -> None:
        self.state = state
        self.bar = bar
        self._showing: tuple[str, str] | None = None  # key, text
        bar.closed.connect(self._closed)

    def show_once(self, key: str, text: str, kind: str = "warning") -> bool:
        """Show ``text`` unless notice ``key`` was seen before; True when it is shown now."""
        if self.state.notice_shown(key):
            return False
        self.bar.show_message(text, kind, sticky=True)
        self._showing = (key, text)
        return True

    def _still_showing(self) -> bool:
        return self._showing is not None and self.bar.text == self._showing[1]

    def _closed(self) -> None:
        if self._showing is not None and self.bar.label.text() == self._showing[1]:
            self.state.mark_notice(self._showing[0])
        self._showing = None

    def window_closing(self) -> None:
        if self._still_showing() and self._showing is not None:
            self.state.mark_notice(self._showing[0])
