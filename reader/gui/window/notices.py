"""One-time notices: said when their condition holds, and remembered as said only once seen.

A notice (no Hangul font installed, …) goes into the message bar and stays there until the reader
closes it; a message shown meanwhile goes over it, and it comes back when that one goes. It counts
as seen when the reader closes it or when the window closes with it on screen; a notice that was
still waiting under another message comes back at the next start.
"""

from __future__ import annotations

from reader.gui.window.message_bar import MessageBar
from reader.gui.wording import Text
from reader.state import AppState


class Notices:
    def __init__(self, state: AppState, bar: MessageBar) -> None:
        self.state = state
        self.bar = bar
        self._showing: dict[int, str] = {}  # message id -> notice key
        bar.closed.connect(self._closed)

    def show_once(self, key: str, text: Text, kind: str = "warning") -> bool:
        """Show ``text`` unless notice ``key`` was seen before; True when it is shown now."""
        if self.state.notice_shown(key) or key in self._showing.values():
            return False
        self._showing[self.bar.show_message(text, kind, sticky=True)] = key
        return True

    def _closed(self, message_id: int) -> None:
        key = self._showing.pop(message_id, None)
        if key is not None:
            self.state.mark_notice(key)

    def window_closing(self) -> None:
        key = self._showing.get(self.bar.current_id)
        if key is not None:
            self.state.mark_notice(key)
