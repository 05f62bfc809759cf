"""Element tree -> typed blocks, without recursion.

One walker serves two vocabularies: HTML (the page itself, site rules, payload fragments, our fixtures) and
the XML that trafilatura emits (head, p, list/item, quote, table/row/cell, graphic, hi, ref, lb). Each element
kind has one start and one end handler; open lists, tables, headings, quotes, figures and captions are frames
on one stack. Inline elements only contribute their text, so nothing inside <span>, <em>, <sup>, <ruby>,
<font> is lost, and whitespace is collapsed as it is appended, so no space is invented or dropped around
inline tags. Every block remembers the element it came from (its anchor), for callers that choose blocks
by where they sit in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol
from urllib.parse import urljoin

from lxml import etree

from reader.articles.extract.dom import NON_CONTENT, Visibility, unlikely_names
from reader.articles.extract.pictures import (
    allowed_src,
    hover_cards,
    image_source,
    noscript_picture,
    not_article_image,
)
from reader.articles.extract.tables import TABLE_PARTS, is_layout_table
from reader.articles.model import Block, Heading, Image, ListBlock, Mark, MarkKind, Paragraph, Quote, Table

# White space is collapsed and nothing else changes: soft hyphens, zero-width (non-)joiners and combining
# marks are the page's characters (ZWJ/ZWNJ shape Indic and Persian words); only a stray BOM goes.
_WS = re.compile(r"[\s\u00a0\u3000]+")
_ZW = re.compile(r"\ufeff")

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
PARA_TAGS = frozenset({"p", "pre", "address", "dd", "dt", "center", "figcaption", "caption", "summary"})
CONTAINER_TAGS = frozenset(
    {
        "div", "section", "article", "main", "body", "html", "header", "footer", "aside", "nav", "dl",
        "figure", "details", "fieldset", "tbody", "thead", "tfoot", "hgroup", "picture", "form",
    }
)  # fmt: skip
MARK_TAGS: dict[str, MarkKind] = {
    "em": "em", "i": "em", "cite": "em", "strong": "strong", "b": "strong", "sup": "sup", "sub": "sub",
    "code": "code", "kbd": "code",
}  # fmt: skip
# Captions written as plain boxes next to an image rather than <figcaption>.
_CAPTION = re.compile(
    r"caption|(?:^|[\s_-])(?:img_?desc|photo_?desc|thum_figure_txt|pic_?desc)(?:$|[\s_-])",
    re.I,
)
# A photo's credit line ("Jane Roe | Agency") is never article text, wherever the page puts it.
_CREDIT = re.compile(r"(?:^|[\s_-])(?:CREDIT|[Cc]redit)s?(?:$|[\s_-])|[a-z]Credits?(?:$|[\s_-])")
# trafilatura's rend values for <hi>
_REND: dict[str, MarkKind] = {
    "#i": "em", "#b": "strong", "#u": "em", "#sup": "sup", "#sub": "sub", "#t": "code",
}  # fmt: skip
# Frames whose text is collected into one block; inside these a nested block tag is a line break.
_INLINE_FRAMES = frozenset({"h", "quote", "figcaption", "caption"})
# MathML: token elements carry the formula's text; annotations repeat it in another notation.
_MATH_TOKENS = frozenset({"mi", "mn", "mo", "mtext", "ms"})
_MATH_SKIP = frozenset({"annotation", "annotation-xml"})
# A whole page is often wrapped in one <form> (ASP.NET): that tag is a container, its controls are not text.
# Widgets, not text: a video player's menus and its "This is a modal window" dialog, toolbars, tabs, tips.
_CHROME_ROLES = frozenset(
    {"menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "dialog", "alertdialog", "tooltip",
     "toolbar", "tablist", "search", "navigation"}
)  # fmt: skip
# never text for any extractor: pruned before trafilatura copies the page (fewer elements, less work)
_PRUNE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "canvas", "map", "object", "embed", "select", "button"}
)
# containers whose name can mark a whole region as comments, related links or a menu
_BOXES = frozenset({"div", "section", "aside", "ul", "ol", "nav", "footer", "header", "table", "form", "dl"})
_CELL_BREAKS = frozenset({"li", "item", "p", "div", "td", "th", "cell"})
_SKIP = NON_CONTENT - {"form", "math"}


@dataclass
class _Inline:
    """Collects inline text with collapsed whitespace; mark offsets stay valid as text grows."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    ends_space: bool = True
    marks: list[Mark] = field(default_factory=list)

    def add(self, text: str) -> None:
        if not text:
            return
        if "\ufeff" in text:
            text = _ZW.sub("", text)
        core = " ".join(text.split())
        if not core:
            text = " " if text else ""
        else:
            text = (" " if text[0].isspace() else "") + core + (" " if text[-1].isspace() else "")
        if not text:
            return
        if self.ends_space and text[0] == " ":
            text = text[1:]
            if not text:
                return
        self.parts.append(text)
        self.length += len(text)
        self.ends_space = text[-1] == " "

    def newline(self) -> None:
        if self.length and self.parts[-1] != "\n":
            if self.ends_space:
                self.parts[-1] = self.parts[-1][:-1]
                self.length -= 1
            self.parts.append("\n")
            self.length += 1
            self.ends_space = True

    def take(self) -> tuple[str, tuple[Mark, ...]]:
        if not self.parts:
            self.length, self.ends_space, self.marks = 0, True, []
            return "", ()
        raw = "".join(self.parts)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        marks = tuple(
            Mark(max(0, m.start - lead), min(len(text), m.end - lead), m.kind, m.href)
            for m in self.marks
            if min(len(text), m.end - lead) > max(0, m.start - lead)
        )
        self.parts, self.length, self.ends_space, self.marks = [], 0, True, []
        return text, marks


class WalkObserver(Protocol):
    """Something that measures the page during the block walk (readable.Measures): one walk, not two."""

    def start(self, el: etree._Element, tag: str) -> bool: ...

    def skipped(self, el: etree._Element, tag: str) -> None: ...

    def end(self, el: etree._Element, tag: str) -> None: ...


@dataclass
class BuildOptions:
    base_url: str | None = None
    drop: Callable[[etree._Element], bool] | None = None  # extra elements to skip (site rules)
    tei: bool = False  # the input is trafilatura's XML
    keep_hidden: bool = False
    # also list what no extractor should see (scripts, hidden boxes, comment and related sections) in
    # ``BlockWalker.prunable``, so the page can be pruned before trafilatura copies and walks it
    collect_prunable: bool = False
    # pictures are resolved against this when ``base_url`` is not given (a walk that leaves link
    # addresses as written still needs absolute picture addresses: the image rule refuses relative ones)
    image_base: str | None = None


@dataclass
class _Frame:
    """An open element whose content becomes one block (or one list or table) when it ends."""

    kind: str  # "list", "li", "table", "cell", "h", "quote", "figcaption", "caption"
    el: etree._Element
    items: list[str] = field(default_factory=list)  # list: its items
    ordered: bool = False
    rows: list[tuple[str, ...]] = field(default_factory=list)  # table: finished rows
    row: list[str] | None = None  # table: the row being filled
    header: bool = False


@dataclass
class _Figure:
    el: etree._Element
    src: str = ""
    alt: str = ""
    caption: str = ""
    refused: str = ""  # "unsafe": its picture broke the image rule; "other": it is not the article's


_TAG_NAMES: dict[str, str] = {}


def _tag(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    name = _TAG_NAMES.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1].lower()
        if len(_TAG_NAMES) < 4096:
            _TAG_NAMES[tag] = name
    return name


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _split_lines(text: str, marks: tuple[Mark, ...]) -> list[tuple[str, tuple[Mark, ...]]]:
    if "\n" not in text:
        return [(text, marks)]
    out: list[tuple[str, tuple[Mark, ...]]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        off = start + (len(line) - len(line.lstrip()))
        sub = tuple(
            Mark(max(m.start, off) - off, min(m.end, off + len(stripped)) - off, m.kind, m.href)
            for m in marks
            if min(m.end, off + len(stripped)) > max(m.start, off)
        )
        out.append((stripped, sub))
    return out


def math_text(el: etree._Element) -> str:
    """A MathML formula as a line of its tokens ("x = − b ± …"); annotations (TeX, content markup) skipped."""
    tokens: list[str] = []
    walker = etree.iterwalk(el, events=("start",))
    for _, node in walker:
        tag = _tag(node)
        if tag in _MATH_SKIP:
            walker.skip_subtree()
        elif tag in _MATH_TOKENS:
            text = _one_line("".join(node.itertext()))
            if text:
                tokens.append(text)
            walker.skip_subtree()
    if not tokens:
        return (el.get("alttext") or "").strip()
    return " ".join(tokens)


class BlockWalker:
    """Walks one tree (iteratively) and collects its blocks; ``anchors[i]`` is where ``blocks[i]`` began."""

    def __init__(self, opts: BuildOptions | None = None) -> None:
        self.opts = opts or BuildOptions()
        self.blocks: list[Block] = []
        self.anchors: list[etree._Element] = []
        self.buf = _Inline()
        self.frames: list[_Frame] = []
        self.figures: list[_Figure] = []
        self.marks: list[tuple[etree._Element, int, MarkKind, str | None]] = []
        self.skipped: set[etree._Element] = set()
        self.open_blocks: list[etree._Element] = []  # para and container elements around the text
        self.buf_anchor: etree._Element | None = None
        self.visibility = Visibility()
        self.layout_items: set[etree._Element] = set()  # <li> used as a page-layout box, not a list item
        self.prunable: list[etree._Element] = []  # never text: scripts, styles, drawings
        self.cards: set[etree._Element] = set()  # hover cards set into sentences (pictures.hover_cards)
        self.unlikely: list[etree._Element] = []  # containers named as comments, related links, menus…

    # ---- the walk ----

    def walk(self, root: etree._Element, observer: WalkObserver | None = None) -> list[Block]:
        """The blocks of ``root``; ``observer`` sees every element the walk enters, skips and leaves."""
        self.open_blocks = [root]
        if not self.opts.tei:
            self.cards = hover_cards(root)
        walker = etree.iterwalk(root, events=("start", "end"))
        names = _TAG_NAMES
        for event, el in walker:
            raw = el.tag
            tag = (names.get(raw) or _tag(el)) if isinstance(raw, str) else ""
            if event == "start":
                if self._skips(el, tag):
                    walker.skip_subtree()
                    self.skipped.add(el)
                    if self.opts.collect_prunable and tag in _PRUNE_TAGS:
                        self.prunable.append(el)
                    if observer is not None:
                        observer.skipped(el, tag)
                elif tag == "math":
                    self._text(" " + math_text(el) + " ")
                    walker.skip_subtree()
                    self.skipped.add(el)
                    if observer is not None:
                        observer.skipped(el, tag)
                else:
                    if observer is not None:
                        observer.start(el, tag)
                    self._start(el, tag)
            else:
                if observer is not None:
                    observer.end(el, tag)
                if el in self.skipped:
                    self._text(el.tail)
                    continue
                self._end(el, tag)
        self._flush()
        return self.blocks

    def _skips(self, el: etree._Element, tag: str) -> bool:
        if not tag:
            return True
        if tag in _SKIP and not (self.opts.tei and tag == "head"):
            return True
        if not self.opts.tei:
            if self.cards and el in self.cards:
                return True
            cls = el.get("class")
            role = el.get("role")
            styled = el.get("style") is not None or el.get("hidden") is not None or el.get("aria-hidden")
            if (
                (cls is not None or role is not None or styled)
                and not self.opts.keep_hidden
                and self.visibility.hidden(el)
            ):
                return True
            if (cls and _credit_class(cls)) or (role is not None and role in _CHROME_ROLES):
                return True
            if self.opts.collect_prunable and tag in _BOXES:
                ident = el.get("id")
                if (cls or ident or role) and unlikely_names(cls, ident, role):
                    self.unlikely.append(el)
        return bool(self.opts.drop and self.opts.drop(el))

    def _mode(self) -> str:
        return self.frames[-1].kind if self.frames else ""

    def _text(self, text: str | None) -> None:
        if not text:
            return
        buf = self.buf
        if text.isspace():  # the indentation between tags: at most one space, never at the start
            if not buf.ends_space:
                buf.parts.append(" ")
                buf.length += 1
                buf.ends_space = True
                return
            if buf.ends_space:
                return
        if not buf.length and self.buf_anchor is None and text.strip():
            self.buf_anchor = self.frames[-1].el if self.frames else self.open_blocks[-1]
        buf.add(text)

    def _emit(self, block: Block, anchor: etree._Element | None = None) -> None:
        self.blocks.append(block)
        self.anchors.append(anchor if anchor is not None else (self.buf_anchor or self.open_blocks[-1]))

    def _flush(self, kind: str = "p", level: int = 2) -> None:
        if not self.buf.parts:
            self.buf_anchor = None
            return
        text, marks = self.buf.take()
        anchor = self.buf_anchor
        self.buf_anchor = None
        if not text:
            return
        if kind == "h":
            # lines a <br> sets apart stay apart here: a heading of several lines opening the body is the
            # deck (cleanup.split_deck), anywhere else its lines are joined
            lines = [_one_line(line) for line in text.split("\n")] if not self.opts.tei else [_one_line(text)]
            self._emit(Heading("\n".join(line for line in lines if line), level), anchor)
        elif kind == "quote":
            self._emit(Quote(text.replace("\n", " "), None, marks), anchor)
        else:
            for line, sub in _split_lines(text, marks):
                self._emit(Paragraph(line, sub), anchor)

    def _take_line(self) -> str:
        text, _ = self.buf.take()
        self.buf_anchor = None
        return _one_line(text)

    # ---- start handlers ----

    def _start(self, el: etree._Element, tag: str) -> None:
        mode = self._mode()
        tei = self.opts.tei
        if mode == "li" and tag in ("ul", "ol", "list"):
            self._start_sublist(el, tag)
            return
        if mode in ("li", "cell"):
            # inside a list item or table cell everything is inline text
            if tag in ("br", "lb") or (tag in _CELL_BREAKS and self.buf.length):
                self.buf.add(" ")
            self._text(el.text)
            return
        if tag in ("ul", "ol", "list"):
            self._start_list(el, tag)
        elif tag in ("li", "item") and mode == "list":
            if not self.opts.tei and _is_layout_item(el):
                self.layout_items.add(el)
                self._start_block(el, mode)
            else:
                self._open(el, "li")
        elif tag == "table" and not tei and is_layout_table(el):
            self.layout_items.add(el)  # page layout: its rows and cells are boxes, their content blocks
            self._start_block(el, mode)
        elif tag in TABLE_PARTS and mode != "table" and not tei:
            self.layout_items.add(el)  # a row or cell of a layout table (a data table opens a frame)
            self._start_block(el, mode)
        elif tag == "table":
            self._flush()
            self.frames.append(_Frame("table", el))
        elif tag in ("tr", "row") and mode == "table":
            self._start_row(el)
        elif tag in ("td", "th", "cell") and mode == "table":
            self._start_cell(el, tag)
        elif tag in HEADINGS or (tei and tag == "head"):
            self._flush()
            self._open(el, "h")
        elif tag in ("blockquote", "quote"):
            self._flush()
            self._open(el, "quote")
        elif tag == "figure":
            self._flush()
            fig = _Figure(el)
            if not self.opts.tei:
                fig.src, fig.alt = noscript_picture(el, self.opts.base_url or self.opts.image_base)
            self.figures.append(fig)
            self._text(el.text)
        elif tag in ("img", "graphic"):
            self._start_image(el, mode)
        elif not tei and mode == "" and not self.figures and _caption_class(el.get("class")):
            self._flush()
            self._open(el, "caption")
        elif tag == "figcaption" and self.figures:
            self._flush()
            self._open(el, "figcaption")
        elif tag in ("br", "lb"):
            self.buf.newline()
        elif tag in PARA_TAGS or tag in CONTAINER_TAGS or tag == "hr":
            self._start_block(el, mode)
        else:
            self._start_inline(el, tag)

    def _open(self, el: etree._Element, kind: str) -> None:
        self.frames.append(_Frame(kind, el))
        self._text(el.text)

    def _start_list(self, el: etree._Element, tag: str) -> None:
        self._flush()
        self.frames.append(_Frame("list", el, ordered=tag == "ol" or el.get("rend", "").startswith("ol")))

    def _start_sublist(self, el: etree._Element, tag: str) -> None:
        """A list inside an item: the item's text so far is one item, the sub-items follow it as items."""
        text = self._take_line()
        outer = self.frames[-2] if len(self.frames) >= 2 and self.frames[-2].kind == "list" else None
        if text and outer is not None:
            outer.items.append(text)
        self.frames.append(_Frame("list", el, ordered=tag == "ol" or el.get("rend", "").startswith("ol")))

    def _start_row(self, el: etree._Element) -> None:
        table = self.frames[-1]
        table.row = []
        if el.get("role") == "head":
            table.header = True

    def _start_cell(self, el: etree._Element, tag: str) -> None:
        table = self.frames[-1]
        if tag == "th" and not table.rows:
            table.header = True
        if table.row is None:  # a cell outside any row
            table.row = []
        self._open(el, "cell")

    def _start_image(self, el: etree._Element, mode: str) -> None:
        base = self.opts.base_url or self.opts.image_base
        refused = ""
        if self.opts.tei:
            src = allowed_src(el.get("src") or "", base)
            refused = "" if src else "unsafe"
        else:
            src = image_source(el, base)
            if not src:
                refused = "unsafe"
            elif not_article_image(el, src):
                src, refused = "", "other"
        if not src:
            if self.figures and not self.figures[-1].refused:
                self.figures[-1].refused = refused
            return
        alt = _one_line(el.get("alt") or "")
        if self.figures:
            fig = self.figures[-1]
            if not fig.src:
                fig.src, fig.alt = src, alt
        elif mode not in ("h", "quote"):
            self._flush()
            title = _one_line(el.get("title") or "") if self.opts.tei else ""
            self._emit(Image(src, alt, title), el)

    def _start_block(self, el: etree._Element, mode: str) -> None:
        if mode not in _INLINE_FRAMES:
            self._flush()
        elif self.buf.length:
            self.buf.newline()
        self.open_blocks.append(el)
        self._text(el.text)

    def _start_inline(self, el: etree._Element, tag: str) -> None:
        kind: MarkKind | None = MARK_TAGS.get(tag)
        href = None
        tei = self.opts.tei
        if tei and tag == "hi":
            kind = _REND.get(el.get("rend", ""))
        if tag == "a" or (tei and tag == "ref"):
            href = el.get("href") or el.get("target")
            if href and not href.startswith(("javascript:", "#")):
                kind = "link"
                if self.opts.base_url:
                    href = urljoin(self.opts.base_url, href)
            else:
                href = None
        if kind:
            self.marks.append((el, self.buf.length, kind, href))
        self._text(el.text)

    # ---- end handlers ----

    def _end(self, el: etree._Element, tag: str) -> None:
        frame = self.frames[-1] if self.frames else None
        if frame is not None and frame.kind in ("li", "cell") and frame.el is not el:
            self._text(el.tail)
            return
        if frame is not None and frame.el is el:
            self.frames.pop()
            self._close(frame, tag)
        elif tag in ("tr", "row") and frame is not None and frame.kind == "table":
            if frame.row is not None:
                frame.rows.append(tuple(frame.row))
                frame.row = None
        elif tag == "figure" and self.figures and self.figures[-1].el is el:
            self._end_figure(self.figures.pop())
        elif self.marks and self.marks[-1][0] is el:
            _, start, kind, href = self.marks.pop()
            end = self.buf.length - (1 if self.buf.ends_space and self.buf.length else 0)
            if end > start:
                self.buf.marks.append(Mark(start, end, kind, href))
        elif tag in PARA_TAGS or tag in CONTAINER_TAGS or el in self.layout_items:
            if self._mode() not in _INLINE_FRAMES:
                self._flush()
            elif self.buf.length:
                self.buf.newline()
            if self.open_blocks and self.open_blocks[-1] is el:
                self.open_blocks.pop()
        self._text(el.tail)

    def _close(self, frame: _Frame, tag: str) -> None:
        kind = frame.kind
        if kind == "list":
            items = tuple(i for i in frame.items if i)
            if len(self.frames) >= 2 and self.frames[-1].kind == "li" and self.frames[-2].kind == "list":
                self.frames[-2].items.extend(items)  # a sub-list: its items join the enclosing list
            elif items:
                self._emit(ListBlock(items, frame.ordered), frame.el)
        elif kind == "li":
            text = self._take_line()
            if text and self.frames and self.frames[-1].kind == "list":
                self.frames[-1].items.append(text)
        elif kind == "table":
            if frame.row:
                frame.rows.append(tuple(frame.row))
            rows = tuple(r for r in frame.rows if any(r))
            if rows:
                self._emit(Table(rows, frame.header), frame.el)
        elif kind == "cell":
            text = self._take_line()
            table = self.frames[-1] if self.frames else None
            if table is not None and table.row is not None:
                table.row.append(text)
        elif kind == "h":
            level = 3 if self.opts.tei and tag == "head" else HEADINGS.get(tag, 2)
            if self.opts.tei:
                level = HEADINGS.get(frame.el.get("rend", ""), level)
            self._flush("h", level)
        elif kind == "quote":
            self._flush("quote")
        elif kind == "figcaption":
            text = self._take_line()
            if self.figures:
                self.figures[-1].caption = text
        elif kind == "caption":
            self._end_caption(frame.el)

    def _end_caption(self, el: etree._Element) -> None:
        text = self._take_line()
        last = self.blocks[-1] if self.blocks else None
        if text and isinstance(last, Image) and not last.caption:
            self.blocks[-1] = Image(last.src, last.alt, text)
        elif text:
            self._emit(Paragraph(text), el)

    def _end_figure(self, fig: _Figure) -> None:
        text = self._take_line()
        caption = fig.caption or text
        if fig.src:
            self._emit(Image(fig.src, fig.alt, caption), fig.el)
        elif fig.refused == "unsafe" and caption:
            self._emit(Image("", "", caption), fig.el)  # the picture goes, its caption stays with its place
        elif caption and not fig.refused:
            self._emit(Paragraph(caption), fig.el)


_LAYOUT_CHILDREN = frozenset(
    {"div", "section", "article", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer",
     "aside", "form", "blockquote", "main", "nav"}
)  # fmt: skip


@lru_cache(maxsize=8192)
def _caption_class(cls: str | None) -> bool:
    return bool(cls and _CAPTION.search(cls))


@lru_cache(maxsize=8192)
def _credit_class(cls: str) -> bool:
    return bool(_CREDIT.search(cls))


def _is_layout_item(el: etree._Element) -> bool:
    """An <li> holding boxes, headings or several paragraphs is page layout: its content is blocks."""
    paras = 0
    for child in el:
        tag = _tag(child)
        if tag in _LAYOUT_CHILDREN:
            return True
        paras += tag == "p"
    return paras >= 2


def resolve_urls(blocks: list[Block], base_url: str | None) -> list[Block]:
    """Link and picture addresses made absolute against ``base_url``, after the walk: a page walk that
    keeps a fraction of its blocks need not resolve every address of the page."""
    if not base_url:
        return blocks
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph | Quote) and any(m.href for m in b.marks):
            marks = tuple(
                Mark(m.start, m.end, m.kind, urljoin(base_url, m.href) if m.href else None) for m in b.marks
            )
            b = Paragraph(b.text, marks) if isinstance(b, Paragraph) else Quote(b.text, b.cite, marks)
        elif isinstance(b, Image) and b.src:
            b = Image(urljoin(base_url, b.src), b.alt, b.caption)
        out.append(b)
    return out


def build_blocks(root: etree._Element, opts: BuildOptions | None = None) -> list[Block]:
    """Walk ``root`` once (iteratively) and return its content as typed blocks."""
    return BlockWalker(opts).walk(root)
