"""Helpers for the read-aloud tests: real tone clips and reading back what SDL's disk driver played."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

MIXER_RATE = 44100  # the Player's default mixer format: 44.1 kHz, signed 16-bit, stereo
MIXER_CHANNELS = 2


def write_tone(path: Path, seconds: float, freq: float = 440.0, rate: int = 22050, amp: float = 0.5) -> Path:
    """A mono sine tone WAV: non-silent from its first sample to its last."""
    n = int(seconds * rate)
    wave_at = (int(amp * 32767 * math.sin(2 * math.pi * freq * k / rate)) or 1 for k in range(n))
    samples = array.array("h", wave_at)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return path


def read_pcm(path: Path) -> array.array:
    """The disk driver's output as left-channel samples."""
    data = array.array("h")
    raw = path.read_bytes()
    data.frombytes(raw[: len(raw) - len(raw) % 4])
    return data[::MIXER_CHANNELS]


def loud_frames(samples: array.array, threshold: int = 200) -> list[int]:
    return [k for k, v in enumerate(samples) if abs(v) > threshold]


def nonsilent_span(samples: array.array, threshold: int = 200) -> float:
    """Seconds from the first to the last sample above the threshold."""
    loud = loud_frames(samples, threshold)
    if not loud:
        return 0.0
    return (loud[-1] - loud[0] + 1) / MIXER_RATE


def longest_quiet_run(samples: array.array, start: int, end: int, threshold: int = 200) -> float:
    """Longest stretch of silence (seconds) between two frame positions."""
    best = run = 0
    for v in samples[start:end]:
        if abs(v) <= threshold:
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best / MIXER_RATE


def peak(samples: array.array) -> int:
    return max((abs(v) for v in samples), default=0)
