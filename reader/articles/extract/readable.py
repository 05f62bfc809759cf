"""A Readability-style candidate: the container whose paragraphs score best, and the siblings that join it.

The scoring follows the published Readability algorithm (Arc90, later Mozilla's Readability.js): every
paragraph of 25+ characters scores 1 + its commas + one point per 100 characters (at most 3), credited to its
parent in full, its grandparent by half and further ancestors by a third of their depth; class and id words
move a container's score by 25, its tag by a few points, and its link density scales it down. Siblings of the
winner that score well, or are plain prose, join it (an article split over sibling containers).

Unlike a port, nothing is removed from the page: one bottom-up pass measures every element (text, link text,
commas, paragraphs, images, list items, inputs), and the choice and the cleaning read those measures. Cost is
linear in the number of elements.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from reader.articles.extract.dom import NON_CONTENT, UNLIKELY_ROLES, Visibility

_UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|"
    r"legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
    r"ad-break|agegate|pagination|pager|popup|yom-remote",
    re.I,
)
_MAYBE = re.compile(r"and|article|body|column|content|main|mathjax|shadow", re.I)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", re.I
)
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
    r"outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
    re.I,
)
_SHARE = re.compile(r"(?:\b|_)(?:share|sharedaddy)(?:\b|_)", re.I)
_COMMAS = re.compile(r"[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]")
_WS = re.compile(r"\s+")

_SCORE_TAGS = frozenset({"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})
_BLOCKS = frozenset(
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "aside",
        "header", "footer", "nav", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "form", "main", "li", "hr",
    }
)  # fmt: skip
_TAG_WEIGHT = {
    "div": 5, "pre": 3, "td": 3, "blockquote": 3, "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3,
    "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip
_EMBEDS = frozenset({"embed", "object", "iframe", "video"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CONDITIONAL = frozenset({"form", "fieldset", "table", "ul", "ol", "div", "section"})
_ALWAYS_DROP = frozenset({"object", "embed", "footer", "aside", "iframe", "nav"})
MIN_CHARS = 500  # below this the walk is repeated with fewer filters, as Readability does


@dataclass(slots=True)
class _Stats:
    """What one bottom-up pass learns about an element (its whole subtree)."""

    text: int = 0  # characters of visible text, whitespace collapsed
    links: int = 0  # of which inside <a>
    commas: int = 0
    paras: int = 0
    imgs: int = 0
    lis: int = 0
    inputs: int = 0
    embeds: int = 0
    heading_text: int = 0
    block_child: bool = False  # has a block-level child element
    own_text: int = 0  # text written directly in the element, not in a child element


@dataclass
class Readable:
    """The chosen containers (in page order) and what inside them the cleaning removes."""

    containers: list[etree._Element] = field(default_factory=list)
    drop: Callable[[etree._Element], bool] = lambda el: False
    score: float = 0.0
    chars: int = 0


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _weight(el: etree._Element) -> int:
    w = 0
    for attr in (el.get("class"), el.get("id")):
        if attr:
            if _NEGATIVE.search(attr):
                w -= 25
            if _POSITIVE.search(attr):
                w += 25
    return w


def unlikely(el: etree._Element, tag: str) -> bool:
    if tag in ("body", "a", "html", "article", "main"):
        return False
    return _unlikely_attrs(el.get("class"), el.get("id"), el.get("role"))


@lru_cache(maxsize=8192)
def _unlikely_attrs(cls: str | None, ident: str | None, role: str | None) -> bool:
    if (role or "").lower() in UNLIKELY_ROLES:
        return True
    attrs = f"{cls or ''} {ident or ''}"
    return bool(attrs.strip()) and bool(_UNLIKELY.search(attrs)) and not _MAYBE.search(attrs)


class Measures:
    """What one walk learns about every element: fed by its own walk, or by the page's block walk.

    ``strip`` leaves out unlikely containers as Readability does. When a block walk feeds it, that walk has
    already skipped hidden and non-text subtrees (and says so through :meth:`skipped`); the containers this
    pass leaves out on its own (unlikely ones, forms) are walked for blocks but not measured.
    """

    def __init__(self, strip: bool = True, check_hidden: bool = False) -> None:
        self.strip = strip
        self.check_hidden = check_hidden
        self.stats: dict[etree._Element, _Stats] = {}
        self.excluded: set[etree._Element] = set()
        self.order: list[etree._Element] = []  # elements in document order
        self._stack: list[tuple[_Stats | None, bool]] = []  # (stats, root of a left-out subtree)
        self._visibility = Visibility()

    def measure(self, root: etree._Element) -> Measures:
        self.check_hidden = True
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            tag = _tag(el)
            if event == "start":
                if self.start(el, tag):
                    walker.skip_subtree()
            else:
                self.end(el, tag)
        return self

    def start(self, el: etree._Element, tag: str) -> bool:
        """Measure from ``el`` on; True when it is left out (with all it contains)."""
        stack = self._stack
        if stack and stack[-1][0] is None:
            stack.append((None, False))  # inside a left-out subtree
            return True
        named = el.get("class") is not None or el.get("id") is not None or el.get("role") is not None
        if (
            not tag
            or tag in NON_CONTENT
            or (self.check_hidden
                and (named or el.get("style") or el.get("hidden") is not None or el.get("aria-hidden"))
                and self._visibility.hidden(el))
            or (self.strip and named and unlikely(el, tag))
        ):  # fmt: skip
            self.skipped(el, tag)
            return True
        st = _Stats()
        stack.append((st, False))
        self.stats[el] = st
        self.order.append(el)
        self._add_text(el.text, own=True)
        if tag == "p":
            st.paras += 1
        elif tag == "img":
            st.imgs += 1
        elif tag == "li":
            st.lis += 1
        return False

    def skipped(self, el: etree._Element, tag: str) -> None:
        """``el`` and all it contains are left out (a block walk skipped them, or this pass does)."""
        stack = self._stack
        if stack and stack[-1][0] is None:
            stack.append((None, False))
            return
        if tag:
            self.excluded.add(el)
        stack.append((None, True))

    def end(self, el: etree._Element, tag: str) -> None:
        st, root = self._stack.pop()
        stack = self._stack
        if st is None:
            if root and stack and stack[-1][0] is not None:
                self._add_text(el.tail)
                parent = stack[-1][0]
                if tag == "input":  # a form control or a player still counts against its container
                    parent.inputs += 1
                elif tag in _EMBEDS:
                    parent.embeds += 1
            return
        if tag in _HEADINGS:
            st.heading_text += st.text
        if not stack:
            return
        parent_st = stack[-1][0]
        if parent_st is not None:
            parent_st.text += st.text
            parent_st.links += st.links if tag != "a" else st.text
            parent_st.commas += st.commas
            parent_st.paras += st.paras
            parent_st.imgs += st.imgs
            parent_st.lis += st.lis
            parent_st.inputs += st.inputs
            parent_st.embeds += st.embeds
            parent_st.heading_text += st.heading_text
            if tag in _BLOCKS:
                parent_st.block_child = True
            self._add_text(el.tail, own=True)

    def _add_text(self, text: str | None, own: bool = False) -> None:
        if not text or not self._stack:
            return
        st = self._stack[-1][0]
        if st is None:
            return
        parts = text.split()
        if not parts:
            return
        n = sum(map(len, parts)) + len(parts) - 1  # the length with white space collapsed
        st.text += n
        st.commas += len(_COMMAS.findall(text))
        if own:
            st.own_text += n


def _link_density(st: _Stats) -> float:
    return st.links / st.text if st.text else 0.0


def _score(p: Measures, weigh_classes: bool) -> dict[etree._Element, float]:
    """Paragraph scores credited to up to five ancestors."""
    scores: dict[etree._Element, float] = {}
    for el in p.order:
        tag = _tag(el)
        st = p.stats[el]
        if tag in _SCORE_TAGS or (tag == "div" and not st.block_child):
            length = st.text
        elif tag == "div" and st.own_text >= 25:
            length = (
                st.own_text
            )  # text written straight into a div beside its blocks, as Readability wraps it
        else:
            continue
        if length < 25:
            continue
        points = 1 + st.commas + min(length // 100, 3)
        anc = el if tag == "div" and st.block_child else el.getparent()
        level = 0
        while anc is not None and level < 5:
            if anc not in p.stats:
                break
            if anc not in scores:
                scores[anc] = _TAG_WEIGHT.get(_tag(anc), 0) + (_weight(anc) if weigh_classes else 0)
            scores[anc] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
            anc = anc.getparent()
            level += 1
    return scores


def _top(p: Measures, scores: dict[etree._Element, float]) -> tuple[etree._Element | None, float]:
    scaled = {el: s * (1 - _link_density(p.stats[el])) for el, s in scores.items()}
    ranked = sorted(scaled.items(), key=lambda kv: kv[1], reverse=True)[:5]
    if not ranked:
        return None, 0.0
    top, top_score = ranked[0]
    if _tag(top) in ("body", "html"):
        return top, top_score
    # several strong candidates under one ancestor: the ancestor is the article
    alternatives = [set(el.iterancestors()) for el, s in ranked[1:] if top_score and s / top_score >= 0.75]
    if len(alternatives) >= 3:
        for anc in top.iterancestors():
            if _tag(anc) == "body":
                break
            if sum(anc in a for a in alternatives) >= 3:
                top = anc
                top_score = scaled.get(anc, top_score)
                break
    # a parent scoring higher holds more of the article
    last = top_score
    threshold = last / 3
    parent = top.getparent()
    while parent is not None and _tag(parent) != "body":
        if parent not in scaled:
            parent = parent.getparent()
            continue
        ps = scaled[parent]
        if ps < threshold:
            break
        if ps > last:
            top, top_score = parent, ps
            break
        last = ps
        parent = parent.getparent()
    # an only child stands for its parent
    parent = top.getparent()
    while parent is not None and _tag(parent) != "body" and len(parent) == 1:
        top = parent
        top_score = scaled.get(top, top_score)
        parent = top.getparent()
    return top, top_score


_SENTENCE_END = re.compile(r"\.(?: |$)")


def _siblings(
    p: Measures, top: etree._Element, top_score: float, scores: dict[etree._Element, float]
) -> list[etree._Element]:
    parent = top.getparent()
    if parent is None or _tag(top) in ("body", "html"):
        return [top]
    threshold = max(10.0, top_score * 0.2)
    cls = top.get("class") or ""
    out: list[etree._Element] = []
    for sib in parent:
        if sib is top:
            out.append(sib)
            continue
        st = p.stats.get(sib)
        if st is None:
            continue
        bonus = top_score * 0.2 if cls and (sib.get("class") or "") == cls else 0.0
        scaled = scores[sib] * (1 - _link_density(st)) if sib in scores else None
        if scaled is not None and scaled + bonus >= threshold:
            out.append(sib)
        elif _tag(sib) == "p":
            ld = _link_density(st)
            text = " ".join(sib.text_content().split())
            if (st.text > 80 and ld < 0.25) or (0 < st.text < 80 and ld == 0 and _SENTENCE_END.search(text)):
                out.append(sib)
    return out


def _cleaner(p: Measures, weigh_classes: bool, conditional: bool) -> Callable[[etree._Element], bool]:
    """What Readability's article preparation removes, as a predicate over elements."""

    def drop(el: etree._Element) -> bool:
        if el in p.excluded:
            return True
        tag = _tag(el)
        if tag in _ALWAYS_DROP:
            return True
        st = p.stats.get(el)
        if st is None:
            return False
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _SHARE.search(attrs) and st.text < 500 and tag not in ("body", "html", "article"):
            return True
        weight = _weight(el) if weigh_classes else 0
        if tag in ("h1", "h2") and weight < 0:
            return True
        if conditional and tag in _CONDITIONAL:
            return _conditionally_dropped(el, tag, st, weight)
        return False

    return drop


def _inside(el: etree._Element, tags: tuple[str, ...]) -> bool:
    return any(_tag(a) in tags for a in el.iterancestors())


def _conditionally_dropped(el: etree._Element, tag: str, st: _Stats, weight: int) -> bool:
    if tag == "table" and _is_data_table(el):
        return False
    if weight < 0:
        return True
    if st.commas >= 10:
        return False
    is_list = tag in ("ul", "ol")
    paras = st.paras
    lis = st.lis - 100
    ld = _link_density(st)
    heading_density = st.heading_text / st.text if st.text else 0.0
    in_figure = _inside(el, ("figure",))
    if st.imgs > 1 and paras / st.imgs < 0.5 and not in_figure:
        return True
    if not is_list and lis > paras:
        return True
    if st.inputs > paras // 3:
        return True
    if (
        not is_list
        and heading_density < 0.9
        and st.text < 25
        and (st.imgs == 0 or st.imgs > 2)
        and not in_figure
    ):
        return True
    if not is_list and weight < 25 and ld > 0.2:
        return True
    if weight >= 25 and ld > 0.5:
        return True
    return (st.embeds == 1 and st.text < 75) or st.embeds > 1


def _is_data_table(el: etree._Element) -> bool:
    if (el.get("role") or "") == "presentation" or el.get("datatable") == "0":
        return False
    if el.get("summary") or el.find(".//caption") is not None or el.find(".//th") is not None:
        return True
    rows = el.findall(".//tr")
    return len(rows) >= 10 or (bool(rows) and len(rows[0]) > 4)


def find_readable(tree: HtmlElement, measured: Measures | None = None) -> Readable:
    """The article container(s) by paragraph scoring; retried with fewer filters when the result is short.

    ``measured``: the stripping pass's measures, when the page's block walk took them already.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    best = Readable()
    # the measures depend only on whether unlikely containers are left out
    passes: dict[bool, Measures] = {True: measured} if measured is not None else {}
    for strip, weigh, conditional in (
        (True, True, True),
        (False, True, True),
        (False, False, True),
        (False, False, False),
    ):
        p = passes.get(strip) or passes.setdefault(strip, Measures(strip).measure(root))
        scores = _score(p, weigh)
        top, top_score = _top(p, scores)
        if top is None:
            continue
        containers = _siblings(p, top, top_score, scores)
        chars = sum(p.stats[c].text for c in containers if c in p.stats)
        found = Readable(containers, _cleaner(p, weigh, conditional), top_score, chars)
        if chars >= MIN_CHARS:
            return found
        if chars > best.chars:
            best = found
    return best
