"""An Article (or the part the reader selected) turned into what goes on paper, as plain data.

The renderer in reader.gui.printing.render only draws this; every decision about what is printed
(which blocks, which labels, what the running header and footer say) is made here, without Qt,
so it is the same for the window, the ``pdf`` command and the tests.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reader.articles.model import Article, Block, Heading, Image, Note, Paragraph, Quote
from reader.errors import ReaderError
from reader.printing.options import PrintOptions


class NothingToPrintError(ReaderError):
    """The article (or the selection) has no text to put on paper."""

    default_code = "print.nothing"


@dataclass(frozen=True)
class Labels:
    """The few words printed around the article, in the article's language."""

    published: str
    updated: str
    printed: str
    excerpt: str
    image: str

    @classmethod
    def for_lang(cls, lang: str) -> Labels:
        if lang.lower().startswith("ko"):
            return cls(published="입력", updated="수정", printed="인쇄", excerpt="기사 일부", image="사진")
        return cls(
            published="Published", updated="Updated", printed="Printed", excerpt="Excerpt", image="Image"
        )


@dataclass(frozen=True)
class PrintBlock:
    block: Block
    keep_with_next: bool = False  # a section head: never the last thing on a page


@dataclass(frozen=True)
class PrintModel:
    title: str
    subtitle: str
    meta_line: str  # byline · site · date
    blocks: tuple[PrintBlock, ...]
    header_text: str  # running header: site · headline
    source_url: str
    printed_date: str  # already labelled: "인쇄 2026년 11월 25일" / "Printed November 25, 2026"
    lang: str
    authors: tuple[str, ...] = ()
    site: str = ""
    excerpt_note: str = ""  # set when only a selection is printed
    options: PrintOptions = field(default_factory=PrintOptions)

    @staticmethod
    def page_label(page: int, total: int) -> str:
        """The page number as printed in the footer: '2 / 5' reads the same in every language."""
        return f"{page} / {total}"

    def footer_parts(self, page: int, total: int) -> tuple[str, str, str]:
        """Left, centre, right of the footer: page X of Y · source URL · printed date."""
        return self.page_label(page, total), self.source_url, self.printed_date

    def body_texts(self) -> list[str]:
        """Every printed body text in order (what a test expects to read back from the PDF)."""
        out: list[str] = []
        for pb in self.blocks:
            b = pb.block
            if isinstance(b, Image):
                if self.options.captions and b.caption:
                    out.append(b.caption)
                continue
            text = b.plain_text()
            if text:
                out.append(text)
        return out


_SEPARATORS = (" - ", " | ", " :: ", " – ", " — ", " : ")


def clean_title(title: str, site: str) -> str:
    """Drop a trailing or leading site name the page put into its <title> ("Headline - Site")."""
    title = " ".join(title.split())
    if not site:
        return title
    for sep in _SEPARATORS:
        if title.endswith(sep + site):
            return title[: -len(sep + site)].strip()
        if title.startswith(site + sep):
            return title[len(site + sep) :].strip()
    return title


def format_datetime(value: str | None, lang: str) -> str:
    """An ISO 8601 date from the page in the reader's usual form, in the page's own time zone."""
    if not value:
        return ""
    raw = value.strip()
    try:
        when = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return raw
    has_time = "T" in raw or " " in raw
    if lang.lower().startswith("ko"):
        text = f"{when.year}년 {when.month}월 {when.day}일"
    else:
        text = f"{when.strftime('%B')} {when.day}, {when.year}"
    if has_time:
        text += f" {when.hour:02d}:{when.minute:02d}"
    return text


def format_date(day: dt.date, lang: str) -> str:
    if lang.lower().startswith("ko"):
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def meta_line(article: Article, labels: Labels, lang: str) -> str:
    parts: list[str] = []
    if article.authors:
        parts.append(", ".join(a.strip() for a in article.authors if a.strip()))
    if article.site_name and article.site_name not in parts:
        parts.append(article.site_name)
    published = format_datetime(article.published, lang)
    if published:
        parts.append(f"{labels.published} {published}")
    updated = format_datetime(article.updated, lang)
    if updated and updated != published:
        parts.append(f"{labels.updated} {updated}")
    return " · ".join(p for p in parts if p)


def _split_selection(selection: str) -> list[str]:
    # QTextCursor.selectedText() separates paragraphs with U+2029 and lines with U+2028.
    parts = re.split(r"[\u2029\u2028\n]+", selection)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _selection_blocks(article: Article, selection: str, skip: set[str]) -> list[Block]:
    """Selected paragraphs, keeping a block's kind (head, quote, note) when it was selected whole."""
    by_text: dict[str, Block] = {}
    for b in article.blocks:
        by_text.setdefault(" ".join(b.plain_text().split()), b)
    out: list[Block] = []
    for text in _split_selection(selection):
        if text in skip:
            continue
        found = by_text.get(text)
        out.append(found if isinstance(found, Heading | Quote | Note) else Paragraph(text))
    return out


def build_print_model(
    article: Article,
    options: PrintOptions | None = None,
    *,
    selection: str | None = None,
    today: dt.date | None = None,
) -> PrintModel:
    """The print model of ``article``, or of only ``selection`` (text selected in the view)."""
    options = options or PrintOptions()
    lang = article.lang or _guess_lang(article)
    labels = Labels.for_lang(lang)
    title = clean_title(article.title, article.site_name)
    # a deck or summary box of several lines keeps its lines (U+2028: a line break inside the block)
    subtitle = "\u2028".join(" ".join(ln.split()) for ln in article.subtitle.splitlines() if ln.strip())
    meta = meta_line(article, labels, lang)

    excerpt = ""
    if selection is not None and selection.strip():
        source_blocks = _selection_blocks(article, selection, {t for t in (title, subtitle, meta) if t})
        excerpt = labels.excerpt
    else:
        source_blocks = list(article.blocks)

    blocks: list[PrintBlock] = []
    for b in source_blocks:
        if isinstance(b, Image):
            if not options.images:
                continue
            if not options.captions and b.caption:
                b = Image(src=b.src, alt=b.alt, caption="")
            if not b.src and not b.caption:
                continue
        elif not b.plain_text().strip():
            continue
        blocks.append(PrintBlock(b, keep_with_next=isinstance(b, Heading)))
    # A head with nothing after it is not a head any more; it must not pull a page break.
    if blocks and blocks[-1].keep_with_next:
        blocks[-1] = PrintBlock(blocks[-1].block, keep_with_next=False)

    if not any(pb.block.plain_text().strip() for pb in blocks):
        what = "the selection" if excerpt else "this article"
        raise NothingToPrintError(
            f"There is nothing to print: {what} has no text.",
            code="print.nothing_selected" if excerpt else "print.nothing",
        )

    site = article.site_name.strip()
    header = " · ".join(p for p in (site, title) if p)
    printed = f"{labels.printed} {format_date(today or dt.date.today(), lang)}"
    return PrintModel(
        title=title,
        subtitle=subtitle,
        meta_line=meta,
        blocks=tuple(blocks),
        header_text=header,
        source_url=article.url or "",
        printed_date=printed,
        lang=lang,
        authors=tuple(a.strip() for a in article.authors if a.strip()),
        site=site,
        excerpt_note=excerpt,
        options=options,
    )


def _guess_lang(article: Article) -> str:
    sample = article.title + article.text[:2000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    return "ko" if hangul > len(sample) * 0.1 else ""
