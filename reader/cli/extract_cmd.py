"""``article-reader extract SOURCE...``: the clean article of each page, as text, Markdown, HTML or JSON.

jsonl is for batches: exactly one line per SOURCE, in order, a failed source included (as
{"source", "error"}), so a script can zip the output with its input. Other formats are all or
nothing: with one failure nothing is printed or written, and the exit code says so.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from typing import Any

from reader.cli.output import (
    check_target,
    exit_code,
    say_error,
    say_notices,
    with_source,
    write_output,
    write_stdout,
)
from reader.errors import ReaderError

log = logging.getLogger(__name__)

FORMAT_CHOICES = ("json", "jsonl", "text", "markdown", "html")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a saved page (.html, .mhtml, .txt), an http(s) address, or - for standard input",
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMAT_CHOICES,
        default="text",
        help="output format (default: text; jsonl = one JSON object per SOURCE per line)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically: on any failure nothing is written) instead of stdout",
    )
    parser.add_argument(
        "--visible-text",
        action="store_true",
        help="for a page without an article, output the page's visible text instead of failing",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=20.0,
        metavar="SECONDS",
        help="network timeout for web addresses (default: 20)",
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("the timeout must be more than 0 and at most 600 seconds")
    return value


@dataclass
class Outcome:
    source: str
    article: Any = None  # Article
    error: ReaderError | None = None


def _load(source: str, args: argparse.Namespace) -> Outcome:
    from reader.articles import load_article
    from reader.errors import NoArticleError, SourceError

    try:
        article = load_article(source, timeout=args.timeout)
        say_notices(getattr(article, "notices", ()))
        return Outcome(source, article=article)
    except NoArticleError as exc:
        if args.visible_text and exc.fallback is not None:
            say_error(f"{source}: no article found; printing the page's visible text")
            return Outcome(source, article=exc.fallback)
        hint = "" if args.visible_text else "; use --visible-text to get the page's visible text instead"
        exc.message = f"{source}: no article found on this page{hint}"
        return Outcome(source, error=exc)
    except ReaderError as exc:
        return Outcome(source, error=exc)
    except Exception as exc:  # a bug in extraction must not cost the rest of a batch, nor show a traceback
        log.debug("unexpected failure reading %s", source, exc_info=True)
        return Outcome(
            source,
            error=SourceError(
                f"{source}: could not be read because of an internal error ({type(exc).__name__}); "
                "run with -v for details",
                code="source.internal",
                params={"source": source, "error": type(exc).__name__},
            ),
        )


def _message(outcome: Outcome, batch: bool = True) -> str:
    assert outcome.error is not None
    msg = outcome.error.message
    return with_source(outcome.source, msg) if batch else msg


def run(args: argparse.Namespace, ctx: Any) -> int:
    from reader.articles import formats

    if args.output:
        # before any page is read: a FIFO, a device, a missing folder, or one of the pages itself
        check_target(args.output, args.sources, ctx.paths)
    outcomes = [_load(s, args) for s in args.sources]
    failures = [o for o in outcomes if o.error is not None]
    fmt = args.format

    if fmt == "jsonl":
        lines = []
        for o in outcomes:
            if o.error is not None:
                lines.append(formats.dumps({"source": o.source, "error": _message(o)}))
            else:
                lines.append(formats.dumps({"source": o.source, **o.article.to_dict()}))
        for o in failures:
            say_error(_message(o))
        if args.output and failures:
            say_error(f"nothing written to {args.output}")
            return _exit_code(failures)
        _emit("".join(line + "\n" for line in lines), args.output)
        return _exit_code(failures)

    if failures:
        for o in failures:
            say_error(_message(o, batch=len(outcomes) > 1))
        if args.output:
            say_error(f"nothing written to {args.output}")
        return _exit_code(failures)

    articles = [o.article for o in outcomes]
    if fmt == "json":
        if len(articles) == 1:
            out = formats.to_json(articles[0]) + "\n"
        else:
            out = (
                formats.dumps([{"source": o.source, **o.article.to_dict()} for o in outcomes], indent=2)
                + "\n"
            )
    elif fmt == "html":
        out = formats.to_html(articles)
    else:
        sep = "\n" + "─" * 40 + "\n\n" if fmt == "text" else "\n---\n\n"
        out = sep.join(formats.render(a, fmt) for a in articles)
    _emit(out, args.output)
    return 0


def _exit_code(failures: list[Outcome]) -> int:
    return exit_code(o.error for o in failures if o.error is not None) or (1 if failures else 0)


def _emit(text: str, output: str | None) -> None:
    data = text.encode("utf-8")
    if output:
        write_output(output, data)
    else:
        write_stdout(data)
