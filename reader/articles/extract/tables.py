"""Which tables lay out the page and which hold data: a layout table's rows and cells are boxes whose
content is blocks (old pages and many Korean boards set the whole page in nested tables); a data table
stays a table."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


TABLE_PARTS = frozenset({"tr", "td", "th"})
_DATA_TABLE_PARTS = frozenset({"caption", "thead", "tfoot", "colgroup", "col", "th"})
_CELL_BLOCKS = frozenset(
    {"table", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "form", "section",
     "article", "center", "dl", "pre"}
)  # fmt: skip


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            yield child
        elif tag in ("tbody", "thead", "tfoot"):
            yield from (r for r in child if _tag(r) == "tr")


def is_layout_table(el: etree._Element) -> bool:
    """A table that lays out the page rather than holding data, decided much as Readability decides it:
    marked presentational; a cell holds another table, a box, headings, lists, several paragraphs or a
    column of text; or every row is one cell. A caption, a header cell or column groups say data. Only the
    table's own rows and cells' children are looked at, so nested layout tables cost their size once."""
    if (el.get("role") or "").lower() in ("presentation", "none"):
        return True
    if el.get("summary") or any(_tag(c) in _DATA_TABLE_PARTS for c in el):
        return False
    rows = 0
    one_column = True
    for row in _rows(el):
        rows += 1
        cells = 0
        for cell in row:
            tag = _tag(cell)
            if tag == "th":
                return False
            if tag != "td":
                continue
            cells += 1
            if _layout_cell(cell):
                return True
        one_column = one_column and cells <= 1
    return rows >= 2 and one_column  # one cell a row: boxes stacked, not data


LAYOUT_CELL_TEXT = 200  # characters of a cell's own text (not its children's) that make it a column of text


def _layout_cell(cell: etree._Element) -> bool:
    """A cell holding boxes, headings, lists, several paragraphs or a column of text broken by <br>."""
    paras = breaks = 0
    own = len(cell.text or "")
    for child in cell:
        ctag = _tag(child)
        if ctag in _CELL_BLOCKS:
            return True
        paras += ctag == "p"
        breaks += ctag == "br"
        own += len(child.tail or "")
    return paras >= 2 or own >= LAYOUT_CELL_TEXT or (breaks >= 2 and own >= LAYOUT_CELL_TEXT // 2)
