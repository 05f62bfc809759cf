"""Applying a SiteRule to a parsed page: its body container as blocks, plus the metadata it names."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from reader.articles.extract.blocks import BuildOptions, build_blocks
from reader.articles.extract.dom import text_of
from reader.articles.extract.sites import GENERIC_DROP, SiteRule, first
from reader.articles.model import Block, Heading, Paragraph

log = logging.getLogger(__name__)


@dataclass
class RuleResult:
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""


def _ids(root: etree._Element, xpaths: tuple[str, ...]) -> set[etree._Element]:
    out: set[etree._Element] = set()
    for xp in xpaths:
        try:
            out.update(e for e in root.xpath(xp) if isinstance(e, etree._Element))
        except etree.XPathError:
            log.debug("bad xpath %s", xp)
    return out


def body_blocks(container: etree._Element, rule: SiteRule | None, base_url: str | None) -> list[Block]:
    drops = _ids(container, rule.drop) if rule else set()
    heads = _ids(container, rule.headings) if rule else set()
    generic = rule.generic_drop if rule else True

    def drop(el: etree._Element) -> bool:
        if el in drops:
            return True
        if generic and el is not container:
            attrs = (el.get("class") or "") + " " + (el.get("id") or "")
            if attrs.strip() and GENERIC_DROP.search(attrs):
                return True
        return False

    if heads:
        # section heads styled as divs become real headings before the walk
        blocks: list[Block] = []
        for el in heads:
            el.tag = "h3"
    blocks = build_blocks(container, BuildOptions(base_url=base_url, drop=drop))
    return blocks


def apply_rule(tree: HtmlElement, rule: SiteRule, base_url: str | None) -> RuleResult:
    res = RuleResult()
    containers = [c for c in first(tree, rule.body) if len(text_of(c)) >= 50]
    if containers:
        res.blocks = body_blocks(containers[0], rule, base_url)
    for el in first(tree, rule.title)[:1]:
        res.title = text_of(el)
    for el in first(tree, rule.subtitle)[:1]:
        res.subtitle = " / ".join(line for line in _lines(el) if line)
    for el in first(tree, rule.byline):
        name = text_of(el)
        if name and len(name) < 40:
            res.authors.append(name)
    for el in first(tree, rule.date)[:1]:
        res.published = text_of(el) if isinstance(el, etree._Element) else str(el)
    return res


def _lines(el: etree._Element) -> list[str]:
    return [b.plain_text() for b in build_blocks(el) if isinstance(b, Paragraph | Heading)]
