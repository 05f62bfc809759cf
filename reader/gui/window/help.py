"""Help: the keyboard shortcut list (from the action table), the log, and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.gui.actions import ActionTable, key_caps
from reader.gui.i18n import translate
from reader.logs import read_tail

AnyIndex = QModelIndex | QPersistentModelIndex
KEYS_ROLE = int(Qt.ItemDataRole.UserRole) + 10  # the alternatives of a row, each a list of keys


class KeyCapDelegate(QStyledItemDelegate):
    """Draws a row's keys as key caps (Ctrl, +) with "or" between alternatives, so Ctrl++ reads
    as the two keys it is; the item's text says the same for screen readers."""

    GAP = 4
    PAD = 5

    def __init__(self, parent: QWidget, word_or: str) -> None:
        super().__init__(parent)
        self.word_or = word_or

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        alternatives = index.data(KEYS_ROLE)
        if not alternatives:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        fm = QFontMetrics(opt.font)
        pal = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        cap_bg = pal.color(QPalette.ColorRole.Button)
        cap_border = pal.color(QPalette.ColorRole.ButtonText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = opt.rect.x() + self.PAD
        h = fm.height() + 4
        y = opt.rect.y() + (opt.rect.height() - h) // 2
        for n, keys in enumerate(alternatives):
            if n:
                painter.setPen(text_colour)
                painter.drawText(x, y + 2 + fm.ascent(), self.word_or)
                x += fm.horizontalAdvance(self.word_or) + self.GAP
            for key in keys:
                w = fm.horizontalAdvance(key) + 2 * self.PAD
                rect = QRectF(x, y, w, h)
                painter.setPen(cap_border)
                painter.setBrush(cap_bg)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                painter.setPen(pal.color(QPalette.ColorRole.ButtonText))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, key)
                x += w + self.GAP
            x += self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        alternatives = index.data(KEYS_ROLE)
        if not alternatives:
            return base
        fm = QFontMetrics(option.font)
        width = 2 * self.PAD
        for n, keys in enumerate(alternatives):
            if n:
                width += fm.horizontalAdvance(self.word_or) + 2 * self.GAP
            width += sum(fm.horizontalAdvance(k) + 2 * self.PAD + self.GAP for k in keys)
        return QSize(max(base.width(), width), max(base.height(), fm.height() + 12))


def shortcut_rows(actions: ActionTable) -> list[tuple[str, list[list[str]]]]:
    """Every row of Help → Keyboard Shortcuts: a command and its alternatives, each a list of keys."""
    rows = [(name, [key_caps(k) for k in keys]) for name, keys in actions.help_rows()]
    ctrl = key_caps(QKeySequence("Ctrl+A"))[:-1]
    rows.append((translate("Help", "Larger or smaller text"), [[*ctrl, translate("Help", "Mouse wheel")]]))
    down = [key_caps(QKeySequence(Qt.Key.Key_Space)), key_caps(QKeySequence(Qt.Key.Key_PageDown))]
    up = [key_caps(QKeySequence("Shift+Space")), key_caps(QKeySequence(Qt.Key.Key_PageUp))]
    rows.append((translate("Help", "Scroll down a page"), down))
    rows.append((translate("Help", "Scroll up a page"), up))
    return rows


def shortcuts_dialog(parent: QWidget, actions: ActionTable) -> QDialog:
    dlg = QDialog(parent)
    dlg.setObjectName("shortcutsDialog")
    dlg.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
    lay = QVBoxLayout(dlg)
    rows = shortcut_rows(actions)
    word_or = translate("Help", "or")
    table = QTableWidget(len(rows), 2, dlg)
    table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([translate("Help", "Command"), translate("Help", "Keys")])
    table.setItemDelegateForColumn(1, KeyCapDelegate(table, word_or))
    for r, (name, alternatives) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(name))
        spoken = f" {word_or} ".join("+".join(keys) for keys in alternatives)
        item = QTableWidgetItem(spoken)
        item.setData(KEYS_ROLE, alternatives)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        table.setItem(r, 1, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    table.resizeRowsToContents()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    lay.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.resize(560, 520)
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
