"""How big the window is: a first size that is a share of the screen, and a remembered geometry
brought back onto the screen it is shown on.

The window never sizes itself to its contents: every part of it (toolbar, player bar, library)
adapts to the width it is given, so opening one never widens the window. What is left here is the
size the window starts at. The rules are plain arithmetic on rectangles (:func:`first_geometry`,
:func:`fit_rect`) so tests can check them without a screen; :func:`place` applies them to a window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The share of the available screen a new window takes (a reading window, not a full screen).
WIDTH_SHARE = 0.66
HEIGHT_SHARE = 0.88
#: Limits of the first size, in logical pixels: at least this (when the screen has it) …
FIRST_MIN = QSize(640, 480)
#: … and no more than this on a very large screen, where a wider window only spreads the page.
FIRST_MAX = QSize(1500, 1150)
#: What a window manager's frame usually adds (title bar, borders), allowed for before the window
#: is shown and its real frame is known.
FRAME_GUESS = QSize(8, 36)


def first_geometry(available: QRect, frame: QSize = FRAME_GUESS) -> QRect:
    """The client rectangle of a new window on a screen whose available area is ``available``.

    A share of the screen, clamped to :data:`FIRST_MIN` .. :data:`FIRST_MAX`, never more than the
    screen (less its frame), centred.
    """
    room = QSize(max(1, available.width() - frame.width()), max(1, available.height() - frame.height()))
    width = _clamp(round(available.width() * WIDTH_SHARE), FIRST_MIN.width(), FIRST_MAX.width())
    height = _clamp(round(available.height() * HEIGHT_SHARE), FIRST_MIN.height(), FIRST_MAX.height())
    size = QSize(min(width, room.width()), min(height, room.height()))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return fit_rect(rect, available, frame)


def fit_rect(client: QRect, available: QRect, frame: QSize = FRAME_GUESS) -> QRect:
    """``client`` (a window's inner rectangle) shrunk and moved so that, with its frame, it lies
    inside ``available``. A rectangle that already fits is returned unchanged."""
    left = max(0, frame.width() // 2)
    top = max(0, frame.height() - frame.width() // 2)  # the title bar is above, thin borders elsewhere
    room_w = max(1, available.width() - frame.width())
    room_h = max(1, available.height() - frame.height())
    w, h = min(client.width(), room_w), min(client.height(), room_h)
    x = min(max(client.x(), available.x() + left), available.x() + left + room_w - w)
    y = min(max(client.y(), available.y() + top), available.y() + top + room_h - h)
    return QRect(x, y, w, h)


def place(window: QWidget, geometry: bytes) -> bool:
    """Before the first show: the remembered ``geometry`` (from ``saveGeometry``) when there is one,
    brought onto the screen it now falls on; else the first size on the screen under the pointer.

    True when the geometry was the remembered one (check it again once the real frame is known).
    """
    if geometry and window.restoreGeometry(QByteArray(geometry)):
        keep_on_screen(window)
        return True
    screen = _screen_for(window.geometry().center()) or window.screen()
    window.setGeometry(first_geometry(screen.availableGeometry()))
    return False


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so its frame lies on the screen that holds most of it."""
    if window.isMaximized() or window.isFullScreen():
        return
    geometry = window.geometry()
    screen = _screen_for(geometry.center()) or window.screen()
    frame = _frame_size(window)
    fitted = fit_rect(geometry, screen.availableGeometry(), frame)
    if fitted != geometry:
        window.setGeometry(fitted)


def _frame_size(window: QWidget) -> QSize:
    """The frame the window manager draws around ``window`` (a guess before it is shown)."""
    outer, inner = window.frameGeometry(), window.geometry()
    extra = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    if window.isVisible() and extra.width() >= 0 and extra.height() > 0:
        return extra
    return FRAME_GUESS


def _screen_for(point: QPoint) -> QScreen | None:
    found = QGuiApplication.screenAt(point)
    return found if found is not None else QGuiApplication.primaryScreen()


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
