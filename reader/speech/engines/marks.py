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

from reader.speech.engines.base import WordMark, WordMarks

_TOKEN = re.compile(r"\S+")
_MAX_SKIP = 24  # characters a reported word may lie beyond the previous one before we distrust the match


def align_words(text: str, words: Sequence[tuple[float, float, str]]) -> WordMarks:
    """``words``: (start s, end s, word) in speaking order -> marks with spans in ``text``.

    A word found within reach of the previous one gets its exact span; one that is not there (a
    voice that reports its own reading of a number, say) gets the next token of the text, so the
    marks still advance through the sentence and never run backwards.
    """
    marks: list[WordMark] = []
    pos = 0
    folded = text.casefold()
    for start, end, word in words:
        word = word.strip()
        if not word:
            continue
        at = text.find(word, pos)
        if at < 0 or at - pos > _MAX_SKIP:
            at = folded.find(word.casefold(), pos)
        if at >= 0 and at - pos <= _MAX_SKIP:
            span = (at, at + len(word))
        else:
            token = _TOKEN.search(text, pos)
            span = (token.start(), token.end()) if token else (len(text), len(text))
        marks.append(WordMark(max(0.0, start), max(start, end), span[0], span[1], word))
        pos = span[1]
    return tuple(marks)


def word_index_at(marks: Sequence[WordMark], seconds: float) -> int | None:
    """The word being spoken ``seconds`` into the clip: the last one started (between two words the
    earlier stays marked); None before the first word."""
    starts = [m.start for m in marks]
    i = bisect.bisect_right(starts, seconds) - 1
    return i if i >= 0 else None


def source_spans(marks: Sequence[WordMark], spoken: str, display: str) -> list[tuple[int, int]]:
    """Each mark's span carried from ``spoken`` to ``display`` (the sentence as shown)."""
    if spoken == display:
        return [(m.text_start, m.text_end) for m in marks]
    blocks = difflib.SequenceMatcher(None, spoken, display, autojunk=False).get_opcodes()
    return [_map_span(blocks, m.text_start, m.text_end, len(display)) for m in marks]


def _map_span(
    blocks: Sequence[tuple[str, int, int, int, int]], start: int, end: int, limit: int
) -> tuple[int, int]:
    a = _map_pos(blocks, start, left=True)
    b = _map_pos(blocks, max(start, end - 1), left=False)
    a, b = min(a, limit), min(b, limit)
    return (a, max(a, b))


def _map_pos(blocks: Sequence[tuple[str, int, int, int, int]], pos: int, *, left: bool) -> int:
    """Where spoken character ``pos`` lies in the display: its own place inside an unchanged
    stretch, else the start (``left``) or the end of the rewritten stretch that holds it."""
    for tag, i1, i2, j1, j2 in blocks:
        if i1 <= pos < i2:
            if tag == "equal":
                return j1 + (pos - i1) + (0 if left else 1)
            return j1 if left else j2
    return blocks[-1][4] if blocks else 0


def word_cues(
    marks: Sequence[WordMark] | None, spoken: str, display: str, start: float, end: float
) -> list[tuple[float, float, str]]:
    """Subtitle cues (start s, end s, text) for one sentence placed at ``start``..``end`` of a
    recording: one per word, worded as displayed, when there are marks; else the sentence whole.
    A cue lasts until the next word starts, so the words tile the sentence without gaps."""
    if not marks:
        return [(start, end, " ".join(display.split()))]
    spans = source_spans(marks, spoken, display)
    cues: list[tuple[float, float, str]] = []
    for n, (mark, (a, b)) in enumerate(zip(marks, spans, strict=True)):
        text = " ".join(display[a:b].split()) or mark.text
        t0 = min(end, start + mark.start)
        t1 = start + marks[n + 1].start if n + 1 < len(marks) else start + mark.end
        t1 = min(end, max(t1, t0 + 0.001))
        if cues and cues[-1][2] == text and (a, b) == spans[n - 1]:
            cues[-1] = (cues[-1][0], t1, text)  # two spoken words inside one rewritten stretch
            continue
        cues.append((t0, t1, text))
    return cues
