"""Start the window: QApplication, translations, the main window, installed features, the first article.

Imports stay lazy: read-aloud, print and library load only when present and asked for, so the first
article paints fast.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QtMsgType
    from PySide6.QtWidgets import QApplication

    from reader.articles.early import EarlyExtraction
    from reader.context import AppContext
    from reader.gui.api import ReaderWindow
    from reader.gui.window.main_window import MainWindow

log = logging.getLogger(__name__)

# Each feature is a package with ``install(window)``; a build may leave one out.
FEATURE_MODULES = ("reader.gui.speech", "reader.gui.printing", "reader.gui.library")


def create_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QGuiApplication is already running; the window needs a QApplication")
    app = existing
    if app is None:
        _route_qt_messages()
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("article-reader")
    app.setOrganizationName("article-reader")
    app.setApplicationDisplayName("Article Reader")  # worded in the interface language by i18n.install
    app.setDesktopFileName("io.github.articlereader.ArticleReader")
    _set_icon(app)
    return app


def _route_qt_messages() -> None:
    """Qt's own warnings go to our log, not raw to stderr (where a CLI promises one line)."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    quiet = ("propagateSizeHints", "QFont::setPixelSize")

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        if any(q in message for q in quiet):
            level = logging.DEBUG
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def _set_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from reader.paths import app_icon_files

    icon = QIcon()
    for path in app_icon_files():
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def install_features(window: ReaderWindow) -> list[str]:
    from reader.gui.i18n import translate

    installed = []
    for name in FEATURE_MODULES:
        try:
            if importlib.util.find_spec(name) is None:
                continue
            installer: Callable[[ReaderWindow], object] = importlib.import_module(name).install
            installer(window)
            installed.append(name)
        except Exception:  # a broken feature must not take the reader down
            log.exception("feature %s failed to install", name)
            window.show_message(
                translate("Window", "A part of the program ({name}) could not start; see the log.").format(
                    name=name.rsplit(".", 1)[-1]
                ),
                "warning",
                show_log=True,
            )
    return installed


def build_window(
    ctx: AppContext, argv: list[str] | None = None, features: bool = True
) -> tuple[QApplication, MainWindow]:
    app = create_app(argv)
    from reader.gui import i18n
    from reader.gui.fonts import hangul_family

    setting = str(ctx.settings.get("ui_language"))
    lang = i18n.install(app, i18n.choose_language(setting, hangul_font=hangul_family("sans") is not None))
    from reader.gui.window.main_window import MainWindow

    window = MainWindow(ctx, language=lang)
    if features:
        install_features(window)
    return app, window


def first_source(args: argparse.Namespace, lang: str) -> str:
    from reader.paths import sample_article

    source = getattr(args, "source", None)  # argparse: the window's SOURCE, when given
    if source:
        return str(source)
    return str(sample_article("ko" if lang == "ko" else "en"))


def run_gui(args: argparse.Namespace, ctx: AppContext, early: EarlyExtraction | None = None) -> int:
    """``early``: a start-up extraction already running in a child (reader.articles.early), or None."""
    from reader.logs import add_log_file

    add_log_file(ctx.paths.log_file)
    try:
        return _run_gui(args, ctx, early)
    finally:
        if early is not None:
            early.abandon()


def _run_gui(args: argparse.Namespace, ctx: AppContext, early: EarlyExtraction | None) -> int:
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from reader.gui.window.opening import normalize_source

    app, window = build_window(ctx, features=False)
    installed = False

    def install_later() -> None:
        # Read-aloud, print and the library plug in right after the article first paints: the reader
        # sees the article sooner, and their imports (gTTS, print support) do not compete with it.
        nonlocal installed
        if not installed:
            installed = True
            install_features(window)

    window.view.first_painted.connect(lambda: QTimer.singleShot(0, install_later))
    QTimer.singleShot(1500, install_later)  # nothing painted (an error, a minimized window)
    source = normalize_source(first_source(args, window.language))
    window.show()
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
