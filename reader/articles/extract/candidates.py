"""Candidates on one footing: the page's own blocks, each marked with which extractor keeps it.

The page is walked once into blocks that remember their element (see blocks.py). trafilatura's output is
mapped back onto those blocks by shared word pairs, so its choices count but the words, spaces and
characters are the page's own (no word glued at an inline boundary, no text normalised); the
Readability-style candidate (readable.py) marks the blocks inside its containers that its cleaning keeps.
The selection then works on one list, in page order: what
trafilatura keeps, plus the prose only the readable candidate found (a paragraph trafilatura cut, the end
of an article it stopped short of), plus the section heads between them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from lxml import etree

from reader.articles.extract.boilerplate import is_boilerplate_line
from reader.articles.extract.dom import clearly_unlikely
from reader.articles.extract.readable import Readable
from reader.articles.extract.segments import (
    KEEP,
    PageBlocks,
    Segment,
    words,
)
from reader.articles.model import Block, Heading, Image, ListBlock, Paragraph, Quote, Table

_WORD = re.compile(r"\w+")


def mark_readable(page: PageBlocks, readable: Readable) -> None:
    """Which segments the readable candidate keeps: inside its containers, under nothing its cleaning drops.

    Decided on the page walk's own segments (one walk serves every candidate); each element's verdict is
    cached, so the cost is linear in the page.
    """
    page.whole_page_box = any(c.tag in ("body", "html") for c in readable.containers)
    tops = set(readable.containers)
    inside: set[etree._Element] = set()
    for c in readable.containers:
        inside.update(c.iter())
    verdict: dict[etree._Element, bool] = {}
    for seg in page.segments:
        seg.in_box = seg.anchor in inside
        if seg.in_box:
            seg.in_r = 0.0 if _dropped(seg.anchor, tops, readable.drop, verdict) else 1.0


def _dropped(
    el: etree._Element,
    tops: set[etree._Element],
    drop: Callable[[etree._Element], bool],
    verdict: dict[etree._Element, bool],
) -> bool:
    path: list[etree._Element] = []
    cur: etree._Element | None = el
    result = False
    while cur is not None:
        if cur in verdict:
            result = verdict[cur]
            break
        path.append(cur)
        if drop(cur):
            result = True
            break
        if cur in tops:
            break
        cur = cur.getparent()
    for p in path:
        verdict[p] = result
    return result


def mark_unlikely(segs: list[Segment], holders: frozenset[etree._Element] = frozenset()) -> None:
    """Flag the segments under a container named as comments, related links, a sidebar or a menu.

    The ``holders`` (see :func:`_article_holders`) are no such box whatever their names say."""
    verdict: dict[etree._Element, bool] = dict.fromkeys(holders, False)
    for seg in segs:
        seg.unlikely = _under_unlikely(seg.anchor, verdict)


def _under_unlikely(el: etree._Element, verdict: dict[etree._Element, bool]) -> bool:
    path: list[etree._Element] = []
    cur: etree._Element | None = el
    result = False
    while cur is not None and isinstance(cur.tag, str) and cur.tag not in ("body", "html"):
        if cur in verdict:
            result = verdict[cur]
            break
        path.append(cur)
        if clearly_unlikely(cur):
            result = True
            break
        cur = cur.getparent()
    for p in path:
        verdict[p] = result
    return result


def prune(page: PageBlocks) -> None:
    """Take out of the page what no candidate keeps (after every walk that needs the whole page): scripts
    and the like, and, when the readable candidate found the article, the containers named as comments,
    related links or menus that hold none of its text. trafilatura then copies and walks a smaller page."""
    drop = list(page.prunable)
    r_words = sum(len(s.words) for s in page.segments if s.in_r >= KEEP)
    if not page.whole_page_box and r_words >= OUTSIDE_MIN:
        holding: set[etree._Element] = set()
        for seg in page.segments:
            if seg.in_r >= KEEP:
                cur: etree._Element | None = seg.anchor
                while cur is not None and cur not in holding:
                    holding.add(cur)
                    cur = cur.getparent()
        drop.extend(el for el in page.unlikely if el not in holding)
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text
    page.prunable, page.unlikely = [], []


def join_lists(segs: list[Segment]) -> list[Block]:
    """The chosen segments as blocks again: neighbouring items of one list become one list."""
    out: list[Block] = []
    last_group = -1
    for seg in segs:
        b = seg.block
        if (
            isinstance(b, ListBlock)
            and seg.group >= 0
            and seg.group == last_group
            and isinstance(out[-1], ListBlock)
        ):
            out[-1] = ListBlock(out[-1].items + b.items, out[-1].ordered)
        else:
            out.append(b)
        last_group = seg.group
    return out


# ---- selection -------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?。！？…:;\"”’»)\]다요]$")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
PROSE_WORDS = 12


def is_prose(seg: Segment) -> bool:
    """A paragraph a reader would call article text: sentences, few links, no boilerplate."""
    return _sentences(seg) and not is_boilerplate_line(seg.block.plain_text().strip())


def _sentences(seg: Segment) -> bool:
    """Long enough, few links, ends as a sentence ends (the cheap half of :func:`is_prose`)."""
    b = seg.block
    if not isinstance(b, Paragraph | Quote | ListBlock):
        return False
    text = b.plain_text().strip()
    long_enough = len(seg.words) >= PROSE_WORDS or len(_CJK.findall(text)) >= 40
    return long_enough and seg.link_density < 0.25 and bool(_SENTENCE_END.search(text))


def select(page: PageBlocks) -> list[Segment]:
    """trafilatura's blocks, the readable candidate's prose, and the section heads between what is kept."""
    segs = page.segments
    h1 = next((s.anchor for s in segs if isinstance(s.block, Heading) and s.block.level == 1), None)
    headline_box = h1.getparent() if h1 is not None else None
    r_words = sum(len(s.words) for s in segs if s.in_r >= KEEP)
    both = sum(len(s.words) for s in segs if s.in_r >= KEEP and s.in_t >= KEEP)
    # the readable candidate may veto: it found a container and trafilatura agrees with most of it
    confident = not page.whole_page_box and r_words >= OUTSIDE_MIN and both >= 0.5 * r_words
    holders = _article_holders(segs)
    boxes: dict[etree._Element, tuple[int, int, int]] = {}  # a box's words, linked words and links, once
    if confident and OUTSIDE_DROP:
        mark_unlikely([s for s in segs if s.in_t >= KEEP and s.in_r < KEEP], holders)
    # trafilatura's article spans from its first to its last paragraph of prose (a byline it kept above
    # the body does not open it)
    t_idx = [i for i, s in enumerate(segs) if s.in_t >= KEEP and _sentences(s)] or [
        i for i, s in enumerate(segs) if s.in_t >= KEEP
    ]
    first_t = t_idx[0] if t_idx else len(segs)
    last_t = t_idx[-1] if t_idx else -1
    keep = [
        (
            s.in_t >= KEEP
            or (s.in_r >= KEEP and is_prose(s) and _may_add(i, first_t, last_t, segs, headline_box))
            # a table of data amid the article's text, which trafilatura's pass left out
            or (s.in_r >= KEEP and isinstance(s.block, Table) and first_t < i < last_t)
        )
        and not _page_headline(s)
        and not _link_farm(s)
        and not (confident and OUTSIDE_DROP and s.in_r < KEEP and s.unlikely)
        and not _menu_label(s, boxes)
        for i, s in enumerate(segs)
    ]
    _drop_trailing_teasers(segs, keep)
    _whole_elements(segs, keep)
    kept = [i for i, k in enumerate(keep) if k]
    if kept:
        for i in range(kept[0] + 1, kept[-1]):
            s = segs[i]
            short_list = isinstance(s.block, ListBlock) and s.link_density < LINK_FARM
            if not keep[i] and s.in_r >= KEEP and (isinstance(s.block, Heading) or short_list):
                keep[i] = True  # a section head or a short list amid the kept text
        add_pictures(segs, keep, h1, holders)
    return [s for s, k in zip(segs, keep, strict=True) if k]


def _whole_elements(segs: list[Segment], keep: list[bool]) -> None:
    """Lines of one paragraph (broken by <br>) go together: a line left out between two kept lines of its
    own paragraph is kept when the readable candidate has it (a candidate that flattened the paragraph into
    one run of text matched only its long lines). Loose text of a box is not one paragraph."""
    opened: set[etree._Element] = set()  # elements with a kept line so far
    gaps: dict[etree._Element, list[int]] = {}  # their lines left out since
    for i, s in enumerate(segs):
        if keep[i]:
            for g in gaps.pop(s.anchor, ()) if s.anchor in opened else ():
                keep[g] = True
            opened.add(s.anchor)
        elif s.in_r >= KEEP and s.anchor in opened and s.anchor.tag in _LINED:
            gaps.setdefault(s.anchor, []).append(i)


_LINED = frozenset({"p", "pre", "address", "dd", "blockquote"})  # elements whose lines are one text


def _drop_trailing_teasers(segs: list[Segment], keep: list[bool]) -> None:
    """A list after the article's last paragraph of prose, outside the element holding its text, whose items
    each link to another page and are largely that link: other stories ("More from …"), whatever the
    heading says. (Half the words of a teaser may be plain text around the linked part.)"""
    prose_at = [i for i, k in enumerate(keep) if k and _sentences(segs[i])]
    if not prose_at:
        return
    root = article_root([segs[i] for i in prose_at])
    if root is None:
        return
    for i in range(prose_at[-1] + 1, len(segs)):
        s = segs[i]
        if (
            keep[i]
            and isinstance(s.block, ListBlock)
            and s.link_density >= TEASER_LINKS
            and not any(a is root for a in s.anchor.iterancestors())
            and _items_link_away(s.anchor)
        ):
            keep[i] = False


TEASER_LINKS = 0.3


def _items_link_away(lst: etree._Element) -> bool:
    """Every item (but one in four) holds a link to another page."""
    items = [li for li in lst if li.tag == "li"]
    linked = sum(
        any((a.get("href") or "").strip() not in ("", "#") for a in li.iter("a")) for li in items
    )
    return len(items) >= 2 and linked >= 0.75 * len(items)


ROOT_SHARE = 0.8  # the article's root holds this share of the kept prose's words


def article_root(segs: list[Segment]) -> etree._Element | None:
    """The deepest element holding ROOT_SHARE of these segments' words (those elements nest, so the
    deepest is the one with the most ancestors)."""
    total = sum(len(s.words) for s in segs)
    if not total:
        return None
    held: dict[etree._Element, int] = {}
    for s in segs:
        n = len(s.words)
        if not n:
            continue
        held[s.anchor] = held.get(s.anchor, 0) + n
        for anc in s.anchor.iterancestors():
            held[anc] = held.get(anc, 0) + n
    roots = [el for el, n in held.items() if n >= ROOT_SHARE * total]
    return max(roots, key=lambda el: sum(1 for _ in el.iterancestors()), default=None)


def _article_holders(segs: list[Segment]) -> frozenset[etree._Element]:
    """The <article> (or <main>) that holds the prose both candidates keep, and the elements between it and
    that prose's root: the article itself, whatever their names say (a post's <article> may be named
    "newsletter-post"). Without such an element, none: a named box may then be a part the page sets apart."""
    root = article_root([s for s in segs if s.in_r >= KEEP and s.in_t >= KEEP and _sentences(s)])
    chain: list[etree._Element] = []
    cur = root
    while cur is not None and isinstance(cur.tag, str) and cur.tag not in ("body", "html"):
        chain.append(cur)
        if cur.tag in ("article", "main"):
            return frozenset(chain)
        cur = cur.getparent()
    return frozenset()


def _common(a: etree._Element, b: etree._Element) -> etree._Element:
    above = {a, *a.iterancestors()}
    return next((x for x in (b, *b.iterancestors()) if x in above), a)


def add_pictures(
    segs: list[Segment],
    keep: list[bool],
    h1: etree._Element | None,
    holders: frozenset[etree._Element] = frozenset(),
) -> None:
    """The article's pictures among what is kept: inside the article's root, from its first to its last
    kept block, and one lead picture between the headline and the body. Not a picture under a box named
    as comments, related links or a sidebar, nor one that links to another page (a teaser's thumbnail)."""
    kept = [i for i, k in enumerate(keep) if k and not isinstance(segs[i].block, Image)]
    prose_at = [i for i in kept if _sentences(segs[i])] or kept
    root = article_root([segs[i] for i in prose_at])
    if root is None:
        return
    first, last = prose_at[0], kept[-1]  # a byline or share row kept above the body does not open it
    # the body opens at the root's first prose: a standfirst kept above the root leaves the picture between
    # it and the body a lead picture
    body_at = next((i for i in prose_at if any(a is root for a in segs[i].anchor.iterancestors())), first)
    h1_at = next((i for i, s in enumerate(segs) if s.anchor is h1), -1) if h1 is not None else -1
    lead_scope = _common(root, h1) if h1 is not None and h1_at < first else root
    if lead_scope.tag in ("body", "html"):
        lead_scope = root
    verdict: dict[etree._Element, bool] = dict.fromkeys(holders, False)
    lead = -1
    for i, s in enumerate(segs):
        if keep[i] or not isinstance(s.block, Image) or not (s.block.src or s.block.caption) or i > last:
            continue
        scope = root if i >= body_at else lead_scope
        if i < first and i < h1_at:
            continue
        if not any(a is scope for a in s.anchor.iterancestors()):
            continue
        if _under_unlikely(s.anchor, verdict) or _teaser_picture(s.anchor):
            continue
        if i < body_at:
            lead = i  # the last one before the body is the lead picture
        else:
            keep[i] = True
    if lead >= 0:
        keep[lead] = True


_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|bmp)(?:$|[?#])", re.I)


def _teaser_picture(anchor: etree._Element) -> bool:
    """A picture inside a link to another page is that page's thumbnail, not the article's picture."""
    img = anchor if anchor.tag == "img" else anchor.find(".//img")
    if img is None:
        return False
    for a in img.iterancestors("a"):
        href = (a.get("href") or "").strip()
        return bool(href) and not href.startswith(("#", "javascript:")) and not _PICTURE_FILE.search(href)
    return False


def readable_only(page: PageBlocks) -> list[Segment]:
    """The readable candidate's segments alone (when trafilatura found too little)."""
    return [s for s in page.segments if s.in_r >= KEEP and not _page_headline(s)]


LINK_FARM = 0.5


def _may_add(i: int, first: int, last: int, segs: list[Segment], headline_box: etree._Element | None) -> bool:
    """Whether prose only the readable candidate holds may join at position ``i``.

    Inside or after trafilatura's article it may (a paragraph it cut, the end it stopped short of). Before
    it only as the article's own lead: beside trafilatura's first paragraph (one container, or containers of
    one kind), in a box named as the lead or intro, or with the headline. A box of its own above the body
    (an "AI summary", a teaser of another story) stays out.
    """
    if i > first or last < 0:
        return True
    seg = segs[i]
    if _same_run(segs[first].anchor, seg.anchor) or _lede_box(seg.anchor):
        return True
    return headline_box is not None and any(a is headline_box for a in seg.anchor.iterancestors())


_LEDE_PARTS = frozenset(
    {"lead", "lede", "standfirst", "intro", "teaser", "excerpt", "deck", "dek", "abstract", "chapo",
     "chapeau", "sapo", "perex", "leadtext"}
)  # fmt: skip
_CLASS_PARTS = re.compile(r"[-_\s]+")


def _lede_box(el: etree._Element) -> bool:
    """A standfirst: the element or its container is named as the article's lead, intro or excerpt."""
    for node in (el, el.getparent()):
        if node is None:
            continue
        for attr in (node.get("class"), node.get("id")):
            if attr and _LEDE_PARTS.intersection(p.lower() for p in _CLASS_PARTS.split(attr)):
                return True
    return False


def _same_run(a: etree._Element, b: etree._Element) -> bool:
    """Two blocks of one text: in one container, or in containers of one kind (same tag and class, in
    parents of one kind), as an article split over sibling boxes is. Loose text of the container that holds
    the other block (a lead a broken page left outside its <p>) is of that text too."""
    pa, pb = a.getparent(), b.getparent()
    if pa is None or pb is None:
        return False
    if pa is pb or pa is b or pb is a:
        return True
    if (pa.tag, pa.get("class")) != (pb.tag, pb.get("class")):
        return False
    ga, gb = pa.getparent(), pb.getparent()
    return ga is gb or (
        ga is not None and gb is not None and (ga.tag, ga.get("class")) == (gb.tag, gb.get("class"))
    )


OUTSIDE_MIN = 100
OUTSIDE_DROP = True


def _link_farm(seg: Segment) -> bool:
    """A paragraph made mostly of several links (teasers, hover cards of linked names) is navigation, and so
    is a table of links; one link as a paragraph (a bare address the article lists) is not."""
    b = seg.block
    if isinstance(b, Table):  # a table whose cells are links is a menu ("Weekly edition | Kernel | …")
        anchors = sum(1 for _ in itertools.islice(seg.anchor.iter("a"), 2))
        return seg.link_density >= LINK_TABLE and anchors >= 2
    if not isinstance(b, Paragraph):
        return False
    links = [m for m in b.marks if m.kind == "link"]
    if len(links) < 2:
        return False
    if seg.link_density >= LINK_FARM:
        return True
    # "정치 | 경제 | 사회": the separators between the links are no text of their own
    linked = sum(_letters(b.text[m.start : m.end]) for m in links)
    return linked >= LINK_FARM * max(1, _letters(b.text))


LABEL_WORDS = 5
LABEL_LINKS = 3


def _menu_label(seg: Segment, boxes: dict[etree._Element, tuple[int, int, int]]) -> bool:
    """The title of a box of links ("Contents", "Related", "관련기사", "目次"): a few words, no sentence,
    in a box whose other text is links (three or more). The box is navigation and so is its title.
    ``boxes`` caches each box's counts, so many short lines in one container cost one count of it."""
    b = seg.block
    if not isinstance(b, Paragraph) or b.marks or len(seg.words) > LABEL_WORDS or _sentences(seg):
        return False
    box = seg.anchor
    for _ in range(2):
        box = box.getparent()
        if box is None or box.tag in ("body", "html"):
            return False
        if box not in boxes:
            links = [len(words(" ".join(a.itertext()))) for a in box.iter("a")]
            boxes[box] = (len(words(" ".join(box.itertext()))), sum(links), len(links))
        total, linked, links_n = boxes[box]
        rest = total - len(seg.words)
        if rest > 0:
            return links_n >= LABEL_LINKS and linked >= LINK_FARM * rest
    return False


def _letters(text: str) -> int:
    return sum(len(w) for w in _WORD.findall(text))


LINK_TABLE = 0.7


def large_page(page: PageBlocks) -> list[Segment]:
    """A page too large for trafilatura: the readable candidate's segments, else those inside the page's
    <article> or <main>, else every segment not under a comment, related or menu container."""
    found = readable_only(page)
    if found:
        return found
    segs = [s for s in page.segments if not _page_headline(s)]
    boxed = [s for s in segs if any(a.tag in ("article", "main") for a in s.anchor.iterancestors())]
    if boxed:
        return boxed
    mark_unlikely(segs)
    return [s for s in segs if not s.unlikely]


def _page_headline(seg: Segment) -> bool:
    """An <h1> outside the article's container is the page's own headline or logo, shown as the title."""
    if not isinstance(seg.block, Heading) or seg.block.level != 1:
        return False
    return not any(
        a.tag in ("article", "main") or a.get("role") == "main" for a in seg.anchor.iterancestors()
    )
