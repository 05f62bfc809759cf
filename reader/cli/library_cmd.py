"""``article-reader library ...``: save, list, search, export and import articles without the window."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

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

    failed = 0
    for source in args.sources:
        try:
            loaded = load_for_library(source)
        except ReaderError as exc:
            print(f"article-reader: {source}: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        aid = lib.save(
            loaded.article, loaded.original, original_kind=loaded.kind, source=loaded.source, tags=args.tag
        )
        print(f"{aid}\t{loaded.article.title}")
    return 2 if failed else 0


def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "-"


def _list(lib: Any, args: argparse.Namespace) -> int:
    filters = dict(
        unread=args.unread, favourites=args.favourites, tag=args.tag, site=args.site, sort=args.sort
    )
    limit = args.limit if args.limit > 0 else 1_000_000_000
    query = " ".join(args.words) if args.action == "search" else None
    entries = lib.entries(query=query, limit=limit, **filters)
    if args.json:
        json.dump([e.to_json() for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for e in entries:
        flags = ("★" if e.favourite else " ") + (" " if e.read else "•")
        tags = f"  [{', '.join(e.tags)}]" if e.tags else ""
        print(f"{e.id}\t{flags}\t{_when(e.added_at)}\t{e.site or '-'}\t{e.title}{tags}")
    return 0


def _export(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.transfer import EXPORT_FORMATS, export_articles

    formats = EXPORT_FORMATS if args.format == "both" else (args.format,)
    for path in export_articles(lib, args.ids, args.output, formats):
        print(path)
    return 0


def _import(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.transfer import import_folder

    report = import_folder(lib, args.folder, tags=args.tag)
    for name, reason in report.skipped:
        print(f"article-reader: skipped {name}: {reason}", file=sys.stderr)
    print(f"imported {len(report.saved)} article(s), skipped {len(report.skipped)}")
    return 0 if report.saved or not report.skipped else 2


def _reextract(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.reextract import reextract

    report = reextract(lib, args.ids or None)
    for aid, reason in report.failed:
        print(f"article-reader: {aid}: kept the old text: {reason}", file=sys.stderr)
    print(
        f"re-extracted {len(report.updated)}, without a saved page {len(report.no_original)}, "
        f"failed {len(report.failed)}"
    )
    return 0 if not report.failed else 3


def _delete(lib: Any, args: argparse.Namespace) -> int:
    from reader.library.errors import NotInLibraryError

    for aid in args.ids:
        lib.get(aid)  # every id must exist before any is deleted
    done = lib.delete(args.ids)
    lib.purge_deleted(older_than_s=0, only=done)
    if len(done) != len(args.ids):
        raise NotInLibraryError("some articles were already deleted")
    print(f"deleted {len(done)} article(s)")
    return 0
