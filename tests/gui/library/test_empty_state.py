"""An empty list in the library says why and what to do, not only "0 found" over a blank list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reader.paths import sample_article
from tests.gui_helpers import make_window
from tests.layout_support import english_again

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    english_again()


@pytest.fixture
def panel(qtbot: Any, app_context: Any) -> Any:
    app_context.settings.set("ui_language", "ko")
    window = make_window(qtbot, app_context, features=True)
    window.features.library.dock.show()
    yield window.features.library.panel
    window.tasks.wait(5000)
    app_context.close()


def _shown(panel: Any) -> Any:
    return panel.results.currentWidget()


def test_an_empty_library_says_how_to_fill_it(qtbot: Any, panel: Any) -> None:
    qtbot.waitUntil(lambda: _shown(panel) is panel.empty, timeout=10000)
    assert panel.empty.title.text() == "아직 저장한 기사가 없습니다."
    hint = panel.empty.hint.text()
    assert "보관함에 저장" in hint  # the command by its menu name …
    assert "Ctrl+S" in hint  # … and its key, as the platform writes it
    assert "(&" not in hint
    assert not panel.empty.clear_button.isVisible()


def test_a_search_that_finds_nothing_offers_a_way_back(qtbot: Any, panel: Any) -> None:
    window = panel.feature.window
    assert window.open_article_now(str(sample_article("ko")))
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=10000)
    assert _shown(panel) is panel.list
    panel.search.setText("존재하지않는낱말")
    qtbot.waitUntil(lambda: _shown(panel) is panel.empty, timeout=10000)
    assert "존재하지않는낱말" in panel.empty.title.text()
    assert panel.count_label.text() == "0개 찾음"
    assert panel.empty.clear_button.isVisible()
    assert not panel.empty.all_button.isVisible()
    panel.empty.clear_button.click()
    qtbot.waitUntil(lambda: _shown(panel) is panel.list, timeout=10000)
    assert panel.search.text() == ""

    panel.show_combo.setCurrentIndex(panel.show_combo.findData("favourites"))
    panel.refresh()
    qtbot.waitUntil(lambda: _shown(panel) is panel.empty, timeout=10000)
    assert panel.empty.all_button.isVisible()
    assert "조건" in panel.empty.title.text()
    panel.empty.all_button.click()
    qtbot.waitUntil(lambda: _shown(panel) is panel.list, timeout=10000)
    assert panel.show_combo.currentData() == "all"
