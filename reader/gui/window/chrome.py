"""The frame around the article: menus and toolbar laid out from the action table, their titles in
the interface language, the theme menu, and the frame's colours under a dark or high-contrast theme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from reader.gui import actions as acts
from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.settings_bridge import SettingsBridge
from reader.gui.window import frames
from reader.gui.window.toolbar import FittingToolbar
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
THEME_MNEMONICS = {"system": "S", "light": "L", "sepia": "E", "dark": "D", "contrast": "H"}
TOOLBAR_STYLE_MNEMONICS = {"both": "A", "icons": "I", "text": "T"}
TOOLBAR_STYLE_CHOICES: tuple[str, ...] = SCHEMA_BY_NAME["toolbar_style"].choices or ()
TOOLBAR_STYLE_LABELS: dict[str, str] = {
    "both": QT_TRANSLATE_NOOP("Window", "Icons and Text"),
    "icons": QT_TRANSLATE_NOOP("Window", "Icons Only"),
    "text": QT_TRANSLATE_NOOP("Window", "Text Only"),
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
        self.style_actions = self._build_choice_menu("toolbar_style", TOOLBAR_STYLE_CHOICES, "toolbarStyle")
        self.size_label = QLabel(window)
        self.size_label.setObjectName("sizeLabel")
        self.size_label.setMinimumWidth(48)
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar = self._build_toolbar()
        self.sync_toolbar_style()

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

    def _build_choice_menu(self, key: str, choices: tuple[str, ...], prefix: str) -> dict[str, QAction]:
        group = QActionGroup(self.window)
        group.setExclusive(True)
        found: dict[str, QAction] = {}
        for name in choices:
            act = QAction(self.window)
            act.setCheckable(True)
            act.setData(name)
            act.setObjectName(f"{prefix}_{name}")
            act.triggered.connect(lambda _=False, n=name: self.settings.set(key, n))
            group.addAction(act)
            self.menus[key].addAction(act)
            found[name] = act
        return found

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setFloatable(False)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.fitting = FittingToolbar(tb, self.actions, {"size": self.size_label})
        tb.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tb.customContextMenuRequested.connect(
            lambda pos: self.menus["toolbar_style"].exec(tb.mapToGlobal(pos))
        )
        return tb

    def sync_theme(self) -> None:
        current = self.settings.get("theme")
        for act in self._theme_group.actions():
            act.setChecked(act.data() == current)

    def sync_toolbar_style(self) -> None:
        current = str(self.settings.get("toolbar_style"))
        for name, act in self.style_actions.items():
            act.setChecked(name == current)
        self.fitting.set_style(current)

    def retranslate(self) -> None:
        for name, menu in self.menus.items():
            title = translate("Menus", self._titles[name])
            menu.setTitle(acts.with_mnemonic(title, acts.SUBMENU_MNEMONICS.get(name, "")))
        for key, act in self.theme_actions.items():
            act.setText(acts.with_mnemonic(theme_label(key), THEME_MNEMONICS.get(key, "")))
        for key, act in self.style_actions.items():
            words = translate("Window", TOOLBAR_STYLE_LABELS.get(key, key))
            act.setText(acts.with_mnemonic(words, TOOLBAR_STYLE_MNEMONICS.get(key, "")))
        self.fitting.retranslate()
        title = translate("Window", "Main toolbar")
        self.toolbar.setWindowTitle(title)
        self.toolbar.setAccessibleName(title)

    def apply_theme(self, theme: Theme, default: QPalette) -> QPalette:
        """The frame's palette for ``theme``: the platform's own under a light theme, else the theme's.

        Toolbars, menus, bars and dialogs follow a dark or high-contrast reading theme too: a bright
        frame around a dark page defeats the point of choosing it.
        """
        self.window.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)  # dialogs and menus follow
        frames.set_edges(QColor(theme.muted) if theme.dark else None)  # fields and buttons keep an edge
        pal = QPalette(default) if not theme.dark else _dark_palette(theme, default)
        self.window.setPalette(pal)
        # Some platform themes give menu bars, tool bars and menus a palette of their own.
        w = self.window
        for widget in (w.menuBar(), *w.findChildren(QToolBar), *w.findChildren(QMenu)):
            widget.setPalette(pal)
        self.actions.icons.set_palette(pal)  # the icons take the colour of the words beside them
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
