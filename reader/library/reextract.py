"""Re-extract: run saved originals through the current extractor, keeping the user's data."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reader.errors import ReaderError
from reader.library.loading import article_from_original
from reader.library.store import Library

log = logging.getLogger(__name__)


@dataclass
class ReextractReport:
    updated: list[int] = field(default_factory=list)
    no_original: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


def reextract(
    library: Library,
    article_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReextractReport:
    """Replace each stored Article with a fresh extraction of its original page.

    Tags, read state, favourite, position and queue place are untouched; an article whose page
    no longer extracts keeps its old text (and is reported).
    """
    ids = list(article_ids) if article_ids is not None else library.ids()
    report = ReextractReport()
    for n, aid in enumerate(ids, 1):
        if progress:
            progress(n, len(ids))
        original = library.original(aid)
        if original is None:
            report.no_original.append(aid)
            continue
        data, kind = original
        try:
            article = article_from_original(data, kind, library.get(aid).url)
        except ReaderError as exc:
            report.failed.append((aid, exc.message))
            continue
        library.replace_article(aid, article)
        report.updated.append(aid)
    return report
