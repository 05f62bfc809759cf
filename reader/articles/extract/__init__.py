"""Decoded HTML -> Article. (Placeholder until the real extractor lands.)"""

from __future__ import annotations

import lxml.html

from reader.articles.model import Article, Block, Heading, Paragraph
from reader.errors import NoArticleError


def extract_article(html: str, url: str | None = None) -> Article:
    tree = lxml.html.fromstring(html)
    og = tree.xpath("//meta[@property='og:title']/@content")
    h1 = tree.xpath("//h1")
    title = og[0] if og else (h1[0].text_content().strip() if h1 else "")
    blocks: list[Block] = []
    for el in tree.xpath("//article//p | //article//h2 | //article//h3"):
        text = " ".join(el.text_content().split())
        if text:
            blocks.append(Heading(text) if el.tag in ("h2", "h3") else Paragraph(text))
    if not blocks:
        raise NoArticleError("no article found on this page")
    return Article(title=title, blocks=blocks, url=url, extractor="placeholder")
