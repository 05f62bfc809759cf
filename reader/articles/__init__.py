"""Articles: fetch or read a page, decode it like a browser, extract one clean Article.

Qt-free. The public entry points are :func:`load_article` (any source) and
:func:`extract_article` (decoded HTML already in hand).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.articles.model import (
    Article,
    Block,
    Heading,
    Image,
    ListBlock,
    Mark,
    Note,
    Paragraph,
    Quote,
    Table,
)

if TYPE_CHECKING:
    from reader.articles.pipeline import article_from_bytes, extract_article, load_article

__all__ = [
    "Article",
    "Block",
    "Heading",
    "Image",
    "ListBlock",
    "Mark",
    "Note",
    "Paragraph",
    "Quote",
    "Table",
    "article_from_bytes",
    "extract_article",
    "load_article",
]


def __getattr__(name: str) -> Any:
    """Import the fetch/decode/extract pipeline on first use: the window paints its first article
    sooner when opening a known file does not pull in the network stack and the extractor."""
    if name in ("article_from_bytes", "extract_article", "load_article"):
        from reader.articles import pipeline

        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
