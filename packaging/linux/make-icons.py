#!/usr/bin/env python3
"""Render the application icon's PNG sizes from its one SVG source.

The SVG in resources/icons/ is the only hand-drawn file. This script copies it into the hicolor
theme layout that desktops and Flatpak install from, renders every PNG size with Qt's own SVG
renderer, and packs the Windows .ico and macOS .icns the PyInstaller spec uses (both formats hold
plain PNGs, so no extra tool is needed). Run it after editing the SVG and commit what it writes:

    QT_QPA_PLATFORM=offscreen python packaging/linux/make-icons.py
"""

from __future__ import annotations

import shutil
import struct
import sys
import tempfile
from pathlib import Path

APP_ID = "io.github.articlereader.ArticleReader"
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "article-reader.svg"
THEME = ROOT / "packaging" / "linux" / "icons" / "hicolor"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The window loads these from the installed package; 512 is left out to keep the wheel small.
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)
PYINSTALLER = ROOT / "packaging" / "pyinstaller"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types and the pixel size each holds (the @2x types reuse the doubled size)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


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


def write_ico(pngs: dict[int, bytes], out: Path) -> None:
    """An .ico whose entries are PNG images, as Windows has read since Vista."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    out.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], out: Path) -> None:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


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
    with tempfile.TemporaryDirectory() as tmp:
        pngs: dict[int, bytes] = {}
        for size in sorted({*ICO_SIZES, *(s for _, s in ICNS_TYPES)}):
            png = Path(tmp) / f"{size}.png"
            render(SOURCE, size, png)
            pngs[size] = png.read_bytes()
        write_ico({s: pngs[s] for s in ICO_SIZES}, PYINSTALLER / "article-reader.ico")
        write_icns(pngs, PYINSTALLER / "article-reader.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
