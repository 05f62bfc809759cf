"""The page's segments — its own blocks, a list counted item by item, each remembering its element — and how
much of each a candidate holds (trafilatura's blocks mapped back onto them by shared word pairs)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from reader.articles.extract.blocks import BlockWalker, BuildOptions, WalkObserver
from reader.articles.model import Block, Image, ListBlock, Paragraph, Quote, Table

KEEP = 0.5  # a segment belongs to a candidate when this share of its words is in the candidate's output
_WORD = re.compile(r"\w+")


@dataclass
class Segment:
    """One block of the page (a list counts item by item) and what the candidates say about it."""

    block: Block
    anchor: etree._Element
    words: list[str]
    group: int = -1  # items of one list share it, to be joined again
    in_t: float = 0.0  # share of its words trafilatura kept
    in_r: float = 0.0  # share of its words the readable candidate kept
    in_box: bool = False  # inside the readable candidate's containers (whether or not it kept it)
    unlikely: bool = False  # under a container whose class or role says comments, related, sidebar, menu…
    link_density: float = 0.0


@dataclass
class PageBlocks:
    segments: list[Segment] = field(default_factory=list)
    whole_page_box: bool = False  # the readable candidate found no container narrower than the page
    prunable: list[etree._Element] = field(default_factory=list)
    unlikely: list[etree._Element] = field(default_factory=list)


_FORMAT = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")


def words(text: str) -> list[str]:
    """Words for matching only: case, Unicode composition and invisible format characters set aside, so a
    candidate that normalised its text still matches the page's own."""
    return _WORD.findall(unicodedata.normalize("NFC", _FORMAT.sub("", text)).casefold())


def page_segments(
    root: etree._Element, observer: WalkObserver | None = None, base: str | None = None
) -> PageBlocks:
    """The page's blocks; link addresses stay as written (see blocks.resolve_urls), pictures are resolved
    against ``base`` as they are met (the image rule refuses a relative address)."""
    walker = BlockWalker(BuildOptions(collect_prunable=True, image_base=base))
    blocks = walker.walk(root, observer)
    segs: list[Segment] = []
    for n, (b, a) in enumerate(zip(blocks, walker.anchors, strict=True)):
        if isinstance(b, ListBlock):
            ld = _element_link_density(a)
            segs.extend(
                Segment(ListBlock((item,), b.ordered), a, words(item), group=n, link_density=ld)
                for item in b.items
            )
        elif isinstance(b, Paragraph | Quote):
            linked = sum(m.end - m.start for m in b.marks if m.kind == "link")
            segs.append(Segment(b, a, words(b.text), link_density=linked / len(b.text) if b.text else 0.0))
        elif isinstance(b, Table):
            segs.append(Segment(b, a, words(b.plain_text()), link_density=_element_link_density(a)))
        else:
            segs.append(Segment(b, a, words(b.caption if isinstance(b, Image) else b.plain_text())))
    return PageBlocks(segs, prunable=walker.prunable, unlikely=walker.unlikely)


def _element_link_density(el: etree._Element) -> float:
    total = len(" ".join(el.itertext()).split())
    if not total:
        return 0.0
    linked = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a"))
    return min(1.0, linked / total)


SHORT = 6  # segments of fewer words are matched whole against the candidate's own blocks


def coverage(page: PageBlocks, kept: list[Block]) -> list[float]:
    """Each segment's share of words found in the candidate's blocks, each kept word claimed once.

    Long segments claim first, so a teaser that repeats the lead sentence does not take the words of
    the paragraph they came from. A short segment ("News", "Read more") would be found by chance in any
    long text, so it counts only when the candidate has a block, list item or line of exactly its words.
    """
    units: dict[tuple[str, ...], int] = {}
    seq: list[str] = []
    for b in kept:
        parts = (
            list(b.items)
            if isinstance(b, ListBlock)
            else [b.caption if isinstance(b, Image) else b.plain_text()]
        )
        for part in parts:
            w = words(part)
            if w:
                units[tuple(w)] = units.get(tuple(w), 0) + 1
                seq.extend(w)
            lines = part.split("\n")
            for line in lines if len(lines) > 1 else ():  # a line of a block is whole too (<br> lines)
                lw = words(line)
                if 0 < len(lw) < SHORT:
                    units[tuple(lw)] = units.get(tuple(lw), 0) + 1
    pairs: dict[tuple[str, str], int] = {}
    for i in range(len(seq) - 1):
        key = (seq[i], seq[i + 1])
        pairs[key] = pairs.get(key, 0) + 1
    out = [0.0] * len(page.segments)
    order = sorted(range(len(page.segments)), key=lambda i: -len(page.segments[i].words))
    for i in order:
        w = page.segments[i].words
        if not w:
            continue
        if len(w) < SHORT:
            key_w = tuple(w)
            if units.get(key_w, 0) > 0:
                units[key_w] -= 1
                out[i] = 1.0
            continue
        hits = 0
        for j in range(len(w) - 1):
            key = (w[j], w[j + 1])
            if pairs.get(key, 0) > 0:
                pairs[key] -= 1
                hits += 1
        out[i] = hits / (len(w) - 1)
    return out


def mapped_share(page: PageBlocks, kept: list[Block]) -> float:
    """How much of a candidate's text the page's segments account for (low: it saw text our walk does not)."""
    total = sum(len(words(b.plain_text())) for b in kept if not isinstance(b, Image))
    if not total:
        return 0.0
    found = sum(len(s.words) for s in page.segments if s.in_t >= KEEP)
    return min(1.0, found / total)
