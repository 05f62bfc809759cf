"""The plug-in contract read-aloud, print and the library rely on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui

REQUIRED_ACTIONS = (
    "open_file",
    "open_url",
    "recent",
    "read",
    "replay",
    "font_bigger",
    "font_smaller",
    "font_reset",
    "print",
    "export_pdf",
    "export_audio",
    "save",
    "settings",
    "quit",
)


def test_actions_exist_and_feature_actions_are_disabled_with_a_reason(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    for name in REQUIRED_ACTIONS:
        assert name in window.actions, name
        assert window.actions[name].text()
    for name in ("read", "replay", "export_audio", "print", "export_pdf", "save"):
        act = window.actions[name]
        assert not act.isEnabled()
        assert "not installed" in act.toolTip()
    act = window.claim_action("read", lambda: None)
    assert act.isEnabled()
    assert "not installed" not in act.toolTip()
    assert set(window.menus) >= {"file", "view", "read", "help"}


def test_block_ranges_match_plain_text(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    article = rich_article(5)
    seen: list[Any] = []
    window.article_changed.connect(seen.append)
    window.show_article(article)
    assert window.article is article
    assert seen == [article]
    for i, block in enumerate(article.blocks):
        start, end = window.view.block_range(i)
        assert window.view.range_text(start, end) == block.plain_text(), (i, block)


def test_highlight_context_hooks_and_panels(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(60))
    start, end = window.view.block_range(30)
    window.view.set_highlight(start, start + 5)
    sels = window.view.extraSelections()
    assert len(sels) == 1
    assert sels[0].cursor.selectionStart() == start
    window.view.ensure_visible(end)
    assert window.view.verticalScrollBar().value() > 0
    window.view.clear_highlight()
    assert window.view.extraSelections() == []
    window.view.scroll_to_block(40)
    assert window.view.top_block_index() == 40

    calls: list[int] = []
    window.view.context_menu_hooks.append(lambda menu, pos: calls.append(pos))
    bar = QLabel("player")
    window.add_bottom_bar(bar)
    qtbot.waitUntil(bar.isVisible)
    panel = QWidget()
    dock = window.add_side_panel(panel, "Library")
    assert dock.widget() is panel
    window.show_message("hello", "warning")
    assert window.message_bar.text == "hello"
    assert window.message_bar.kind == "warning"
