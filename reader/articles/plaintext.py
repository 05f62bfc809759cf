"""A plain-text file as an Article: the first line is the title, blank lines separate paragraphs.

Korean marker lines keep their meaning: "■ …" and "< … >" become section heads, "* …" and "※ …"
notes, so a pasted press release reads like the page it came from.
"""

from __future__ import annotations

import re

from reader.articles.model import Article, Block, Heading, Note, Paragraph

_HEAD_RE = re.compile(r"^(?:[■□▶▷◆◇●○]\s*\S.{0,80}|<\s*[^<>]{1,60}\s*>|\[\s*[^\[\]]{1,40}\s*\])$")
_NOTE_RE = re.compile(r"^(?:\*|※)\s*\S")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def guess_lang(text: str) -> str:
    """A primary language tag from the script in use; "" when unsure."""
    sample = text[:20000]
    counts = {
        "ko": len(_HANGUL_RE.findall(sample)),
        "ja": len(_KANA_RE.findall(sample)) * 3,
        "zh": len(_HAN_RE.findall(sample)),
        "en": len(_LATIN_RE.findall(sample)) // 4,
    }
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    return lang if n >= 5 else ""


def article_from_text(text: str, url: str | None = None) -> Article:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").split("\n")
    lines = [ln.rstrip() for ln in lines]
    while lines and not lines[0].strip():
        lines.pop(0)
    title = " ".join(lines[0].split()) if lines else ""
    rest = lines[1:]
    has_blank_separators = any(not ln.strip() for ln in _trim(rest))
    groups: list[list[str]] = []
    current: list[str] = []
    for ln in rest:
        if not ln.strip():
            if current:
                groups.append(current)
                current = []
            continue
        if not has_blank_separators:
            groups.append([ln])
            continue
        current.append(ln)
    if current:
        groups.append(current)
    blocks: list[Block] = []
    for group in groups:
        for block in _blocks(group):
            blocks.append(block)
    return Article(
        title=title,
        blocks=blocks,
        url=url,
        lang=guess_lang(text),
        extractor="text",
    )


def _trim(lines: list[str]) -> list[str]:
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = len(lines)
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _blocks(group: list[str]) -> list[Block]:
    """One blank-line group -> blocks; marker lines inside a group stand on their own."""
    out: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(Paragraph(" ".join(" ".join(p.split()) for p in para)))
            para.clear()

    for raw in group:
        line = " ".join(raw.split())
        if _HEAD_RE.match(line):
            flush()
            out.append(Heading(line))
        elif _NOTE_RE.match(line):
            flush()
            out.append(Note(line))
        else:
            para.append(line)
    flush()
    return out
