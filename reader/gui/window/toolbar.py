"""The main toolbar, which fits the window instead of widening it: what does not fit goes into a
"More" menu at its end, least needed first (:data:`reader.gui.actions.TOOLBAR_KEEP`).

Each command is a QToolButton of our own (added with ``addWidget``), so a button can leave the
toolbar while its QAction stays in the menus, with its shortcut, check state and tooltip; the More
menu holds the same QActions. The buttons follow the ``toolbar_style`` setting (text beside icons,
icons only, text only).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from reader.gui import actions as acts
from reader.gui.i18n import translate

STYLES = {
    "both": Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
    "icons": Qt.ToolButtonStyle.ToolButtonIconOnly,
    "text": Qt.ToolButtonStyle.ToolButtonTextOnly,
}
SLACK = 4  # px kept free so Qt's own overflow arrow never appears beside ours


@dataclass
class _Item:
    name: str  # an action name, "-", "stretch" or "widget:<name>"
    holder: QAction  # the toolbar's entry (hiding it hides only the toolbar's copy)
    widget: QWidget | None = None
    action: QAction | None = None  # the command, for buttons

    @property
    def separator(self) -> bool:
        return self.name == "-"


class FittingToolbar(QObject):
    """Lays out :data:`reader.gui.actions.TOOLBAR` in ``toolbar`` and keeps it within its width."""

    def __init__(self, toolbar: QToolBar, table: acts.ActionTable, widgets: dict[str, QWidget]) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.table = table
        self.style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        self.items: list[_Item] = []
        self.buttons: dict[str, QToolButton] = {}
        self.overflowed: list[str] = []
        self.compacted: list[str] = []
        self._widths: dict[tuple[str, bool, Qt.ToolButtonStyle, str, int], int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        for name in acts.TOOLBAR:
            if name == "-":
                self.items.append(_Item(name, toolbar.addSeparator()))
            elif name == "stretch":
                spacer = QWidget(toolbar)
                spacer.setObjectName("toolbarStretch")
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                spacer.setMinimumWidth(0)
                self.items.append(_Item(name, toolbar.addWidget(spacer), spacer))
            elif name.startswith("widget:"):
                widget = widgets[name[7:]]
                widget.setParent(toolbar)
                self.items.append(_Item(name, toolbar.addWidget(widget), widget))
            else:
                act = table[name]
                button = self._button(act, f"toolbar_{name}")
                self.buttons[name] = button
                self.items.append(_Item(name, toolbar.addWidget(button), button, act))
                act.changed.connect(self.schedule)
        self.more_menu = QMenu(toolbar)
        self.more_menu.setObjectName("toolbarMoreMenu")
        self.more = QToolButton(toolbar)
        self.more.setObjectName("toolbarMore")
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self.show_more)  # a menu of its own: no arrow beside the dots
        self.more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_menu.aboutToShow.connect(self._fill_more)
        table.icons.bind(self.more, "view-more")
        self._more_holder = toolbar.addWidget(self.more)
        self._more_holder.setVisible(False)
        toolbar.iconSizeChanged.connect(self._icon_size)
        self._icon_size(toolbar.iconSize())
        toolbar.installEventFilter(self)
        self.retranslate()

    def _button(self, act: QAction, object_name: str) -> QToolButton:
        button = QToolButton(self.toolbar)
        button.setObjectName(object_name)
        button.setDefaultAction(act)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as Qt's own toolbar buttons: keys reach them in menus
        button.setToolButtonStyle(self.style)
        return button

    def _icon_size(self, size: QSize) -> None:
        for button in (*self.buttons.values(), self.more):
            button.setIconSize(size)
        self.schedule()

    # -- what the window calls ----------------------------------------------------------------------
    def set_style(self, name: str) -> None:
        self.style = STYLES.get(name, STYLES["both"])
        self.toolbar.setToolButtonStyle(self.style)
        for button in self.buttons.values():
            button.setToolButtonStyle(self.style)
        # the More button itself keeps an icon, or its word when the toolbar shows only words
        text_only = self.style == Qt.ToolButtonStyle.ToolButtonTextOnly
        self.more.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextOnly if text_only else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.fit()

    def retranslate(self) -> None:
        label = translate("Window", "More")
        self.more.setText(label)
        self.more.setToolTip(translate("Window", "Commands that do not fit in the toolbar"))
        self.more.setAccessibleName(label)
        self._widths.clear()
        self.schedule()

    def show_more(self) -> None:
        """The More menu, under its button (right edges aligned, as a toolbar's end menu opens)."""
        self._fill_more()
        below = self.more.mapToGlobal(QPoint(self.more.width(), self.more.height()))
        self.more_menu.popup(QPoint(below.x() - self.more_menu.sizeHint().width(), below.y()))

    def schedule(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        elif watched is self.toolbar and event.type() in (
            QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutRequest,
        ):  # fmt: skip
            if event.type() != QEvent.Type.LayoutRequest:
                self._widths.clear()
            self.schedule()
        return False

    # -- fitting --------------------------------------------------------------------------------------
    def fit(self) -> None:
        """Show what fits in the toolbar's width; the rest, least needed first, goes into More."""
        if not self.toolbar.isVisible():
            return  # fitted when it is shown (and on every resize after)
        room = self.toolbar.width() - self._frame() - SLACK
        wanted = [it for it in self.items if self._wanted(it)]
        present = {it.name for it in wanted}
        hidden: set[str] = set()
        compact: set[str] = set()
        steps: list[tuple[str, tuple[str, ...]]] = []
        for group in reversed(acts.TOOLBAR_KEEP):
            names = tuple(n for n in group if n in present)
            if not names:
                continue
            if self.style == STYLES["both"] and set(names) <= acts.TOOLBAR_COMPACT:
                steps.append(("compact", names))
            steps.append(("hide", names))
        while steps and self._width(wanted, hidden, compact) > room:
            kind, names = steps.pop(0)
            (compact if kind == "compact" else hidden).update(names)
        for it in self.items:
            button = self.buttons.get(it.name)
            if button is not None:
                button.setToolButtonStyle(STYLES["icons"] if it.name in compact else self.style)
        shown = {it.name for it in wanted if it.name not in hidden}
        visible_now = [it for it in self.items if not it.separator and it.name in shown]
        for it in self.items:
            if it.separator:
                it.holder.setVisible(self._separator_needed(it, visible_now))
            else:
                it.holder.setVisible(it.name in shown)
        overflow = [it.name for it in self.items if it.name in hidden]
        if overflow != self.overflowed or not hidden:
            self.overflowed = overflow
            self._fill_more()
        self._more_holder.setVisible(bool(hidden))
        self.compacted = sorted(compact)

    def _wanted(self, it: _Item) -> bool:
        if it.separator:
            return True
        if it.action is not None:
            return it.action.isVisible()
        return True

    def _width(self, wanted: list[_Item], hidden: set[str], compact: set[str]) -> int:
        lay = self.toolbar.layout()
        spacing = lay.spacing() if lay is not None else 0
        pm = QStyle.PixelMetric.PM_ToolBarSeparatorExtent
        sep = self.toolbar.style().pixelMetric(pm, None, self.toolbar)
        shown = [it for it in wanted if it.name not in hidden]
        real = [it for it in shown if not it.separator]
        total = 0
        for it in shown:
            if it.separator:
                if self._separator_needed(it, real):
                    total += sep + spacing
            elif it.widget is not None and it.name != "stretch":
                total += self._item_width(it, it.name in compact) + spacing
        if hidden:
            total += self.more.sizeHint().width() + spacing
        return total

    def _item_width(self, it: _Item, compact: bool) -> int:
        """The width of an item, with its words or (``compact``) its icon only."""
        button = self.buttons.get(it.name)
        assert it.widget is not None
        if button is None:
            return max(it.widget.sizeHint().width(), it.widget.minimumSizeHint().width())
        key = (it.name, compact, self.style, button.text(), self.toolbar.iconSize().width())
        found = self._widths.get(key)
        if found is None:
            style = STYLES["icons"] if compact else self.style
            was = button.toolButtonStyle()
            if was != style:
                button.setToolButtonStyle(style)
            found = self._widths[key] = button.sizeHint().width()
            if was != style:
                button.setToolButtonStyle(was)
        return found

    def _separator_needed(self, sep: _Item, visible: list[_Item]) -> bool:
        """A separator stays when something is shown on each side of it before the next one."""
        index = self.items.index(sep)
        names = {id(it) for it in visible}

        def side(items: list[_Item]) -> bool:
            for it in items:
                if it.separator:
                    return False
                if id(it) in names and it.name != "stretch":
                    return True
            return False

        return side(self.items[index + 1 :]) and side(list(reversed(self.items[:index])))

    def _frame(self) -> int:
        style = self.toolbar.style()
        pm = QStyle.PixelMetric
        margins = self.toolbar.contentsMargins()
        lay = self.toolbar.layout()
        inner = lay.contentsMargins() if lay is not None else margins
        return (
            margins.left() + margins.right() + inner.left() + inner.right()
            + 2 * style.pixelMetric(pm.PM_ToolBarItemMargin, None, self.toolbar)
            + 2 * style.pixelMetric(pm.PM_ToolBarFrameWidth, None, self.toolbar)
        )  # fmt: skip

    def _fill_more(self) -> None:
        self.more_menu.clear()
        previous_group = None
        group = 0
        hidden = set(self.overflowed)
        for it in self.items:
            if it.separator or it.name == "stretch":
                group += 1
                continue
            if it.name not in hidden or it.action is None:
                continue
            if previous_group is not None and group != previous_group:
                self.more_menu.addSeparator()
            previous_group = group
            if it.action is not None:  # (the text size, a label, is not a command: it has no entry)
                self.more_menu.addAction(it.action)
