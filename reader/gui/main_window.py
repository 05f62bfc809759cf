"""The reader window, and the contract read-aloud, print and the library plug into.

Plug-in contract (names are stable; features rely on them):

- ``MainWindow(ctx)`` — ``ctx`` is the :class:`reader.context.AppContext`.
- ``window.actions: dict[str, QAction]`` — at least ``open_file``, ``open_url``, ``recent``, ``read``
  (기사 읽어주기), ``replay`` (다시듣기), ``font_bigger`` (폰트 확대), ``font_smaller`` (폰트 축소),
  ``font_reset``, ``print`` (프린트하기), ``export_pdf``, ``export_audio``, ``save``, ``settings``,
  ``quit``. Actions owned by a feature that is not installed (read, replay, export_audio: speech_ui;
  print, export_pdf: print_ui; save: library_ui) start DISABLED with a tooltip saying so. A feature's
  ``install(window, ctx)`` calls ``window.claim_action(name, slot)``, which enables the action, gives it
  its normal tooltip and connects ``triggered`` to ``slot``.
- ``window.view`` — the :class:`~reader.gui.article_view.ArticleView` (block_range, set_highlight,
  clear_highlight, ensure_visible, position_at, top_block_index, scroll_to_block, context_menu_hooks,
  user_scrolled).
- ``window.tasks`` — :class:`~reader.gui.tasks.Tasks`: ``run(job, on_result, on_error, on_progress)`` with
  ``job(cancel_event, progress)``; returns a handle with ``cancel()``.
- ``window.settings`` — :class:`~reader.gui.settings_bridge.SettingsBridge` (``changed(str, object)``).
- ``window.article`` (current Article or None) and the signal ``window.article_changed(object)``.
- ``window.open_source(str)`` (file path or URL, opened on a worker), ``window.show_article(article)``.
- ``window.show_message(text, kind="info"|"warning"|"error", actions=[(label, callback)])`` — the
  in-window message bar; never a modal traceback.
- ``window.add_bottom_bar(widget)`` (the player bar), ``window.add_side_panel(widget, title)`` (the
  library panel; returns its QDockWidget).
- ``window.menus: dict[str, QMenu]`` — "file", "view", "read", "help".
- ``window.toolbar`` — the main toolbar; ``window.features: dict[str, object]`` — what each installed
  feature registered (``features["speech"] = ...``).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.articles.model import Article, Paragraph
from reader.errors import NoArticleError, ReaderError
from reader.gui import actions as acts
from reader.gui import fonts
from reader.gui.article_document import Labels
from reader.gui.article_view import ArticleView
from reader.gui.message_bar import BusyStrip, MessageBar
from reader.gui.settings_bridge import SettingsBridge
from reader.gui.style import STYLE_KEYS, ReadingStyle
from reader.gui.tasks import TaskHandle, Tasks
from reader.gui.typography import MAX_SIZE, MIN_SIZE, step_size

log = logging.getLogger(__name__)

RECENT_MAX = 15
THEME_CHOICES = ("system", "light", "sepia", "dark", "contrast")


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return bool(hints.colorScheme() == Qt.ColorScheme.Dark)
    except AttributeError:  # Qt < 6.5
        return False


class MainWindow(QMainWindow):
    article_changed = Signal(object)
    actions: dict[str, QAction]  # type: ignore[assignment]  # the contract's name; shadows QWidget.actions()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = SettingsBridge(ctx.settings, self)
        self.tasks = Tasks(self)
        self.features: dict[str, object] = {}
        self.article: Article | None = None
        self.source: str | None = None
        self._claimed: set[str] = set()
        self._loading: TaskHandle | None = None

        self.view = ArticleView(self._style(), self)
        self.view.images_on = bool(ctx.settings.get("show_images"))
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)
        self.view.zoom_requested.connect(self.change_font_size)
        self.view.link_activated.connect(self._open_link)
        self.view.remote_image_wanted.connect(self._fetch_image)
        self.setAcceptDrops(True)

        self.message_bar = MessageBar(self)
        self.busy = BusyStrip(self)
        self.busy.cancel_requested.connect(self.cancel_loading)
        central = QWidget(self)
        central.setObjectName("central")
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.busy)
        lay.addWidget(self.view, 1)
        self._bottom = QVBoxLayout()
        self._bottom.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self._bottom)
        self.setCentralWidget(central)

        self.actions = acts.create_actions(self)
        for name in ("read", "replay", "export_audio", "print", "export_pdf", "save"):
            self.actions[name].setEnabled(False)
        self._build_menus()
        self._build_toolbar()
        self._connect_actions()
        self.retranslate()
        self.settings.changed.connect(self._setting_changed)
        with contextlib.suppress(AttributeError):  # Qt < 6.5 has no colour scheme
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._default_palette = QPalette(self.palette())
        self.apply_chrome_theme()
        self._restore_geometry()
        self._update_size_actions()
        self._startup_notices()

    # -- plug-in API ---------------------------------------------------------------------------
    def claim_action(self, name: str, slot: Any = None) -> QAction:
        act = self.actions[name]
        self._claimed.add(name)
        act.setEnabled(True)
        if slot is not None:
            act.triggered.connect(slot)
        acts.retranslate_actions({name: act}, self._claimed)
        return act

    def add_bottom_bar(self, widget: QWidget) -> None:
        self._bottom.addWidget(widget)

    def add_side_panel(self, widget: QWidget, title: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.objectName() or len(self.findChildren(QDockWidget))}")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        toggle = dock.toggleViewAction()
        self.menus["view"].addAction(toggle)
        return dock

    def show_message(
        self, text: str, kind: str = "info", actions: list[tuple[str, Any]] | None = None, timeout_ms: int = 0
    ) -> None:
        log.info("message (%s): %s", kind, text)
        self.message_bar.show_message(text, kind, actions, timeout_ms)

    def show_article(self, article: Article, source: str | None = None) -> None:
        self.view.set_article(article, self.meta_line(article), self._labels())
        self.article = article
        if source is not None:
            self.source = source
        title = article.title or self.tr("Untitled article")
        self.setWindowTitle(f"{title} — {self.tr('Article Reader')}")
        self.actions["copy_text"].setEnabled(True)
        self.article_changed.emit(article)

    # -- opening -------------------------------------------------------------------------------
    def open_source(self, source: str) -> TaskHandle | None:
        """Open a file path or URL on a worker; the current article stays until the new one is ready."""
        source = normalize_source(source)
        if not source:
            return None
        self.cancel_loading()
        self.busy.start(self.tr("Opening {source}…").format(source=_short(source)))
        cache_dir = self.ctx.paths.cache_dir

        def job(cancel: Any, progress: Any) -> Article:
            from reader.articles import load_article

            def report(done: int, total: int | None = None) -> None:
                kb = self.tr("{kb} KB received").format(kb=max(1, done // 1024))
                progress(done / total if total else -1.0, kb)

            from reader.gui.article_cache import load_cached

            kwargs = _load_kwargs(load_article, cancel, report)
            article = load_cached(source, cache_dir, lambda s: load_article(s, **kwargs))
            if cancel.is_set():
                raise ReaderError("cancelled")
            return article

        handle = self.tasks.run(
            job,
            on_result=lambda art: self._opened(source, art),
            on_error=lambda exc: self._open_failed(source, exc),
            on_progress=self.busy.progress,
            name="open",
        )
        self._loading = handle
        return handle

    def open_article_now(self, source: str) -> bool:
        """Open a local file on this thread (start-up: the first paint should not wait for a thread hop)."""
        from reader.gui.article_cache import load_cached

        def load(src: str) -> Article:
            from reader.articles import load_article  # the pipeline loads only on a cache miss

            return load_article(src)

        try:
            self._opened(source, load_cached(source, self.ctx.paths.cache_dir, load))
        except Exception as exc:
            self._open_failed(source, exc)
            return False
        return True

    def cancel_loading(self) -> None:
        if self._loading is not None and self._loading.running:
            self._loading.cancel()
            self.show_message(self.tr("Opening was cancelled."), "info", timeout_ms=4000)
        self._loading = None
        self.busy.stop()

    @property
    def loading(self) -> bool:
        return self._loading is not None and self._loading.running

    def _opened(self, source: str, article: Article) -> None:
        self._loading = None
        self.busy.stop()
        if self.message_bar.kind in ("error", "warning"):
            self.message_bar.dismiss()
        self.show_article(article, source)
        self._remember(source, article.title)

    def _open_failed(self, source: str, exc: BaseException) -> None:
        self._loading = None
        self.busy.stop()
        if isinstance(exc, NoArticleError):
            fallback = _fallback_article(exc.fallback, source)
            offer = []
            if fallback is not None:
                offer = [(self.tr("Show the page's text"), lambda: self.show_article(fallback, source))]
            self.show_message(
                self.tr("No article found at {source}.").format(source=_short(source)), "warning", offer
            )
            return
        if isinstance(exc, ReaderError):
            self.show_message(
                self.tr("Could not open {source}: {reason}").format(
                    source=_short(source), reason=exc.message
                ),
                "error",
            )
            return
        log.error("unexpected failure opening %s", source, exc_info=exc)
        self.show_message(
            self.tr("Could not open {source}: unexpected error ({kind}). Details are in the log.").format(
                source=_short(source), kind=type(exc).__name__
            ),
            "error",
        )

    def _remember(self, source: str, title: str) -> None:
        if _is_sample(source):
            return
        items = [r for r in self.ctx.settings.get("recent_sources") if _recent_source(r) != source]
        items.insert(0, {"source": source, "title": title})
        self.ctx.settings.set("recent_sources", items[:RECENT_MAX])

    def open_file_dialog(self) -> QFileDialog:
        dlg = QFileDialog(self, self.tr("Open a saved article"))
        dlg.setObjectName("openFileDialog")
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilters([
            self.tr("Web pages and text (*.html *.htm *.xhtml *.mhtml *.mht *.txt)"),
            self.tr("All files (*)"),
        ])
        if self.source and Path(self.source).is_file():
            dlg.setDirectory(str(Path(self.source).parent))
        dlg.fileSelected.connect(self.open_source)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self._file_dialog = dlg
        return dlg

    def open_url_dialog(self) -> QInputDialog:
        dlg = QInputDialog(self)
        dlg.setObjectName("openUrlDialog")
        dlg.setWindowTitle(self.tr("Open Address"))
        dlg.setLabelText(self.tr("Web address of the article:"))
        dlg.setInputMode(QInputDialog.InputMode.TextInput)
        dlg.setTextEchoMode(QLineEdit.EchoMode.Normal)
        clip = QGuiApplication.clipboard().text().strip()
        if clip.startswith(("http://", "https://")) and "\n" not in clip:
            dlg.setTextValue(clip)
        dlg.textValueSelected.connect(self.open_source)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.resize(max(480, dlg.sizeHint().width()), dlg.sizeHint().height())
        dlg.open()
        self._url_dialog = dlg
        return dlg

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if _drop_source(e.mimeData()) is not None:
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e: Any) -> None:
        if _drop_source(e.mimeData()) is not None:
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        source = _drop_source(e.mimeData())
        if source is None:
            e.ignore()
            return
        e.acceptProposedAction()
        self.open_source(source)

    # -- typography ----------------------------------------------------------------------------
    def _style(self) -> ReadingStyle:
        return ReadingStyle.from_settings(self.ctx.settings, system_is_dark())

    def change_font_size(self, direction: int) -> None:
        current = int(self.ctx.settings.get("font_size"))
        self.settings.set_soon("font_size", step_size(current, direction))  # written after the last step

    def reset_font_size(self) -> None:
        self.ctx.settings.reset("font_size")

    def _update_size_actions(self) -> None:
        size = int(self.ctx.settings.get("font_size"))
        self.actions["font_bigger"].setEnabled(size < MAX_SIZE)
        self.actions["font_smaller"].setEnabled(size > MIN_SIZE)
        self.size_label.setText(self.tr("{size} px").format(size=size))
        self.size_label.setAccessibleName(self.tr("Text size {size} pixels").format(size=size))

    def _setting_changed(self, name: str, value: Any) -> None:
        if name in STYLE_KEYS:
            self.view.set_style(self._style())
            if name == "theme":
                self.apply_chrome_theme()
            if name == "font_size":
                self._update_size_actions()
            if name == "theme":
                self._sync_theme_actions()
        elif name == "show_images":
            self.view.images_on = bool(value)
            self.actions["toggle_images"].setChecked(bool(value))
            self._rerender()
        elif name == "ui_language":
            from reader.gui import i18n

            app = QApplication.instance()
            if isinstance(app, QApplication):
                i18n.install(app, i18n.choose_language(str(value)))

    def _rerender(self) -> None:
        if self.article is None:
            return
        top = self.view.top_block_index()
        self.view.set_article(self.article, self.meta_line(self.article), self._labels())
        if top > 0:
            self.view.scroll_to_block(top)

    def _system_scheme_changed(self, *_: Any) -> None:
        if self.ctx.settings.get("theme") == "system":
            self.view.set_style(self._style())
            self.apply_chrome_theme()

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

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        items = self.ctx.settings.get("recent_sources")
        for item in items:
            source = _recent_source(item)
            if not source:
                continue
            title = item.get("title", "") if isinstance(item, dict) else ""
            act = menu.addAction(_elide(title or source, 70))
            act.setToolTip(source)
            act.setStatusTip(source)
            act.triggered.connect(lambda _=False, s=source: self.open_source(s))
        if not items:
            empty = menu.addAction(self.tr("No recent articles"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear Recent"))
            clear.triggered.connect(lambda: self.ctx.settings.set("recent_sources", []))

    # -- small commands ------------------------------------------------------------------------
    def open_settings(self) -> None:
        from reader.gui.settings_dialog import SettingsDialog

        dlg = getattr(self, "_settings_dialog", None)
        if dlg is None:
            dlg = SettingsDialog(self.ctx.settings, self)
            self._settings_dialog = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def copy_article_text(self) -> None:
        if self.article is None:
            return
        parts = [self.article.title, self.article.subtitle, self.article.text]
        QGuiApplication.clipboard().setText("\n\n".join(p for p in parts if p))
        self.show_message(self.tr("The article text was copied."), "info", timeout_ms=3000)

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self.menuBar().show()
        else:
            self.showFullScreen()

    def show_shortcuts(self) -> None:
        from reader.gui.help import shortcuts_dialog

        shortcuts_dialog(self).open()

    def show_about(self) -> None:
        from reader.gui.help import about_dialog

        about_dialog(self).open()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            log.info("not opening link with scheme %r", url.scheme())

    def _fetch_image(self, url: QUrl) -> None:
        from reader.gui.images import fetch_image_job

        pending: set[str] = getattr(self, "_pending_images", set())
        self._pending_images = pending
        key = url.toString()
        if key in pending:
            return
        pending.add(key)
        self.tasks.run(
            fetch_image_job(key),
            on_result=lambda img: self.view.add_remote_image(url, img),
            on_error=lambda exc: log.info("image %s not loaded: %s", key, exc),
            name="image",
        )

    def meta_line(self, article: Article) -> str:
        parts: list[str] = []
        if article.authors:
            parts.append(", ".join(article.authors))
        if article.site_name:
            parts.append(article.site_name)
        if article.published:
            parts.append(_format_date(article.published))
        if article.updated and article.updated != article.published:
            parts.append(self.tr("updated {date}").format(date=_format_date(article.updated)))
        return " · ".join(p for p in parts if p)

    def _labels(self) -> Labels:
        return Labels(
            image_hidden=self.tr("Image not loaded (images are off): {alt}"),
            image=self.tr("image"),
        )

    def _startup_notices(self) -> None:
        for warning in self.ctx.settings.warnings:
            self.show_message(warning, "warning")
        if fonts.hangul_family("sans") is None and not self.ctx.settings.get("font_notice_shown"):
            self.show_message(
                self.tr(
                    "No installed font covers Korean (Hangul), so Korean text may show as empty boxes. "
                    "Install one: on Debian or Ubuntu run “sudo apt install fonts-noto-cjk” "
                    "(or fonts-nanum); Windows and macOS include Korean fonts."
                ),
                "warning",
            )
            self.ctx.settings.set("font_notice_shown", True)

    def _restore_geometry(self) -> None:
        geo = self.ctx.settings.get("window_geometry")
        if geo:
            self.restoreGeometry(QByteArray.fromBase64(geo.encode("ascii")))
        else:
            self.resize(1000, 800)

    def closeEvent(self, e: QCloseEvent) -> None:
        self.tasks.cancel_all()
        self.settings.flush()
        try:
            geo = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self.ctx.settings.set("window_geometry", geo)
        except (OSError, ValueError) as exc:
            log.warning("could not save the window geometry: %s", exc)
        super().closeEvent(e)


# -- helpers -----------------------------------------------------------------------------------
def normalize_source(source: str) -> str:
    source = source.strip()
    if source.startswith("file:"):
        return QUrl(source).toLocalFile() or source
    if source.startswith("~"):
        return str(Path(source).expanduser())
    if source.startswith("www."):
        return "https://" + source
    return source


def _load_kwargs(load: Any, cancel: Any, progress: Any) -> dict[str, Any]:
    """Pass cancel/progress to load_article when it takes them (the sources core does)."""
    import inspect

    try:
        params = inspect.signature(load).parameters
    except (TypeError, ValueError):
        return {}
    out: dict[str, Any] = {}
    if "cancel" in params:
        out["cancel"] = cancel
    if "progress" in params:
        out["progress"] = progress
    return out


def _drop_source(mime: Any) -> str | None:
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                return str(url.toLocalFile())
            if url.scheme() in ("http", "https"):
                return str(url.toString())
    if mime.hasText():
        text = mime.text().strip()
        if text.startswith(("http://", "https://")) and "\n" not in text:
            return str(text)
    return None


def _recent_source(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("source", ""))
    return str(item) if isinstance(item, str) else ""


def _is_sample(source: str) -> bool:
    from reader.paths import resource_path

    try:
        return Path(source).resolve().parent == resource_path("samples").resolve()
    except OSError:
        return False


def _short(source: str) -> str:
    return _elide(Path(source).name if Path(source).is_file() else source, 80)


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _format_date(value: str) -> str:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if dt.hour == 0 and dt.minute == 0 and "T" not in value:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%d %H:%M")


def _fallback_article(fallback: object, source: str) -> Article | None:
    if isinstance(fallback, Article):
        return fallback
    if isinstance(fallback, str) and fallback.strip():
        paras = [Paragraph(p.strip()) for p in fallback.split("\n\n") if p.strip()]
        return Article(title=_short(source), blocks=list(paras), is_article=False, extractor="text")
    return None
