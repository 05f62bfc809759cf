"""Cut spoken text into pieces an engine accepts (Google: 100 characters) at natural boundaries.

gTTS's own splitter breaks "1.22(목)" into "1.22" | "목" and cuts long clauses mid-phrase, which
is heard as a break. We prefer, in order: a sentence end, clause punctuation, a space before a
particle-free word, any space — and never cut inside a number, a date or a time.
"""

from __future__ import annotations

import re

LIMIT = 100

# Spans that must stay whole: numbers with their separators and unit/counter, and dates/times
# already spelled out by normalization ("2026년 1월 22일 목요일", "3시 30분").
_PROTECTED = re.compile(
    r"(?:\d+\s?년\s?)?\d+\s?월\s?\d+\s?일(?:\s?[월화수목금토일]요일)?"
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
        return 0 < pos <= limit and not blocked[pos]

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
    # One unbroken run longer than the limit: cut at the limit, but outside a protected span.
    for pos in range(limit, 0, -1):
        if not blocked[pos]:
            return pos
    return limit
