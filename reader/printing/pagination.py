"""Where pages break, decided from line positions alone (Qt-free, so the rules are unit-tested).

The renderer lays the whole article out once in one tall column and hands over every line box;
this module picks the break positions: never through a line, never right after a section head
(a head keeps with the paragraph that follows it), no lone first line of a paragraph at the foot
of a page and no lone last line at the top of the next.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

EPS = 0.5


@dataclass(frozen=True)
class LineBox:
    top: float
    bottom: float
    block: int  # which block (in document order) the line belongs to
    first: bool  # the block's first line
    last: bool  # the block's last line
    keep_with_next: bool = False  # the block is a section head


@dataclass(frozen=True)
class PageSlice:
    top: float
    bottom: float
    first_line: int  # index into the sorted lines
    end_line: int  # one past the last line on the page


def _break_points(lines: Sequence[LineBox]) -> list[int]:
    """Indices i such that a break just above lines[i] cuts no line (table cells sit side by side)."""
    points: list[int] = []
    max_bottom = float("-inf")
    i = 0
    n = len(lines)
    while i < n:
        top = lines[i].top
        if i > 0 and max_bottom <= top + EPS:
            points.append(i)
        j = i
        while j < n and abs(lines[j].top - top) <= EPS:
            max_bottom = max(max_bottom, lines[j].bottom)
            j += 1
        i = j
    return points


def paginate(lines: Sequence[LineBox], page_height: float) -> list[PageSlice]:
    """Cut the column into pages no taller than ``page_height``; ``lines`` sorted by top."""
    if page_height <= 0:
        raise ValueError("page height must be positive")
    if not lines:
        return [PageSlice(0.0, 0.0, 0, 0)]
    lines = list(lines)
    n = len(lines)
    points = _break_points(lines)
    first_of_block: dict[int, int] = {}
    count_of_block: dict[int, int] = {}
    for idx, ln in enumerate(lines):
        first_of_block.setdefault(ln.block, idx)
        count_of_block[ln.block] = count_of_block.get(ln.block, 0) + 1
    point_set = set(points)
    end = max(ln.bottom for ln in lines)

    pages: list[PageSlice] = []
    start = 0
    y0 = 0.0
    while True:
        limit = y0 + page_height
        if end <= limit + EPS:
            pages.append(PageSlice(y0, end, start, n))
            return pages
        # The furthest break whose line above still fits on this page.
        k = bisect.bisect_right(points, start)
        best = None
        while k < len(points) and lines[points[k]].top <= limit + EPS:
            best = points[k]
            k += 1
        if best is None:
            # One line taller than a page (a giant table row): it gets a page of its own, clipped.
            k = bisect.bisect_right(points, start)
            nxt = points[k] if k < len(points) else n
            y1 = lines[nxt].top if nxt < n else end
            pages.append(PageSlice(y0, y1, start, nxt))
            if nxt >= n:
                return pages
            start, y0 = nxt, y1
            continue
        brk = _apply_rules(lines, best, start, point_set, first_of_block, count_of_block)
        y1 = lines[brk].top
        pages.append(PageSlice(y0, y1, start, brk))
        start, y0 = brk, y1


def _apply_rules(
    lines: list[LineBox],
    brk: int,
    start: int,
    points: set[int],
    first_of_block: dict[int, int],
    count_of_block: dict[int, int],
) -> int:
    """Move a break earlier for heads, orphans and widows, unless that would empty the page."""
    original = brk
    for _ in range(len(lines)):
        prev = lines[brk - 1]
        nxt = lines[brk]
        moved = brk
        if prev.keep_with_next:
            moved = first_of_block[prev.block]
        elif prev.first and not prev.last:
            moved = brk - 1  # a paragraph's first line alone at the foot of the page
        elif nxt.last and not nxt.first and count_of_block[nxt.block] >= 3 and not prev.first:
            moved = brk - 1  # its last line alone at the top of the next page
        if moved == brk or moved not in points:
            break
        if moved <= start:
            return original
        brk = moved
    return brk
