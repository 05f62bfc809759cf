"""Menus with an Alt letter on every item, consistent in each language (Korean: "파일 열기(&O)…");
Help → Keyboard Shortcuts with the platform's key names, each key once, drawn as key caps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QTableWidget

from reader.gui import actions as acts
from reader.gui.window.help import KEYS_ROLE, shortcut_rows
from tests.gui_helpers import make_window
from tests.layout_support import english_again

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    english_again()


def _open(qtbot: Any, ctx: Any, lang: str) -> Any:
    from reader.gui.app import build_window

    ctx.settings.set("ui_language", lang)
    _app, window = build_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _items(menu: QMenu) -> list[Any]:
    return [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def _letter(text: str) -> str | None:
    found = re.findall(r"&([^&\s])", text.replace("&&", ""))
    assert len(found) <= 1, text
    return found[0].upper() if found else None


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_menu_item_has_one_alt_letter_unique_in_its_menu(
    qtbot: Any, app_context: Any, lang: str
) -> None:
    window = _open(qtbot, app_context, lang)
    window.recent.items = [("/tmp/a.html", "첫 기사"), ("/tmp/b.html", "둘째 & 셋째")]
    menus: list[Any] = [window.menuBar()]
    checked = 0
    while menus:
        menu = menus.pop()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled when opened (Open Recent)
        letters = []
        for act in _items(menu):
            text = act.text()
            letter = _letter(text)
            assert letter is not None, f"{text!r} has no Alt letter"
            letters.append(letter)
            checked += 1
            if lang == "ko" and re.search("[가-힣]", text) and not text.startswith("&"):
                # Korean: the letter in parentheses after the words, before a closing "…"
                assert re.search(r"\(&[A-Z0-9]\)(…)?$", text), text
            if act.menu() is not None:
                menus.append(act.menu())
        where = menu.title() if isinstance(menu, QMenu) else "menu bar"
        assert len(letters) == len(set(letters)), (where, letters)
    assert checked >= 60


def test_mnemonics_are_placed_the_way_each_language_writes_them() -> None:
    assert acts.with_mnemonic("Open File…", "O") == "&Open File…"
    assert acts.with_mnemonic("Listen Again", "A") == "Listen &Again"
    assert acts.with_mnemonic("Lisen", "Q") == "Lisen(&Q)"  # not in the words: after them
    assert acts.with_mnemonic("파일 열기…", "O") == "파일 열기(&O)…"
    assert acts.with_mnemonic("다시듣기", "a") == "다시듣기(&A)"
    assert acts.with_mnemonic("번역(&T)", "O") == "번역(&T)"  # a translator's own choice stays
    assert acts.with_mnemonic("Tom && Jerry", "J") == "Tom && &Jerry"
    for text in ("파일 열기(&O)…", "&Open File…", "Listen &Again", "Tom && Jerry"):
        assert "&" not in acts.strip_mnemonic(text).replace("Tom & Jerry", "")


def test_toolbar_buttons_show_words_without_alt_letters(qtbot: Any, app_context: Any) -> None:
    window = _open(qtbot, app_context, "ko")
    for name, button in window.chrome.fitting.buttons.items():
        assert "&" not in button.text(), name
        assert "(" not in button.text(), name
    assert window.chrome.fitting.buttons["read"].text() == "기사 읽어주기"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_shortcut_list_names_each_key_once_as_the_platform_does(
    qtbot: Any, app_context: Any, lang: str
) -> None:
    window = _open(qtbot, app_context, lang)
    rows = dict(shortcut_rows(window.actions))
    larger = acts.plain_label(window.actions["font_bigger"])
    assert rows[larger] == [["Ctrl", "+"]]  # not "Ctrl+=, Ctrl++": one key, with or without Shift
    opened = acts.plain_label(window.actions["open_file"])
    assert rows[opened] == [["Ctrl", "O"]]  # the Open media key ("열기") is not a keyboard key
    listed = [k for alternatives in rows.values() for keys in alternatives for k in keys]
    for media in ("Media Play", "Media Next", "Toggle Media Play/Pause", "Zoom In", "Open", "Save"):
        assert media not in listed, media  # hardware keys work, but are not listed as keys to type
    for alternatives in rows.values():
        for keys in alternatives:
            for key in keys:
                assert key, keys
                assert key == key.strip(), keys
    # every row's keys are what Qt calls them in its native text, split at the "+" between keys
    full = acts.keyboard_sequences(window.actions["full_screen"])
    assert [acts.key_caps(k) for k in full] == rows[acts.plain_label(window.actions["full_screen"])]
    assert "+".join(acts.key_caps(QKeySequence("Ctrl+Shift+U"))) == QKeySequence("Ctrl+Shift+U").toString(
        QKeySequence.SequenceFormat.NativeText
    )

    window.actions["shortcuts"].trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None
    table = dialog.findChild(QTableWidget)
    spoken = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert spoken[larger] == "Ctrl++"
    word_or = "또는" if lang == "ko" else "or"
    assert spoken[acts.plain_label(window.actions["full_screen"])] == f"F11 {word_or} Alt+Enter"
    assert all(table.item(r, 1).data(KEYS_ROLE) for r in range(table.rowCount()))
    image = table.viewport().grab()  # the key caps are drawn (not the plain text)
    assert not image.isNull()
    dialog.close()


def test_tooltips_name_the_main_key(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    tip = window.actions["font_bigger"].toolTip()
    assert tip.endswith("(Ctrl++)")
    assert "=" not in tip


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_library_menu_has_alt_letters_too(qtbot: Any, app_context: Any, lang: str) -> None:
    window = _open(qtbot, app_context, lang)
    menu = window.features.library.panel._menu()
    letters = [_letter(a.text()) for a in _items(menu)]
    assert None not in letters, [a.text() for a in _items(menu)]
    assert len(letters) == len(set(letters))
    window.tasks.wait(5000)
