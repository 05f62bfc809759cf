"""``article-reader library ...``: save, list, search, export and import articles without the window."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from reader.cli.output import exit_code, say_error, say_notices, terminal_safe, with_source

ACTIONS = ("add", "list", "search", "export", "import", "reextract", "delete")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("add", help="save pages (files or web addresses) to the library")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--tag", action="append", default=[], help="tag the saved articles (repeatable)")

    for name, help_ in (("list", "list saved articles, newest first"), ("search", "full-text search")):
        p = sub.add_parser(name, help=help_)
        if name == "search":
            p.add_argument("words", nargs="+", metavar="WORD", help="every word must occur")
        p.add_argument("--unread", action="store_true", help="only unread articles")
        p.add_argument("--favourites", action="store_true", help="only favourites")
        p.add_argument("--tag", help="only articles with this tag")
        p.add_argument("--site", help="only articles from this site")
        p.add_argument(
            "--sort",
            choices=("added", "opened", "title", "site") + (("relevance",) if name == "search" else ()),
            default="relevance" if name == "search" else "added",
        )
        p.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
        p.add_argument("--json", action="store_true", help="one JSON array instead of text lines")

    p = sub.add_parser("export", help="write saved articles as HTML and/or Markdown files")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="folder to write into")
    p.add_argument("--format", choices=("html", "markdown", "both"), default="both")

    p = sub.add_parser("import", help="save every .html/.mhtml page in a folder (and its subfolders)")
    p.add_argument("folder", type=Path, metavar="DIR")
    p.add_argument("--tag", action="append", default=[], help="tag the imported articles (repeatable)")

    p = sub.add_parser("reextract", help="re-run saved pages through the current extractor")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="default: every saved article")

    p = sub.add_parser("delete", help="remove saved articles")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from reader.library import Library

    with Library(ctx.paths.library_db) as lib:
        handler = {
            "add": _add,
            "list": _list,
            "search": _list,
            "export": _export,
            "import": _import,
            "reextract": _reextract,
            "delete": _delete,
        }[args.action]
        return handler(lib, args)


def _add(lib: Any, args: argparse.Namespace) -> int:
    from reader.errors import ReaderError
    from reader.library.loading import load_for_library

    lib.require_writable()  # a damaged or read-only library: say so once, before any page is fetched
    failures: list[ReaderError] = []
    for source in args.sources:
        try:
            loaded = load_for_library(source)
        except ReaderError as exc:
            say_error(with_source(source, exc.message))
            failures.append(exc)
            continue
        say_notices(getattr(loaded.article, "notices", ()))
        aid = lib.save(
            loaded.article, loaded.original, original_kind=loaded.kind, source=loaded.source, tags=args.tag
        )
        print(f"{aid}\t{terminal_safe(loaded.article.title, one_line=True)}")
    return exit_code(failures)


MAX_LIMIT = 1_000_000_000  # "all": more rows than any library holds
MAX_ID = 2**63 - 1  # SQLite's largest integer; no saved article can have a larger id


def _ids(ids: list[int]) -> list[int]:
    """The ids as given, after refusing any no article can have (``library get 10**25`` must not
    overflow SQLite's integers: it is simply not there)."""
    from reader.library.errors import NotInLibraryError

    for aid in ids:
        if not 0 < aid <= MAX_ID:
            raise NotInLibraryError(
                f"no saved article has the id {aid}", code="library.no_such_id", params={"id": str(aid)}
            )
    return list(ids)


def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "-"


def _list(lib: Any, args: argparse.Namespace) -> int:
    filters = dict(
        unread=args.unread, favourites=args.favourites, tag=args.tag, site=args.site, sort=args.sort
    )
    limit = args.limit if 0 < args.limit < MAX_LIMIT else MAX_LIMIT
    query = " ".join(args.words) if args.action == "search" else None
    entries = lib.entries(query=query, limit=limit, **filters)
    if args.json:
        from reader.articles.formats import dumps

        sys.stdout.write(dumps([e.to_json() for e in entries], indent=2) + "\n")
        return 0
    for e in entries:
        flags = ("★" if e.favourite else " ") + (" " if e.read else "•")
        tags = f"  [{', '.join(e.tags)}]" if e.tags else ""
        line = f"{e.id}\t{flags}\t{_when(e.added_at)}\t{_cell(e.site or '-')}\t{_cell(e.title)}{_cell(tags)}"
        print(line)
    return 0


def _cell(text: str) -> str:
    """A page's text on one terminal line: escapes shown, not obeyed; tabs and newlines as spaces."""
    return terminal_safe(text, one_line=True)


def _export(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.transfer import EXPORT_FORMATS, export_articles

    formats = EXPORT_FORMATS if args.format == "both" else (args.format,)
    for path in export_articles(lib, _ids(args.ids), args.output, formats):
        print(terminal_safe(str(path), one_line=True))
    return 0


def _import(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.transfer import import_folder

    lib.require_writable()
    report = import_folder(lib, args.folder, tags=args.tag)
    for name, reason in report.skipped:
        say_error(f"skipped {with_source(name, reason)}")
    print(f"imported {len(report.saved)} article(s), skipped {len(report.skipped)}")
    if report.saved or not report.skipped:
        return 0
    return exit_code(report.errors) or 2


def _reextract(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.reextract import reextract

    lib.require_writable()
    report = reextract(lib, _ids(args.ids) if args.ids else None)
    for aid, reason in report.failed:
        say_error(f"{aid}: kept the old text: {reason}")
    print(
        f"re-extracted {len(report.updated)}, without a saved page {len(report.no_original)}, "
        f"failed {len(report.failed)}"
    )
    return 0 if not report.failed else 3


def _delete(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.errors import NotInLibraryError

    lib.require_writable()
    ids = _ids(args.ids)
    for aid in ids:
        lib.get(aid)  # every id must exist before any is deleted
    done = lib.delete(ids)
    lib.purge_deleted(older_than_s=0, only=done)
    if len(done) != len(ids):
        raise NotInLibraryError("some articles were already deleted", code="library.already_deleted")
    print(f"deleted {len(done)} article(s)")
    return 0
