"""Helpers for the word-highlight tests: where a stretch of text is drawn in the view (from the
document layout), and how much of it carries a colour on a grab of the viewport."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from reader.speech.engines.base import WordMark

TOLERANCE = 10  # per channel: anti-aliasing at the edges of letters never reaches the middle of the box


def text_rects(view: Any, start: int, end: int) -> list[QRect]:
    """Viewport rectangles of document positions [start, end), one per line it is drawn on."""
    doc = view.document()
    block = doc.findBlock(start)
    layout = block.layout()
    top = doc.documentLayout().blockBoundingRect(block).top()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    rects = []
    pos = start
    while pos < end:
        rel = pos - block.position()
        line = layout.lineForTextPosition(rel)
        line_end = min(end, block.position() + line.textStart() + line.textLength())
        x1, _ = line.cursorToX(rel)
        x2, _ = line.cursorToX(line_end - block.position())
        left = doc.documentLayout().blockBoundingRect(block).left()
        rects.append(
            QRect(
                round(left + min(x1, x2) + dx),
                round(top + line.y() + dy),
                max(1, round(abs(x2 - x1))),
                max(1, round(line.height())),
            )
        )
        if line_end <= pos:
            break
        pos = line_end
    return rects


def grab(view: Any) -> QImage:
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    if ratio != 1:
        image = image.scaled(round(image.width() / ratio), round(image.height() / ratio))
    return image


def close(a: QColor, b: QColor, tolerance: int = TOLERANCE) -> bool:
    return all(
        abs(x - y) <= tolerance for x, y in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    )


def share(image: QImage, rects: list[QRect], colour: str) -> float:
    """How much of the rectangles (inside the image) is ``colour``."""
    want = QColor(colour)
    hits = total = 0
    for rect in rects:
        r = rect.intersected(image.rect())
        for y in range(r.top(), r.bottom() + 1):
            for x in range(r.left(), r.right() + 1):
                total += 1
                hits += close(image.pixelColor(x, y), want)
    return hits / total if total else 0.0


def farthest(image: QImage, rects: list[QRect], from_colour: str) -> QColor:
    """The pixel in the rectangles least like ``from_colour``: the middle of a letter's stroke."""
    ref = QColor(from_colour)
    best, best_d = ref, -1
    for rect in rects:
        r = rect.intersected(image.rect())
        for y in range(r.top(), r.bottom() + 1):
            for x in range(r.left(), r.right() + 1):
                c = image.pixelColor(x, y)
                d = abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue())
                if d > best_d:
                    best, best_d = c, d
    return best


def hex_of(c: QColor) -> str:
    return f"#{c.red():02x}{c.green():02x}{c.blue():02x}"


def mid_word(marks: tuple[WordMark, ...], seconds: float, margin: float = 0.08) -> int | None:
    """The mark being spoken at ``seconds`` if it started at least ``margin`` ago and the next one
    starts at least ``margin`` later (so the session's poll has reported it, and will not have moved on)."""
    for i, m in enumerate(marks):
        nxt = marks[i + 1].start if i + 1 < len(marks) else m.end
        if m.start + margin <= seconds <= nxt - margin:
            return i
    return None


def pause_mid_word(qtbot: Any, controller: Any, index: int, timeout: float = 30.0) -> tuple[int, WordMark]:
    """Wait until sentence ``index`` plays a word well inside its time (not its first, so the
    mark has moved at least once), pause there, and return (the word's number, its mark)."""
    deadline = time.monotonic() + timeout
    session = controller.session
    while time.monotonic() < deadline:
        qtbot.wait(5)
        tag = controller.player.current_tag
        if tag != ("s", index):
            continue
        clip = session.ready_clips().get(index)
        marks = controller.window.ctx.audio_cache().words_for(clip) if clip is not None else None
        if not marks:
            continue
        n = mid_word(tuple(marks), controller.player.elapsed())
        if n is not None and n >= 1:
            controller.window.actions["read"].trigger()  # pause
            held = controller.player.elapsed()
            if mid_word(tuple(marks), held, margin=0.03) == n:
                return n, marks[n]
            controller.window.actions["read"].trigger()  # paused too late: go on and try again
    raise AssertionError(f"sentence {index} never played a word long enough to pause in")
