"""Icons by name, drawn from the program's own SVG set in the colours of the current theme.

Every toolbar, menu and player icon comes from ``resources/icons/actions/<name>.svg`` (names follow
the freedesktop icon names: "document-open"). The drawings use ``currentColor``; each icon is
painted in the palette's button-text colour (its disabled colour when disabled, the highlighted-text
colour when selected in a menu), so a dark or high-contrast theme gets light icons with the same
contrast as the words beside them. They are drawn at the size and pixel ratio asked for, so they
stay sharp at any scale.

A name the set lacks falls back to the desktop's icon theme, then to a Qt standard pixmap; a name
with none of them has no icon (its action shows its text).

:class:`ThemedIcons` remembers which action or button shows which icon, so a change of theme
repaints them all (:meth:`ThemedIcons.set_palette`).
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyle

from reader.paths import resource_path

SP = QStyle.StandardPixmap

# The style's own pixmap for a name the set lacks, where a desktop has no icon theme.
FALLBACKS: dict[str, QStyle.StandardPixmap] = {
    "document-open": SP.SP_DialogOpenButton,
    "applications-internet": SP.SP_DriveNetIcon,
    "media-playback-start": SP.SP_MediaPlay,
    "media-playback-pause": SP.SP_MediaPause,
    "media-playback-stop": SP.SP_MediaStop,
    "media-seek-backward": SP.SP_MediaSkipBackward,
    "media-skip-backward": SP.SP_MediaSkipBackward,
    "media-skip-forward": SP.SP_MediaSkipForward,
    "media-playlist-repeat": SP.SP_BrowserReload,
    "preferences-system": SP.SP_FileDialogDetailedView,
    "window-close": SP.SP_TitleBarCloseButton,
}

SET_FOLDER = ("icons", "actions")
Target = QAction | QAbstractButton


@lru_cache(maxsize=128)
def drawing(name: str) -> bytes | None:
    """The SVG of ``name`` in the program's set, or None."""
    path = resource_path(*SET_FOLDER, f"{name}.svg")
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def colours(palette: QPalette) -> dict[QIcon.Mode, str]:
    """The colour each icon mode is painted in, from ``palette``."""
    g, r = QPalette.ColorGroup, QPalette.ColorRole
    return {
        QIcon.Mode.Normal: palette.color(g.Active, r.ButtonText).name(),
        QIcon.Mode.Active: palette.color(g.Active, r.ButtonText).name(),
        QIcon.Mode.Selected: palette.color(g.Active, r.HighlightedText).name(),
        QIcon.Mode.Disabled: palette.color(g.Disabled, r.ButtonText).name(QColor.NameFormat.HexArgb),
    }


class _TintedSvg(QIconEngine):
    """One drawing, painted on demand in one colour per mode, at whatever size and scale."""

    def __init__(self, svg: bytes, tints: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._svg = svg
        self._tints = tints
        self._cache: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        found = self._cache.get(key)
        if found is not None:
            return found
        w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        colour = QColor(self._tints.get(mode, self._tints[QIcon.Mode.Normal]))
        svg = self._svg.replace(b"currentColor", colour.name().encode("ascii"))
        renderer = QSvgRenderer(QByteArray(svg))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(w, h)
        renderer.render(painter, QRectF((w - side) / 2, (h - side) / 2, side, side))
        if colour.alpha() < 255:  # a translucent disabled colour: fade the drawn shape
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
            painter.fillRect(image.rect(), QColor(0, 0, 0, colour.alpha()))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._render(size, mode, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return self._render(size, mode, max(1.0, float(scale)))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self._render(rect.size(), mode, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._svg, dict(self._tints))

    def key(self) -> str:
        return "readerTintedSvg"


def icon(name: str, palette: QPalette | None = None, style: QStyle | None = None) -> QIcon:
    """The icon for ``name`` in ``palette``'s colours (the application's when None); a null QIcon
    when there is none."""
    if not name:
        return QIcon()
    svg = drawing(name)
    if svg is not None:
        return QIcon(_TintedSvg(svg, colours(palette if palette is not None else QApplication.palette())))
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    fallback = FALLBACKS.get(name)
    if fallback is None:
        return QIcon()
    return (style or QApplication.style()).standardIcon(fallback)


class ThemedIcons:
    """Which action or button shows which icon, so all can be repainted for a new palette."""

    def __init__(self, palette: QPalette | None = None) -> None:
        self.palette = QPalette(palette) if palette is not None else QApplication.palette()
        self._bound: dict[int, tuple[weakref.ref[Target], str]] = {}

    def bind(self, target: Target, name: str) -> None:
        """Show icon ``name`` on ``target`` now and after every change of palette."""
        self._bound[id(target)] = (weakref.ref(target), name)
        self._apply(target, name)

    def name_of(self, target: Target) -> str:
        entry = self._bound.get(id(target))
        return entry[1] if entry is not None and entry[0]() is target else ""

    def set_palette(self, palette: QPalette) -> None:
        self.palette = QPalette(palette)
        for key, (ref, name) in list(self._bound.items()):
            target = ref()
            if target is None:
                del self._bound[key]
                continue
            self._apply(target, name)

    def _apply(self, target: Target, name: str) -> None:
        found = icon(name, self.palette)
        try:
            target.setIcon(found)
        except RuntimeError:  # the Qt object is gone
            self._bound.pop(id(target), None)
