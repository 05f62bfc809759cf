"""Every control: keyboard reachable, named for screen readers, and doing what it says."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QMenu,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QWidget,
)

from reader.gui import fonts
from reader.style import themes
from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui


def _menu_actions(menu: QMenu) -> list[Any]:
    out = []
    for act in menu.actions():
        out.append(act)
        if act.menu() is not None:
            out.extend(_menu_actions(act.menu()))
    return out


def test_every_action_is_in_a_menu_or_has_a_shortcut(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    in_menus = set()
    for act in window.menuBar().actions():
        assert "&" in act.text(), f"menu {act.text()!r} has no Alt key"
        in_menus.update(id(a) for a in _menu_actions(act.menu()))
    for name, act in window.actions.items():
        if not act.isVisible():
            continue  # a row of a feature that is not installed here
        assert id(act) in in_menus or act.shortcuts(), name
        assert act.text(), name
        assert act.toolTip(), name


def test_toolbar_and_bars_are_named(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_message("x", "info")
    window.busy.start("y")
    named: list[QWidget] = [
        *window.toolbar.findChildren(QToolButton),
        *window.message_bar.findChildren(QAbstractButton),
        *window.busy.findChildren(QAbstractButton),
        window.view,
        window.size_label,
    ]
    for widget in named:
        if widget.objectName() == "qt_toolbar_ext_button" or not widget.isVisibleTo(window):
            continue
        label = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
        assert label.strip(), widget
    assert window.view.accessibleName()
    assert window.size_label.accessibleName().endswith("pixels")


def test_settings_dialog_drives_every_option(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    window.actions["settings"].trigger()
    dialog = window.findChild(QDialog, "settingsDialog")
    assert dialog is not None
    assert dialog.isVisible()
    controls = [
        w for cls in (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox) for w in dialog.findChildren(cls)
    ]
    assert len(controls) >= 10
    for widget in controls:
        if widget.parent() is dialog:
            assert widget.accessibleName(), widget
    s = app_context.settings
    dialog.font_size.setValue(36)
    assert s.get("font_size") == 36
    assert window.size_label.text() == "36 px"
    dialog.line_height.setValue(2.2)
    assert s.get("line_height") == pytest.approx(2.2)
    dialog.content_width.setValue(55)
    assert s.get("content_width") == 55
    dialog.paragraph_spacing.setValue(0.5)
    assert s.get("paragraph_spacing") == pytest.approx(0.5)
    dialog.letter_spacing.setValue(0.1)
    assert s.get("letter_spacing") == pytest.approx(0.1)
    dialog.word_spacing.setValue(0.25)
    assert s.get("word_spacing") == pytest.approx(0.25)
    qtbot.mouseClick(dialog.justify, Qt.MouseButton.LeftButton)
    assert s.get("justify") is True
    dialog.font_preset.setCurrentIndex(dialog.font_preset.findData("serif"))
    assert s.get("font_preset") == "serif"
    dialog.theme.setCurrentIndex(dialog.theme.findData("contrast"))
    assert s.get("theme") == "contrast"
    assert (
        window.view.palette().color(window.view.backgroundRole()).name()
        == themes.THEMES["contrast"].background
    )
    dialog.font_family.setCurrentFont(dialog.font_family.currentFont().__class__("DejaVu Sans"))
    assert s.get("font_preset") == "custom"
    assert s.get("font_family") == "DejaVu Sans"
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("ko"))
    assert s.get("ui_language") == "ko"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "읽기 설정")
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("en"))
    qtbot.mouseClick(dialog.show_images, Qt.MouseButton.LeftButton)
    assert s.get("show_images") is True
    assert window.actions["toggle_images"].isChecked()

    # A change made elsewhere shows in the open dialog.
    window.actions["font_smaller"].trigger()
    assert dialog.font_size.value() == s.get("font_size")

    dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults).click()
    assert s.get("font_size") == 20
    assert s.get("theme") == "system"
    assert s.get("font_preset") == "sans"
    assert dialog.font_size.value() == 20


def test_copy_text_full_screen_and_help(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    article = rich_article(2)
    window.show_article(article)
    window.actions["copy_text"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(article.title)
    assert article.blocks[0].plain_text() in copied
    window.actions["shortcuts"].trigger()
    shortcuts = window.findChild(QDialog, "shortcutsDialog")
    assert shortcuts is not None
    assert shortcuts.isVisible()
    table = shortcuts.findChildren(QTableWidget)[0]
    table_text = " ".join(table.item(r, 1).text() for r in range(table.rowCount()))
    assert "Ctrl" in table_text
    shortcuts.close()
    window.actions["about"].trigger()
    about = window.findChild(QDialog, "aboutDialog")
    assert about is not None
    about.close()
    window.actions["full_screen"].trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.actions["full_screen"].trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_context_menu_hooks_get_the_position(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(5))
    seen: list[tuple[QMenu, int]] = []

    def hook(menu: QMenu, pos: int) -> None:
        seen.append((menu, pos))
        menu.addAction("Read from here")

    window.view.context_menu_hooks.append(hook)
    start, _end = window.view.block_range(0)
    cursor = window.view.textCursor()
    cursor.setPosition(start + 2)
    rect = window.view.cursorRect(cursor)
    point = QPoint(rect.center().x() + 1, rect.center().y())
    menu = window.view.build_context_menu(point)
    assert len(seen) == 1
    assert abs(seen[0][1] - (start + 2)) <= 1
    assert window.view.position_at(point) == seen[0][1]
    assert "Read from here" in [a.text() for a in menu.actions()]
    menu.deleteLater()


def test_hangul_family_is_installed_here() -> None:
    assert fonts.hangul_family("sans") is not None
