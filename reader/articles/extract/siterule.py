"""Applying a SiteRule to a parsed page: its body container as blocks, plus the metadata it names."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from reader.articles.extract.blocks import BuildOptions, build_blocks
from reader.articles.extract.dom import text_of, visible_lines
from reader.articles.extract.sites import GENERIC_DROP, SiteRule, first
from reader.articles.model import Block

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
        res.subtitle = "\n".join(_DASH.sub("", line) for line in _lines(el) if line)
    for el in first(tree, rule.byline):
        name = text_of(el)
        if name and len(name) < 40:
            res.authors.append(name)
    for el in first(tree, rule.date)[:1]:
        res.published = iso_date(text_of(el) if isinstance(el, etree._Element) else str(el))
    return res


_DASH = re.compile(r"^[-–ㅡ]\s*")
_DOTTED_DATE = re.compile(r"(\d{4})[.\-/]\s*(\d{1,2})[.\-/]\s*(\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2}))?")


def iso_date(text: str) -> str:
    """ "2026.03.12 10:05" (as Korean sites print dates) -> "2026-03-12T10:05"; other text unchanged."""
    m = _DOTTED_DATE.search(text)
    if not m:
        return text.strip()
    y, mo, d, hh, mm = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    return f"{out}T{int(hh):02d}:{mm}" if hh else out


def _lines(el: etree._Element) -> list[str]:
    return visible_lines(el)
