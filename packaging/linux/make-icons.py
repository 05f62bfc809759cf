#!/usr/bin/env python3
"""Render the application icon's PNG sizes from its one SVG source.

The SVG in resources/icons/ is the only hand-drawn file. This script copies it into the hicolor
theme layout that desktops and Flatpak install from, and renders every PNG size with Qt's own SVG
renderer, so no extra tool is needed. Run it after editing the SVG and commit what it writes:

    QT_QPA_PLATFORM=offscreen python packaging/linux/make-icons.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

APP_ID = "io.github.articlereader.ArticleReader"
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "article-reader.svg"
THEME = ROOT / "packaging" / "linux" / "icons" / "hicolor"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The window loads these from the installed package; 512 is left out to keep the wheel small.
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    scalable = THEME / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    for size in THEME_SIZES:
        render(SOURCE, size, THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    for size in WINDOW_SIZES:
        render(SOURCE, size, SOURCE.with_name(f"article-reader-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
