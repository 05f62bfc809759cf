"""Looking at real windows: a virtual X display with a window manager, and a check that every
widget of a window lies inside it without overlapping its neighbours.

Used by the window-fitting tests and by packaging/gallery.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QWidget


class XServer:
    """Xvfb with openbox on a free display, for as long as the ``with`` block runs."""

    def __init__(self, size: tuple[int, int], wm: bool = True) -> None:
        self.size = size
        self.wm = wm
        self.procs: list[subprocess.Popen[bytes]] = []
        self.display = ""

    def __enter__(self) -> XServer:
        xvfb = shutil.which("Xvfb")
        if xvfb is None:
            raise SystemExit("Xvfb is not installed (packaging/system-deps.sh installs it)")
        read_fd, write_fd = os.pipe()
        w, h = self.size
        proc = subprocess.Popen(
            [xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp",
             "-noreset"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_fd)
        self.procs.append(proc)
        number = b""
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            self.__exit__()
            raise SystemExit("Xvfb did not start")
        self.display = f":{number.decode().strip()}"
        if self.wm and shutil.which("openbox"):
            env = dict(os.environ, DISPLAY=self.display)
            self.procs.append(
                subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            )
            time.sleep(0.6)  # openbox takes over the root window
        return self

    def __exit__(self, *_exc: object) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.procs.clear()


def english_again() -> None:
    """Put the interface back in English (a test that opened a Korean window leaves its translators)."""
    from PySide6.QtWidgets import QApplication

    from reader.gui import i18n

    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, "en")


def layout_problems(window: QWidget) -> list[str]:
    """What is wrong with ``window``'s layout as shown: a visible widget that reaches outside the
    window, visible neighbours that overlap, a widget squeezed below its minimum size (its text cut).

    Rows inside scroll areas may run past what is shown (that is scrolling), and overlays that let
    the mouse through (line focus) lie over the view on purpose.
    """
    problems: list[str] = []
    frame = QRect(QPoint(0, 0), window.size())

    def walk(parent: QWidget) -> None:
        found = parent.findChildren(QWidget, options=_direct())
        kids = [c for c in found if c.isVisible() and not c.isWindow()]
        for child in kids:
            rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
            empty = child.width() <= 0 or child.height() <= 0
            if not empty and not frame.contains(rect) and not _inside_scroll_area(child):
                problems.append(f"outside the window: {_name(child)} {rect.getRect()}")
            if _squeezed(child):
                hint = child.minimumSizeHint()
                problems.append(f"squeezed: {_name(child)} {child.size().toTuple()} < {hint.toTuple()}")
        solid = [c for c in kids if not _overlay(c)]
        if not isinstance(parent, QAbstractScrollArea) and not _inside_scroll_area(parent):
            for i, a in enumerate(solid):
                for b in solid[i + 1 :]:
                    if a.geometry().intersects(b.geometry()):
                        problems.append(f"overlap: {_name(a)} {a.geometry().getRect()} and {_name(b)} "
                                        f"{b.geometry().getRect()}")  # fmt: skip
        for child in kids:
            walk(child)

    walk(window)
    return problems


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}({w.objectName() or w.accessibleName()})"


def _overlay(w: QWidget) -> bool:
    return w.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def _squeezed(w: QWidget) -> bool:
    """Laid out smaller than it can be drawn (a layout with too little room squeezes widgets)."""
    if _inside_scroll_area(w) or _overlay(w) or w.objectName().startswith("qt_"):
        return False  # Qt's own parts of a control (a spin box's line edit) are its business
    policy = w.sizePolicy()
    hint = w.minimumSizeHint()
    narrow = (
        hint.width() > 0
        and policy.horizontalPolicy() != QSizePolicy.Policy.Ignored
        and w.width() < min(hint.width(), w.maximumWidth()) - 1
    )
    short = (
        hint.height() > 0
        and policy.verticalPolicy() != QSizePolicy.Policy.Ignored
        and w.height() < min(hint.height(), w.maximumHeight()) - 1
    )
    return narrow or short


def _direct() -> Qt.FindChildOption:
    return Qt.FindChildOption.FindDirectChildrenOnly


def _inside_scroll_area(widget: QWidget) -> bool:
    """Rows of a list and the inside of scroll areas may run past what is shown: that is scrolling."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
