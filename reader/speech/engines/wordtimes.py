"""Word times for voices that do not report every word: how long a word takes, by its syllables.

- Google's voice reports no words: :func:`spread` shares a clip's duration among the words of its
  text by their syllables (and the pauses their punctuation asks for), every mark ``estimated``.
- espeak-ng reports the start of most words (its word events), but leaves some Korean words
  unreported ("나는 문을 닫았다" reports only 닫았다): :func:`from_events` keeps the reported starts,
  gives each unreported word its share of the time between its reported neighbours (``estimated``),
  and ends each word where its sound ends (trailing silence trimmed from the audio itself).

A word is a run of non-space characters that holds a letter or a digit; spans are in the text the
voice was given.
"""

from __future__ import annotations

import array
import itertools
import re
from collections.abc import Sequence

from reader.speech.engines.base import WordMark, WordMarks

_TOKEN = re.compile(r"\S+")
_SPEAKABLE = re.compile(r"[^\W_]")
_HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_VOWELS = re.compile(r"[aeiouy]+", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Syllables a pause after a word is worth (Korean news at 1x: about 6 syllables a second).
_PAUSES = ((re.compile(r"[.!?。？！…]+['\"”’)\]]*$"), 2.5), (re.compile(r"[,;:，、]['\"”’)\]]*$"), 1.5))
# Korean letter names: syllables per capital when an acronym is spelt out (에이 비 시 …).
_LETTER_COUNTS = (2, 1, 1, 1, 1, 2, 1, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 3, 2, 2, 2)
_LETTER_SYLLABLES = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", _LETTER_COUNTS, strict=True))
SILENCE_LEVEL = 300  # |sample| below this (of 32768) is silence: about -40 dBFS
_WINDOW_S = 0.01


def words(text: str) -> list[tuple[int, int]]:
    """The spans of the words of ``text``: whitespace-separated runs holding a letter or digit."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text) if _SPEAKABLE.search(m.group())]


def _number_syllables(digits: str, korean: bool) -> float:
    whole, _, frac = digits.replace(",", "").partition(".")
    if korean:
        from reader.speech.reading.numerals import sino

        try:
            n = int(whole) if whole else 0
        except ValueError:
            n = 0
        spoken = len(_HANGUL.findall(sino(n))) if len(whole) <= 16 else len(whole)
    else:
        spoken = max(1, round(len(whole) * 1.6))
    return spoken + (1 + len(frac) if frac else 0)


def syllables(word: str, korean: bool = True) -> float:
    """About how many syllables ``word`` takes to say (never less than one)."""
    count = float(len(_HANGUL.findall(word)))
    rest = _HANGUL.sub(" ", word)
    for m in _NUMBER.finditer(rest):
        count += _number_syllables(m.group(), korean)
    rest = _NUMBER.sub(" ", rest)
    for latin in re.findall(r"[A-Za-z]+", rest):
        if _ACRONYM.fullmatch(latin):
            count += sum(_LETTER_SYLLABLES[c] for c in latin) if korean else len(latin)
        else:
            count += max(1, len(_VOWELS.findall(latin)))
    rest = re.sub(r"[A-Za-z]+", " ", rest)
    count += len(re.findall(r"[^\W\d_]", rest))  # other scripts: a character each
    return max(1.0, count)


def pause_after(word: str) -> float:
    for pattern, weight in _PAUSES:
        if pattern.search(word):
            return weight
    return 0.0


def _korean(text: str) -> bool:
    return bool(_HANGUL.search(text))


def spread(text: str, seconds: float, *, lead: float = 0.0, tail: float = 0.0) -> WordMarks:
    """Estimated marks for a clip of ``seconds`` that says ``text``: each word its share of the
    time by syllables, each pause its share after its word."""
    spans = words(text)
    if not spans or seconds <= 0:
        return ()
    korean = _korean(text)
    sizes = [syllables(text[a:b], korean) for a, b in spans]
    pauses = [pause_after(text[a:b]) for a, b in spans]
    pauses[-1] = 0.0  # the clip's end is not a pause inside it
    total = sum(sizes) + sum(pauses)
    body = max(0.0, seconds - lead - tail)
    unit = body / total if total else 0.0
    marks: list[WordMark] = []
    t = min(lead, seconds)
    for (a, b), size, pause in zip(spans, sizes, pauses, strict=True):
        end = t + size * unit
        marks.append(WordMark(round(t, 4), round(end, 4), a, b, text[a:b], estimated=True))
        t = end + pause * unit
    return tuple(marks)


def _levels(pcm: bytes, sample_rate: int) -> tuple[list[int], int]:
    """Peak |sample| of each 10 ms window of 16-bit mono PCM, and the window's length in samples."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    step = max(1, round(sample_rate * _WINDOW_S))
    peaks = []
    for i in range(0, len(samples), step):
        window = samples[i : i + step]
        peaks.append(max(max(window), -min(window)))
    return peaks, step


def voiced_bounds(pcm: bytes, sample_rate: int) -> tuple[float, float] | None:
    """(first, last) second of sound in 16-bit mono PCM; None when it is all silence."""
    peaks, step = _levels(pcm, sample_rate)
    voiced = [n for n, p in enumerate(peaks) if p >= SILENCE_LEVEL]
    if not voiced or sample_rate <= 0:
        return None
    return voiced[0] * step / sample_rate, min(len(pcm) // 2, (voiced[-1] + 1) * step) / sample_rate


def from_events(
    text: str, events: Sequence[tuple[int, int, int]], pcm: bytes, sample_rate: int
) -> WordMarks:
    """Marks from espeak-ng's word events (sample, 1-based character position, length).

    A word takes the earliest event that falls inside it; words without one share the time
    between the words around them by syllables. Each word starts where its sound starts (the
    event comes a little before: the first word's at the clip's silent start) and ends where the
    sound stops before the next word starts (or the clip ends)."""
    spans = words(text)
    if not spans or sample_rate <= 0:
        return ()
    peaks, step = _levels(pcm, sample_rate)
    voiced = [n for n, p in enumerate(peaks) if p >= SILENCE_LEVEL]
    if not voiced:
        return ()
    first_voiced = voiced[0] * step / sample_rate
    last_voiced = (voiced[-1] + 1) * step / sample_rate
    starts: list[float | None] = [None] * len(spans)
    k = 0
    for sample, position, _length in sorted(events):
        pos = position - 1
        while k < len(spans) and spans[k][1] <= pos:
            k += 1
        if k == len(spans):
            break
        if spans[k][0] <= pos and starts[k] is None:
            starts[k] = max(0.0, sample / sample_rate)
    if all(s is None for s in starts):
        return ()
    korean = _korean(text)
    sizes = [syllables(text[a:b], korean) + pause_after(text[a:b]) for a, b in spans]
    times, estimated = _fill(starts, sizes, first_voiced, last_voiced)
    marks: list[WordMark] = []
    for n, ((a, b), start) in enumerate(zip(spans, times, strict=True)):
        limit = max(start, times[n + 1] if n + 1 < len(times) else last_voiced)
        start = _sound_start(peaks, step, sample_rate, start, limit)  # heard, not merely begun
        end = _sound_end(peaks, step, sample_rate, start, limit)
        marks.append(WordMark(round(start, 4), round(end, 4), a, b, text[a:b], estimated[n]))
    return tuple(marks)


def _fill(
    starts: list[float | None], sizes: list[float], begin: float, finish: float
) -> tuple[list[float], list[bool]]:
    """Starts for every word: the reported ones kept (never running backwards), the others spread
    by size between the reported ones around them."""
    known = [(n, s) for n, s in enumerate(starts) if s is not None]
    clean: list[tuple[int, float]] = []
    for n, s in known:
        if not clean or s >= clean[-1][1]:
            clean.append((n, s))
    times = [0.0] * len(starts)
    estimated = [True] * len(starts)
    for n, s in clean:
        times[n] = s
        estimated[n] = False
    anchors = [(-1, min(begin, clean[0][1])), *clean, (len(starts), max(finish, clean[-1][1]))]
    for (i, t0), (j, t1) in itertools.pairwise(anchors):
        if j - i <= 1:
            continue
        # the words i+1 .. j-1 have no time of their own; word i (if any) is still speaking from t0
        first = max(i, 0)
        share = sizes[first:j] if i >= 0 else sizes[0:j]
        total = sum(share) or 1.0
        t = t0
        for n in range(first, j):
            if n > i:
                times[n] = t
            t += (t1 - t0) * sizes[n] / total
    return times, estimated


def _sound_start(peaks: list[int], step: int, sample_rate: int, start: float, limit: float) -> float:
    """The start of the first voiced window in ``start``..``limit``; ``start`` when there is none."""
    lo = int(start * sample_rate / step)
    hi = min(len(peaks), int(limit * sample_rate / step))
    for w in range(lo, hi):
        if peaks[w] >= SILENCE_LEVEL:
            return max(start, w * step / sample_rate)
    return start


def _sound_end(peaks: list[int], step: int, sample_rate: int, start: float, limit: float) -> float:
    """The end of the last voiced window in ``start``..``limit`` (seconds); ``limit`` when unsure."""
    lo = int(start * sample_rate / step)
    hi = min(len(peaks), int(limit * sample_rate / step + 0.999))
    for w in range(hi - 1, lo - 1, -1):
        if peaks[w] >= SILENCE_LEVEL:
            return min(limit, (w + 1) * step / sample_rate)
    return limit


__all__ = ["from_events", "pause_after", "spread", "syllables", "voiced_bounds", "words"]
