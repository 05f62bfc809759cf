"""Element tree -> typed blocks, without recursion.

One walker serves two vocabularies: HTML (site rules, payload fragments, our own fixtures) and the
XML that trafilatura emits (head, p, list/item, quote, table/row/cell, graphic, hi, ref, lb).
Inline elements only contribute their text, so nothing inside <span>, <em>, <sup>, <ruby>, <font> is lost,
and whitespace is collapsed as it is appended, so no space is invented or dropped around inline tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from reader.articles.extract.dom import NON_CONTENT, is_hidden
from reader.articles.model import Block, Heading, Image, ListBlock, Mark, MarkKind, Paragraph, Quote, Table

_WS = re.compile(r"[\s\u00a0\u200b\u3000\ufeff]+")
_ZW = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
PARA_TAGS = frozenset({"p", "pre", "address", "dd", "dt", "center", "figcaption", "caption", "summary"})
CONTAINER_TAGS = frozenset(
    {
        "div", "section", "article", "main", "body", "html", "header", "footer", "aside", "nav", "dl",
        "figure", "details", "fieldset", "tbody", "thead", "tfoot", "hgroup", "picture",
    }
)  # fmt: skip
MARK_TAGS: dict[str, MarkKind] = {
    "em": "em", "i": "em", "cite": "em", "strong": "strong", "b": "strong", "sup": "sup", "sub": "sub",
    "code": "code", "kbd": "code",
}  # fmt: skip
# Captions written as plain boxes next to an image rather than <figcaption>.
_CAPTION = re.compile(
    r"(?:^|[\s_-])(?:caption|captions|figcaption|img_?desc|photo_?desc|photo_?caption|thum_figure_txt|"
    r"image_?caption|img_?caption|pic_?desc)(?:$|[\s_-])",
    re.I,
)
# trafilatura's rend values for <hi>
_REND: dict[str, MarkKind] = {
    "#i": "em",
    "#b": "strong",
    "#u": "em",
    "#sup": "sup",
    "#sub": "sub",
    "#t": "code",
}


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
        text = _WS.sub(" ", _ZW.sub("", text))
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


@dataclass
class BuildOptions:
    base_url: str | None = None
    drop: Callable[[etree._Element], bool] | None = None  # extra elements to skip (site rules)
    tei: bool = False  # the input is trafilatura's XML
    keep_hidden: bool = False


def _tag(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


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


def build_blocks(root: etree._Element, opts: BuildOptions | None = None) -> list[Block]:
    """Walk ``root`` once (iteratively) and return its content as typed blocks."""
    opts = opts or BuildOptions()
    blocks: list[Block] = []
    buf = _Inline()
    # context for the block element currently being collected: (kind, element, extra)
    mode: list[tuple[str, etree._Element]] = []
    list_items: list[list[str]] = []
    list_ordered: list[bool] = []
    table_rows: list[list[tuple[str, ...]]] = []
    row_cells: list[list[str]] = []
    table_header: list[bool] = []
    mark_starts: list[tuple[int, MarkKind, str | None]] = []
    figure_stack: list[dict[str, str]] = []
    skipped: set[etree._Element] = set()
    marked: set[etree._Element] = set()

    def flush_para(kind: str = "p", level: int = 2) -> None:
        text, marks = buf.take()
        if not text:
            return
        if kind == "h":
            blocks.append(Heading(" ".join(text.split()), level))
        elif kind == "quote":
            blocks.append(Quote(text.replace("\n", " "), None, marks))
        else:
            for line, sub in _split_lines(text, marks):
                blocks.append(Paragraph(line, sub))

    def capturing() -> str:
        return mode[-1][0] if mode else ""

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if not tag or (tag in NON_CONTENT and not (opts.tei and tag == "head")):
                walker.skip_subtree()
                skipped.add(el)
                continue
            if (not opts.keep_hidden and not opts.tei and is_hidden(el)) or (opts.drop and opts.drop(el)):
                walker.skip_subtree()
                skipped.add(el)
                continue
            cap = capturing()
            if cap in ("li", "cell"):
                # inside a list item or table cell everything is inline text
                if tag in ("br", "lb") or (
                    tag in ("li", "item", "p", "div", "td", "th", "cell") and buf.length
                ):
                    buf.add(" ")
                buf.add(el.text or "")
                continue
            if tag in ("ul", "ol", "list"):
                flush_para()
                list_items.append([])
                list_ordered.append(tag == "ol" or el.get("rend", "").startswith("ol"))
                mode.append(("list", el))
            elif tag in ("li", "item") and mode and mode[-1][0] == "list":
                mode.append(("li", el))
                buf.add(el.text or "")
            elif tag == "table":
                flush_para()
                table_rows.append([])
                table_header.append(False)
                mode.append(("table", el))
            elif tag in ("tr", "row") and mode and mode[-1][0] == "table":
                row_cells.append([])
                if el.get("role") == "head":
                    table_header[-1] = True
            elif tag in ("td", "th", "cell") and mode and mode[-1][0] == "table":
                if tag == "th" and len(table_rows[-1]) == 0:
                    table_header[-1] = True
                mode.append(("cell", el))
                buf.add(el.text or "")
            elif tag in HEADINGS or (opts.tei and tag == "head"):
                flush_para()
                mode.append(("h", el))
                buf.add(el.text or "")
            elif tag in ("blockquote", "quote"):
                flush_para()
                mode.append(("quote", el))
                buf.add(el.text or "")
            elif tag == "figure":
                flush_para()
                figure_stack.append({"src": "", "alt": "", "caption": ""})
                buf.add(el.text or "")
            elif tag in ("img", "graphic"):
                # lazy-loading pages keep a placeholder in src and the picture in data-*
                src = (
                    el.get("data-src")
                    or el.get("data-original")
                    or el.get("data-lazy-src")
                    or el.get("src")
                    or ""
                ).strip()
                if src and not src.startswith("data:"):
                    if opts.base_url:
                        src = urljoin(opts.base_url, src)
                    alt = " ".join((el.get("alt") or "").split())
                    if figure_stack:
                        if not figure_stack[-1]["src"]:
                            figure_stack[-1]["src"], figure_stack[-1]["alt"] = src, alt
                    elif cap not in ("h", "quote"):
                        flush_para()
                        title = " ".join((el.get("title") or "").split()) if opts.tei else ""
                        blocks.append(Image(src, alt, title))
            elif not opts.tei and cap == "" and _CAPTION.search(el.get("class") or "") and not figure_stack:
                flush_para()
                mode.append(("caption", el))
                buf.add(el.text or "")
            elif tag == "figcaption" and figure_stack:
                flush_para()
                mode.append(("figcaption", el))
                buf.add(el.text or "")
            elif tag in ("br", "lb"):
                buf.newline()
            elif tag in PARA_TAGS or tag in CONTAINER_TAGS or tag == "hr":
                if cap not in ("h", "quote", "figcaption", "caption"):
                    flush_para()
                elif buf.length:
                    buf.newline()
                buf.add(el.text or "")
            else:
                kind: MarkKind | None = MARK_TAGS.get(tag)
                href = None
                if opts.tei and tag == "hi":
                    kind = _REND.get(el.get("rend", ""))
                if tag == "a" or (opts.tei and tag == "ref"):
                    href = el.get("href") or el.get("target")
                    if href and not href.startswith(("javascript:", "#")):
                        kind = "link"
                        if opts.base_url:
                            href = urljoin(opts.base_url, href)
                    else:
                        href = None
                if kind:
                    mark_starts.append((buf.length, kind, href))
                    marked.add(el)
                buf.add(el.text or "")
        else:  # end
            if el in skipped:
                buf.add(el.tail or "")
                continue
            cap = capturing()
            if cap in ("li", "cell") and mode[-1][1] is not el:
                buf.add(el.tail or "")
                continue
            if cap == "list" and mode[-1][1] is el:
                mode.pop()
                items = tuple(i for i in list_items.pop() if i)
                ordered = list_ordered.pop()
                if items:
                    blocks.append(ListBlock(items, ordered))
            elif cap == "li" and mode[-1][1] is el:
                mode.pop()
                text, _ = buf.take()
                if text and list_items:
                    list_items[-1].append(" ".join(text.split()))
            elif cap == "table" and mode[-1][1] is el:
                mode.pop()
                rows = tuple(tuple(r) for r in table_rows.pop() if any(r))
                header = table_header.pop()
                if rows:
                    blocks.append(Table(rows, header))
            elif cap == "cell" and mode[-1][1] is el:
                mode.pop()
                text, _ = buf.take()
                if row_cells:
                    row_cells[-1].append(" ".join(text.split()))
            elif tag in ("tr", "row") and mode and mode[-1][0] == "table":
                if row_cells:
                    cells = row_cells.pop()
                    if table_rows:
                        table_rows[-1].append(tuple(cells))
            elif cap == "h" and mode[-1][1] is el:
                mode.pop()
                level = 3 if opts.tei and tag == "head" else HEADINGS.get(tag, 2)
                if opts.tei:
                    rend = el.get("rend", "")
                    level = HEADINGS.get(rend, level)
                flush_para("h", level)
            elif cap == "quote" and mode[-1][1] is el:
                mode.pop()
                flush_para("quote")
            elif cap == "figcaption" and mode[-1][1] is el:
                mode.pop()
                text, _ = buf.take()
                if figure_stack:
                    figure_stack[-1]["caption"] = " ".join(text.split())
            elif cap == "caption" and mode[-1][1] is el:
                mode.pop()
                text, _ = buf.take()
                text = " ".join(text.split())
                if text and blocks and isinstance(blocks[-1], Image) and not blocks[-1].caption:
                    last = blocks[-1]
                    blocks[-1] = Image(last.src, last.alt, text)
                elif text:
                    blocks.append(Paragraph(text))
            elif tag == "figure" and figure_stack:
                fig = figure_stack.pop()
                text, _ = buf.take()
                caption = fig["caption"] or " ".join(text.split())
                if fig["src"]:
                    blocks.append(Image(fig["src"], fig["alt"], caption))
                elif caption:
                    blocks.append(Paragraph(caption))
            elif el in marked:
                start, kind, href = mark_starts.pop()
                end = buf.length - (1 if buf.ends_space and buf.length else 0)
                if end > start:
                    buf.marks.append(Mark(start, end, kind, href))
            elif tag in PARA_TAGS or tag in CONTAINER_TAGS:
                if cap not in ("h", "quote", "figcaption", "caption"):
                    flush_para()
                elif buf.length:
                    buf.newline()
            buf.add(el.tail or "")
    flush_para()
    return blocks
