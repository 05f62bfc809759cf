"""The frame around the article: menus and toolbar laid out from the action table, their titles in
the interface language, the theme menu, and the frame's colours under a dark or high-contrast theme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from reader.gui import actions as acts
from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.settings_bridge import SettingsBridge
from reader.settings import SCHEMA_BY_NAME
from reader.style.themes import Theme

THEME_CHOICES: tuple[str, ...] = SCHEMA_BY_NAME["theme"].choices or ()
THEME_LABELS: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Window", "Follow the &System"),
    "light": QT_TRANSLATE_NOOP("Window", "&Light"),
    "sepia": QT_TRANSLATE_NOOP("Window", "Se&pia"),
    "dark": QT_TRANSLATE_NOOP("Window", "&Dark"),
    "contrast": QT_TRANSLATE_NOOP("Window", "&High Contrast"),
}


def theme_label(name: str) -> str:
    return translate("Window", THEME_LABELS.get(name, name))


class Chrome:
    """Builds the window's menus and toolbar once; relabels them when the language changes."""

    def __init__(self, window: QMainWindow, actions: acts.ActionTable, settings: SettingsBridge) -> None:
        self.window = window
        self.actions = actions
        self.settings = settings
        self.menus: dict[str, QMenu] = {}
        self._titles: dict[str, str] = {}
        for name, title in acts.SUBMENUS.items():
            menu = QMenu(window)
            menu.setObjectName(f"{name}Menu")
            self.menus[name] = menu
            self._titles[name] = title
        self.recent_menu = self.menus["recent"]
        actions["recent"].setMenu(self.recent_menu)
        self.menus["speech_options"].menuAction().setVisible(False)  # until read-aloud fills it
        self._build_menus()
        self.theme_actions = self._build_theme_menu()
        self.size_label = QLabel(window)
        self.size_label.setObjectName("sizeLabel")
        self.size_label.setMinimumWidth(48)
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar = self._build_toolbar()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        for name, title, items in acts.MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"{name}Menu")
            self.menus[name] = menu
            self._titles[name] = title
            for item in items:
                if item == "-":
                    menu.addSeparator()
                elif item.startswith("menu:"):
                    menu.addMenu(self.menus[item[5:]])
                else:
                    menu.addAction(self.actions[item])

    def _build_theme_menu(self) -> dict[str, QAction]:
        group = QActionGroup(self.window)
        group.setExclusive(True)
        found: dict[str, QAction] = {}
        for name in THEME_CHOICES:
            act = QAction(self.window)
            act.setCheckable(True)
            act.setData(name)
            act.setObjectName(f"theme_{name}")
            act.triggered.connect(lambda _=False, n=name: self.settings.set("theme", n))
            group.addAction(act)
            self.menus["theme"].addAction(act)
            found[name] = act
        self._theme_group = group
        self.sync_theme()
        return found

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setFloatable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in acts.TOOLBAR:
            if item == "-":
                tb.addSeparator()
            elif item == "stretch":
                spacer = QWidget(tb)
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                tb.addWidget(spacer)
            elif item == "widget:size":
                self.size_label.setParent(tb)
                tb.addWidget(self.size_label)
            else:
                tb.addAction(self.actions[item])
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        return tb

    def sync_theme(self) -> None:
        current = self.settings.get("theme")
        for act in self._theme_group.actions():
            act.setChecked(act.data() == current)

    def retranslate(self) -> None:
        for name, menu in self.menus.items():
            menu.setTitle(translate("Menus", self._titles[name]))
        for key, act in self.theme_actions.items():
            act.setText(theme_label(key))
        title = translate("Window", "Main toolbar")
        self.toolbar.setWindowTitle(title)
        self.toolbar.setAccessibleName(title)

    def apply_theme(self, theme: Theme, default: QPalette) -> QPalette:
        """The frame's palette for ``theme``: the platform's own under a light theme, else the theme's.

        Toolbars, menus, bars and dialogs follow a dark or high-contrast reading theme too: a bright
        frame around a dark page defeats the point of choosing it.
        """
        self.window.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)  # dialogs and menus follow
        pal = QPalette(default) if not theme.dark else _dark_palette(theme, default)
        self.window.setPalette(pal)
        # Some platform themes give menu bars, tool bars and menus a palette of their own.
        w = self.window
        for widget in (w.menuBar(), *w.findChildren(QToolBar), *w.findChildren(QMenu)):
            widget.setPalette(pal)
        return pal


def _dark_palette(theme: Theme, default: QPalette) -> QPalette:
    pal = QPalette(default)
    bg, fg = QColor(theme.background), QColor(theme.text)
    panel = bg.lighter(135) if theme.name != "contrast" else bg
    r = QPalette.ColorRole
    colours = {
        r.Window: panel, r.WindowText: fg, r.Base: bg, r.AlternateBase: panel, r.Text: fg,
        r.Button: panel, r.ButtonText: fg, r.ToolTipBase: bg, r.ToolTipText: fg,
        r.Highlight: QColor(theme.selection_bg), r.HighlightedText: QColor(theme.selection_text),
        r.Link: QColor(theme.link), r.PlaceholderText: QColor(theme.muted),
    }  # fmt: skip
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in colours.items():
            pal.setColor(group, role, colour)
    dim = QColor(theme.muted)
    dim.setAlpha(150)
    for role in (r.WindowText, r.Text, r.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
    for role in (r.Window, r.Base, r.Button):
        pal.setColor(QPalette.ColorGroup.Disabled, role, colours[role])
    return pal
