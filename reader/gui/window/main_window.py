"""The reader window: the article, the frame around it, and the contract features plug into.

One class, :class:`MainWindow`, implements :class:`reader.gui.api.ReaderWindow` and composes its
parts: the action table (reader.gui.actions), menus and toolbar (chrome), opening files and
addresses (opening), Open Recent (recent), one-time notices (notices) and the window's share of
reading state (reader.gui.reading). 폰트 확대 belongs to the view
(:meth:`reader.gui.view.article_view.ArticleView.follow_settings`): it writes the setting and restyles
its document in place; the window only follows along (size label, toolbar, chrome colours).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QVBoxLayout, QWidget

from reader.articles.model import Article
from reader.context import AppContext
from reader.gui import fonts, i18n
from reader.gui.actions import ActionTable
from reader.gui.api import Features, MessageAction
from reader.gui.i18n import translate
from reader.gui.jobs import LibraryJobs
from reader.gui.reading import ReadingState
from reader.gui.settings_bridge import SettingsBridge
from reader.gui.tasks import TaskHandle, Tasks
from reader.gui.view.article_view import ArticleView
from reader.gui.view.document import Labels
from reader.gui.view.line_focus import LineFocus
from reader.gui.window import sizing
from reader.gui.window.chrome import Chrome
from reader.gui.window.message_bar import BusyStrip, MessageBar
from reader.gui.window.notices import Notices
from reader.gui.window.opening import Opener, drop_source, normalize_source
from reader.gui.window.recent import RECENT_MAX, RecentMenu
from reader.gui.wording import Text, text_of, word, worded
from reader.style.reading import MAX_SIZE, MIN_SIZE, STYLE_KEYS, ReadingStyle

if TYPE_CHECKING:
    from reader.gui.window.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

__all__ = ["RECENT_MAX", "MainWindow", "normalize_source", "system_is_dark"]

HANGUL_FONT_NOTICE = "hangul_font"
SIDE_SHARE = 0.4  # the most of the window's width a side panel takes beside the article
NARROW_WIDTH = 600  # below this, a side panel and the article take turns (logical pixels)
NO_HANGUL_FONT = (
    "No installed font covers Korean (Hangul), so Korean text shows as empty boxes. Install one: "
    "on Debian or Ubuntu run “sudo apt install fonts-noto-cjk” (or fonts-nanum), on Fedora "
    "“sudo dnf install google-noto-sans-cjk-fonts”, on Arch “sudo pacman -S noto-fonts-cjk”; "
    "then start the reader again."
)
LIBRARY_AFTER_MS = 1500


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return bool(hints.colorScheme() == Qt.ColorScheme.Dark)
    except AttributeError:  # Qt < 6.5
        return False


class MainWindow(QMainWindow):
    article_changed = Signal(object)
    closing = Signal()  # before the window goes: features save what they hold
    retranslated = Signal()  # after a change of interface language relabelled the window

    actions: ActionTable  # type: ignore[assignment]  # the contract's name; shadows QWidget.actions()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.language = language
        self.settings = SettingsBridge(ctx.settings, self)
        self.tasks = Tasks(self)
        self.library = LibraryJobs(ctx, self.tasks, self)
        self.library.failed.connect(self._library_failed)
        # The library opens once the first article has painted (or a moment after start): opening
        # SQLite, let alone creating it, would otherwise share the first paint's time.
        self.library.hold()
        QTimer.singleShot(LIBRARY_AFTER_MS, self.library.release)
        self.features = Features()
        self._source: str | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._pending_images: set[str] = set()
        self.line_focus: LineFocus | None = None  # made on first use: most readers never turn it on
        self._recheck_geometry = False
        self._side_docks: list[QDockWidget] = []
        self._sized_docks: set[int] = set()

        self.view = ArticleView(self._style(), self)
        self.view.images_on = bool(self.settings.get("show_images"))
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)
        self.view.link_activated.connect(self._open_link)
        self.view.remote_image_wanted.connect(self._fetch_image)
        self.view.first_painted.connect(lambda: QTimer.singleShot(0, self.library.release))
        self.setAcceptDrops(True)
        self.reading = ReadingState(self.view, self.library, self)

        self.message_bar = MessageBar(self)
        self.notices = Notices(ctx.state(), self.message_bar)
        self.opener = Opener(self)
        central = QWidget(self)
        central.setObjectName("central")
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.opener.busy)
        lay.addWidget(self.view, 1)
        self.setCentralWidget(central)
        # Bars at the bottom (the player) run under the side panel too, across the whole window.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)

        self.actions = ActionTable(self)
        self.chrome = Chrome(self, self.actions, self.settings)
        self.menus = self.chrome.menus
        self.toolbar = self.chrome.toolbar
        self.size_label = self.chrome.size_label
        self.theme_actions = self.chrome.theme_actions
        self.recent = RecentMenu(self.chrome.recent_menu, self.library, self.open_source)
        self.recent_menu = self.recent.menu
        self.reading.history_changed.connect(self.recent.refresh)
        self.recent.cleared.connect(self.reading.history_changed.emit)
        self.recent.refresh()  # from history, once the library is open
        self.view.follow_settings(self.settings, self.actions, lambda: system_is_dark())
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
        self._apply_line_focus()

    # -- the contract (reader.gui.api.ReaderWindow) --------------------------------------------
    @property
    def widget(self) -> QMainWindow:
        return self

    @property
    def article(self) -> Article | None:
        """The article on screen: the view holds it; the window only asks."""
        return self.view.article

    @property
    def source(self) -> str | None:
        return self._source

    def claim_action(self, name: str, slot: Callable[[], object] | None = None) -> QAction:
        return self.actions.claim(name, slot)

    def add_bottom_bar(self, widget: QWidget) -> None:
        """A bar across the whole width of the window, under the article and the side panel.

        It sits in a dock without a title, fixed to the bottom, whose visibility follows the bar's
        own ``show()``/``hide()``; the bar must fit any width it is given (it never widens the window).
        """
        dock = QDockWidget(self)
        dock.setObjectName(f"bottom_{widget.objectName() or len(self.findChildren(QDockWidget))}")
        dock.setTitleBarWidget(QWidget(dock))
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        dock.toggleViewAction().setVisible(False)  # not offered in the toolbar's context menu
        explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        shown = not (explicit and widget.isHidden())
        dock.setWidget(widget)
        widget.setVisible(shown)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.setVisible(shown)
        widget.installEventFilter(_FollowVisibility(dock, widget))

    def add_side_panel(self, widget: QWidget, title: str) -> QDockWidget:
        """A panel beside the article that takes at most :data:`SIDE_SHARE` of the window's width;
        in a window narrower than :data:`NARROW_WIDTH` it takes the whole width while it is open,
        and showing an article closes it (the article and the panel take turns)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.objectName() or len(self.findChildren(QDockWidget))}")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self._side_docks.append(dock)
        dock.visibilityChanged.connect(lambda _v: QTimer.singleShot(0, self._fit_side_panels))
        dock.topLevelChanged.connect(lambda _f: QTimer.singleShot(0, self._fit_side_panels))
        return dock

    @property
    def narrow(self) -> bool:
        """Too narrow for a side panel beside the article."""
        return self.width() < NARROW_WIDTH

    def _open_side_docks(self) -> list[QDockWidget]:
        return [d for d in self._side_docks if not d.isHidden() and not d.isFloating()]

    def _fit_side_panels(self) -> None:
        docks = self._open_side_docks()
        central = self.centralWidget()
        alone = self.narrow and bool(docks)
        if central is not None and central.isHidden() != alone:
            central.setVisible(not alone)
        if alone or not docks:
            return
        for dock in docks:
            most = max(dock.minimumSizeHint().width(), round(self.width() * SIDE_SHARE))
            if dock.width() > most:
                self.resizeDocks([dock], [most], Qt.Orientation.Horizontal)
            elif id(dock) not in self._sized_docks:  # first shown: as wide as it likes, within its share
                self._sized_docks.add(id(dock))
                wanted = min(most, max(dock.sizeHint().width(), dock.minimumSizeHint().width()))
                if dock.width() < wanted:
                    self.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if self._side_docks:
            self._fit_side_panels()

    def show_message(
        self,
        text: Text,
        kind: str = "info",
        actions: list[MessageAction] | None = None,
        timeout_ms: int = 0,
        *,
        show_log: bool = False,
    ) -> None:
        log.info("message (%s): %s", kind, text_of(text))
        offered = list(actions or [])
        if show_log:
            offered.append((lambda: translate("Window", "Show Log"), self.show_log))
        self.message_bar.show_message(text, kind, offered, timeout_ms)

    def show_article(self, article: Article, source: str | None = None) -> None:
        if article is not self.view.article:
            self.reading.article_leaving()
        if self.narrow and self.isVisible():  # the panel gives the whole window back to the article
            for dock in self._open_side_docks():
                dock.hide()
        self.view.set_article(article, self.meta_line(article), self._labels())
        self._source = source
        self._set_title()
        self.actions["copy_text"].setEnabled(True)
        self.reading.article_shown(article, source)
        self.article_changed.emit(article)
        for notice in article.notices:  # bytes the page's encoding could not explain, …
            self.show_message(worded(notice), "warning")

    def open_source(self, source: str) -> TaskHandle | None:
        return self.opener.open_source(source)

    def open_article_now(self, source: str) -> bool:
        return self.opener.open_now(source)

    def show_log(self) -> None:
        from reader.gui.window.help import log_dialog

        log_dialog(self, self.ctx.paths.log_file).open()

    # -- opening -------------------------------------------------------------------------------
    @property
    def busy(self) -> BusyStrip:
        return self.opener.busy

    @property
    def loading(self) -> bool:
        return self.opener.loading

    def cancel_loading(self) -> None:
        self.opener.cancel()

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if drop_source(e.mimeData()) is not None:
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e: QDragMoveEvent) -> None:
        if drop_source(e.mimeData()) is not None:
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        source = drop_source(e.mimeData())
        if source is None:
            e.ignore()
            return
        e.acceptProposedAction()
        self.open_source(source)

    # -- actions -------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a, s = self.actions, self.settings
        a["open_file"].triggered.connect(self.opener.file_dialog_open)
        a["open_url"].triggered.connect(self.opener.url_dialog_open)
        a["recent"].triggered.connect(lambda: self.recent_menu.popup(self.mapToGlobal(self.rect().center())))
        a["settings"].triggered.connect(self.open_settings)
        a["toggle_images"].setChecked(bool(s.get("show_images")))
        a["toggle_images"].toggled.connect(lambda on: s.set("show_images", bool(on)))
        a["line_focus"].setChecked(bool(s.get("line_focus")))
        a["line_focus"].toggled.connect(lambda on: s.set("line_focus", bool(on)))
        a["full_screen"].triggered.connect(self._toggle_full_screen)
        a["copy_text"].triggered.connect(self.copy_article_text)
        a["copy_text"].setEnabled(False)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["show_log"].triggered.connect(self.show_log)
        a["about"].triggered.connect(self.show_about)
        a["quit"].triggered.connect(self.close)

    def open_settings(self) -> SettingsDialog:
        from reader.gui.window.settings_dialog import SettingsDialog  # made on first use

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.settings, self)
        dlg = self._settings_dialog
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        return dlg

    def copy_article_text(self) -> None:
        article = self.article
        if article is None:
            return
        parts = [article.title, article.subtitle, article.text]
        QGuiApplication.clipboard().setText("\n\n".join(p for p in parts if p))
        copied = lambda: translate("Window", "The article text was copied.")  # noqa: E731
        self.show_message(copied, "info", timeout_ms=3000)

    def show_shortcuts(self) -> None:
        from reader.gui.window.help import shortcuts_dialog

        shortcuts_dialog(self, self.actions).open()

    def show_about(self) -> None:
        from reader.gui.window.help import about_dialog

        about_dialog(self).open()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self.menuBar().show()
        else:
            self.showFullScreen()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            log.info("not opening link with scheme %r", url.scheme())

    def _fetch_image(self, url: QUrl) -> None:
        from reader.gui.view.images import fetch_image_job

        key = url.toString()
        if key in self._pending_images:
            return
        self._pending_images.add(key)
        self.tasks.run(
            fetch_image_job(key),
            on_result=lambda img: self.view.add_remote_image(url, img),
            on_error=lambda exc: log.info("image %s not loaded: %s", key, exc),
            name="image",
        )

    def _library_failed(self, exc: BaseException) -> None:
        from reader.errors import ReaderError

        if isinstance(exc, ReaderError):
            self.show_message(
                lambda: translate("Library", "Library: {reason}").format(reason=word(exc)), "error"
            )
            return
        log.error("library task failed", exc_info=exc)
        kind = type(exc).__name__

        def text() -> str:
            return translate("Library", "Library: unexpected error ({kind}). Details are in the log.").format(
                kind=kind
            )

        self.show_message(text, "error", show_log=True)

    # -- settings and style --------------------------------------------------------------------
    def _style(self) -> ReadingStyle:
        return ReadingStyle.from_settings(self.ctx.settings, system_is_dark())

    def _setting_changed(self, name: str, value: object) -> None:
        if name in STYLE_KEYS:  # the view has restyled itself already (follow_settings)
            if name == "theme":
                self.apply_chrome_theme()
                self.chrome.sync_theme()
            if name == "font_size":
                self._update_size_actions()
        elif name == "toolbar_style":
            self.chrome.sync_toolbar_style()
        elif name in ("line_focus", "line_focus_lines"):
            self.actions["line_focus"].setChecked(bool(self.settings.get("line_focus")))
            self._apply_line_focus()
        elif name == "show_images":
            self.view.images_on = bool(value)
            self.actions["toggle_images"].setChecked(bool(value))
            self._rerender()
        elif name == "ui_language":
            app = QApplication.instance()
            if isinstance(app, QApplication):
                has_hangul = fonts.hangul_family("sans") is not None
                self.language = i18n.install(app, i18n.choose_language(str(value), hangul_font=has_hangul))

    def _update_size_actions(self) -> None:
        size = int(self.settings.get("font_size"))
        self.actions["font_bigger"].setEnabled(size < MAX_SIZE)
        self.actions["font_smaller"].setEnabled(size > MIN_SIZE)
        self.size_label.setText(translate("Window", "{size} px").format(size=size))
        self.size_label.setAccessibleName(translate("Window", "Text size {size} pixels").format(size=size))

    def _apply_line_focus(self) -> None:
        on = bool(self.settings.get("line_focus"))
        if on and self.line_focus is None:
            self.line_focus = LineFocus(self.view)
        if self.line_focus is not None:
            self.line_focus.set_lines(int(self.settings.get("line_focus_lines")) if on else 0)

    def apply_chrome_theme(self) -> None:
        self.chrome.apply_theme(self.view.style_.theme, self._default_palette)
        self.view.apply_theme_palette()

    def _system_scheme_changed(self, *_: object) -> None:
        if self.settings.get("theme") == "system":
            self.view.restyle_from_settings()
            self.apply_chrome_theme()

    def _rerender(self) -> None:
        article = self.article
        if article is None:
            return
        top = self.view.top_block_index()
        self.view.set_article(article, self.meta_line(article), self._labels())
        if top > 0:
            self.view.scroll_to_block(top)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.retranslated.emit()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.view.setAccessibleName(translate("View", "Article text"))
        i18n.relabel_qt_parts(self)
        self.actions.retranslate()
        self.chrome.retranslate()
        self.message_bar.retranslate()
        self.opener.retranslate()
        self._update_size_actions()
        if self.article is not None:
            self._rerender()
        self._set_title()

    def _set_title(self) -> None:
        name = translate("Window", "Article Reader")
        article = self.article
        if article is None:
            self.setWindowTitle(name)
        else:
            self.setWindowTitle(f"{article.title or translate('Window', 'Untitled article')} — {name}")

    def meta_line(self, article: Article) -> str:
        parts: list[str] = []
        if article.authors:
            parts.append(", ".join(article.authors))
        if article.site_name:
            parts.append(article.site_name)
        if article.published:
            parts.append(_format_date(article.published))
        if article.updated and article.updated != article.published:
            parts.append(translate("Window", "updated {date}").format(date=_format_date(article.updated)))
        return " · ".join(p for p in parts if p)

    def _labels(self) -> Labels:
        return Labels(image_mark=translate("Window", "Image not loaded (images are off)"))

    # -- the window's life ---------------------------------------------------------------------
    def _startup_notices(self) -> None:
        # the settings' own notices and an unusable config folder: they stay until the reader closes
        # them, under any message shown meanwhile (the first article opening, a resume offer)
        for notice in self.ctx.notices:
            self.message_bar.show_message(worded(notice), "warning", sticky=True)
        self.settings.notice.connect(lambda notice: self.show_message(worded(notice), "warning"))
        if fonts.hangul_family("sans") is None:
            # In English whatever the interface language: Korean letters are exactly what cannot be drawn.
            self.notices.show_once(HANGUL_FONT_NOTICE, NO_HANGUL_FONT)

    def _restore_geometry(self) -> None:
        self._recheck_geometry = sizing.place(self, self.ctx.state().geometry)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._recheck_geometry:  # a remembered place, checked again with the real window frame
            self._recheck_geometry = False
            QTimer.singleShot(0, lambda: sizing.keep_on_screen(self))

    def closeEvent(self, e: QCloseEvent) -> None:
        self.closing.emit()
        self.reading.window_closing()
        self.notices.window_closing()
        self.library.drain()
        self.tasks.cancel_all()
        self.settings.flush()
        self.ctx.state().set_geometry(bytes(self.saveGeometry().data()))
        super().closeEvent(e)


class _FollowVisibility(QObject):
    """Shows and hides a bottom dock with the bar inside it (the bar's own show() and hide())."""

    def __init__(self, dock: QDockWidget, bar: QWidget) -> None:
        super().__init__(dock)
        self.dock = dock
        self.bar = bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar:
            kind = event.type()
            if kind == QEvent.Type.ShowToParent:
                self.dock.show()
            elif kind == QEvent.Type.HideToParent:
                self.dock.hide()
        return False


def _format_date(value: str) -> str:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if dt.hour == 0 and dt.minute == 0 and "T" not in value:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%d %H:%M")
