"""Start the window: QApplication, translations, the main window, installed features, the first article.

Imports stay lazy: read-aloud, print and library load only when present and asked for, so the first
article paints fast.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from reader.errors import ReaderError

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


NO_DISPLAY = (
    "no display to open the window on: {why}; run it in a desktop session (X11 or Wayland), or set "
    "QT_QPA_PLATFORM=offscreen to run without a screen (extract, pdf, speak, render and library need none)"
)
SCREENLESS_PLATFORMS = ("offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why Qt could not open a window here, said before Qt tries (it aborts with a core dump), or None.

    Only on Linux and the BSDs, and only for the platforms that need a display server: a chosen
    screenless platform (QT_QPA_PLATFORM=offscreen, vnc, …) needs none.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if platform.split(";")[0] in SCREENLESS_PLATFORMS:
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    x11 = env.get("DISPLAY", "")
    wants_x11 = platform == "xcb"
    if wayland and not wants_x11 and _wayland_reachable(wayland, env):
        return None
    if x11 and _x11_reachable(x11):
        return None
    if not x11 and not (wayland and not wants_x11):
        if wayland:  # QT_QPA_PLATFORM=xcb asked for X11 in a Wayland session
            return NO_DISPLAY.format(why="QT_QPA_PLATFORM=xcb asks for X11, but DISPLAY is not set")
        return NO_DISPLAY.format(why="neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set")
    shown = f"DISPLAY={x11}" if x11 else f"WAYLAND_DISPLAY={wayland}"
    return NO_DISPLAY.format(why=f"no display server answers at {shown}")


def _x11_reachable(display: str) -> bool:
    """Whether an X server listens for ``display`` (":0", "host:1.0", "unix:2"); one quick connect."""
    import socket

    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return True  # a form we do not know: let Qt decide
    try:
        if host in ("", "unix") or host.startswith("/"):
            path = host if host.startswith("/") else f"/tmp/.X11-unix/X{number}"
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(1.0)
                try:
                    s.connect(path)
                    return True
                except OSError:
                    pass
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:  # Linux's abstract socket
                s.settimeout(1.0)
                s.connect(f"\0/tmp/.X11-unix/X{number}")
                return True
        with socket.create_connection((host, 6000 + int(number)), timeout=1.0):
            return True
    except OSError:
        return False


def _wayland_reachable(name: str, env: Mapping[str, str]) -> bool:
    path = name if name.startswith("/") else os.path.join(env.get("XDG_RUNTIME_DIR", ""), name)
    return os.path.exists(path)


class NoDisplayError(ReaderError):
    default_code = "display.none"
    exit_code = 2


def run_gui(args: argparse.Namespace, ctx: AppContext, early: EarlyExtraction | None = None) -> int:
    """``early``: a start-up extraction already running in a child (reader.articles.early), or None."""
    from reader.logs import add_log_file

    try:
        problem = display_problem()
        if problem is not None:
            raise NoDisplayError(problem)
        add_log_file(ctx.paths.log_file)
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
    with quit_on_signals(app):
        code = int(app.exec())
    return code


@contextlib.contextmanager
def quit_on_signals(app: QApplication) -> Iterator[None]:
    """SIGTERM (logging out, ``kill``), SIGINT (Ctrl+C in the terminal) and SIGHUP close the window
    the way its Close button does: settings, reading place and window geometry are saved, exit 0.

    Python runs a signal handler only between its own bytecodes, and the window's event loop is C++:
    the signal's number is written to a socket (``signal.set_wakeup_fd``) whose notifier wakes the
    loop, so the handler runs at once instead of at the next Python callback — or never.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    reader_end, writer_end = socket.socketpair()
    for end in (reader_end, writer_end):
        end.setblocking(False)
    notifier = QSocketNotifier(reader_end.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader_end.recv(64)  # the handler below has run by now: Python checks signals here

    notifier.activated.connect(drain)
    names = {signal.SIGTERM: "SIGTERM", signal.SIGINT: "SIGINT", signal.SIGHUP: "SIGHUP"}
    quitting = False

    def handler(signum: int, _frame: object) -> None:
        nonlocal quitting
        if quitting:
            return
        quitting = True
        log.info("%s: closing the window", names.get(signal.Signals(signum), signum))
        QTimer.singleShot(0, lambda: close_everything(app))

    previous = {sig: signal.signal(sig, handler) for sig in names}
    old_fd = signal.set_wakeup_fd(writer_end.fileno(), warn_on_full_buffer=False)
    try:
        yield
    finally:
        signal.set_wakeup_fd(old_fd)
        for sig, old in previous.items():
            signal.signal(sig, old)
        notifier.setEnabled(False)
        reader_end.close()
        writer_end.close()


def close_everything(app: QApplication) -> None:
    """Close dialogs (a print preview's own loop ends), then the windows, then leave the event loop."""
    from PySide6.QtWidgets import QDialog

    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    app.closeAllWindows()  # each window's closeEvent saves what it holds
    app.quit()
