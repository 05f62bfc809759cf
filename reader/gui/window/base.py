"""What the parts of the reader window may use of each other, declared once for the type checker.

:class:`~reader.gui.window.main_window.MainWindow` is put together from mixins in their own modules
(opening, recent, chrome, commands). While type checking each mixin inherits :class:`WindowBase`,
so every part is checked against one list of the window's attributes; at run time ``WindowBase``
is plain ``object`` and the mixins stay ordinary classes ahead of ``QMainWindow``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from PySide6.QtGui import QAction, QActionGroup, QPalette
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QToolBar

    from reader.articles.model import Article
    from reader.gui.settings_bridge import SettingsBridge
    from reader.gui.tasks import TaskHandle, Tasks
    from reader.gui.view.article_view import ArticleView
    from reader.gui.window.message_bar import BusyStrip, MessageBar

    class WindowBase(QMainWindow):
        ctx: Any
        settings: SettingsBridge
        tasks: Tasks
        view: ArticleView
        message_bar: MessageBar
        busy: BusyStrip
        article: Article | None
        source: str | None
        actions: dict[str, QAction]  # type: ignore[assignment]  # the contract's name
        menus: dict[str, QMenu]
        toolbar: QToolBar
        recent_menu: QMenu
        theme_menu: QMenu
        theme_actions: dict[str, QAction]
        size_label: QLabel
        _claimed: set[str]
        _loading: TaskHandle | None
        _theme_group: QActionGroup
        _default_palette: QPalette
        _file_dialog: QFileDialog
        _url_dialog: QInputDialog

        def show_message(
            self,
            text: str,
            kind: str = "info",
            actions: list[tuple[str, Any]] | None = None,
            timeout_ms: int = 0,
        ) -> None: ...
        def show_article(self, article: Article, source: str | None = None) -> None: ...
        def open_source(self, source: str) -> TaskHandle | None: ...
        def open_file_dialog(self) -> QFileDialog: ...
        def open_url_dialog(self) -> QInputDialog: ...
        def change_font_size(self, direction: int) -> None: ...
        def reset_font_size(self) -> None: ...
        def open_settings(self) -> None: ...
        def copy_article_text(self) -> None: ...
        def show_shortcuts(self) -> None: ...
        def show_about(self) -> None: ...
        def _toggle_full_screen(self) -> None: ...
        def _remember(self, source: str, title: str) -> None: ...
        def _fill_recent(self) -> None: ...
        def _update_size_actions(self) -> None: ...
        def _rerender(self) -> None: ...

else:
    WindowBase = object
