"""Source -> bytes -> decoded text -> Article. (Placeholder reading until the sources work lands.)"""

from __future__ import annotations

import logging
from pathlib import Path

from reader.articles.extract import extract_article
from reader.articles.model import Article
from reader.errors import SourceError

log = logging.getLogger(__name__)

__all__ = ["extract_article", "load_article"]


def load_article(source: str) -> Article:
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc.strerror}") from exc
    return extract_article(data.decode("utf-8", errors="replace"), url=None)
