"""The generic main-content path: trafilatura on our already-parsed tree, its XML turned into our blocks."""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml.html import HtmlElement

from reader.articles.extract.blocks import BuildOptions, build_blocks
from reader.articles.model import Block

log = logging.getLogger(__name__)
# trafilatura reports every page it declines at WARNING; for us that is an expected outcome, not news.
for _name in ("trafilatura", "trafilatura.core", "trafilatura.utils", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


_OPTS = {"images": False, "formatting": True, "links": True}


def generic_blocks(
    tree: HtmlElement, url: str | None, *, precision: bool = True, fast: bool = False
) -> list[Block]:
    """Main content by trafilatura (settings measured with benchmarks/extraction.py)."""
    try:
        from trafilatura import bare_extraction
    except ImportError:  # pragma: no cover - declared dependency
        log.warning("trafilatura is not installed")
        return []
    _unhide_embedded_posts(tree)
    try:
        doc = bare_extraction(
            tree,
            url=url,
            favor_precision=precision,
            fast=fast,
            include_comments=False,
            include_tables=True,
            include_images=_OPTS["images"],
            include_formatting=_OPTS["formatting"],
            include_links=_OPTS["links"],
            output_format="xml",
            with_metadata=False,
        )
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        log.debug("trafilatura failed: %s", exc)
        return []
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return []
    return build_blocks(body, BuildOptions(base_url=url, tei=True))


_EMBED_CLASS = re.compile(r"tweet|instagram|social|embed", re.I)


def _unhide_embedded_posts(tree: HtmlElement) -> None:
    """Quoted social posts (blockquote.twitter-tweet) are part of the story; trafilatura's class filters
    discard them, so their marker classes are cleared (measured: +recall on pages quoting posts)."""
    for bq in tree.iter("blockquote"):
        cls = bq.get("class") or ""
        if "tweet" not in cls and "instagram" not in cls:
            continue
        del bq.attrib["class"]
        for anc in bq.iterancestors():
            if anc.tag in ("article", "main", "body"):
                break
            if _EMBED_CLASS.search(anc.get("class") or ""):
                anc.set("class", "")


_TEXT_TAGS = frozenset({"p", "pre", "blockquote", "li", "h2", "h3", "h4", "td", "dd"})
_NEGATIVE = re.compile(
    r"comment|footer|footnote|masthead|menu|nav|sidebar|sponsor|share|social|related|promo|banner|"
    r"popular|rank|widget|breadcrumb|gnb|lnb|header|login|subscribe|copyright",
    re.I,
)
_POSITIVE = re.compile(r"article|body|content|entry|main|news|post|story|text|view|cont", re.I)


def densest_blocks(tree: HtmlElement, url: str | None) -> list[Block]:
    """Fallback when trafilatura declines (short pages): the container holding the most paragraph text.

    Readability-style scoring in one pass: every text-bearing element credits its parent fully and its
    grandparent half; class/id words nudge the score. No recursion.
    """
    scores: dict[etree._Element, float] = {}
    body = tree.find("body")
    root = body if body is not None else tree
    for el in root.iter(*_TEXT_TAGS, "div"):
        if el.tag == "div":
            # text written straight into a div (br-separated lines) counts like a paragraph
            direct = (el.text or "") + "".join((c.tail or "") for c in el)
            length = len(direct.strip())
            target = el
            if length < 25:
                continue
            scores[target] = scores.get(target, 0.0) + 1 + min(length / 100, 3)
            continue
        length = len(" ".join(el.text_content().split())) if len(el) < 50 else 200
        if length < 25:
            continue
        points = 1 + min(length / 100, 3)
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + points
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + points / 2
    best: etree._Element | None = None
    best_score = 0.0
    for el, score in scores.items():
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _NEGATIVE.search(attrs) and not _POSITIVE.search(attrs):
            score *= 0.5
        elif _POSITIVE.search(attrs):
            score *= 1.25
        if score > best_score:
            best, best_score = el, score
    if best is None:
        return []
    return build_blocks(best, BuildOptions(base_url=url))
