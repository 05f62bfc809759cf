"""Pauses in an exported MP3, measured: sox decodes it, silent runs are found on the samples, and
each is placed against the .srt's sentence times (a pause between two cues, or inside one)."""

from __future__ import annotations

import array
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

RATE = 8000
WINDOW = 80  # 10 ms
THRESHOLD = 0.005  # of full scale (-46 dBFS): below this a 10 ms window is silent


@dataclass(frozen=True)
class Silence:
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


def silences(path: Path, minimum: float = 0.04) -> list[Silence]:
    sox = shutil.which("sox")
    assert sox, "sox is needed"
    raw = subprocess.run(
        [sox, str(path), "-t", "raw", "-r", str(RATE), "-e", "signed", "-b", "16", "-c", "1", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    samples = array.array("h", raw[: len(raw) // 2 * 2])
    limit = THRESHOLD * 32768
    runs: list[Silence] = []
    start: int | None = None
    for w in range(0, len(samples), WINDOW):
        chunk = samples[w : w + WINDOW]
        loud = max((abs(x) for x in chunk), default=0) > limit
        if not loud and start is None:
            start = w
        elif loud and start is not None:
            if (w - start) / RATE >= minimum:
                runs.append(Silence(start / RATE, w / RATE))
            start = None
    if start is not None and (len(samples) - start) / RATE >= minimum:
        runs.append(Silence(start / RATE, len(samples) / RATE))
    return runs


def cues(srt: Path) -> list[tuple[float, float, str]]:
    def secs(t: str) -> float:
        h, m, rest = t.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    out = []
    for block in srt.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.splitlines()
        a, b = re.split(r"\s+-->\s+", lines[1])
        out.append((secs(a), secs(b), " ".join(lines[2:])))
    return out


def gap_at(runs: list[Silence], t: float) -> float:
    """The length of the silence heard around time ``t`` (a cue boundary), 0 if none."""
    return next((r.length for r in runs if r.start - 0.02 <= t <= r.end + 0.02), 0.0)


def inner_pauses(runs: list[Silence], cue: tuple[float, float, str]) -> list[Silence]:
    """Silences inside a sentence: not touching its start or its end."""
    a, b, _ = cue
    return [r for r in runs if r.start > a + 0.02 and r.end < b - 0.02 and not (r.start <= a or r.end >= b)]
