"""Articles: fetch or read a page, decode it like a browser, extract one clean Article.

Qt-free. The public entry points are :func:`load_article` (any source) and
:func:`extract_article` (decoded HTML already in hand).
"""

from __future__ import annotations

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
