"""``article-reader render SOURCE -o page.png``: the reader window, drawn headlessly to a PNG.

For docs, tests and anyone checking what the reader shows. The user's settings are read but never
changed: overrides live in a copy that is not saved.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import Any

from reader.cli.output import check_target, write_output
from reader.errors import OutputError, ReaderError
from reader.settings import SCHEMA_BY_NAME, THEMES, UI_LANGUAGES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="file, URL or - for stdin")
    parser.add_argument("-o", "--output", required=True, help="PNG file to write")
    parser.add_argument("--font-size", type=int, help="body text size in pixels (10-96)")
    parser.add_argument("--theme", choices=THEMES, help="colour theme")
    parser.add_argument("--width", type=int, default=1000, help="window width in pixels (default 1000)")
    parser.add_argument("--height", type=int, default=800, help="window height in pixels (default 800)")
    parser.add_argument("--ui-language", choices=UI_LANGUAGES, help="interface language")
    parser.add_argument("--scroll-to", type=int, default=0, metavar="N", help="scroll to article block N")


def _headless() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(args: Any, ctx: Any) -> int:
    size = SCHEMA_BY_NAME["font_size"]
    lo, hi = int(size.min or 10), int(size.max or 96)
    if args.font_size is not None and not lo <= args.font_size <= hi:
        raise ReaderError(
            f"--font-size must be between {lo} and {hi}, not {args.font_size}",
            code="option.range",
            params={"option": "--font-size", "min": lo, "max": hi},
        )
    if not (200 <= args.width <= 8000 and 200 <= args.height <= 8000):
        raise ReaderError(
            "--width and --height must be between 200 and 8000 pixels",
            code="option.range",
            params={"option": "--width/--height", "min": 200, "max": 8000},
        )
    if not args.output.lower().endswith(".png"):
        raise ReaderError(
            f"the output must be a .png file: {args.output}",
            code="output.extension",
            params={"extension": ".png"},
        )
    check_target(args.output, [args.source], ctx.paths)

    from reader.articles import load_article

    article = load_article(args.source)  # fails before Qt starts, with one clear line

    from reader.settings import Settings

    settings = Settings(None)  # a copy: nothing here is saved
    for name, value in ctx.settings.as_dict().items():
        settings.set(name, value, save=False)
    if args.font_size is not None:
        settings.set("font_size", args.font_size, save=False)
    if args.theme:
        settings.set("theme", args.theme, save=False)
    if args.ui_language:
        settings.set("ui_language", args.ui_language, save=False)
    from reader.state import AppState

    # a window of exactly the size asked for, with no one-time notice over the page, and nothing kept
    render_ctx = dataclasses.replace(ctx, settings=settings, _state=AppState.scratch())

    _headless()
    png = render_png(render_ctx, article, args.source, args.width, args.height, args.scroll_to)
    write_output(args.output, png)
    return 0


def render_png(ctx: Any, article: Any, source: str, width: int, height: int, scroll_to: int = 0) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from reader.gui.app import build_window

    app, window = build_window(ctx)
    window.resize(width, height)
    window.show()
    window.show_article(article, source)
    app.processEvents()
    if scroll_to:
        window.view.scroll_to_block(scroll_to)
        app.processEvents()
    image = window.grab().toImage()
    window.close()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes str
        raise OutputError("the page could not be encoded as PNG", code="output.png")
    buf.close()
    return bytes(data.data())
