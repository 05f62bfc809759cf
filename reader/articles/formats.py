"""An Article written out as plain text, Markdown, a standalone HTML page, or JSON.

Shared by ``article-reader extract`` and the library's export, so an article looks the same
wherever it leaves the program. Every format is built from the same blocks the window shows.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from reader.articles.imagesrc import safe_image_src
from reader.articles.model import Article, Block, Heading, Image, ListBlock, Note, Paragraph, Quote, Table

FormatName = Literal["text", "markdown", "html", "json"]
FORMATS: tuple[FormatName, ...] = ("text", "markdown", "html", "json")
EXTENSIONS: dict[FormatName, str] = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}


# Control characters are never article text: a page can hide terminal escapes (ESC [ 2 J, OSC titles,
# BEL) in a headline. Tab and newline stay; everything else in C0, DEL and C1 goes before any format.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    return _CONTROLS.sub("", text)


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, tuple):
        return tuple(_clean_value(v) for v in value)
    return value


def _clean_block(block: Block) -> Block:
    changes: dict[str, Any] = {
        f.name: _clean_value(getattr(block, f.name))
        for f in dataclasses.fields(block)
        if isinstance(getattr(block, f.name), str | tuple) and f.name != "marks"
    }
    cleaned: Block = dataclasses.replace(block, **changes)
    return cleaned


def printable(article: Article) -> Article:
    """A copy of ``article`` without control characters, for every output format."""
    return dataclasses.replace(
        article,
        title=clean(article.title),
        subtitle=clean(article.subtitle),
        authors=[clean(a) for a in article.authors],
        site_name=clean(article.site_name),
        published=clean(article.published) if article.published else article.published,
        updated=clean(article.updated) if article.updated else article.updated,
        url=clean(article.url) if article.url else article.url,
        lang=clean(article.lang),
        blocks=[_clean_block(b) for b in article.blocks],
    )


def byline(article: Article) -> str:
    """One line of who and when: "홍길동 기자 · 한빛일보 · 2025-11-19"."""
    parts = [", ".join(article.authors)] if article.authors else []
    if article.site_name:
        parts.append(article.site_name)
    if article.published:
        parts.append(readable_time(article.published))
    return " · ".join(p for p in parts if p)


def readable_time(value: str) -> str:
    """ "2025-11-19T09:30:00+09:00" -> "2025-11-19 09:30"; anything unparsable is shown as found."""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    if len(value.strip()) <= 10:
        return when.date().isoformat()
    return when.strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- plain text


def to_text(article: Article) -> str:
    """The title line, a blank line, then the body exactly as ``article.text`` has it."""
    article = printable(article)
    parts = [p for p in (" ".join(article.title.split()), article.text) if p]
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------- markdown

_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\*|`{3}|~{3}|\|)")
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])")
_MD_INLINE = re.compile(r"([\\`*_\[\]<>])")


def _md_escape_line(line: str) -> str:
    line = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
    return _MD_ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def _md_escape(text: str) -> str:
    """Text stays text: no character of the article turns into Markdown syntax. Line breaks stay breaks."""
    text = _MD_INLINE.sub(r"\\\1", text)
    return "  \n".join(_md_escape_line(ln) for ln in text.split("\n"))


def _md_block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * min(max(block.level, 2), 6) + " " + _md_escape(block.text)
    if isinstance(block, Quote):
        quoted = "\n".join("> " + ln if ln else ">" for ln in _md_escape(block.text).split("\n"))
        return quoted + (f"\n>\n> — {_md_escape(block.cite)}" if block.cite else "")
    if isinstance(block, ListBlock):
        return "\n".join(
            (f"{i}. " if block.ordered else "- ") + _md_escape(item) for i, item in enumerate(block.items, 1)
        )
    if isinstance(block, Note):
        return "<small>" + html.escape(block.text) + "</small>"
    if isinstance(block, Image):
        caption = f"*{_md_escape(block.caption)}*" if block.caption else ""
        src = safe_image_src(block.src).replace(")", "%29").replace("(", "%28")
        if not src:  # a picture the rule left out (a local file, javascript:): its caption only
            return caption
        img = f"![{_md_escape(block.alt)}]({src})"
        return img + (f"\n\n{caption}" if caption else "")
    if isinstance(block, Table):
        if not block.rows:
            return ""
        width = max(len(r) for r in block.rows)

        def row(cells: Sequence[str]) -> str:
            padded = [*cells, *[""] * (width - len(cells))]
            return (
                "| " + " | ".join(_md_escape(c).replace("|", "\\|").replace("\n", " ") for c in padded) + " |"
            )

        rows = list(block.rows)
        header = rows.pop(0) if block.header else tuple("" for _ in range(width))
        return "\n".join([row(header), "|" + " --- |" * width, *(row(r) for r in rows)])
    assert isinstance(block, Paragraph)
    return _md_escape(block.text)


def to_markdown(article: Article) -> str:
    article = printable(article)
    parts: list[str] = []
    if article.title:
        parts.append("# " + _md_escape(article.title))
    if article.subtitle:
        parts.append("*" + _md_escape(article.subtitle) + "*")
    meta = byline(article)
    if meta:
        parts.append(_md_escape(meta))
    if article.url:
        parts.append(f"<{article.url}>")
    parts.extend(t for b in article.blocks if (t := _md_block(b)))
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------- html

_CSS = """
body { max-width: 40em; margin: 2em auto; padding: 0 1em; font-size: 1.15rem; line-height: 1.75;
       font-family: "Noto Serif CJK KR", "Nanum Myeongjo", Georgia, serif; color: #222; background: #fdfdfa; }
h1 { line-height: 1.35; } .subtitle { font-size: 1.2rem; color: #444; }
.byline, .source { color: #666; font-size: .95rem; }
.note { font-size: .95rem; color: #444; } figure { margin: 1.5em 0; } img { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #555; }
blockquote { border-left: 3px solid #bbb; margin-left: 0; padding-left: 1em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3em .6em; }
@media print { body { background: none; max-width: none; } }
""".strip()


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_text(text: str) -> str:
    return "<br>\n".join(_esc(line) for line in text.split("\n"))


def _html_block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 2), 6)
        return f"<h{level}>{_esc(block.text)}</h{level}>"
    if isinstance(block, Quote):
        cite = f"\n<footer>— {_esc(block.cite)}</footer>" if block.cite else ""
        return f"<blockquote><p>{_html_text(block.text)}</p>{cite}</blockquote>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "\n".join(f"<li>{_esc(i)}</li>" for i in block.items)
        return f"<{tag}>\n{items}\n</{tag}>"
    if isinstance(block, Note):
        return f'<p class="note">{_html_text(block.text)}</p>'
    if isinstance(block, Image):
        cap = f"<figcaption>{_esc(block.caption)}</figcaption>" if block.caption else ""
        src = safe_image_src(block.src)
        if not src:
            return f"<figure>{cap}</figure>" if cap else ""
        return f'<figure><img src="{_esc(src)}" alt="{_esc(block.alt)}">{cap}</figure>'
    if isinstance(block, Table):
        rows = list(block.rows)
        out = ["<table>"]
        if block.header and rows:
            out.append("<tr>" + "".join(f"<th>{_esc(c)}</th>" for c in rows.pop(0)) + "</tr>")
        out.extend("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in rows)
        out.append("</table>")
        return "\n".join(out)
    assert isinstance(block, Paragraph)
    return f"<p>{_html_text(block.text)}</p>"


def _html_article(article: Article) -> str:
    lang = f' lang="{_esc(article.lang)}"' if article.lang else ""
    parts = [f"<article{lang}>", "<header>"]
    if article.title:
        parts.append(f"<h1>{_esc(article.title)}</h1>")
    if article.subtitle:
        parts.append(f'<p class="subtitle">{_esc(article.subtitle)}</p>')
    meta = byline(article)
    if meta:
        parts.append(f'<p class="byline">{_esc(meta)}</p>')
    parts.append("</header>")
    parts.extend(_html_block(b) for b in article.blocks)
    if article.url:
        parts.append(f'<p class="source"><a href="{_esc(article.url)}">{_esc(article.url)}</a></p>')
    parts.append("</article>")
    return "\n".join(parts)


def to_html(articles: Article | Sequence[Article]) -> str:
    """A complete, self-contained page: no scripts, no remote styles; text escaped."""
    items = [printable(a) for a in ([articles] if isinstance(articles, Article) else list(articles))]
    first = items[0] if items else Article(title="")
    lang = first.lang or "und"
    title = first.title if len(items) == 1 else f"{len(items)} articles"
    body = "\n<hr>\n".join(_html_article(a) for a in items)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="article-reader">\n'
        f"<title>{_esc(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- json

# What json.dumps leaves raw with ensure_ascii=False but a terminal may obey: DEL and the C1 controls
# (U+009B is a CSI), and the bidirectional overrides that reorder what is shown.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def dumps(value: object, *, indent: int | None = None) -> str:
    """JSON text (UTF-8 kept readable) with every control character escaped: safe to print."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def to_json(article: Article, *, indent: int | None = 2) -> str:
    """The article as data, exactly (mark offsets stay true); control characters are escaped, not dropped."""
    return dumps(article.to_dict(), indent=indent)


def render(article: Article, fmt: FormatName) -> str:
    if fmt == "text":
        return to_text(article)
    if fmt == "markdown":
        return to_markdown(article)
    if fmt == "html":
        return to_html(article)
    if fmt == "json":
        return to_json(article) + "\n"
    raise ValueError(f"unknown format {fmt!r}")
