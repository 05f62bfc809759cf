"""The window's small commands: settings, copy, full screen, help, links and remote images.

Each is a few lines that only call out to another module; together they kept the window class long.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from reader.gui.window.base import WindowBase

log = logging.getLogger(__name__)


class WindowCommands(WindowBase):
    """Small menu commands; part of :class:`reader.gui.window.main_window.MainWindow`."""

    def open_settings(self) -> None:
        from reader.gui.window.settings_dialog import SettingsDialog

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
        from reader.gui.window.help import shortcuts_dialog

        shortcuts_dialog(self).open()

    def show_about(self) -> None:
        from reader.gui.window.help import about_dialog

        about_dialog(self).open()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            log.info("not opening link with scheme %r", url.scheme())

    def _fetch_image(self, url: QUrl) -> None:
        from reader.gui.view.images import fetch_image_job

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
