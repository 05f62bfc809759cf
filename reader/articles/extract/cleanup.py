"""Our own pass over extracted blocks: boilerplate out (see boilerplate.py), trailing sidebars cut,
the headline repeated at the top dropped, Korean section heads and note lines typed."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.articles.extract.boilerplate import (
    BYLINE_LINE,
    CREDIT,
    EMAIL,
    NOTE,
    SECTION_HEAD,
    SIDEBAR_TITLE,
    field_labels,
    is_boilerplate_line,
    is_copyright_strong,
    is_field_table,
)
from reader.articles.extract.titles import same_headline
from reader.articles.model import Block, Heading, Image, ListBlock, Note, Paragraph, Quote, Table


def _one_link(block: Block) -> bool:
    if not isinstance(block, Paragraph) or len(block.text) > 200:
        return False
    links = [m for m in block.marks if m.kind == "link"]
    return len(links) == 1 and links[0].end - links[0].start >= 0.9 * len(block.text)


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


# A broadcast transcript's interview line, "<박성호 / 택시 기사 : 갑자기 …>", "[Jane Roe/driver: …]": the
# words of the one named, in the brackets a section head also uses.
_SPOKEN = re.compile(r"^[<〈\[【]\s*[^/:：<>\[\]]{1,30}/[^:：<>\[\]]{1,40}[:：]\s*\S")


def _classify(block: Block) -> Block:
    if isinstance(block, Paragraph):
        t = block.text
        if len(t) <= 80 and SECTION_HEAD.match(t) and not _SPOKEN.match(t):
            return Heading(t, 3)
        if NOTE.match(t):
            return Note(t)
    return block


def _text(block: Block) -> str:
    if isinstance(block, Image):
        return block.caption
    return block.plain_text()


def _drop_repeated_headline(out: list[Block], title: str, subtitle: str) -> None:
    """The headline (possibly split over two or three lines) or the deck repeated at the top of the body."""
    targets = {_norm(title), _norm(subtitle)} - {""}
    removed = True
    while removed and out:
        removed = False
        joined = ""
        for n, block in enumerate(out[:3], start=1):
            if isinstance(block, Image | Table | ListBlock):
                break
            joined += _norm(_text(block))
            if joined in targets:
                del out[:n]
                removed = True
                break
            if not joined or not any(t.startswith(joined) for t in targets):
                break


_SIZE_MARK = re.compile(r"[-_@]?\d{2,4}x\d{0,4}(?=\.\w+$)|[?#].*$")


def _picture_name(src: str) -> str:
    """The picture's file name without a size mark ("-800x533", "@2x") or query: copies share it."""
    return _SIZE_MARK.sub("", src.rsplit("/", 1)[-1])


def _same_picture(a: Image, b: Image) -> bool:
    return a.src == b.src or (a.caption == b.caption and _picture_name(a.src) == _picture_name(b.src) != "")


def _pictures_once(blocks: list[Block]) -> list[Block]:
    """A paragraph repeated on purpose is kept (copies made for other screens are hidden, and skipped);
    only the same picture twice in a row goes (one address, or one caption and file name: a copy in
    another size), and a
    paragraph that repeats the caption of the picture beside it."""
    out: list[Block] = []
    for n, b in enumerate(blocks):
        prev = out[-1] if out else None
        if isinstance(b, Image) and isinstance(prev, Image) and _same_picture(b, prev):
            continue
        if isinstance(b, Paragraph):
            near = [x for x in (prev, blocks[n + 1] if n + 1 < len(blocks) else None) if isinstance(x, Image)]
            if near and any((c := _norm(x.caption)) and c == _norm(b.text) for x in near):
                continue
        out.append(b)
    return out


_LEAD_REACH = 4  # blocks above the body where a byline may sit
_BY_WORD = re.compile(r"^(?:by|von|por|par|door|av|przez|글|글쓴이|작성자|筆者|文)\s*[:：]?\s*", re.I)


def drop_author_lines(blocks: list[Block], authors: list[str]) -> list[Block]:
    """A line above the body that is only the author's name ("밤하늘코딩", "by Ana Whitlock") is the byline
    the page shows beside its headline, already in the article's metadata."""
    names = {re.sub(r"\W+", "", a).casefold() for a in authors} - {""}
    if not names:
        return blocks
    drop: set[int] = set()
    for i, b in enumerate(blocks[:_LEAD_REACH]):
        if not isinstance(b, Paragraph):
            if isinstance(b, Heading | Image):
                continue
            break
        if re.sub(r"\W+", "", _BY_WORD.sub("", b.text.strip())).casefold() in names:
            drop.add(i)
        elif len(b.text) > 80:
            break  # the body has begun
    return [b for i, b in enumerate(blocks) if i not in drop]


def split_deck(blocks: list[Block]) -> tuple[list[Block], str]:
    """The deck set at the top of the body, to go under the title: short "- …" lines of a press release,
    or a heading of several short lines (a summary box written as one <h2> with line breaks). Every other
    heading's lines are joined into one."""
    deck: list[str] = []
    first = blocks[0] if blocks else None
    if len(blocks) > 2 and _summary_box(blocks[0], blocks[1]):
        items = blocks[1].items if isinstance(blocks[1], ListBlock) else ()
        return _one_line_heads(blocks[2:]), "\n".join(items)
    if isinstance(first, Heading) and _deck_heading(first) and len(blocks) > 1:
        return _one_line_heads(blocks[1:]), "\n".join(line.strip() for line in first.text.split("\n"))
    for block in blocks:
        if isinstance(block, Paragraph) and _DECK_LINE.match(block.text) and len(block.text) <= 90:
            deck.append(block.text)
        else:
            break
    if not deck or len(deck) == len(blocks):
        return _one_line_heads(blocks), ""
    return _one_line_heads(blocks[len(deck) :]), "\n".join(d.lstrip("-–ㅡ ").strip() for d in deck)


# The label of a summary box set above the body ("요약", "Key points", "Das Wichtigste in Kürze", "要約")
_SUMMARY_LABEL = re.compile(
    r"^(?:(?:ai|세\s*줄|3\s*줄)\s*)?(?:요약|핵심\s*(?:요약|정리)?|한눈에\s*보기|summary|key\s+(?:points|takeaways)|"
    r"highlights|in\s+brief|at\s+a\s+glance|what\s+you\s+need\s+to\s+know|das\s+wichtigste(?:\s+in\s+kürze)?|"
    r"en\s+bref|l'essentiel|resumen|in\s+sintesi|要約|要点|ポイント|摘要)\s*[:：]?$",
    re.I,
)
SUMMARY_ITEMS = 6
SUMMARY_ITEM_CHARS = 120


def _summary_box(label: Block, items: Block) -> bool:
    """A labelled list of a few short lines opening the body: the article's summary, its deck."""
    return (
        isinstance(label, Paragraph | Heading)
        and bool(_SUMMARY_LABEL.match(label.plain_text().strip()))
        and isinstance(items, ListBlock)
        and 1 <= len(items.items) <= SUMMARY_ITEMS
        and all(len(i) <= SUMMARY_ITEM_CHARS for i in items.items)
    )


def _deck_heading(h: Heading) -> bool:
    lines = [line for line in h.text.split("\n") if line.strip()]
    return h.level >= 2 and len(lines) >= 2 and all(len(line) <= 90 for line in lines)


def _one_line_heads(blocks: list[Block]) -> list[Block]:
    return [
        Heading(" ".join(b.text.split()), b.level) if isinstance(b, Heading) and "\n" in b.text else b
        for b in blocks
    ]


_DECK_LINE = re.compile(r"^[-–ㅡ]\s*\S")


def clean_blocks(
    blocks: list[Block], title: str = "", subtitle: str = "", bylines: list[str] | None = None
) -> list[Block]:
    """Drop boilerplate, cut trailing sidebars, type Korean heads and notes.

    Byline and reporter e-mail lines removed from the body are appended to ``bylines`` when given,
    so the caller can still name the authors.
    """
    out: list[Block] = []
    total = sum(len(_text(b)) for b in blocks) or 1
    seen_chars = 0
    content_chars = 0
    drop_next_list = False
    for block in blocks:
        text = _text(block)
        seen_chars += len(text)
        if isinstance(block, ListBlock):
            items = tuple(i for i in block.items if not is_boilerplate_line(i))
            if drop_next_list or not items:
                drop_next_list = False
                continue
            block = replace(block, items=items)
        elif isinstance(block, Table) and is_field_table(block.rows):
            # a post's field table; the line before it that names its fields is its caption
            if out and isinstance(out[-1], Paragraph) and field_labels(out[-1].text) >= 2:
                out.pop()
            continue
        elif isinstance(block, Table):
            rows = tuple(r for r in block.rows if not all(not c or is_boilerplate_line(c) for c in r))
            if drop_next_list or not rows:
                drop_next_list = False
                continue
            block = replace(block, rows=rows)
        elif isinstance(block, Image):
            if block.caption and (is_boilerplate_line(block.caption) and not CREDIT.match(block.caption)):
                block = replace(block, caption="")
            if not block.src:  # refused by the image rule: its caption stays, what described it goes
                if not block.caption:
                    continue
                block = replace(block, alt="")
        else:
            stripped = text.strip()
            if is_copyright_strong(stripped) or (SIDEBAR_TITLE.match(stripped) and content_chars > 200):
                # the article ends here when most of the text is behind us
                if seen_chars > 0.6 * total and content_chars > 200:
                    break
                drop_next_list = bool(SIDEBAR_TITLE.match(stripped))
                continue
            if is_boilerplate_line(stripped):
                drop_next_list = drop_next_list or bool(SIDEBAR_TITLE.match(stripped))  # its box goes too
                if (
                    bylines is not None
                    and len(stripped) < 100
                    and (BYLINE_LINE.match(stripped) or EMAIL.search(stripped))
                ):
                    bylines.append(stripped)
                continue
            if drop_next_list and _one_link(block):
                continue  # a line of the box under a "most read" heading, given as paragraphs
            drop_next_list = False
            block = _classify(block)
            if isinstance(block, Paragraph | Quote | Note):
                content_chars += len(text)
        out.append(block)
    # an <h1> opening the body is the page's headline, shown above the article already (one that says
    # something else is a heading of the article)
    while (
        out
        and isinstance(out[0], Heading)
        and out[0].level == 1
        and (not title or same_headline(out[0].text, title))
    ):
        out.pop(0)
    out = [Heading(b.text, 2) if isinstance(b, Heading) and b.level == 1 else b for b in out]
    _drop_repeated_headline(out, title, subtitle)
    deduped = _pictures_once(out)
    # trailing headings, and a last paragraph that is one link (a related story), are leftovers of sidebars
    while deduped and (isinstance(deduped[-1], Heading) or _one_link(deduped[-1])):
        deduped.pop()
    return deduped
