"""Cut spoken text into pieces an engine accepts (Google: 100 characters) at natural boundaries.

gTTS's own splitter breaks "1.22(목)" into "1.22" | "목" and cuts long clauses mid-phrase, which
is heard as a break. We prefer, in order: a sentence end, clause punctuation, a space before a
particle-free word, any space — and never cut inside a number, a date or a time.
"""

from __future__ import annotations

import re

LIMIT = 100
MIN_PIECE = 16  # shorter pieces ("말했다.") are merged into a neighbour: each request is heard as a seam

# Spans that must stay whole: numbers with their separators and unit/counter, and dates/times
# already spelled out by normalization ("2026년 1월 22일 목요일", "3시 30분").
_PROTECTED = re.compile(
    r"\d[\d,.]*\s?[조억만](?:\s?\d[\d,.]*\s?[억만천백]?)+(?:\s?[가-힣%]{1,3})?"  # 1조 2345억 원
    r"|(?:\d+\s?년\s?)?\d+\s?월\s?\d+\s?일(?:\s?[월화수목금토일]요일)?"
    r"|\d+\s?시(?:\s?\d+\s?분)?"
    r"|\d[\d,.:/~-]*\d?\s?[%가-힣A-Za-z]{0,4}"
)
_SENTENCE_END = re.compile(r"[.!?。？！]+[\"'”’)\]]*(?=\s)")
_CLAUSE = re.compile(r"[,;:，、]+(?=\s)|\s[-–—]+(?=\s)")


def chunk_text(text: str, limit: int = LIMIT) -> list[str]:
    """Pieces of at most ``limit`` characters whose concatenation (with spaces) is ``text``."""
    text = " ".join(text.split())
    if not text:
        return []
    out: list[str] = []
    while len(text) > limit:
        cut = _best_cut(text, limit)
        head, text = text[:cut].strip(), text[cut:].strip()
        if head:
            out.append(head)
    if text:
        out.append(text)
    return _merge_stubs(out, limit)


def _merge_stubs(pieces: list[str], limit: int) -> list[str]:
    """A stub left anyway (a short tail after a forced cut) joins the neighbour it fits with."""
    out: list[str] = []
    for piece in pieces:
        stub = len(piece) < MIN_PIECE or (bool(out) and len(out[-1]) < MIN_PIECE)
        if out and stub and len(out[-1]) + 1 + len(piece) <= limit:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _blocked(text: str, limit: int) -> list[bool]:
    blocked = [False] * (len(text) + 1)
    for m in _PROTECTED.finditer(text, 0, min(len(text), limit + 40)):
        for k in range(m.start() + 1, m.end()):
            blocked[k] = True
    return blocked


def _best_cut(text: str, limit: int) -> int:
    blocked = _blocked(text, limit)
    floor = limit // 3  # avoid tiny pieces: prefer a later, weaker boundary over a very early one

    def ok(pos: int) -> bool:
        return 0 < pos <= limit and not blocked[pos] and len(text[pos:].strip()) >= MIN_PIECE

    classes = [
        [m.end() for m in _SENTENCE_END.finditer(text, 0, limit + 1)],
        [m.end() for m in _CLAUSE.finditer(text, 0, limit + 1)],
        [m.start() for m in re.finditer(r"\s", text[: limit + 1])],
    ]
    for positions in classes:
        good = [p for p in positions if ok(p) and p >= floor]
        if good:
            return max(good)
    for positions in classes:
        good = [p for p in positions if ok(p)]
        if good:
            return max(good)
    # No boundary leaves a long enough rest: take the latest one anyway.
    for positions in classes:
        good = [p for p in positions if 0 < p <= limit and not blocked[p]]
        if good:
            return max(good)
    # One unbroken run longer than the limit: cut at the limit, but outside a protected span.
    for pos in range(limit, 0, -1):
        if not blocked[pos]:
            return pos
    return limit
