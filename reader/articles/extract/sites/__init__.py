"""Site rules for Korean news outlets: one small data module per site, matched by host name.

A rule names where the body lives and what inside it is not article (photo-zoom buttons, bylines,
share rows, "related articles" boxes). Rules describe each site's general markup, never one page.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from lxml import etree
from lxml.html import HtmlElement

SITE_MODULES = (
    "seoul", "korea_kr", "yna", "chosun", "joongang", "hani", "donga", "hankookilbo", "mk", "khan",
    "naver", "daum",
)  # fmt: skip

# Inside a site's body container these class/id words mark non-article boxes on every Korean site we know.
GENERIC_DROP = re.compile(
    r"(?:^|[\s_-])(?:share|sns|social|relat\w*|copyright|reporter|byline|writer|ad|ads|advert\w*|banner|promo\w*|"
    r"subscri\w*|newsletter|comment\w*|tool\w*|util\w*|font\w*|print|tts|recommend\w*|popular|rank\w*|"
    r"tag|tags|keyword\w*|btn|button|zoom|zoomin|more_?news|aside|sidebar|journalist|profile|vod_?ad|dable|taboola|"
    r"pull-?quote|quote-?module|module-quote)"
    r"(?:$|[\s_-])",
    re.I,
)


@dataclass(frozen=True)
class SiteRule:
    name: str
    domains: tuple[str, ...]
    body: tuple[str, ...]  # XPath of the body container, first match wins
    drop: tuple[str, ...] = ()  # XPath (relative to the container) of things that are not article
    headings: tuple[str, ...] = ()  # XPath (relative) of section heads styled as divs
    title: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    generic_drop: bool = True
    extra: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def all_rules() -> tuple[SiteRule, ...]:
    rules = []
    for mod in SITE_MODULES:
        rules.append(importlib.import_module(f"{__name__}.{mod}").RULE)
    return tuple(rules)


def match_rule(*urls: str | None) -> SiteRule | None:
    for url in urls:
        if not url:
            continue
        host = (urlparse(url).hostname or "").lower()
        for rule in all_rules():
            if any(host == d or host.endswith("." + d) for d in rule.domains):
                return rule
    return None


def first(tree: HtmlElement | etree._Element, xpaths: tuple[str, ...]) -> list[etree._Element]:
    for xp in xpaths:
        try:
            found = tree.xpath(xp)
        except etree.XPathError:
            continue
        if found:
            return [f for f in found if isinstance(f, etree._Element)]
    return []


def cls(name: str) -> str:
    """XPath test for one class among several (the CSS ``.name`` selector)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
