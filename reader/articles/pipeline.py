"""Source -> bytes -> text -> Article. (Placeholder extraction until the real extractor lands.)"""

from __future__ import annotations

import logging
from pathlib import Path

import lxml.html

from reader.articles.model import Article, Heading, Paragraph
from reader.errors import NoArticleError, SourceError

log = logging.getLogger(__name__)


def load_article(source: str) -> Article:
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc.strerror}") from exc
    return extract_article(data.decode("utf-8", errors="replace"), url=None)


def extract_article(html: str, url: str | None = None) -> Article:
    tree = lxml.html.fromstring(html)
    og = tree.xpath("//meta[@property='og:title']/@content")
    h1 = tree.xpath("//h1")
    title = og[0] if og else (h1[0].text_content().strip() if h1 else "")
    blocks: list[Paragraph | Heading] = []
    for el in tree.xpath("//article//p | //article//h2 | //article//h3"):
        text = " ".join(el.text_content().split())
        if text:
            blocks.append(Heading(text) if el.tag in ("h2", "h3") else Paragraph(text))
    if not blocks:
        raise NoArticleError("no article found on this page")
    return Article(title=title, blocks=list(blocks), url=url, extractor="placeholder")
