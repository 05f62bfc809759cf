"""The frame around the article: menus, the toolbar, their labels in the UI language, and the
colours of that frame under a dark or high-contrast reading theme.

Building and relabelling live together so a new action is added to a menu and translated in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QWidget

from reader.gui import actions as acts
from reader.gui.window.base import WindowBase

THEME_CHOICES = ("system", "light", "sepia", "dark", "contrast")


class WindowChrome(WindowBase):
    """Menus, toolbar and their theme; part of :class:`reader.gui.window.main_window.MainWindow`."""

    def apply_chrome_theme(self) -> None:
        """Toolbars, menus, bars and dialogs follow a dark or high-contrast reading theme too: a bright
        frame around a dark page defeats the point of choosing it."""
        theme = self.view.style_.theme
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation, True)  # dialogs and menus follow
        if not theme.dark:
            self._set_chrome_palette(self._default_palette)
            return
        pal = QPalette(self._default_palette)
        bg, fg = QColor(theme.background), QColor(theme.text)
        panel = bg.lighter(135) if theme.name != "contrast" else bg
        r = QPalette.ColorRole
        colours = {
            r.Window: panel, r.WindowText: fg, r.Base: bg, r.AlternateBase: panel, r.Text: fg,
            r.Button: panel, r.ButtonText: fg, r.ToolTipBase: bg, r.ToolTipText: fg,
            r.Highlight: QColor(theme.selection_bg), r.HighlightedText: QColor(theme.selection_text),
            r.Link: QColor(theme.link), r.PlaceholderText: QColor(theme.muted),
        }
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for role, colour in colours.items():
                pal.setColor(group, role, colour)
        dim = QColor(theme.muted)
        dim.setAlpha(150)
        for role in (r.WindowText, r.Text, r.ButtonText):
            pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
        for role in (r.Window, r.Base, r.Button):
            pal.setColor(QPalette.ColorGroup.Disabled, role, colours[role])
        self._set_chrome_palette(pal)

    def _set_chrome_palette(self, pal: QPalette) -> None:
        self.setPalette(pal)
        # Some platform themes give menu bars, tool bars and menus a palette of their own.
        for widget in (self.menuBar(), *self.findChildren(QToolBar), *self.findChildren(QMenu)):
            widget.setPalette(pal)
        self.view.apply_theme_palette()

    def _sync_theme_actions(self) -> None:
        current = self.ctx.settings.get("theme")
        for act in self._theme_group.actions():
            act.setChecked(act.data() == current)
    # -- building ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        file_menu = bar.addMenu("")
        self.menus["file"] = file_menu
        file_menu.addAction(a["open_file"])
        file_menu.addAction(a["open_url"])
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        a["recent"].setMenu(self.recent_menu)
        file_menu.addAction(a["recent"])
        file_menu.addSeparator()
        file_menu.addAction(a["save"])
        file_menu.addAction(a["print"])
        file_menu.addAction(a["export_pdf"])
        file_menu.addAction(a["export_audio"])
        file_menu.addSeparator()
        file_menu.addAction(a["copy_text"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])

        view_menu = bar.addMenu("")
        self.menus["view"] = view_menu
        view_menu.addAction(a["font_bigger"])
        view_menu.addAction(a["font_smaller"])
        view_menu.addAction(a["font_reset"])
        view_menu.addSeparator()
        self.theme_menu = view_menu.addMenu("")
        self._theme_group = QActionGroup(self)
        self._theme_group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEME_CHOICES:
            act = QAction(self)
            act.setCheckable(True)
            act.setData(name)
            act.setObjectName(f"theme_{name}")
            act.triggered.connect(lambda _=False, n=name: self.ctx.settings.set("theme", n))
            self._theme_group.addAction(act)
            self.theme_menu.addAction(act)
            self.theme_actions[name] = act
        self._sync_theme_actions()
        a["toggle_images"].setCheckable(True)
        a["toggle_images"].setChecked(bool(self.ctx.settings.get("show_images")))
        view_menu.addAction(a["toggle_images"])
        a["line_focus"].setCheckable(True)
        a["line_focus"].setChecked(bool(self.ctx.settings.get("line_focus")))
        view_menu.addAction(a["line_focus"])
        view_menu.addAction(a["full_screen"])
        view_menu.addSeparator()
        view_menu.addAction(a["settings"])

        read_menu = bar.addMenu("")
        self.menus["read"] = read_menu
        read_menu.addAction(a["read"])
        read_menu.addAction(a["replay"])

        help_menu = bar.addMenu("")
        self.menus["help"] = help_menu
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])

    def _build_toolbar(self) -> None:
        a = self.actions
        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setFloatable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(a["open_file"])
        tb.addAction(a["open_url"])
        tb.addSeparator()
        tb.addAction(a["read"])
        tb.addAction(a["replay"])
        tb.addSeparator()
        tb.addAction(a["font_bigger"])
        tb.addAction(a["font_smaller"])
        self.size_label = QLabel(tb)
        self.size_label.setObjectName("sizeLabel")
        self.size_label.setMinimumWidth(48)
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tb.addWidget(self.size_label)
        tb.addSeparator()
        tb.addAction(a["print"])
        spacer = QWidget(tb)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)
        tb.addAction(a["settings"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _connect_actions(self) -> None:
        a = self.actions
        a["open_file"].triggered.connect(self.open_file_dialog)
        a["open_url"].triggered.connect(self.open_url_dialog)
        a["recent"].triggered.connect(lambda: self.recent_menu.popup(self.mapToGlobal(self.rect().center())))
        a["font_bigger"].triggered.connect(lambda: self.change_font_size(+1))
        a["font_smaller"].triggered.connect(lambda: self.change_font_size(-1))
        a["font_reset"].triggered.connect(self.reset_font_size)
        a["settings"].triggered.connect(self.open_settings)
        a["toggle_images"].toggled.connect(lambda on: self.ctx.settings.set("show_images", bool(on)))
        a["line_focus"].toggled.connect(lambda on: self.ctx.settings.set("line_focus", bool(on)))
        a["full_screen"].triggered.connect(self._toggle_full_screen)
        a["copy_text"].triggered.connect(self.copy_article_text)
        a["copy_text"].setEnabled(False)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)
        a["quit"].triggered.connect(self.close)

    def retranslate(self) -> None:
        acts.retranslate_actions(self.actions, self._claimed)
        self.menus["file"].setTitle(self.tr("&File"))
        self.menus["view"].setTitle(self.tr("&View"))
        self.menus["read"].setTitle(self.tr("&Read Aloud"))
        self.menus["help"].setTitle(self.tr("&Help"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {
            "system": self.tr("Follow the System"),
            "light": self.tr("Light"),
            "sepia": self.tr("Sepia"),
            "dark": self.tr("Dark"),
            "contrast": self.tr("High Contrast"),
        }
        for key, act in self.theme_actions.items():
            act.setText(names[key])
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.recent_menu.setTitle(self.tr("Open Recent"))
        self.message_bar.retranslate()
        self.busy.retranslate()
        if hasattr(self, "size_label"):
            self._update_size_actions()
        if self.article is None:
            self.setWindowTitle(self.tr("Article Reader"))
        else:
            self._rerender()
            self.setWindowTitle(f"{self.article.title} — {self.tr('Article Reader')}")
