"""Command line: ``article-reader [SOURCE]`` opens the window; subcommands work headlessly.

Each subcommand lives in its own module exposing ``add_arguments(parser)`` and ``run(args, ctx)``;
modules are imported only when their command runs, so ``extract`` never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from reader.errors import ReaderError

log = logging.getLogger(__name__)

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("reader.cli.extract_cmd", "print the clean article of one or more pages"),
    "render": ("reader.cli.render_cmd", "render the reader view of an article to a PNG"),
    "speak": ("reader.cli.speak_cmd", "read an article aloud into an MP3 file"),
    "pdf": ("reader.cli.pdf_cmd", "export an article as a print-ready PDF"),
    "library": ("reader.cli.library_cmd", "manage saved articles"),
    "doctor": ("reader.cli.doctor_cmd", "check that this installation can extract articles"),
}


class _VersionAction(argparse.Action):
    """``--version``: the version, plus a warning when the article extractor cannot load."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from reader.cli.doctor_cmd import version_text

        print(version_text())
        parser.exit()


def _available_commands() -> dict[str, tuple[str, str]]:
    out = {}
    for name, (module, help_) in COMMANDS.items():
        if importlib.util.find_spec(module) is not None:
            out[name] = (module, help_)
    return out


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--basedir", help="keep config, data and cache under this folder (for testing)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")


def build_parser(commands: dict[str, tuple[str, str]]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="article-reader",
        usage="article-reader [--basedir DIR] [-v] [SOURCE]\n       article-reader COMMAND [options] ...",
        description=(
            "Read news articles in calm, adjustable type; print them and listen to them.\n\n"
            "With no COMMAND, article-reader opens the window: on SOURCE (a saved page, .html, .mhtml or\n"
            ".txt file, an http(s) address, or - for standard input) when one is given, else on the\n"
            "bundled sample article in your language. The window needs a display (X11 or Wayland);\n"
            "the commands below need none."
        ),
        epilog="Each command has its own --help, e.g. article-reader pdf --help.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version (and a broken install)"
    )
    _common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_) in commands.items():
        p = sub.add_parser(name, help=help_, description=help_)
        _common(p)
        importlib.import_module(module).add_arguments(p)
    return parser


def _parse_command(name: str, spec: tuple[str, str], args_list: list[str]) -> argparse.Namespace:
    """Parse one subcommand on its own parser, so options may stand between sources
    (``extract a.html --format jsonl b.html``)."""
    module, help_ = spec
    parser = argparse.ArgumentParser(prog=f"article-reader {name}", description=help_)
    _common(parser)
    importlib.import_module(module).add_arguments(parser)
    rest = list(args_list)
    rest.remove(name)
    has_subcommands = any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
    args = parser.parse_args(rest) if has_subcommands else parser.parse_intermixed_args(rest)
    args.command = name
    return args


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="article-reader", add_help=False)
    _common(parser)
    parser.add_argument("source", nargs="?", help="file, URL or - for stdin; default: the bundled sample")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    commands = _available_commands()
    first = _first_positional(args_list)
    wants_help = any(a in ("-h", "--help", "--version") for a in args_list)
    try:
        if first in commands:
            args = _parse_command(first, commands[first], args_list)
            _setup_logging(args.verbose)
            module = importlib.import_module(commands[first][0])
            return int(module.run(args, _context(args)))
        if wants_help and first is None:
            build_parser(commands).parse_args(args_list)  # prints help or version and exits
        args = build_gui_parser().parse_args(args_list)
        _setup_logging(args.verbose)
        from reader.gui.app import NoDisplayError, display_problem  # Qt-free: said before Qt aborts

        problem = display_problem()
        if problem is not None:
            raise NoDisplayError(problem)
        ctx = _context(args)
        early = _start_early_extraction(args, ctx)  # before Qt loads: see reader.articles.early
        from reader.gui.app import run_gui  # Qt loads only for the window

        return int(run_gui(args, ctx, early=early))
    except ReaderError as exc:
        from reader.cli.output import say_error

        say_error(exc.message)
        return exc.exit_code
    except BrokenPipeError:  # `... | head` stopped reading: what it read was all it wanted
        from reader.cli.output import silence_stdout

        silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("article-reader: interrupted", file=sys.stderr)
        return 130
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("reader.gui"):
            print("article-reader: the window is not available in this build", file=sys.stderr)
            return 1
        raise


def _first_positional(args: list[str]) -> str | None:
    """The command word, skipping global options and the value ``--basedir`` takes."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--basedir":
            skip = True
        elif arg == "-" or not arg.startswith("-"):
            return arg
    return None


def _guess_language(setting: str) -> str:
    """The window's language as the environment tells it, without Qt (a wrong guess costs only time)."""
    if setting in ("ko", "en"):
        return setting
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for tag in os.environ.get(var, "").split(":"):
            primary = tag.replace("_", "-").split("-")[0].split(".")[0].lower()
            if primary in ("ko", "en"):
                return primary
    return "en"


def _start_early_extraction(args: Any, ctx: Any) -> Any:
    from reader.articles.early import start_early_extraction
    from reader.paths import sample_article

    source = getattr(args, "source", None)
    if not source:
        source = sample_article(_guess_language(str(ctx.settings.get("ui_language"))))
    elif str(source) == "-":
        return None
    return start_early_extraction(str(source), ctx.paths.cache_dir)


def _context(args: Any) -> Any:
    from reader.context import AppContext

    ctx = AppContext.create(getattr(args, "basedir", None))
    if getattr(args, "command", None):  # the window shows these itself, in its message bar
        from reader.cli.output import say_notices

        say_notices(ctx.notices)
    return ctx


class _QuietLibraries(logging.Filter):
    """Without -v, stderr carries our own warnings only: a library's chatter (trafilatura's
    "discarding data: None") would break the one-line error promise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR or record.name == "reader" or record.name.startswith("reader.")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_QuietLibraries())
