"""Every way an article gets into the window: a load on a worker, the open dialogs, a drop.

Kept apart from the window so the slow, failure-prone part (reading files, fetching pages, telling
the reader what went wrong) can be read and changed on its own.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from reader.articles.model import Article, Paragraph
from reader.errors import Cancelled, NoArticleError, ReaderError
from reader.gui import folders
from reader.gui.api import MessageAction, ReaderWindow
from reader.gui.i18n import translate
from reader.gui.tasks import Progress, TaskHandle
from reader.gui.window.message_bar import BusyStrip
from reader.gui.wording import word

log = logging.getLogger(__name__)


class Opener(QObject):
    """Opens files and addresses for one window; owns its busy strip (progress and Cancel)."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window.widget)
        self.window = window
        self.busy = BusyStrip(window.widget)
        self.busy.cancel_requested.connect(self.cancel)
        self._loading: TaskHandle | None = None
        self.file_dialog: QFileDialog | None = None
        self.url_dialog: QInputDialog | None = None

    def open_source(self, source: str) -> TaskHandle | None:
        """Open a file path or URL on a worker; the current article stays until the new one is ready."""
        source = normalize_source(source)
        if not source:
            return None
        self.cancel()
        self.busy.start(translate("Window", "Opening {source}…").format(source=_short(source)))
        cache_dir = self.window.ctx.paths.cache_dir

        def job(cancel: threading.Event, progress: Progress) -> Article:
            from reader.articles import load_article
            from reader.articles.cache import load_cached

            def report(done: int, total: int | None = None) -> None:
                kb = translate("Window", "{kb} KB received").format(kb=max(1, done // 1024))
                progress(done / total if total else -1.0, kb)

            article = load_cached(
                source, cache_dir, lambda s: load_article(s, cancel=cancel, progress=report)
            )
            if cancel.is_set():
                raise Cancelled("loading was cancelled", code="cancelled")
            return article

        handle = self.window.tasks.run(
            job,
            on_result=lambda art: self._opened(source, art),
            on_error=lambda exc: self._failed(source, exc),
            on_progress=self.busy.progress,
            name="open",
        )
        self._loading = handle
        return handle

    def open_now(self, source: str) -> bool:
        """Open a local file on this thread (start-up: the first paint should not wait for a thread hop)."""
        from reader.articles.cache import load_cached

        def load(src: str) -> Article:
            from reader.articles import load_article  # the pipeline loads only on a cache miss

            return load_article(src)

        try:
            self._opened(source, load_cached(source, self.window.ctx.paths.cache_dir, load))
        except Exception as exc:
            self._failed(source, exc)
            return False
        return True

    def cancel(self) -> None:
        if self._loading is not None and self._loading.running:
            self._loading.cancel()
            cancelled = lambda: translate("Window", "Opening was cancelled.")  # noqa: E731
            self.window.show_message(cancelled, "info", timeout_ms=4000)
        self._loading = None
        self.busy.stop()

    @property
    def loading(self) -> bool:
        return self._loading is not None and self._loading.running

    def _opened(self, source: str, article: Article) -> None:
        self._loading = None
        self.busy.stop()
        self.window.message_bar.dismiss_transient()
        self.window.show_article(article, source)
        if source != "-" and "://" not in source:
            try:
                local = Path(source).is_file()
            except OSError:
                local = False
            if local:  # a page opened from a folder (by the dialog, a drop, the command line)
                folders.remember(self.window.ctx.state(), "open", source)

    def _failed(self, source: str, exc: BaseException) -> None:
        self._loading = None
        self.busy.stop()
        short = _short(source)
        if isinstance(exc, Cancelled):
            return  # the reader cancelled; cancel() said so
        if isinstance(exc, NoArticleError):
            fallback = _fallback_article(exc.fallback, source)
            offer: list[MessageAction] = []
            if fallback is not None:
                offer = [
                    (
                        lambda: translate("Window", "Show the page's text"),
                        lambda: self.window.show_article(fallback, source),
                    )
                ]
            self.window.show_message(
                lambda: translate("Window", "No article found at {source}.").format(source=short),
                "warning",
                offer,
            )
            return
        if isinstance(exc, ReaderError):
            error = exc
            self.window.show_message(
                lambda: translate("Window", "Could not open {source}: {reason}").format(
                    source=short, reason=word(error)
                ),
                "error",
            )
            return
        log.error("unexpected failure opening %s", source, exc_info=exc)
        kind = type(exc).__name__

        def unexpected() -> str:
            return translate(
                "Window", "Could not open {source}: unexpected error ({kind}). Details are in the log."
            ).format(source=short, kind=kind)

        self.window.show_message(unexpected, "error", show_log=True)

    def file_dialog_open(self) -> QFileDialog:
        dlg = QFileDialog(self.window.widget, translate("Window", "Open a saved article"))
        dlg.setObjectName("openFileDialog")
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilters(
            [
                translate("Window", "Web pages and text (*.html *.htm *.xhtml *.mhtml *.mht *.txt)"),
                translate("Window", "All files (*)"),
            ]
        )
        state = self.window.ctx.state()
        dlg.setDirectory(folders.start_folder(state, "open"))  # the last folder used, else Downloads
        dlg.fileSelected.connect(lambda path: folders.remember(state, "open", path))
        dlg.fileSelected.connect(self.open_source)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.file_dialog = dlg
        return dlg

    def url_dialog_open(self) -> QInputDialog:
        dlg = QInputDialog(self.window.widget)
        dlg.setObjectName("openUrlDialog")
        dlg.setWindowTitle(translate("Window", "Open Address"))
        dlg.setLabelText(translate("Window", "Web address of the article:"))
        dlg.setInputMode(QInputDialog.InputMode.TextInput)
        dlg.setTextEchoMode(QLineEdit.EchoMode.Normal)
        clip = QGuiApplication.clipboard().text().strip()
        if clip.startswith(("http://", "https://")) and "\n" not in clip:
            dlg.setTextValue(clip)
        dlg.textValueSelected.connect(self.open_source)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.resize(max(480, dlg.sizeHint().width()), dlg.sizeHint().height())
        dlg.open()
        self.url_dialog = dlg
        return dlg

    def retranslate(self) -> None:
        self.busy.retranslate()


def normalize_source(source: str) -> str:
    source = source.strip()
    if source.startswith("file:"):
        return QUrl(source).toLocalFile() or source
    if source.startswith("~"):
        return str(Path(source).expanduser())
    if source.startswith("www."):
        return "https://" + source
    return source


def drop_source(mime: QMimeData) -> str | None:
    """The file or web address a drag carries, if it carries one."""
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


def elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _short(source: str) -> str:
    return elide(Path(source).name if Path(source).is_file() else source, 80)


def _fallback_article(fallback: object, source: str) -> Article | None:
    if isinstance(fallback, Article):
        return fallback
    if isinstance(fallback, str) and fallback.strip():
        paras = [Paragraph(p.strip()) for p in fallback.split("\n\n") if p.strip()]
        return Article(title=_short(source), blocks=list(paras), is_article=False, extractor="text")
    return None
