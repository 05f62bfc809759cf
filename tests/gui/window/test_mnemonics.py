"""Alt+letter: in every menu and dialog no two entries share a letter, in Korean and in English, and
every Korean menu entry has one, written the Korean way ("파일 열기(&O)")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from reader.gui.i18n import mnemonic

pytestmark = pytest.mark.gui

VALUE_MENUS = ("recentMenu",)  # entries are articles' titles, not commands
KOREAN_STYLE = re.compile(r"\(&[A-Z0-9]\)(…)?$")


def _menu_entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.text()]


def _dialog_entries(dialog: QWidget) -> list[str]:
    """What Alt reaches in a dialog: buddied labels, buttons and check boxes."""
    texts = [lab.text() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    return [t for t in texts if t]


def _collisions(texts: list[str]) -> dict[str, list[str]]:
    letters = Counter(m for m in (mnemonic(t) for t in texts) if m)
    return {k: [t for t in texts if mnemonic(t) == k] for k, n in letters.items() if n > 1}


@pytest.fixture
def full_window(qtbot: Any, app_context: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    from reader.gui.app import build_window
    from tests.gui_helpers import rich_article

    app_context.settings.set("ui_language", request.param)
    _app, window = build_window(app_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_article(rich_article(3))
    yield window
    from reader.gui import i18n

    i18n.install(_app, "en")  # the next test starts in English, as the others expect


@pytest.mark.parametrize("full_window", ["ko", "en"], indirect=True)
def test_no_two_entries_of_a_menu_share_a_letter(full_window: Any) -> None:
    window = full_window
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert _collisions(titles) == {}
    menus = [m for m in window.findChildren(QMenu) if m.objectName() not in VALUE_MENUS]
    assert len(menus) >= 6
    for menu in menus:
        entries = _menu_entries(menu)
        assert _collisions(entries) == {}, (menu.objectName(), entries)


def test_every_korean_menu_entry_has_a_letter_the_korean_way(qtbot: Any, app_context: Any) -> None:
    app_context.settings.set("ui_language", "ko")
    from reader.gui.app import build_window

    _app, window = build_window(app_context)
    qtbot.addWidget(window)
    window.show()
    from reader.gui import i18n

    missing = []
    for menu in [*window.findChildren(QMenu), window.menuBar()]:
        if menu.objectName() in VALUE_MENUS:
            continue
        for act in menu.actions():
            if act.isSeparator() or not act.isVisible() or not act.text():
                continue
            text = act.text()
            if _is_a_value(act):
                continue  # "0.4초", "없음": a choice of value, as a spin box would offer
            if not KOREAN_STYLE.search(text):
                missing.append((menu.objectName(), text))
    i18n.install(_app, "en")
    assert missing == []


def _is_a_value(act: QAction) -> bool:
    return isinstance(act.data(), float)


@pytest.mark.parametrize("full_window", ["ko", "en"], indirect=True)
def test_no_two_controls_of_a_dialog_share_a_letter(full_window: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from reader.gui.printing.controller import PrintPreview

    window = full_window
    dialog = window.open_settings()
    entries = _dialog_entries(dialog)
    assert len(entries) >= 12
    assert _collisions(entries) == {}, entries
    printing = window.features.printing
    printer = QPrinter()
    preview = PrintPreview(printing, printer, printing.options(), False)
    try:
        entries = _dialog_entries(preview)
        assert len([e for e in entries if mnemonic(e)]) >= 5
        assert _collisions(entries) == {}, entries
    finally:
        preview.close()
        dialog.close()
