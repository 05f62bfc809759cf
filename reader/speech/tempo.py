"""Pitch-preserving speed change (0.5×–3.0×) with sox's ``tempo -s`` (WSOLA tuned for speech).

Chosen over audiotsm by measurement (benchmarks/speech_costs.py, 2 cores shared with other work):
sox decodes, stretches and writes a sentence in ~25 ms of CPU (70–95 ms wall under load) as one
subprocess; audiotsm's WSOLA took 125–220 ms for the same sentence already decoded to WAV, and
would add numpy. The stretched clip is cached under its own key, so each speed costs once.
Without sox, ffmpeg's ``atempo`` does the same job (see reader.speech.audio.transcode_wav).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reader.speech.audio import transcode_wav
from reader.speech.engines.base import AudioClip

MIN_RATE = 0.5
MAX_RATE = 3.0


def clamp_rate(rate: float) -> float:
    return max(MIN_RATE, min(MAX_RATE, float(rate)))


def stretch(src: Path, rate: float) -> AudioClip:
    """``src`` played ``rate`` times as fast, same pitch, as WAV."""
    rate = clamp_rate(rate)
    with tempfile.TemporaryDirectory(prefix="ar-tempo-") as tmp:
        dst = Path(tmp) / "out.wav"
        transcode_wav(src, dst, tempo=rate)
        return AudioClip(dst.read_bytes(), "wav")
