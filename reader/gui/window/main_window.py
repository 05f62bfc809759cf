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
- ``window.view`` — the :class:`~reader.gui.view.article_view.ArticleView` (block_range, set_highlight,
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

The class is put together from parts in their own modules: opening and dropping (window_opening),
the recent menu (window_recent), menus, toolbar and frame colours (window_chrome) and small
commands (window_commands); what they share is declared in window_base.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QVBoxLayout, QWidget

from reader.articles.model import Article
from reader.gui import actions as acts
from reader.gui import fonts
from reader.gui.settings_bridge import SettingsBridge
from reader.gui.tasks import TaskHandle, Tasks
from reader.gui.view.article_view import ArticleView
from reader.gui.view.document import Labels
from reader.gui.window.chrome import THEME_CHOICES, WindowChrome
from reader.gui.window.commands import WindowCommands
from reader.gui.window.message_bar import BusyStrip, MessageBar
from reader.gui.window.opening import WindowOpening, normalize_source
from reader.gui.window.recent import RECENT_MAX, WindowRecent
from reader.style.reading import STYLE_KEYS, ReadingStyle
from reader.style.typography import MAX_SIZE, MIN_SIZE, step_size

log = logging.getLogger(__name__)

__all__ = ["RECENT_MAX", "THEME_CHOICES", "MainWindow", "normalize_source", "system_is_dark"]


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return bool(hints.colorScheme() == Qt.ColorScheme.Dark)
    except AttributeError:  # Qt < 6.5
        return False


class MainWindow(WindowOpening, WindowRecent, WindowChrome, WindowCommands, QMainWindow):
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
        self.line_focus: Any = None  # made on first use: most readers never turn it on
        self._apply_line_focus()

    def _apply_line_focus(self) -> None:
        on = bool(self.ctx.settings.get("line_focus"))
        if on and self.line_focus is None:
            from reader.gui.view.line_focus import LineFocus

            self.line_focus = LineFocus(self.view)
        if self.line_focus is not None:
            self.line_focus.set_lines(int(self.ctx.settings.get("line_focus_lines")) if on else 0)

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
        elif name in ("line_focus", "line_focus_lines"):
            self.actions["line_focus"].setChecked(bool(self.ctx.settings.get("line_focus")))
            self._apply_line_focus()
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

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- the article's text and the window's life ---------------------------------------------
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
        for notice in getattr(self.ctx, "notices", self.ctx.settings.notices):  # settings, config folder
            self.show_message(str(notice), "warning")
        forget = self.ctx.settings.subscribe_notices(lambda notice: self.show_message(str(notice), "warning"))
        self.destroyed.connect(lambda *_: _quietly(forget))
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
def _quietly(forget: Any) -> None:
    with contextlib.suppress(ValueError):
        forget()


def _format_date(value: str) -> str:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if dt.hour == 0 and dt.minute == 0 and "T" not in value:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%d %H:%M")

