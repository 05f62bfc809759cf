"""Start the window: QApplication, translations, the main window, installed features, the first article.

Imports stay lazy: read-aloud, print and library load only when present and asked for, so the first
article paints fast.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

FEATURE_MODULES = (
    "reader.gui.speech.controller",
    "reader.gui.printing.controller",
    "reader.gui.library.feature",
)


def create_app(argv: list[str] | None = None) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _route_qt_messages()
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("article-reader")
    app.setOrganizationName("article-reader")
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("Article Reader")
        app.setDesktopFileName("io.github.articlereader.ArticleReader")
        _set_icon(app)
    return app


def _route_qt_messages() -> None:
    """Qt's own warnings go to our log, not raw to stderr (where a CLI promises one line)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    quiet = ("propagateSizeHints", "QFont::setPixelSize")

    def handler(kind: Any, _context: Any, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        if any(q in message for q in quiet):
            level = logging.DEBUG
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def _set_icon(app: Any) -> None:
    from PySide6.QtGui import QIcon

    from reader.paths import app_icon_files

    icon = QIcon()
    for path in app_icon_files():
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def install_features(window: Any, ctx: Any) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    installed = []
    for name in FEATURE_MODULES:
        try:
            if importlib.util.find_spec(name) is None:
                continue
            module = importlib.import_module(name)
            module.install(window, ctx)
            installed.append(name)
        except Exception:  # a broken feature must not take the reader down
            log.exception("feature %s failed to install", name)
            window.show_message(
                QCoreApplication.translate(
                    "MainWindow", "A part of the program ({name}) could not start; see the log."
                ).format(name=name.rsplit(".", 1)[-1]),
                "warning",
            )
    return installed


def build_window(ctx: Any, argv: list[str] | None = None, features: bool = True) -> tuple[Any, Any]:
    app = create_app(argv)
    from reader.gui import i18n

    lang = i18n.install(app, i18n.choose_language(str(ctx.settings.get("ui_language"))))
    from reader.gui.window.main_window import MainWindow

    window = MainWindow(ctx)
    window.features["language"] = lang
    if features:
        install_features(window, ctx)
    return app, window


def first_source(args: Any, lang: str) -> str:
    from reader.paths import sample_article

    source = getattr(args, "source", None)
    if source:
        return str(source)
    return str(sample_article("ko" if lang == "ko" else "en"))


def run_gui(args: Any, ctx: Any, early: Any = None) -> int:
    """``early``: a start-up extraction already running in a child (reader.articles.early), or None."""
    try:
        return _run_gui(args, ctx, early)
    finally:
        if early is not None:
            early.abandon()


def _run_gui(args: Any, ctx: Any, early: Any) -> int:
    from PySide6.QtCore import QTimer

    app, window = build_window(ctx, features=False)
    installed = False

    def install_later() -> None:
        # Read-aloud, print and the library plug in right after the article first paints: the reader
        # sees the article sooner, and their imports (gTTS, print support) do not compete with it.
        nonlocal installed
        if not installed:
            installed = True
            install_features(window, ctx)

    window.view.first_painted.connect(lambda: QTimer.singleShot(0, install_later))
    QTimer.singleShot(1500, install_later)  # nothing painted (an error, a minimized window)
    source = first_source(args, str(window.features.get("language", "ko")))
    from reader.gui.window.main_window import normalize_source

    source = normalize_source(source)
    window.show()
    from pathlib import Path

    is_file = source != "-" and Path(source).is_file()
    if early is not None:
        if is_file and early.matches(source):
            early.wait()  # the child leaves the article in the cache open_article_now reads
        else:
            early.abandon()  # it guessed another page (the sample in the other language)
    if is_file:
        window.open_article_now(source)
    else:
        window.open_source(source)
    return int(app.exec())
