"""Draw a PrintModel onto paper (a QPrinter or a QPdfWriter): our own page layout, not a screenshot.

The article is set once as a QTextDocument exactly as wide as the page's printable area, using
the device itself for font metrics. The page breaks come from reader.printing.pagination (section
heads keep with the next paragraph, no lone lines), and each page is painted with QPainter: a
running header (site · headline), the slice of the column, and the footer (page X / Y · source
URL · printed date). Paper is white and text black whatever the window's theme.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import logging
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from reader import __version__
from reader.articles.imagesrc import safe_image_src
from reader.articles.model import Heading, Image, ListBlock, Mark, Note, Paragraph, Quote, Table
from reader.atomicio import write_bytes_atomic
from reader.errors import OutputError, WriteError, os_reason
from reader.gui.printing.fonts import mono_families, print_families, print_font
from reader.printing.layout import PrintModel
from reader.printing.options import GUTTER_EM, PrintOptions, column_plan
from reader.printing.pagination import LineBox, PageSlice, paginate
from reader.printing.pdfinfo import DocInfo, set_doc_info

log = logging.getLogger(__name__)

ImageSource = Callable[[str], "bytes | QImage | None"]
"""An image already on this computer (the window's cache) as bytes or a QImage, or None. Never fetches."""

KEEP_WITH_NEXT = 1  # QTextBlock user state of blocks that must not end a page
BLACK = QColor(0, 0, 0)
RULE = QColor(140, 140, 140)
PDF_RESOLUTION = 1200


def apply_page_setup(device: QPagedPaintDevice, options: PrintOptions) -> None:
    """Paper, orientation and margins from the options onto a printer or PDF writer."""
    size_id = QPageSize.PageSizeId.Letter if options.paper == "Letter" else QPageSize.PageSizeId.A4
    orientation = (
        QPageLayout.Orientation.Landscape
        if options.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    m = options.margins
    layout = QPageLayout(
        QPageSize(size_id),
        orientation,
        QMarginsF(m.left, m.top, m.right, m.bottom),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def load_local_image(src: str, image_source: ImageSource | None = None) -> QImage | None:
    """An image from the page itself (a data: URL) or the given cache; never a local file, never a fetch."""
    data: bytes | QImage | None = None
    if not safe_image_src(src):  # the one rule (reader.articles.imagesrc): no file:, no paths
        return None
    try:
        if src.startswith("data:"):
            head, _, payload = src.partition(",")
            if head.endswith(";base64"):
                data = base64.b64decode(payload, validate=False)
            else:
                data = urllib.parse.unquote_to_bytes(payload)
        elif image_source is not None:
            data = image_source(src)
    except (OSError, ValueError, binascii.Error) as exc:
        log.info("image %s not printed: %s", src[:80], exc)
        return None
    if isinstance(data, QImage):
        return None if data.isNull() else data
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


class PrintRenderer:
    """One print job's layout: built for a device's page geometry, then painted page by page."""

    def __init__(self, model: PrintModel, image_source: ImageSource | None = None) -> None:
        self.model = model
        self.options = model.options
        self.image_source = image_source
        self.families = print_families(self.options.font_style, model.lang, self.options.font_family)
        self.doc: QTextDocument | None = None
        self.pages: list[list[PageSlice]] = []  # each page: its columns' slices of the one text column
        self._geometry: tuple[float, float, int] | None = None
        self.columns = 1

    # ----- geometry -------------------------------------------------------------------------

    def _font(self, scale: float = 1.0, **kw: bool) -> QFont:
        return print_font(self.families, self.options.font_size_pt * scale, **kw)

    def _chrome_font(self) -> QFont:
        size = max(7.0, min(10.0, self.options.font_size_pt * 0.75))
        return print_font(self.families, size)

    def layout(self, device: QPagedPaintDevice) -> int:
        """Lay the article out for ``device``'s page; returns the page count."""
        dpi = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(dpi)
        key = (float(rect.width()), float(rect.height()), dpi)
        if self._geometry == key and self.doc is not None:
            return len(self.pages)
        self._geometry = key
        self._dpi = dpi
        self._px = dpi / 72.0  # device pixels per point
        self._width = float(rect.width())
        self._height = float(rect.height())
        # The measure: one column no wider than a good line, or two where both are wide enough.
        em_px = self.options.font_size_pt * self._px
        self.columns, column_em = column_plan(self._width / em_px, self.model.lang, self.options.columns)
        self._col_w = column_em * em_px
        self._gutter = GUTTER_EM * em_px if self.columns > 1 else 0.0
        self._block_w = self.columns * self._col_w + self._gutter * (self.columns - 1)
        self._x0 = (self._width - self._block_w) / 2  # what is left over: equal side margins
        fm = QFontMetricsF(self._chrome_font(), device)
        gap = self.options.font_size_pt * self._px * 0.9
        self._chrome_h = fm.height()
        self._header_h = (self._chrome_h + gap) if self.options.header else 0.0
        self._footer_h = (self._chrome_h + gap) if self.options.footer else 0.0
        body_h = self._height - self._header_h - self._footer_h
        if body_h <= self._chrome_h * 4:
            raise OutputError(
                "The margins leave no room for text on this paper size.", code="print.no_room"
            )
        self._body_h = body_h
        self.doc = self._build_document(device)
        slices = paginate(self._line_boxes(self.doc), body_h)
        n = self.columns
        self.pages = [slices[i : i + n] for i in range(0, len(slices), n)]
        return len(self.pages)

    # ----- the document -----------------------------------------------------------------------

    def _build_document(self, device: QPagedPaintDevice) -> QTextDocument:
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._font())
        doc.setTextWidth(self._col_w)
        self._cursor = QTextCursor(doc)
        self._fresh = True  # the cursor sits in an empty block that can be reused
        self._doc = doc
        # Lengths in block and image formats are CSS pixels (1/96 in); Qt scales them to the device.
        self._css = self._dpi / 96.0
        em = self.options.font_size_pt * 96.0 / 72.0
        m = self.model
        if m.title:
            self._add_text(m.title, self._font(1.9, bold=True), line=1.25, after=0.45 * em, keep=True)
        if m.subtitle and "\u2028" in m.subtitle:  # a summary box: its lines, set like a box's
            fmt = self._block_format(line=1.45, before=0.1 * em, after=0.6 * em)
            fmt.setLeftMargin(0.8 * em * self._css)
            self._add_text(m.subtitle, self._font(1.05, bold=True), line=1.45, fmt=fmt, keep=True)
        elif m.subtitle:
            self._add_text(m.subtitle, self._font(1.25), line=1.4, after=0.5 * em, keep=True)
        if m.meta_line:
            self._add_text(m.meta_line, self._font(0.85), line=1.4, after=0.3 * em, keep=True)
        self._add_rule(after=1.1 * em)
        if m.excerpt_note:
            self._add_text(m.excerpt_note, self._font(0.85, italic=True), line=1.4, after=0.8 * em, keep=True)
        blocks = list(m.blocks)
        for i, pb in enumerate(blocks):
            self._add_block(pb.block, pb.keep_with_next, em, follows=i + 1 < len(blocks))
        return doc

    def _block_format(self, *, line: float, before: float = 0.0, after: float = 0.0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(line * 100.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setTopMargin(before)
        fmt.setBottomMargin(after)
        return fmt

    def _body_format(self, *, line: float, before: float = 0.0, after: float = 0.0) -> QTextBlockFormat:
        """Body paragraphs: ragged right, or justified when asked for — except Korean.

        Qt breaks Korean lines only between words (어절) and justifies by widening the spaces, so
        a justified Korean line opens holes of two or three spaces; Korean print justifies by
        spacing the syllables, which Qt cannot do. Ragged right keeps even word spacing.
        """
        fmt = self._block_format(line=line, before=before, after=after)
        if self.options.justify and not self.model.lang.lower().startswith("ko"):
            fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        return fmt

    def _char_format(self, font: QFont) -> QTextCharFormat:
        cf = QTextCharFormat()
        cf.setFont(font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
        cf.setForeground(BLACK)
        return cf

    def _new_block(self, fmt: QTextBlockFormat, cf: QTextCharFormat) -> None:
        if self._fresh:
            self._cursor.setBlockFormat(fmt)
            self._cursor.setBlockCharFormat(cf)
            self._cursor.setCharFormat(cf)
            self._fresh = False
        else:
            self._cursor.insertBlock(fmt, cf)

    def _add_text(
        self,
        text: str,
        font: QFont,
        *,
        line: float,
        before: float = 0.0,
        after: float = 0.0,
        keep: bool = False,
        marks: tuple[Mark, ...] = (),
        fmt: QTextBlockFormat | None = None,
    ) -> None:
        if fmt is None:  # never `fmt or ...`: truth-testing a QTextFormat corrupts None's refcount
            fmt = self._block_format(line=line, before=before, after=after)
        cf = self._char_format(font)
        self._new_block(fmt, cf)
        self._insert_marked(text, cf, marks)
        if keep:
            self._cursor.block().setUserState(KEEP_WITH_NEXT)

    def _insert_marked(self, text: str, base: QTextCharFormat, marks: tuple[Mark, ...]) -> None:
        if not marks:
            self._cursor.insertText(text, base)
            return
        # Cut the text at every mark boundary; each piece gets the union of its marks.
        cuts = sorted(
            {0, len(text), *(max(0, min(len(text), p)) for mk in marks for p in (mk.start, mk.end))}
        )
        for a, b in itertools.pairwise(cuts):
            if a == b:
                continue
            cf = QTextCharFormat(base)
            for mk in marks:
                if mk.start <= a and b <= mk.end:
                    if mk.kind == "em":
                        cf.setFontItalic(True)
                    elif mk.kind == "strong":
                        cf.setFontWeight(QFont.Weight.Bold)
                    elif mk.kind == "sup":
                        cf.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                    elif mk.kind == "sub":
                        cf.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
                    elif mk.kind == "code":
                        cf.setFontFamilies(mono_families())
            self._cursor.insertText(text[a:b], cf)

    def _add_rule(self, after: float) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(after)
        fmt.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        fmt.setLineHeight(30.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        small = self._font(0.4)
        self._new_block(fmt, self._char_format(small))
        self._cursor.block().setUserState(KEEP_WITH_NEXT)

    def _add_block(self, block: object, keep: bool, em: float, *, follows: bool) -> None:
        body = self._font()
        line = self.options.line_height
        latin = not self.model.lang.lower().startswith("ko")
        if isinstance(block, Heading):
            scale = 1.25 if block.level <= 2 else 1.1
            self._add_text(
                block.text,
                self._font(scale, bold=True),
                line=1.35,
                before=0.9 * em,
                after=0.35 * em,
                keep=keep,
            )
        elif isinstance(block, Paragraph):
            self._add_text(
                block.text,
                body,
                line=line,
                fmt=self._body_format(line=line, after=0.7 * em),
                marks=block.marks,
            )
        elif isinstance(block, Quote):
            fmt = self._body_format(line=line, after=0.7 * em if not block.cite else 0.2 * em)
            # Qt scales vertical block margins to the device but not horizontal ones.
            fmt.setLeftMargin(1.6 * em * self._css)
            fmt.setRightMargin(1.0 * em * self._css)
            self._add_text(
                block.text,
                self._font(italic=latin),
                line=line,
                fmt=fmt,
                marks=block.marks,
                keep=bool(block.cite),
            )
            if block.cite:
                cfmt = self._block_format(line=1.3, after=0.7 * em)
                cfmt.setLeftMargin(1.6 * em * self._css)
                self._add_text(f"— {block.cite}", self._font(0.88), line=1.3, fmt=cfmt)
        elif isinstance(block, Note):
            self._add_text(block.text, self._font(0.88), line=1.45, after=0.7 * em)
        elif isinstance(block, ListBlock):
            self._add_list(block, body, line, em)
        elif isinstance(block, Table):
            self._add_table(block, em)
        elif isinstance(block, Image):
            self._add_image(block, em)

    def _add_list(self, block: ListBlock, font: QFont, line: float, em: float) -> None:
        lst = None
        for i, item in enumerate(block.items):
            last = i == len(block.items) - 1
            self._add_text(item, font, line=line, after=(0.7 if last else 0.25) * em)
            if lst is None:
                lf = QTextListFormat()
                lf.setStyle(
                    QTextListFormat.Style.ListDecimal if block.ordered else QTextListFormat.Style.ListDisc
                )
                lf.setIndent(1)
                lst = self._cursor.createList(lf)
            else:
                lst.add(self._cursor.block())

    def _add_table(self, block: Table, em: float) -> None:
        if not block.rows:
            return
        cols = max(len(r) for r in block.rows)
        tf = QTextTableFormat()
        tf.setBorder(1.0)
        tf.setBorderBrush(RULE)
        tf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        tf.setBorderCollapse(True)
        tf.setCellPadding(0.3 * em)
        tf.setCellSpacing(0)
        tf.setTopMargin(0.2 * em)
        tf.setBottomMargin(0.8 * em)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if block.header:
            tf.setHeaderRowCount(1)
        if not self._fresh:
            self._cursor.insertBlock(self._block_format(line=1.0), self._char_format(self._font()))
        table = self._cursor.insertTable(len(block.rows), cols, tf)
        for r, row in enumerate(block.rows):
            for c in range(cols):
                text = row[c] if c < len(row) else ""
                cell_cursor = table.cellAt(r, c).firstCursorPosition()
                cell_cursor.setBlockFormat(self._block_format(line=1.35))
                font = self._font(0.9, bold=block.header and r == 0)
                cell_cursor.insertText(text, self._char_format(font))
        self._cursor.movePosition(QTextCursor.MoveOperation.End)
        self._fresh = True

    def _add_image(self, block: Image, em: float) -> None:
        image = load_local_image(block.src, self.image_source) if block.src else None
        caption = block.caption if self.options.captions else ""
        if image is not None:
            # 96 px per inch is how the page meant the picture; never wider than the column,
            # never more than 60 % of a page tall.
            max_w = self._col_w / self._css
            max_h = self._body_h * 0.6 / self._css
            scale = min(1.0, max_w / max(1, image.width()), max_h / max(1, image.height()))
            w = image.width() * scale
            h = image.height() * scale
            name = f"print-image-{id(block)}"
            self._doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            fmt = self._block_format(line=1.0, before=0.2 * em, after=(0.3 if caption else 0.8) * em)
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._new_block(fmt, self._char_format(self._font()))
            imf = QTextImageFormat()
            imf.setName(name)
            imf.setWidth(w)
            imf.setHeight(h)
            self._cursor.insertImage(imf)
            if caption:
                self._cursor.block().setUserState(KEEP_WITH_NEXT)
        if caption:
            self._add_text(caption, self._font(0.82), line=1.35, after=0.9 * em)

    # ----- pagination ---------------------------------------------------------------------------

    @staticmethod
    def _line_boxes(doc: QTextDocument) -> list[LineBox]:
        dl = doc.documentLayout()
        lines: list[LineBox] = []
        block = doc.begin()
        index = 0
        while block.isValid():
            tl = block.layout()
            n = tl.lineCount() if tl is not None else 0
            if n:
                rect = dl.blockBoundingRect(block)
                origin_y = rect.top() - tl.boundingRect().top()
                keep = block.userState() == KEEP_WITH_NEXT
                for i in range(n):
                    ln = tl.lineAt(i)
                    top = origin_y + ln.y()
                    lines.append(LineBox(top, top + ln.height(), index, i == 0, i == n - 1, keep))
            block = block.next()
            index += 1
        lines.sort(key=lambda b: (b.top, b.bottom))
        return lines

    # ----- painting -----------------------------------------------------------------------------

    def paint(self, device: QPagedPaintDevice, pages: Iterable[int] | None = None) -> int:
        """Paint the chosen pages (1-based; default all) onto ``device``; returns pages painted."""
        total = self.layout(device)
        wanted = [p for p in (pages or range(1, total + 1)) if 1 <= p <= total]
        painter = QPainter()
        if not painter.begin(device):
            raise OutputError(
                "The printer or file could not be opened for writing.", code="print.cannot_open"
            )
        try:
            for n, page in enumerate(wanted):
                if n:
                    device.newPage()
                self.paint_page(painter, page, total)
        finally:
            painter.end()
        return len(wanted)

    def paint_page(self, painter: QPainter, page: int, total: int) -> None:
        assert self.doc is not None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(self._x0, 0)
        self._paint_chrome(painter, page, total)
        palette = QPalette()
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(role, BLACK)
        for column, sl in enumerate(self.pages[page - 1]):
            painter.save()
            painter.translate(column * (self._col_w + self._gutter), self._header_h - sl.top)
            clip = QRectF(0, sl.top, self._col_w, sl.bottom - sl.top)
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            # Lines touching the slice's edges belong to the neighbouring column: a hair's shrink
            # keeps them out of this one's content stream, so the PDF's text has no duplicates.
            ctx.clip = clip.adjusted(0, 1, 0, -1)
            ctx.palette = palette
            self.doc.documentLayout().draw(painter, ctx)
            painter.restore()
        painter.restore()

    def _paint_chrome(self, painter: QPainter, page: int, total: int) -> None:
        font = self._chrome_font()
        painter.setFont(font)
        fm = QFontMetricsF(font, painter.device())
        w = self._block_w  # header and footer span the text, not the paper
        h = self._chrome_h
        rule = QPen(RULE)
        rule.setWidthF(0.4 * self._px)
        text_pen = QPen(BLACK)
        if self.options.header and self.model.header_text:
            painter.setPen(text_pen)
            text = fm.elidedText(self.model.header_text, Qt.TextElideMode.ElideRight, w)
            painter.drawText(
                QRectF(0, 0, w, h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )
            painter.setPen(rule)
            y = h + self._chrome_h * 0.3
            painter.drawLine(QRectF(0, y, w, 0).topLeft(), QRectF(0, y, w, 0).topRight())
        if self.options.footer:
            left, centre, right = self.model.footer_parts(page, total)
            y0 = self._height - h
            painter.setPen(rule)
            ry = y0 - self._chrome_h * 0.3
            painter.drawLine(QRectF(0, ry, w, 0).topLeft(), QRectF(0, ry, w, 0).topRight())
            painter.setPen(text_pen)
            lw = fm.horizontalAdvance(left)
            rw = fm.horizontalAdvance(right)
            gap = fm.horizontalAdvance("    ")
            v = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y0, w, h), int(Qt.AlignmentFlag.AlignLeft | v), left)
            painter.drawText(QRectF(0, y0, w, h), int(Qt.AlignmentFlag.AlignRight | v), right)
            room = w - lw - rw - 2 * gap
            if centre and room > fm.horizontalAdvance("…") * 4:
                centre = fm.elidedText(centre, Qt.TextElideMode.ElideMiddle, room)
                painter.drawText(
                    QRectF(lw + gap, y0, room, h), int(Qt.AlignmentFlag.AlignHCenter | v), centre
                )


# ----- PDF ----------------------------------------------------------------------------------------


def doc_info(model: PrintModel) -> DocInfo:
    author = ", ".join(model.authors)
    if model.site:
        author = f"{author} ({model.site})" if author else model.site
    return DocInfo(
        title=model.title,
        author=author,
        subject=model.source_url,
        creator=model.site or "article-reader",
        producer=f"article-reader {__version__}",
    )


def pdf_bytes(
    model: PrintModel,
    *,
    image_source: ImageSource | None = None,
    resolution: int = PDF_RESOLUTION,
) -> tuple[bytes, int]:
    """The finished PDF of ``model`` and its page count (needs a QGuiApplication)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(resolution)
    writer.setTitle(model.title)
    writer.setCreator("article-reader")
    apply_page_setup(writer, model.options)
    renderer = PrintRenderer(model, image_source)
    pages = renderer.paint(writer)
    del writer
    buffer.close()
    data = bytes(QByteArray(buffer.data()).data())
    return set_doc_info(data, doc_info(model)), pages


def write_pdf(
    model: PrintModel,
    path: str | Path,
    *,
    image_source: ImageSource | None = None,
) -> int:
    """Render and write the PDF atomically; raises OutputError with one clear sentence."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(
            f"Cannot write the PDF: {target} is a folder.",
            code="output.is_folder",
            params={"path": str(target)},
        )
    data, pages = pdf_bytes(model, image_source=image_source)
    try:
        write_bytes_atomic(target, data)
    except WriteError as exc:  # its code and parameters say which file and why; the window words them
        raise OutputError(
            f"Cannot write the PDF to {target}: {exc.strerror}.", code=exc.code, params=exc.params
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(
            f"Cannot write the PDF to {target}: {reason}.",
            code="output.failed",
            params={"path": str(target), **os_reason(exc)},
        ) from exc
    return pages
