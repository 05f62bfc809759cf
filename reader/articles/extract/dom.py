"""Parsing once with lxml, and tree helpers that never recurse (pages can nest 10,000 deep)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import lru_cache

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Tags that only group; on a pathologically deep page they are removed so the text survives the parser.
_NESTING_BLOCK_TAGS = re.compile(
    r"</?(?:div|section|article|center|main|aside|header|footer|nav|blockquote|dl|dd|dt|table|tbody|thead|"
    r"tr|td|th|ul|ol|li|form|fieldset)(?:\s[^>]*)?/?>",
    re.I,
)
_NESTING_INLINE_TAGS = re.compile(r"</?(?:span|font|b|i|u|em|strong|small|big|label|a)(?:\s[^>]*)?/?>", re.I)

# Elements whose content is never reader text.
NON_CONTENT = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "form", "button", "input", "select", "option", "textarea", "label", "map", "audio", "video",
        "source", "track", "head", "title", "meta", "link", "dialog", "menu", "rt", "rp",
    }
)  # fmt: skip

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:blind|is_blind|sr-only|screen[-_]?reader[-_]?(?:only|text)|visually[-_]hidden|hidden|hide|"
    r"skip|a11y|offscreen)(?:\s|$)",
    re.I,
)


UNLIKELY_ROLES = frozenset(
    {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}
)
_UNLIKELY_PARTS = frozenset(
    {
        "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "combx", "comment",
        "comments",
        "community", "disqus", "footer", "gdpr", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "sponsored", "supplemental", "pagination",
        "pager", "popup", "promo", "newsletter", "recommended", "outbrain", "taboola", "share", "sharing",
    }
)  # fmt: skip
_PARTS = re.compile(r"[-_\s]+")
_CONTENT_PARTS = frozenset({"article", "body", "content", "main", "story"})
_HAS = frozenset({"has", "with", "no", "without"})


_UNLIKELY_QUICK = re.compile(r"(?:^|[\s_-])(?:" + "|".join(sorted(_UNLIKELY_PARTS)) + r")(?:$|[\s_-])", re.I)


def clearly_unlikely(el: etree._Element) -> bool:
    """A container named as comments, related links, a sidebar or a menu, word for word: a BEM modifier
    ("gallery--with-sidebar") or a longer word ("sidebarPosition") does not count."""
    return unlikely_names(el.get("class"), el.get("id"), el.get("role"))


@lru_cache(maxsize=8192)
def unlikely_names(cls: str | None, ident: str | None, role: str | None) -> bool:
    """:func:`clearly_unlikely` on attribute values already read."""
    if role is not None and role.lower() in UNLIKELY_ROLES:
        return True
    for attr in (cls, ident):
        if not attr or not _UNLIKELY_QUICK.search(attr):
            continue
        for token in attr.split():
            parts = [p.lower() for p in _PARTS.split(token.split("--", 1)[0])]
            if _CONTENT_PARTS.intersection(parts):
                continue
            for i, part in enumerate(parts):
                # "has-sidebar", "with-comments": a layout that has one, not the thing itself
                if part in _UNLIKELY_PARTS and not (i and parts[i - 1] in _HAS):
                    return True
    return False


def parse_html(html: str) -> HtmlElement | None:
    """Parse a decoded page into one tree; None when there is nothing to parse."""
    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        log.debug("parse failed: %s", exc)
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # The parser gave up below depth 256 and silently dropped the rest: flatten the grouping tags.
        log.debug("page nests too deep; flattening grouping tags")
        flat = _NESTING_INLINE_TAGS.sub("", _NESTING_BLOCK_TAGS.sub("\n", html))
        try:
            tree = lxml.html.document_fromstring(flat, parser=lxml.html.HTMLParser(remove_comments=True))
        except (etree.ParserError, ValueError):
            return None
    _unnest_voids(tree)
    return tree


# Void elements the HTML parser does not know as void: it opens them as containers of what follows, so a
# <picture>'s <source> holds its <img> and a <wbr> the rest of its word (and whoever skips <source> skips
# the picture).
_VOIDS = ("source", "track", "embed", "wbr", "keygen")


def _unnest_voids(tree: HtmlElement) -> None:
    """What the parser put inside a void element goes back after it, in order."""
    for el in list(tree.iter(*_VOIDS)):
        if el.text is None and not len(el):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        kids = list(el)
        tail, el.tail, el.text = el.tail, el.text, None
        at = parent.index(el)
        for n, kid in enumerate(kids, 1):
            parent.insert(at + n, kid)
        last = kids[-1] if kids else el
        last.tail = (last.tail or "") + (tail or "") or None


def is_hidden(el: HtmlElement) -> bool:
    if not el.attrib:
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and hiding_style(style):
        return True
    cls = el.get("class")
    return bool(cls and hiding_class(cls))


# pages repeat the same class and style strings on thousands of elements: each is judged once
@lru_cache(maxsize=8192)
def hiding_style(style: str) -> bool:
    return bool(_HIDDEN_STYLE.search(style))


@lru_cache(maxsize=8192)
def hiding_class(cls: str) -> bool:
    return bool(_HIDDEN_CLASS.search(cls))


# Class words that only say what state a panel is in; panels of one set share the rest of their class.
_STATE_WORDS = re.compile(
    r"^(?:hidden|hide|invisible|d-none|active|current|selected|show|shown|visible|open|in|on|off|"
    r"is-[\w-]+|has-[\w-]+|slick-[\w-]+|swiper-slide-[\w-]+)$",
    re.I,
)


class Visibility:
    """:func:`is_hidden`, except for the hidden panels of a set (slideshow slides, tabs) beside a shown one.

    A slideshow ships every slide and shows one; the others are article text the reader pages through.
    A panel is recognised by a shown sibling of the same tag and the same class once state words
    ("hidden", "active", "is-current") are set aside; a lone hidden paragraph stays hidden.
    Each parent's shown kinds are listed once, so the cost stays linear.
    """

    def __init__(self) -> None:
        self._shown: dict[etree._Element, set[tuple[str, str]]] = {}

    def hidden(self, el: etree._Element) -> bool:
        if not is_hidden(el):
            return False
        kind = _panel_kind(el)
        parent = el.getparent()
        if not kind[1] or parent is None:
            return True
        shown = self._shown.get(parent)
        if shown is None:
            shown = {_panel_kind(c) for c in parent if isinstance(c.tag, str) and not is_hidden(c)}
            self._shown[parent] = shown
        return kind not in shown


def _panel_kind(el: etree._Element) -> tuple[str, str]:
    words = [w for w in (el.get("class") or "").split() if not _STATE_WORDS.match(w)]
    return (str(el.tag), " ".join(sorted(words)))


def iter_visible_text(root: HtmlElement) -> Iterator[tuple[str, bool]]:
    """Text pieces in document order, skipping non-content and hidden subtrees; (text, starts_block)."""
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in NON_CONTENT or is_hidden(el):
                walker.skip_subtree()
                continue
            block = tag in BLOCK_TAGS
            if el.text:
                yield el.text, block
            elif block:
                yield "", True
        else:
            if tag in BLOCK_TAGS or tag == "br":
                yield "", True
            if el.tail:
                yield el.tail, False


BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
        "blockquote", "figure", "figcaption", "pre", "address", "hr", "body", "html", "center", "caption",
    }
)  # fmt: skip


def visible_lines(root: HtmlElement) -> list[str]:
    """The page's visible text as lines (block boundaries break lines): the no-article fallback."""
    lines: list[str] = []
    cur: list[str] = []
    for text, starts_block in iter_visible_text(root):
        if starts_block and cur:
            line = " ".join("".join(cur).split())
            if line:
                lines.append(line)
            cur = []
        cur.append(text)
    if cur:
        line = " ".join("".join(cur).split())
        if line:
            lines.append(line)
    return lines


def text_of(el: HtmlElement) -> str:
    """Whitespace-normalised visible text of an element (iterative)."""
    return " ".join(" ".join(t if not block else " " + t for t, block in iter_visible_text(el)).split())
