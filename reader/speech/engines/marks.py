"""Word marks: aligning the words a voice reports to the text it was given, finding the word being
spoken at a playback time, and carrying spans from the spoken text back to the displayed one.

A voice reports each word as text and time only (Microsoft's stream gives offset, duration and the
word; no position), so positions are found here by searching forward in the text that was sent.
The spoken text is the displayed sentence after normalization ("1.22(목)" → "1월 22일 목요일"), so
a span in it is mapped back to the displayed sentence by a character alignment of the two:
exact inside stretches the normalizer left alone, the whole rewritten stretch otherwise.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.speech.engines.base import WordMark, WordMarks

_TOKEN = re.compile(r"\S+")
_MAX_SKIP = 24  # characters a reported word may lie beyond the previous one before we distrust the match


def align_words(text: str, words: Sequence[tuple[float, float, str]]) -> WordMarks:
    """``words``: (start s, end s, word) in speaking order -> marks with spans in ``text``.

    Each word is looked for a little ahead of the previous one. Words that are not there (a voice
    that reports its own reading of "3번" as "세", "번") share the text between the found words
    around them, token by token, so the marks still cover the sentence in order and never run
    backwards.
    """
    items = [(max(0.0, a), max(a, b), w.strip()) for a, b, w in words if w.strip()]
    found: list[tuple[int, int] | None] = []
    pos = 0
    folded = text.casefold()
    for _a, _b, word in items:
        at = text.find(word, pos)
        if at < 0 or at - pos > _MAX_SKIP:
            at = folded.find(word.casefold(), pos)
        if at >= 0 and at - pos <= _MAX_SKIP:
            found.append((at, at + len(word)))
            pos = at + len(word)
        else:
            found.append(None)
    spans = _fill_gaps(text, found)
    return tuple(WordMark(a, b, s0, s1, w) for (a, b, w), (s0, s1) in zip(items, spans, strict=True))


def _fill_gaps(text: str, found: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        span = found[i]
        if span is not None:
            out.append(span)
            i += 1
            continue
        j = i
        while j < len(found) and found[j] is None:
            j += 1
        lo = out[-1][1] if out else 0
        nxt = found[j] if j < len(found) else None
        hi = nxt[0] if nxt is not None else len(text)
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)] or [(lo, lo)]
        count = j - i
        for k in range(count):  # the gap's tokens dealt out in order
            first = tokens[min(len(tokens) - 1, k * len(tokens) // count)]
            last = tokens[
                min(len(tokens) - 1, max(k * len(tokens) // count, (k + 1) * len(tokens) // count - 1))
            ]
            out.append((first[0], last[1]))
        i = j
    return out


def word_index_at(marks: Sequence[WordMark], seconds: float) -> int | None:
    """The word being spoken ``seconds`` into the clip: the last one started (between two words the
    earlier stays marked); None before the first word."""
    starts = [m.start for m in marks]
    i = bisect.bisect_right(starts, seconds) - 1
    return i if i >= 0 else None


def source_spans(marks: Sequence[WordMark], spoken: str, display: str) -> list[tuple[int, int]]:
    """Each mark's span carried from ``spoken`` to ``display`` (the sentence as shown).

    Inside stretches the normalizer left alone the span is exact; a word that touches a rewritten
    stretch ("1월 22일 목요일" for "1.22(목)") gets the whole displayed token(s) it came from."""
    if spoken == display:
        return [(m.text_start, m.text_end) for m in marks]
    blocks = difflib.SequenceMatcher(None, spoken, display, autojunk=False).get_opcodes()
    # a change of spacing only (the synthesizer collapses runs of spaces) is no rewrite
    blocks = [
        ("equal" if tag != "equal" and not (spoken[i1:i2] + display[j1:j2]).strip() else tag, i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in blocks
    ]
    return [_map_span(blocks, m.text_start, m.text_end, display) for m in marks]


def _map_span(
    blocks: Sequence[tuple[str, int, int, int, int]], start: int, end: int, display: str
) -> tuple[int, int]:
    a = min(_map_pos(blocks, start, left=True), len(display))
    b = min(_map_pos(blocks, max(start, end - 1), left=False), len(display))
    b = max(a, b)
    rewritten = any(tag != "equal" and i1 < max(end, start + 1) and start < max(i2, i1 + 1)
                    for tag, i1, i2, _j1, _j2 in blocks)  # fmt: skip
    if rewritten:
        while a > 0 and not display[a - 1].isspace():
            a -= 1
        while b < len(display) and not display[b].isspace():
            b += 1
    return (a, b)


def _map_pos(blocks: Sequence[tuple[str, int, int, int, int]], pos: int, *, left: bool) -> int:
    """Where spoken character ``pos`` lies in the display: its own place inside an unchanged
    stretch, else the start (``left``) or the end of the rewritten stretch that holds it."""
    for tag, i1, i2, j1, j2 in blocks:
        if i1 <= pos < i2:
            if tag == "equal":
                return j1 + (pos - i1) + (0 if left else 1)
            return j1 if left else j2
    return blocks[-1][4] if blocks else 0


@dataclass(frozen=True)
class DisplayedWord:
    """One word of the displayed sentence with the time it is spoken: ``start``/``end`` seconds into
    the clip as it plays; ``text_start``/``text_end`` offsets in the displayed sentence's text."""

    start: float
    end: float
    text_start: int
    text_end: int
    estimated: bool = False


def displayed_words(marks: Sequence[WordMark], spoken: str, display: str) -> list[DisplayedWord]:
    """The displayed words in the order and at the times they are spoken.

    Spoken words that land inside the displayed word marked just before ("세", "개" for "3개";
    "삼천이백" then "권에서" for "3,200권에서") make one displayed word with it, from the first
    one's start to the last one's end; a word that would move the mark backwards is dropped."""
    spans = source_spans(marks, spoken, display) if marks else []
    words: list[DisplayedWord] = []
    for mark, (a, b) in zip(marks, spans, strict=True):
        if b <= a:
            continue
        if words:
            last = words[-1]
            if last.text_start <= a and b <= last.text_end:  # inside the one marked already
                both = last.estimated and mark.estimated
                words[-1] = replace(last, end=max(last.end, mark.end), estimated=both)
                continue
            if a < last.text_start:
                continue  # never run backwards on the screen
        words.append(DisplayedWord(mark.start, mark.end, a, b, mark.estimated))
    return words


def word_cues(
    marks: Sequence[WordMark] | None, spoken: str, display: str, start: float, end: float
) -> list[tuple[float, float, str]]:
    """Subtitle cues (start s, end s, text) for one sentence placed at ``start``..``end`` of a
    recording: one per displayed word (:func:`displayed_words`), worded as displayed, when there
    are marks; else the sentence whole. A cue lasts until the next word starts, so the words tile
    the sentence without gaps."""
    words = displayed_words(marks, spoken, display) if marks else []
    if not words:
        return [(start, end, " ".join(display.split()))]
    cues: list[tuple[float, float, str]] = []
    for n, word in enumerate(words):
        text = " ".join(display[word.text_start : word.text_end].split())
        t0 = min(end, start + word.start)
        t1 = start + words[n + 1].start if n + 1 < len(words) else start + word.end
        t1 = min(end, max(t1, t0 + 0.001))
        cues.append((t0, t1, text))
    return cues
