"""Decoded HTML -> one clean Article.

Order of trust: complete structured data (JSON-LD articleBody, Next.js/Nuxt payloads) when the page body
does not show more; a site rule for Korean outlets; for everything else, trafilatura's choice and a
Readability-style candidate merged on the page's own blocks (candidates.py); then one boilerplate cleanup.
The page is parsed once and walked once for its blocks and the readable candidate's measures; no step
recurses over the tree, and the work is capped by the number of elements.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
from typing import Any

import lxml.html
from lxml.html import HtmlElement

from reader.articles.extract.blocks import resolve_urls
from reader.articles.extract.candidates import (
    join_lists,
    large_page,
    mark_readable,
    prune,
    readable_only,
    select,
)
from reader.articles.extract.cleanup import clean_blocks, drop_author_lines, split_deck
from reader.articles.extract.dom import parse_html, visible_lines
from reader.articles.extract.generic import generic_blocks, unhide_embedded_posts
from reader.articles.extract.metadata import Meta, byline_authors, detect_lang, read_meta
from reader.articles.extract.readable import Measures, find_readable
from reader.articles.extract.segments import PageBlocks, coverage, mapped_share, page_segments
from reader.articles.extract.siterule import apply_rule, body_blocks
from reader.articles.extract.sites import SiteRule, match_rule
from reader.articles.extract.structured import (
    Payload,
    article_object,
    framework_bodies,
    jsonld_body,
    jsonld_objects,
    text_blocks,
)
from reader.articles.model import Article, Block, Heading, ListBlock, Note, Paragraph, Quote, Table
from reader.errors import NoArticleError, TooLargeError

log = logging.getLogger(__name__)

__all__ = ["extract_article"]

MIN_ARTICLE_CHARS = 80
# Work is linear in the page's elements (benchmarks/extraction_scaling.py); this cap keeps the slowest page
# a few seconds. Real articles stay far below it (the largest development page has about 10,000).
MAX_ELEMENTS = 100_000
TRAFILATURA_MAX_ELEMENTS = 25_000
MAPPED_MIN = 0.5  # below this share of trafilatura's text found in our walk, its own blocks are used
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
    return text_blocks(p.text)


def _too_large(elements: int) -> TooLargeError:
    return TooLargeError(
        f"the page has more than {MAX_ELEMENTS:,} elements, too many to read as an article",
        code="page.too_many_elements",
        params={"elements": elements, "limit": MAX_ELEMENTS},
    )


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


def extract_article(html: str, url: str | None = None, *, site_rules: bool = True) -> Article:
    """The article of a decoded page; NoArticleError (carrying the visible text) when there is none.

    ``site_rules=False`` runs the generic path only (the benchmark measures how far it goes alone).
    """
    try:
        return _extract(html, url, site_rules)
    except RecursionError:
        # last line of defence: a library we call recursed on a pathological page
        log.warning("extraction recursed too deeply on %s", url or "a page")
        raise NoArticleError(
            "the page is nested too deeply to read as an article", code="article.too_deep"
        ) from None


def _extract(html: str, url: str | None, site_rules: bool) -> Article:
    if _looks_binary(html):
        raise NoArticleError("this is not a web page (binary content)", code="article.binary")
    if html.count("<") > 4 * MAX_ELEMENTS:  # plainly over the cap: not even parsed
        raise _too_large(html.count("<") // 2)
    tree = parse_html(html)
    if tree is None:
        raise _no_article(None, None, url, "the page is empty", "article.empty")
    elements = sum(1 for _ in itertools.islice(tree.iter(), MAX_ELEMENTS + 1))
    if elements > MAX_ELEMENTS:
        raise _too_large(elements)
    ld = article_object(jsonld_objects(tree))
    meta = read_meta(tree, url, ld)
    base = meta.url or url
    rule = match_rule(meta.url, url) if site_rules else None
    payloads = [p for p in [jsonld_body(ld), *framework_bodies(tree)] if p is not None]  # before any pruning
    blocks, extractor = _site_blocks(tree, rule, meta, base) if rule is not None else ([], "")
    if not blocks:
        blocks, extractor = _generic(tree, base, elements)
    bylines: list[str] = []
    blocks = clean_blocks(blocks, meta.title, meta.subtitle, bylines)
    blocks, extractor = _prefer_payload(payloads, blocks, extractor, meta, rule, base)
    blocks, deck = split_deck(drop_author_lines(blocks, meta.authors))
    if deck and not meta.subtitle:
        meta.subtitle = deck
    if not _is_article(blocks, tree, ld, meta):
        raise _no_article(tree, meta, url, "no article found on this page", "article.none")
    return _article(meta, blocks, extractor, bylines, url)


_PROSE = (Paragraph, Quote, Note, ListBlock, Table)
READABLE_SCORE = 20.0  # Readability's own threshold for a page worth reading


def _is_article(blocks: list[Block], tree: HtmlElement, ld: dict[str, Any] | None, meta: Meta) -> bool:
    """Enough prose to read, or a short text that reads as one.

    Prose is scored as Readability scores whether a page is worth reading (each paragraph over 140
    characters adds the square root of its excess). A shorter text is still an article when the page says so
    (JSON-LD, og:type, a publication date, a byline, an <article> element) or when its paragraphs outnumber
    its headings: a brief of a few sentences is an article, a page of formulas under headings is not.
    """
    chars = _chars(blocks)
    if chars < 40 or (chars < MIN_ARTICLE_CHARS and len(blocks) < 2):
        return False
    prose = [len(b.plain_text()) for b in blocks if isinstance(b, _PROSE)]
    if sum(math.sqrt(n - 140) for n in prose if n > 140) >= READABLE_SCORE:
        return True
    og_type = (tree.xpath("string(//meta[@property='og:type']/@content)") or "").strip().lower()
    says_article = bool(ld) or og_type == "article" or bool(meta.published) or bool(meta.authors)
    if says_article or tree.find(".//article") is not None:
        return sum(prose) >= 40
    return len(prose) >= sum(isinstance(b, Heading) for b in blocks)


def _site_blocks(tree: HtmlElement, rule: SiteRule, meta: Meta, base: str | None) -> tuple[list[Block], str]:
    """The site rule's body, and what its headline, deck, byline and date elements add to the metadata."""
    res = apply_rule(tree, rule, base)
    if res.title and (not meta.title or (res.title in meta.title and len(res.title) >= 4)):
        meta.title = res.title  # the site's headline element, without what the page title adds
    if res.subtitle and not meta.subtitle:
        meta.subtitle = res.subtitle
    if res.authors and not meta.authors:
        meta.authors = list(dict.fromkeys(byline_authors(" ".join(res.authors)) or res.authors))
    if res.published and not meta.published:
        meta.published = res.published
    if _chars(res.blocks) >= MIN_ARTICLE_CHARS:
        return res.blocks, f"site:{rule.name}"
    return [], ""


def _generic(tree: HtmlElement, base: str | None, elements: int) -> tuple[list[Block], str]:
    """trafilatura's choice and the readable candidate's, merged on the page's own blocks."""
    unhide_embedded_posts(tree)  # before any candidate looks: quoted posts are part of the story
    body = tree.find("body")
    measured = Measures(strip=True)  # the readable candidate's measures, taken during the page walk
    page = page_segments(body if body is not None else tree, measured, base)
    readable = find_readable(tree, measured)
    mark_readable(page, readable)
    if elements > TRAFILATURA_MAX_ELEMENTS:
        # trafilatura's own pass grows faster than the page (moving nodes between its trees); past this
        # size the readable candidate alone reads the page, in linear time
        return resolve_urls(join_lists(large_page(page)), base), "readable"
    prune(page)
    t_blocks = generic_blocks(tree, base, fast=True)
    t_cov = coverage(page, t_blocks)
    if _needs_fallbacks(page, t_blocks, t_cov):
        log.debug("trafilatura's fallbacks are needed")
        t_blocks = generic_blocks(tree, base)
        t_cov = coverage(page, t_blocks)
    for seg, t in zip(page.segments, t_cov, strict=True):
        seg.in_t = t
    if t_blocks and mapped_share(page, t_blocks) < MAPPED_MIN:
        blocks, extractor = t_blocks, "generic"  # trafilatura saw text our walk does not: keep its own
    else:
        blocks, extractor = resolve_urls(join_lists(select(page)), base), "generic"
    if _chars(blocks) < MIN_ARTICLE_CHARS:
        alt = resolve_urls(join_lists(readable_only(page)), base)
        if _chars(alt) > _chars(blocks):
            blocks, extractor = alt, "readable"
    return blocks, extractor


SLOW_CHARS = 1000
SLOW_AGREE = 0.7


def _needs_fallbacks(page: PageBlocks, t_blocks: list[Block], t_cov: list[float]) -> bool:
    """trafilatura's fallbacks (its readability and jusText passes) cost as much again as its main pass;
    they are worth it when that pass found little, or missed much of the readable candidate's prose."""
    if _chars(t_blocks) < SLOW_CHARS:
        return True
    r_words = sum(len(s.words) for s in page.segments if s.in_r >= 0.5)
    both = sum(len(s.words) for s, t in zip(page.segments, t_cov, strict=True) if s.in_r >= 0.5 and t >= 0.5)
    return bool(r_words) and both / r_words < SLOW_AGREE


def _prefer_payload(
    payloads: list[Payload],
    blocks: list[Block],
    extractor: str,
    meta: Meta,
    rule: SiteRule | None,
    base: str | None,
) -> tuple[list[Block], str]:
    """Structured data is used when complete, i.e. when the page's body does not show more of the article."""
    dom_chars = _chars(blocks)
    for p in payloads:
        pblocks = clean_blocks(_payload_blocks(p, base, rule), meta.title, meta.subtitle)
        if _chars(pblocks) >= MIN_ARTICLE_CHARS and _chars(pblocks) > PAYLOAD_MARGIN * dom_chars:
            blocks, extractor, dom_chars = pblocks, p.source, _chars(pblocks)
    return blocks, extractor


def _article(meta: Meta, blocks: list[Block], extractor: str, bylines: list[str], url: str | None) -> Article:
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
