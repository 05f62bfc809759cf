"""Every way an article gets into the window: a load on a worker, the open dialogs, a drop.

Kept apart from the window so the slow, failure-prone part (reading files, fetching pages, telling
the reader what went wrong) can be read and changed on its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from reader.articles.model import Article, Paragraph
from reader.errors import NoArticleError, ReaderError
from reader.gui.tasks import TaskHandle
from reader.gui.window.base import WindowBase

log = logging.getLogger(__name__)


class WindowOpening(WindowBase):
    """Opening files and addresses; part of :class:`reader.gui.window.main_window.MainWindow`."""

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

            from reader.articles.cache import load_cached

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
        from reader.articles.cache import load_cached

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

def _short(source: str) -> str:
    return _elide(Path(source).name if Path(source).is_file() else source, 80)


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"

def _fallback_article(fallback: object, source: str) -> Article | None:
    if isinstance(fallback, Article):
        return fallback
    if isinstance(fallback, str) and fallback.strip():
        paras = [Paragraph(p.strip()) for p in fallback.split("\n\n") if p.strip()]
        return Article(title=_short(source), blocks=list(paras), is_article=False, extractor="text")
    return None
