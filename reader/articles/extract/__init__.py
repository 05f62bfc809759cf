"""Decoded HTML -> one clean Article.

Order of trust: complete structured data (JSON-LD articleBody, Next.js/Nuxt payloads) when the page body
does not show more; a site rule for Korean outlets; trafilatura for everything else; then our own
boilerplate cleanup. The page is parsed once; no step recurses over the tree.
"""

from __future__ import annotations

import logging
import re

import lxml.html
from lxml.html import HtmlElement

from reader.articles.extract.cleanup import clean_blocks, split_deck
from reader.articles.extract.dom import parse_html, visible_lines
from reader.articles.extract.generic import densest_blocks, generic_blocks
from reader.articles.extract.metadata import Meta, byline_authors, detect_lang, read_meta
from reader.articles.extract.siterule import apply_rule, body_blocks
from reader.articles.extract.sites import SiteRule, match_rule
from reader.articles.extract.structured import (
    Payload,
    article_object,
    framework_bodies,
    jsonld_body,
    jsonld_objects,
)
from reader.articles.model import Article, Block, Paragraph
from reader.errors import NoArticleError

log = logging.getLogger(__name__)

__all__ = ["extract_article"]

MIN_ARTICLE_CHARS = 80
# A payload body replaces the page's body only when it is clearly longer (the page shows a teaser or nothing).
PAYLOAD_MARGIN = 1.25


_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")


def _looks_binary(html: str) -> bool:
    """Bytes that were never text (an image saved as .html): many control or replacement characters."""
    head = html[:8192]
    return bool(head) and len(_BINARY.findall(head)) > 0.05 * len(head)


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.plain_text()) for b in blocks)


def _payload_blocks(p: Payload, url: str | None, rule: SiteRule | None) -> list[Block]:
    if p.html:
        try:
            frag = lxml.html.fragment_fromstring(p.html, create_parent="div")
        except (lxml.etree.ParserError, ValueError):
            return []
        return body_blocks(frag, rule, url)
    paras = [" ".join(line.split()) for line in re.split(r"\n+", p.text)]
    return [Paragraph(t) for t in paras if t]


def _no_article(
    tree: HtmlElement | None, meta: Meta | None, url: str | None, why: str, code: str
) -> NoArticleError:
    lines = visible_lines(tree) if tree is not None else []
    fallback = Article(
        title=meta.title if meta else "",
        blocks=[Paragraph(line) for line in lines],
        site_name=meta.site_name if meta else "",
        url=(meta.url if meta else None) or url,
        lang=(meta.lang if meta else "") or detect_lang(" ".join(lines)),
        is_article=False,
        extractor="text",
    )
    return NoArticleError(why, fallback=fallback, code=code)


def extract_article(html: str, url: str | None = None) -> Article:
    """The article of a decoded page; NoArticleError (carrying the visible text) when there is none."""
    try:
        return _extract(html, url)
    except RecursionError:
        # last line of defence: a library we call recursed on a pathological page
        log.warning("extraction recursed too deeply on %s", url or "a page")
        raise NoArticleError(
            "the page is nested too deeply to read as an article", code="article.too_deep"
        ) from None


def _extract(html: str, url: str | None) -> Article:
    if _looks_binary(html):
        raise NoArticleError("this is not a web page (binary content)", code="article.binary")
    tree = parse_html(html)
    if tree is None:
        raise _no_article(None, None, url, "the page is empty", "article.empty")
    ld = article_object(jsonld_objects(tree))
    meta = read_meta(tree, url, ld)

    blocks: list[Block] = []
    extractor = ""
    rule = match_rule(meta.url, url)
    if rule is not None:
        res = apply_rule(tree, rule, meta.url or url)
        if res.title and (not meta.title or (res.title in meta.title and len(res.title) >= 4)):
            meta.title = res.title  # the site's headline element, without what the page title adds
        if res.subtitle and not meta.subtitle:
            meta.subtitle = res.subtitle
        if res.authors and not meta.authors:
            meta.authors = [a for a in dict.fromkeys(byline_authors(" ".join(res.authors)) or res.authors)]
        if res.published and not meta.published:
            meta.published = res.published
        if _chars(res.blocks) >= MIN_ARTICLE_CHARS:
            blocks, extractor = res.blocks, f"site:{rule.name}"
    if not blocks:
        blocks, extractor = generic_blocks(tree, meta.url or url), "generic"
    if _chars(blocks) < MIN_ARTICLE_CHARS:
        dense = densest_blocks(tree, meta.url or url)
        if _chars(dense) > _chars(blocks):
            blocks, extractor = dense, "density"
    bylines: list[str] = []
    blocks = clean_blocks(blocks, meta.title, meta.subtitle, bylines)

    # structured data: used when complete, i.e. when the page's body does not show more of the article
    payloads = [p for p in [jsonld_body(ld), *framework_bodies(tree)] if p is not None]
    dom_chars = _chars(blocks)
    for p in payloads:
        pblocks = clean_blocks(_payload_blocks(p, meta.url or url, rule), meta.title, meta.subtitle)
        if _chars(pblocks) >= MIN_ARTICLE_CHARS and _chars(pblocks) > PAYLOAD_MARGIN * dom_chars:
            blocks, extractor, dom_chars = pblocks, p.source, _chars(pblocks)

    blocks, deck = split_deck(blocks)
    if deck and not meta.subtitle:
        meta.subtitle = deck
    if _chars(blocks) < MIN_ARTICLE_CHARS and not (blocks and len(blocks) >= 2 and _chars(blocks) >= 40):
        raise _no_article(tree, meta, url, "no article found on this page", "article.none")

    if not meta.authors and bylines:
        meta.authors = list(dict.fromkeys(byline_authors(" ".join(bylines))))
    if not meta.lang:
        meta.lang = detect_lang(" ".join(b.plain_text() for b in blocks[:20]))
    if not meta.title:
        meta.title = blocks[0].plain_text()[:120] if blocks else ""
    return Article(
        title=meta.title,
        blocks=blocks,
        subtitle=meta.subtitle,
        authors=meta.authors,
        published=meta.published,
        updated=meta.updated,
        site_name=meta.site_name,
        url=meta.url or url,
        lang=meta.lang,
        is_article=True,
        extractor=extractor,
    )
