"""Import a folder of saved pages; export saved articles as HTML and Markdown files."""

from __future__ import annotations

import contextlib
import html
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles.model import Article, Heading, Image, ListBlock, Note, Quote, Table
from reader.atomicio import Staged, stage_bytes
from reader.errors import OutputError, ReaderError, WriteError
from reader.library.loading import IMPORTABLE, load_for_library
from reader.library.store import Library

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("html", "markdown")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    saved: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    errors: list[ReaderError] = field(default_factory=list)  # why each was skipped, for the exit code


def importable_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMPORTABLE)


def import_folder(
    library: Library, folder: Path, *, tags: Iterable[str] = (), progress: Progress | None = None
) -> ImportReport:
    """Save every .html/.mhtml page under ``folder``; a page that fails is listed, not fatal."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReaderError(
            f"{folder} is not a folder", code="import.not_a_folder", params={"folder": str(folder)}
        )
    files = importable_files(folder)
    report = ImportReport()
    tag_list = list(tags)
    for n, path in enumerate(files, 1):
        if progress:
            progress(n, len(files), path.name)
        try:
            loaded = load_for_library(str(path))
            aid = library.save(
                loaded.article,
                loaded.original,
                original_kind=loaded.kind,
                source=loaded.source,
                tags=tag_list,
            )
        except ReaderError as exc:
            if type(exc).__module__.startswith("reader.library"):
                raise  # the library itself failed: stop, don't skip every file
            report.skipped.append((str(path), exc.message))
            report.errors.append(exc)
            continue
        report.saved.append(aid)
    return report


# A file name may hold 255 bytes; room is left for the id, the extension and a temporary name's extras.
NAME_BYTES = 160


def export_name(article_id: int, title: str) -> str:
    """``<id>-<title>``, with what file systems refuse replaced and the title cut to fit in bytes, not
    characters: 80 Hangul syllables are 240 bytes of UTF-8, past the 255 a name may have with its id."""
    stem = _UNSAFE.sub("-", " ".join(title.split())).strip(" .-")
    raw = stem.encode("utf-8")[:NAME_BYTES]
    stem = raw.decode("utf-8", "ignore").rstrip(" .-")
    return f"{article_id}-{stem}" if stem else str(article_id)


def export_articles(
    library: Library, article_ids: Iterable[int], folder: Path, formats: Iterable[str] = EXPORT_FORMATS
) -> list[Path]:
    """Write each article as ``<id>-<title>.html`` and/or ``.md``; returns the files written.

    All or nothing: every file is written to a temporary name first and the names are switched only
    when all of them are complete, so a failure (a full disk at the fifth article) leaves no new file
    and no earlier file replaced. ``folder`` is created if missing, but not the folders above it.
    """
    folder = Path(folder)
    fmts = list(formats)
    for f in fmts:
        if f not in EXPORT_FORMATS:
            raise OutputError(
                f"unknown export format {f!r}; use html or markdown",
                code="export.format",
                params={"format": f},
            )
    articles = [(aid, library.article(aid)) for aid in article_ids]  # all found before anything is written
    created = _make_export_folder(folder)
    staged: list[Staged] = []
    try:
        for aid, article in articles:
            name = export_name(aid, article.title)
            for fmt in fmts:
                target = folder / (name + (".html" if fmt == "html" else ".md"))
                text = to_html(article) if fmt == "html" else to_markdown(article)
                staged.append(stage_bytes(target, text.encode("utf-8")))
        for item in staged:
            item.commit()
    except BaseException:
        for item in staged:
            item.discard()
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return [item.given for item in staged]


def _make_export_folder(folder: Path) -> bool:
    """Create ``folder`` (not its parents); True when it was created here."""
    if folder.is_dir():
        return False
    if folder.exists():
        raise WriteError(folder, "it is not a folder", code="output.not_a_folder")
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise WriteError(
            folder,
            f"the folder {parent} does not exist",
            code="output.no_folder",
            params={"folder": str(parent)},
        )
    try:
        folder.mkdir()
    except OSError as exc:
        raise WriteError(folder, exc.strerror or str(exc), code="output.failed", err=exc.errno) from exc
    return True


def to_html(article: Article) -> str:
    try:
        from reader.articles import formats

        return str(formats.to_html(article))
    except (ImportError, AttributeError):
        return _fallback_html(article)


def to_markdown(article: Article) -> str:
    try:
        from reader.articles import formats

        return str(formats.to_markdown(article))
    except (ImportError, AttributeError):
        return _fallback_markdown(article)


def _fallback_html(article: Article) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(article.lang or "")}"><head><meta charset="utf-8">',
        f"<title>{e(article.title)}</title>",
    ]
    if article.url:
        out.append(f'<link rel="canonical" href="{e(article.url)}">')
    out.append("</head><body><article>")
    out.append(f"<h1>{e(article.title)}</h1>")
    if article.subtitle:
        out.append(f"<p><strong>{e(article.subtitle)}</strong></p>")
    for b in article.blocks:
        if isinstance(b, Heading):
            lvl = min(max(b.level, 2), 6)
            out.append(f"<h{lvl}>{e(b.text)}</h{lvl}>")
        elif isinstance(b, Quote):
            out.append(f"<blockquote><p>{e(b.text)}</p></blockquote>")
        elif isinstance(b, ListBlock):
            tag = "ol" if b.ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + f"</{tag}>")
        elif isinstance(b, Image):
            cap = f"<figcaption>{e(b.caption)}</figcaption>" if b.caption else ""
            out.append(f'<figure><img src="{e(b.src)}" alt="{e(b.alt)}">{cap}</figure>')
        elif isinstance(b, Table):
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b.rows)
            out.append(f"<table>{rows}</table>")
        elif isinstance(b, Note):
            out.append(f"<p><small>{e(b.text)}</small></p>")
        else:
            out.append(f"<p>{e(b.plain_text())}</p>")
    out.append("</article></body></html>")
    return "\n".join(out) + "\n"


def _fallback_markdown(article: Article) -> str:
    out = [f"# {article.title}", ""]
    if article.subtitle:
        out += [f"**{article.subtitle}**", ""]
    if article.url:
        out += [f"<{article.url}>", ""]
    for b in article.blocks:
        if isinstance(b, Heading):
            out.append("#" * min(max(b.level, 2), 6) + " " + b.text)
        elif isinstance(b, Quote):
            out.append("> " + b.text)
        elif isinstance(b, ListBlock):
            out.append("\n".join((f"{i}. " if b.ordered else "- ") + t for i, t in enumerate(b.items, 1)))
        elif isinstance(b, Image):
            out.append(f"![{b.alt}]({b.src})" + (f"\n\n{b.caption}" if b.caption else ""))
        else:
            out.append(b.plain_text())
        out.append("")
    return "\n".join(out)
