"""Help: the keyboard shortcut list (from the action table), the log, and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.gui.actions import ActionTable
from reader.gui.i18n import translate
from reader.logs import read_tail


def shortcuts_dialog(parent: QWidget, actions: ActionTable) -> QDialog:
    dlg = QDialog(parent)
    dlg.setObjectName("shortcutsDialog")
    dlg.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
    lay = QVBoxLayout(dlg)
    rows = actions.help_rows()
    rows.append((translate("Help", "Larger or smaller text"), translate("Help", "Ctrl + mouse wheel")))
    rows.append(
        (translate("Help", "Scroll a page"), translate("Help", "Space, Page Down / Shift+Space, Page Up"))
    )
    table = QTableWidget(len(rows), 2, dlg)
    table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([translate("Help", "Command"), translate("Help", "Keys")])
    for r, (name, keys) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(keys))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    lay.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.resize(520, 480)
    return dlg


def log_dialog(parent: QWidget, log_file: Path) -> QDialog:
    """Help → Show Log: the end of the log file, to read or copy into a problem report."""
    dlg = QDialog(parent)
    dlg.setObjectName("logDialog")
    dlg.setWindowTitle(translate("Help", "Log"))
    lay = QVBoxLayout(dlg)
    where = QLabel(translate("Help", "The log is kept in {path}").format(path=log_file), dlg)
    where.setWordWrap(True)
    where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lay.addWidget(where)
    text = QPlainTextEdit(dlg)
    text.setObjectName("logText")
    text.setReadOnly(True)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    text.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)))
    text.setAccessibleName(translate("Help", "Log"))
    content = read_tail(log_file)
    text.setPlainText(content or translate("Help", "Nothing has been logged yet."))
    text.moveCursor(text.textCursor().MoveOperation.End)
    lay.addWidget(text, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    copy = QPushButton(translate("Help", "Copy"), dlg)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text.toPlainText()))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    folder = QPushButton(translate("Help", "Open Folder"), dlg)
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
    buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.resize(760, 520)
    return dlg


def about_dialog(parent: QWidget) -> QDialog:
    dlg = QDialog(parent)
    dlg.setObjectName("aboutDialog")
    dlg.setWindowTitle(translate("Help", "About Article Reader"))
    lay = QVBoxLayout(dlg)
    text = QLabel(
        translate(
            "Help",
            "Article Reader {version}\n\nShows only the article, in calm adjustable type; prints it and "
            "reads it aloud. Nothing from a page is run, and nothing remote is loaded unless you turn "
            "images on.\n\nMIT licence.",
        ).format(version=__version__),
        dlg,
    )
    text.setWordWrap(True)
    lay.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    return dlg
