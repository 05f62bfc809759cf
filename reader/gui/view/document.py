"""Article -> QTextDocument, built block by block, and restyled in place.

Every article block becomes real document blocks whose text is exactly ``block.plain_text()``, so
a character offset from the speech core is a document position: ``block_range(i)[0] + offset``.
Each QTextBlock carries its role in ``userState`` so a style change walks the blocks once inside
one edit block (one relayout) instead of rebuilding the document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextOption,
)

from reader.articles.model import (
    Article,
    Heading,
    Image,
    ListBlock,
    Mark,
    Note,
    Paragraph,
    Quote,
    Table,
)
from reader.gui.fonts import body_font, hangul_family
from reader.style import reading as ty
from reader.style.reading import ReadingStyle

log = logging.getLogger(__name__)

MARK_PROP = QTextFormat.Property.UserProperty + 1


class Role(IntEnum):
    TITLE = 1
    SUBTITLE = 2
    META = 3
    PARAGRAPH = 10
    HEADING = 11
    QUOTE = 12
    CITE = 13
    LIST_ITEM = 14
    NOTE = 15
    IMAGE = 16
    IMAGE_PLACEHOLDER = 17
    CAPTION = 18
    TABLE_ROW = 19
    TABLE_HEADER = 20


def _state(role: Role, level: int = 0) -> int:
    return int(role) * 16 + level


def _role(state: int) -> tuple[Role | None, int]:
    if state < 16:
        return None, 0
    try:
        return Role(state // 16), state % 16
    except ValueError:
        return None, 0


@dataclass
class Labels:
    """Translated words the document needs; the window passes them in its UI language."""

    image_hidden: str = "Image not loaded (images are off): {alt}"
    image: str = "image"


@dataclass
class BuiltArticle:
    document: QTextDocument
    ranges: list[tuple[int, int]] = field(default_factory=list)
    title_range: tuple[int, int] = (0, 0)
    tables: list[tuple[int, int]] = field(default_factory=list)  # first/last QTextBlock numbers
    marked: list[tuple[int, int, str]] = field(default_factory=list)  # code and link spans: start, end, kind
    runs: list[_Run] | None = None  # the blocks grouped for restyle; only formats change after build


@dataclass(frozen=True)
class _Run:
    """Neighbouring blocks that take exactly the same formats, so one call styles them all."""

    first: int  # position of the first block
    last: int  # position of the last block
    role: Role
    level: int
    variant: int  # list item / table row: 1 when the next block continues the same list or table
    in_list: bool  # list items merge their block format, so the list's own indent stays
    tab_block: int  # table rows: the block number whose tab stops apply; -1 elsewhere
    block_char: bool  # list markers and empty lines take the block's char format
    texts: tuple[tuple[int, int], ...]  # [start, end) of each block's text


class _Builder:
    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.first = True
        self.marked: list[tuple[int, int, str]] = []

    def block(self, role: Role, level: int = 0) -> int:
        if self.first:
            self.first = False
            self.cursor.setBlockFormat(QTextBlockFormat())
        else:
            self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self.cursor.block().setUserState(_state(role, level))
        return self.cursor.position()

    def text(self, text: str, marks: tuple[Mark, ...] = ()) -> int:
        if not marks:
            self.cursor.insertText(text, QTextCharFormat())
            return self.cursor.position()
        pos = 0
        for mark in sorted(marks, key=lambda m: (m.start, m.end)):
            start, end = max(mark.start, pos), min(mark.end, len(text))
            if start >= end:
                continue
            if start > pos:
                self.cursor.insertText(text[pos:start], QTextCharFormat())
            fmt = _mark_format(mark)
            at = self.cursor.position()
            self.cursor.insertText(text[start:end], fmt)
            if mark.kind == "code" or fmt.isAnchor():
                self.marked.append((at, self.cursor.position(), "link" if fmt.isAnchor() else "code"))
            pos = end
        if pos < len(text):
            self.cursor.insertText(text[pos:], QTextCharFormat())
        return self.cursor.position()


def _mark_format(mark: Mark) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(MARK_PROP, mark.kind)
    if mark.kind == "em":
        fmt.setFontItalic(True)
    elif mark.kind == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif mark.kind == "link" and mark.href:
        fmt.setAnchor(True)
        fmt.setAnchorHref(mark.href)
        fmt.setFontUnderline(True)
        fmt.setToolTip(mark.href)
    elif mark.kind == "sup":
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    elif mark.kind == "sub":
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
    return fmt


def build(
    article: Article,
    style: ReadingStyle,
    meta_line: str,
    *,
    images_on: bool = False,
    labels: Labels | None = None,
) -> BuiltArticle:
    labels = labels or Labels()
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(body_font(style.font_preset, style.font_family, style.font_size))
    b = _Builder(doc)
    built = BuiltArticle(doc)

    if article.title:
        start = b.block(Role.TITLE)
        built.title_range = (start, b.text(article.title))
    if article.subtitle:
        b.block(Role.SUBTITLE)
        b.text(article.subtitle)
    if meta_line:
        b.block(Role.META)
        b.text(meta_line)

    for block in article.blocks:
        if isinstance(block, Heading):
            start = b.block(Role.HEADING, max(1, min(6, block.level)))
            built.ranges.append((start, b.text(block.text)))
        elif isinstance(block, Quote):
            start = b.block(Role.QUOTE)
            built.ranges.append((start, b.text(block.text, block.marks)))
            if block.cite:
                b.block(Role.CITE)
                b.text(f"— {block.cite}")
        elif isinstance(block, ListBlock):
            start = -1
            lst = None
            end = 0
            for item in block.items or ("",):
                pos = b.block(Role.LIST_ITEM)
                if lst is None:
                    fmt = QTextListFormat()
                    fmt.setStyle(
                        QTextListFormat.Style.ListDecimal if block.ordered else QTextListFormat.Style.ListDisc
                    )
                    lst = b.cursor.createList(fmt)
                    start = pos
                else:
                    lst.add(b.cursor.block())
                end = b.text(item)
            built.ranges.append((start, end))
        elif isinstance(block, Note):
            start = b.block(Role.NOTE)
            built.ranges.append((start, b.text(block.text)))
        elif isinstance(block, Image):
            if images_on and block.src:
                b.block(Role.IMAGE)
                img = QTextImageFormat()
                img.setName(block.src)
                img.setToolTip(block.alt)
                image_width_cap(img)
                b.cursor.insertImage(img)
            else:
                b.block(Role.IMAGE_PLACEHOLDER)
                b.text(labels.image_hidden.format(alt=block.alt or labels.image))
            start = b.block(Role.CAPTION)
            built.ranges.append((start, b.text(block.caption)))
        elif isinstance(block, Table):
            first_block = -1
            start = end = -1
            for r, row in enumerate(block.rows or ((),)):
                role = Role.TABLE_HEADER if (block.header and r == 0) else Role.TABLE_ROW
                pos = b.block(role)
                if r == 0:
                    start, first_block = pos, b.cursor.block().blockNumber()
                end = b.text("\t".join(row))
            built.tables.append((first_block, b.cursor.block().blockNumber()))
            built.ranges.append((start, end))
        else:  # Paragraph and anything newer: shown as a paragraph
            marks = block.marks if isinstance(block, Paragraph) else ()
            start = b.block(Role.PARAGRAPH)
            built.ranges.append((start, b.text(block.plain_text(), marks)))
    built.marked = b.marked
    restyle(built, style)
    return built


_SCALE = {
    Role.TITLE: ty.HEADLINE_SCALE,
    Role.SUBTITLE: ty.SUBTITLE_SCALE,
    Role.META: ty.META_SCALE,
    Role.NOTE: ty.NOTE_SCALE,
    Role.CAPTION: ty.CAPTION_SCALE,
    Role.CITE: ty.CAPTION_SCALE,
    Role.IMAGE_PLACEHOLDER: ty.CAPTION_SCALE,
    Role.TABLE_ROW: 0.92,
    Role.TABLE_HEADER: 0.92,
}
_MUTED = {Role.META, Role.NOTE, Role.CAPTION, Role.CITE, Role.IMAGE_PLACEHOLDER}
_BOLD = {Role.TITLE, Role.HEADING, Role.TABLE_HEADER}
_BODY_ALIGN = {Role.PARAGRAPH, Role.QUOTE, Role.NOTE}


def restyle(built: BuiltArticle, style: ReadingStyle, side_margin: float | None = None) -> None:
    """Apply ``style`` to every block in one edit block, so the document lays out once.

    ``side_margin`` (px) centres the text column inside the view; it is set on the root frame in the
    same edit block, because a separate width change would lay the whole document out a second time.
    A size step is the common case and must cost little more than the relayout itself: the formats
    are made once per kind of block, and a run of like blocks (most of an article is paragraphs,
    one run between two headings) takes its block format in one call.
    """
    doc = built.document
    if built.runs is None:
        built.runs = _runs(doc)
    theme = style.theme
    size = style.font_size
    body = body_font(style.font_preset, style.font_family, size)
    families = body.families()
    mono_families = [f for f in (hangul_family("mono"), *families) if f]
    text_colour, muted, link = QColor(theme.text), QColor(theme.muted), QColor(theme.link)
    quote_bg = QColor(theme.rule)
    quote_bg.setAlpha(60)
    spacing = style.paragraph_spacing * size
    tab_positions = _table_tabs(built, style, families)
    block_formats: dict[tuple[Role, int, int, int], QTextBlockFormat] = {}
    char_formats: dict[tuple[Role, int], QTextCharFormat] = {}
    keep = QTextCursor.MoveMode.KeepAnchor

    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    if side_margin is not None:
        root = doc.rootFrame()
        ff = root.frameFormat()
        if ff.leftMargin() != side_margin or ff.rightMargin() != side_margin:
            ff.setLeftMargin(side_margin)
            ff.setRightMargin(side_margin)
            root.setFrameFormat(ff)
    for run in built.runs:
        role, level = run.role, run.level
        px = _part_px(role, level, size)
        bkey = (role, level, run.variant, run.tab_block)
        bf = block_formats.get(bkey)
        if bf is None:
            bf = block_formats[bkey] = _block_format(
                style, role, px, run.variant, spacing, quote_bg, tab_positions.get(run.tab_block)
            )
        cursor.setPosition(run.first)
        if run.last != run.first:
            cursor.setPosition(run.last, keep)
        if run.in_list:
            cursor.mergeBlockFormat(bf)
        else:
            cursor.setBlockFormat(bf)

        base = char_formats.get((role, level))
        if base is None:
            base = char_formats[(role, level)] = QTextCharFormat()
            base.setFontFamilies(families)
            base.setProperty(QTextFormat.Property.FontPixelSize, px)
            base.setForeground(muted if role in _MUTED else text_colour)
            # always set, also to 0: merging a format without them would keep the previous spacing
            base.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            base.setFontLetterSpacing(style.letter_spacing * px)
            base.setFontWordSpacing(style.word_spacing * px)
            if role in _BOLD:
                base.setFontWeight(QFont.Weight.Bold)
        if run.block_char:
            cursor.setBlockCharFormat(base)  # list markers and empty lines take the block's format
        if role is Role.IMAGE:
            continue  # the image keeps its own format; captions are blocks of their own
        for start, end in run.texts:
            cursor.setPosition(start)
            cursor.setPosition(end, keep)
            cursor.mergeCharFormat(base)
    if built.marked:
        code, anchor = QTextCharFormat(), QTextCharFormat()
        code.setFontFamilies(mono_families)
        anchor.setForeground(link)
        for start, end, kind in built.marked:
            cursor.setPosition(start)
            cursor.setPosition(end, keep)
            cursor.mergeCharFormat(anchor if kind == "link" else code)
    cursor.endEditBlock()


def _part_px(role: Role, level: int, size: int) -> int:
    scale = ty.HEADING_SCALE.get(level, 1.0) if role is Role.HEADING else _SCALE.get(role, 1.0)
    return max(6, round(size * ty.part_scale(scale, size)))


def _block_format(
    style: ReadingStyle,
    role: Role,
    px: int,
    variant: int,
    spacing: float,
    quote_bg: QColor,
    tabs: list[QTextOption.Tab] | None,
) -> QTextBlockFormat:
    size = style.font_size
    bf = QTextBlockFormat()
    line = style.line_height
    if role in (Role.TITLE, Role.SUBTITLE, Role.HEADING):
        line = min(line, 1.35)
    if role is Role.IMAGE:
        bf.setLineHeight(100.0, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
    else:  # CSS meaning: a multiple of the font size (Qt's proportional height scales the font's own)
        bf.setLineHeight(round(line * px), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    bf.setTopMargin(0.0)
    bf.setBottomMargin(spacing)
    bf.setLeftMargin(0.0)
    bf.setRightMargin(0.0)
    bf.clearBackground()
    bf.setNonBreakableLines(False)
    if style.justify and role in _BODY_ALIGN:
        bf.setAlignment(Qt.AlignmentFlag.AlignJustify)
    else:
        bf.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    if role is Role.TITLE:
        bf.setBottomMargin(size * 0.5)
    elif role is Role.SUBTITLE:
        bf.setBottomMargin(size * 0.6)
    elif role is Role.META:
        bf.setBottomMargin(size * 1.6)
    elif role is Role.HEADING:
        bf.setTopMargin(size * 0.8)
        bf.setBottomMargin(size * 0.5)
    elif role is Role.QUOTE:
        bf.setLeftMargin(size * 1.2)
        bf.setRightMargin(size * 0.6)
        bf.setBackground(quote_bg)
    elif role is Role.CITE:
        bf.setLeftMargin(size * 1.2)
    elif role is Role.LIST_ITEM:
        bf.setBottomMargin(size * 0.3 if variant else spacing)
    elif role in (Role.IMAGE, Role.IMAGE_PLACEHOLDER):
        bf.setBottomMargin(size * 0.3)
        bf.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    elif role in (Role.TABLE_ROW, Role.TABLE_HEADER):
        bf.setBottomMargin(size * 0.25 if variant else spacing)
        if tabs:
            bf.setTabPositions(tabs)
    return bf


def _runs(doc: QTextDocument) -> list[_Run]:
    """Group the blocks into runs of like blocks, once per document: restyle only changes formats."""
    runs: list[_Run] = []
    key: tuple[Role, int, int, bool, int, bool] | None = None
    first = last = 0
    texts: list[tuple[int, int]] = []
    block = doc.begin()
    while block.isValid():
        role, level = _role(block.userState())
        role = role or Role.PARAGRAPH
        nxt = block.next()
        lst = block.textList()
        variant, tab_block = 0, -1
        if role is Role.LIST_ITEM:
            variant = int(nxt.isValid() and nxt.textList() is not None and nxt.textList() == lst)
        elif role in (Role.TABLE_ROW, Role.TABLE_HEADER):
            variant = int(nxt.isValid() and _role(nxt.userState())[0] is Role.TABLE_ROW)
            tab_block = block.blockNumber()
        pos, length = block.position(), block.length() - 1
        this = (role, level, variant, lst is not None, tab_block, lst is not None or length <= 0)
        if this != key:
            if key is not None:
                runs.append(_Run(first, last, *key, texts=tuple(texts)))
            key, first, texts = this, pos, []
        last = pos
        if length > 0:
            texts.append((pos, pos + length))
        block = nxt
    if key is not None:
        runs.append(_Run(first, last, *key, texts=tuple(texts)))
    return runs


def _table_tabs(
    built: BuiltArticle, style: ReadingStyle, families: list[str]
) -> dict[int, list[QTextOption.Tab]]:
    """Tab stops per table so its columns line up: each column as wide as its widest cell."""
    out: dict[int, list[QTextOption.Tab]] = {}
    if not built.tables:
        return out
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(max(6, round(style.font_size * 0.92)))
    font.setBold(True)
    fm = QFontMetricsF(font)
    gap = style.font_size * 1.2
    doc = built.document
    for first, last in built.tables:
        widths: list[float] = []
        for n in range(first, last + 1):
            cells = doc.findBlockByNumber(n).text().split("\t")
            for c, cell in enumerate(cells[:-1]):
                w = fm.horizontalAdvance(cell)
                if c < len(widths):
                    widths[c] = max(widths[c], w)
                else:
                    widths.append(w)
        x = 0.0
        tabs = []
        for w in widths:
            x += w + gap
            tabs.append(QTextOption.Tab(x, QTextOption.TabType.LeftTab))
        for n in range(first, last + 1):
            out[n] = tabs
    return out


def image_width_cap(fmt: QTextImageFormat) -> None:
    """Images never overflow the column."""
    setter = getattr(fmt, "setMaximumWidth", None)  # Qt 6.8+
    if setter is not None:
        setter(QTextLength(QTextLength.Type.PercentageLength, 100))
