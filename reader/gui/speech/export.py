"""File → Export audio: the article as one MP3 (with chapters and an .srt beside it), on a worker.

A small non-modal dialog shows progress (sentence i of N) and a Cancel button; cancelling leaves
nothing half-written (the speech core writes to temporary names and moves them into place).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reader.articles.model import Article
from reader.errors import ReaderError
from reader.gui import folders
from reader.gui.api import ReaderWindow
from reader.gui.i18n import plurals, translate
from reader.gui.tasks import TaskHandle
from reader.gui.wording import word
from reader.speech.lexicon import Lexicon
from reader.speech.synth import Synthesizer

if TYPE_CHECKING:
    from reader.speech.export import ExportResult

log = logging.getLogger(__name__)


def suggested_name(article: Article) -> str:
    title = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", article.title or "").strip()
    title = re.sub(r"\s+", " ", title)[:80].rstrip(" .")
    return (title or "article") + ".mp3"


class ExportDialog(QDialog):
    """Progress of one export; ``cancel_requested`` is the only way out while it runs."""

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportAudioDialog")
        self.setWindowTitle(translate("ReadAloud", "Export Audio"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        lay = QVBoxLayout(self)
        self.label = QLabel(translate("ReadAloud", "Preparing {name}…").format(name=target.name), self)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(translate("ReadAloud", "Export progress"))
        lay.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        lay.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(
            translate("ReadAloud", "Reading sentence {done} of {total} into the file…").format(
                done=done, total=total
            )
        )


class AudioExporter(QObject):
    """Runs one export at a time through ``window.tasks``."""

    def __init__(
        self,
        window: ReaderWindow,
        make_synthesizer: Callable[[], Synthesizer],
        lexicon: Callable[[], Lexicon | None],
    ) -> None:
        super().__init__(window.widget)
        self.window = window
        self.make_synthesizer = make_synthesizer
        self.lexicon = lexicon
        self.dialog: ExportDialog | None = None
        self.handle: TaskHandle | None = None
        self.last_result: ExportResult | None = None
        self.last_error: str | None = None

    @property
    def running(self) -> bool:
        return self.handle is not None and self.handle.running

    def ask_and_export(self) -> None:
        article = self.window.article
        if article is None:
            self.window.show_message(
                lambda: translate("ReadAloud", "Open an article first."), "info", timeout_ms=4000
            )
            return
        if self.running:
            if self.dialog is not None:
                self.dialog.raise_()
            return
        state = self.window.ctx.state()
        folder = folders.start_folder(state, "export")
        path, _filter = QFileDialog.getSaveFileName(
            self.window.widget,
            translate("ReadAloud", "Export Audio"),
            str(Path(folder) / suggested_name(article)),
            translate("ReadAloud", "MP3 audio (*.mp3)"),
        )
        if path:
            if not path.lower().endswith(".mp3"):
                path += ".mp3"
            folders.remember(state, "export", path)
            self.start(article, Path(path))

    def start(self, article: Article, target: Path) -> None:
        """Export ``article`` to ``target`` (the dialog-free entry point tests use)."""
        try:
            from reader.speech.export import export_audio
        except ImportError:
            self.window.show_message(
                lambda: translate("ReadAloud", "Audio export is not part of this build."), "warning"
            )
            return
        settings = self.window.settings
        rate = float(settings.get("tts_rate"))
        pause = float(settings.get("tts_paragraph_pause"))
        captions = bool(settings.get("tts_read_captions"))
        try:
            synth = self.make_synthesizer()
        except Exception as exc:  # e.g. the offline voice is not installed
            self._failed(exc)
            return
        lexicon = self.lexicon()
        dialog = ExportDialog(target, self.window.widget)
        self.dialog = dialog
        self.last_result = None
        self.last_error = None

        def job(cancel: threading.Event, progress: Callable[[float, str], None]) -> ExportResult:
            def report(done: int, total: int) -> None:
                progress(done / total if total else 0.0, f"{done}/{total}")

            return export_audio(
                article,
                target,
                synth,
                rate=rate,
                lexicon=lexicon,
                paragraph_pause=max(pause, 0.25),
                read_captions=captions,
                progress=report,
                cancel=cancel.is_set,
            )

        def on_progress(fraction: float, text: str) -> None:
            done, _, total = text.partition("/")
            if done.isdigit() and total.isdigit():
                dialog.set_progress(int(done), int(total))

        self.handle = self.window.tasks.run(
            job,
            on_result=self._done,
            on_error=self._failed,
            on_progress=on_progress,
            name="export-audio",
        )
        dialog.buttons.rejected.connect(self.cancel)
        dialog.rejected.connect(self.cancel)
        dialog.show()

    def cancel(self) -> None:
        if self.handle is not None and self.handle.running:
            self.handle.cancel()
            self.window.show_message(
                lambda: translate("ReadAloud", "Audio export cancelled; nothing was written."),
                "info",
                timeout_ms=5000,
            )
        self._close_dialog()

    def _done(self, result: ExportResult) -> None:
        self.last_result = result
        self._close_dialog()
        minutes, seconds = divmod(round(result.seconds), 60)
        mp3 = Path(result.mp3)

        def text() -> str:
            saved = plurals().mp3_saved(result.sentences)
            return saved.format(name=mp3.name, minutes=minutes, seconds=seconds)

        self.window.show_message(text, "info", timeout_ms=10000)

    def _failed(self, exc: BaseException) -> None:
        from reader.speech.export import ExportCancelled

        self._close_dialog()
        if isinstance(exc, ExportCancelled):
            return
        if isinstance(exc, ReaderError):
            error = exc
            self.last_error = exc.message
            self.window.show_message(
                lambda: translate("ReadAloud", "Audio export failed: {reason}").format(reason=word(error)),
                "error",
            )
            return
        log.error("audio export failed", exc_info=exc)
        self.last_error = str(exc) or type(exc).__name__
        kind = type(exc).__name__

        def unexpected() -> str:
            return translate(
                "ReadAloud", "Audio export failed: unexpected error ({kind}). Details are in the log."
            ).format(kind=kind)

        self.window.show_message(unexpected, "error", show_log=True)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
