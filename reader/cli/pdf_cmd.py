"""``article-reader pdf SOURCE -o out.pdf``: the print layout of an article as a PDF, without a window.

Qt is needed for type setting but not a display: with no display on Linux the offscreen platform
is used, and a QGuiApplication is enough. The file is written atomically.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import Any

from reader.cli.output import check_target, say, write_output, write_stdout
from reader.errors import ReaderError

PAPER_CHOICES = {"a4": "A4", "letter": "Letter"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Export an article as a print-ready PDF. The command has its own defaults (serif type at 11 pt, "
        "A4 or Letter by your locale, portrait, 18 mm margins, images and captions, ragged right) and "
        "these options; it does not follow what was last chosen in the window's print preview unless "
        "you ask with --use-window-settings (the options given here still apply on top)."
    )
    parser.add_argument("source", help="file, URL or - for standard input")
    parser.add_argument("-o", "--output", required=True, help="the PDF to write (- for standard output)")
    parser.add_argument("--font-size", type=float, metavar="PT", help="body size in points (default: 11)")
    parser.add_argument(
        "--large-print", action="store_true", help="large print: at least 16 pt, airier lines"
    )
    parser.add_argument("--paper", metavar="A4|Letter", help="paper size (default: Letter in the US, "
                        "Canada and a few more, else A4, from LC_PAPER/LANG)")  # fmt: skip
    parser.add_argument(
        "--landscape", action="store_true", help="landscape pages (two columns where they fit)"
    )
    parser.add_argument(
        "--margins", type=float, metavar="MM", help="page margins in millimetres (default: 18)"
    )
    parser.add_argument("--sans", action="store_true", help="sans-serif type instead of serif")
    parser.add_argument("--no-images", action="store_true", help="leave images and captions out")
    parser.add_argument("--no-captions", action="store_true", help="print images without their captions")
    parser.add_argument("--justify", action="store_true",
                        help="justify Latin text to both edges (Korean stays ragged right)")  # fmt: skip
    parser.add_argument("--columns", choices=("auto", "1", "2"), default=None,
                        help="columns per page (default auto: two when both get a good measure)")  # fmt: skip
    parser.add_argument("--use-window-settings", action="store_true",
                        help="start from the print choices saved by the window (size, paper, orientation, "
                        "margins, type, images) instead of the command's defaults")  # fmt: skip


def _options(args: Any, ctx: Any) -> Any:
    from reader.printing.options import (
        MAX_PT,
        MIN_PT,
        Margins,
        PrintOptions,
        default_paper,
        options_from_settings,
    )

    opts = (
        options_from_settings(ctx.settings)
        if args.use_window_settings
        else PrintOptions(paper=default_paper())
    )
    changes: dict[str, Any] = {}
    if args.paper is not None:
        paper = PAPER_CHOICES.get(args.paper.strip().lower())
        if paper is None:
            raise ReaderError(
                f"--paper must be A4 or Letter, not {args.paper!r}",
                code="option.choice",
                params={"option": "--paper"},
            )
        changes["paper"] = paper
    if args.font_size is not None:
        if not MIN_PT <= args.font_size <= MAX_PT:
            raise ReaderError(
                f"--font-size must be between {MIN_PT:g} and {MAX_PT:g} points",
                code="option.range",
                params={"option": "--font-size", "min": MIN_PT, "max": MAX_PT},
            )
        changes["font_size_pt"] = args.font_size
    if args.margins is not None:
        if not 5 <= args.margins <= 50:
            raise ReaderError(
                "--margins must be between 5 and 50 millimetres",
                code="option.range",
                params={"option": "--margins", "min": 5, "max": 50},
            )
        changes["margins"] = Margins.uniform(args.margins)
    if args.landscape:
        changes["orientation"] = "landscape"
    if args.sans:
        changes["font_style"] = "sans"
    if args.no_images:
        changes["images"] = False
    if args.no_captions:
        changes["captions"] = False
    if args.justify:
        changes["justify"] = True
    if args.columns is not None:
        changes["columns"] = 0 if args.columns == "auto" else int(args.columns)
    opts = dataclasses.replace(opts, **changes)
    return opts.large_print() if args.large_print else opts


def _ensure_gui_application() -> Any:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication(["article-reader"])


def run(args: Any, ctx: Any) -> int:
    from reader.articles import load_article
    from reader.printing import build_print_model

    options = _options(args, ctx)
    if args.output != "-":
        check_target(args.output, [args.source], ctx.paths)
        if not str(args.output).lower().endswith(".pdf"):  # a PDF under another name (x.html) misleads
            raise ReaderError(
                f"the output must be a .pdf file: {args.output}",
                code="output.extension",
                params={"extension": ".pdf"},
            )
    article = load_article(args.source)
    model = build_print_model(article, options)

    app = _ensure_gui_application()  # noqa: F841 - Qt needs the application object alive
    from reader.gui.printing.render import pdf_bytes

    data, pages = pdf_bytes(model)
    if args.output == "-":
        write_stdout(data)
    else:
        write_output(args.output, data)
        say(f"{args.output}: {pages} page{'s' if pages != 1 else ''}, {options.paper}")
    return 0
