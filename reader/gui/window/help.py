"""Help: the keyboard shortcut list and the About box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reader import __version__


def shortcuts_dialog(window: Any) -> QDialog:
    dlg = QDialog(window)
    dlg.setObjectName("shortcutsDialog")
    dlg.setWindowTitle(QCoreApplication.translate("Help", "Keyboard Shortcuts"))
    lay = QVBoxLayout(dlg)
    rows: list[tuple[str, str]] = []
    for act in window.actions.values():
        seqs = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
        if seqs:
            rows.append((act.text().replace("&", ""), ", ".join(seqs)))
    rows.append(
        (
            QCoreApplication.translate("Help", "Larger or smaller text"),
            QCoreApplication.translate("Help", "Ctrl + mouse wheel"),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("Help", "Scroll a page"),
            QCoreApplication.translate("Help", "Space, Page Down / Shift+Space, Page Up"),
        )
    )
    table = QTableWidget(len(rows), 2, dlg)
    table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Help", "Command"), QCoreApplication.translate("Help", "Keys")]
    )
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


def about_dialog(window: Any) -> QDialog:
    dlg = QDialog(window)
    dlg.setObjectName("aboutDialog")
    dlg.setWindowTitle(QCoreApplication.translate("Help", "About Article Reader"))
    lay = QVBoxLayout(dlg)
    text = QLabel(
        QCoreApplication.translate(
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
