"""Small audio helpers around sox/lame/ffmpeg and the stdlib: probe, decode, join.

Engines return MP3 (Google, 24 kHz mono) or WAV (espeak-ng, 22.05 kHz mono). MP3 frames of the
same sample rate and channel count can be concatenated as they are; anything mixed is decoded to
WAV with sox and joined as PCM.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

from reader.speech.engines.base import AudioClip, EngineError

log = logging.getLogger(__name__)

_MP3_RATES = {
    3: (44100, 48000, 32000),  # MPEG-1
    2: (22050, 24000, 16000),  # MPEG-2
    0: (11025, 12000, 8000),  # MPEG-2.5
}


def mp3_params(data: bytes) -> tuple[int, int] | None:
    """(sample rate, channels) from the first MP3 frame header, skipping an ID3v2 tag."""
    pos = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = 0
        for b in data[6:10]:
            size = (size << 7) | (b & 0x7F)
        pos = 10 + size
    end = min(len(data) - 4, pos + 65536)
    while pos < end:
        if data[pos] == 0xFF and (data[pos + 1] & 0xE0) == 0xE0:
            version = (data[pos + 1] >> 3) & 0x3
            rate_idx = (data[pos + 2] >> 2) & 0x3
            if version in _MP3_RATES and rate_idx < 3:
                channels = 1 if (data[pos + 3] >> 6) == 3 else 2
                return _MP3_RATES[version][rate_idx], channels
        pos += 1
    return None


def transcode_wav(
    src: Path, dst: Path, *, sample_rate: int | None = None, channels: int = 1, tempo: float | None = None
) -> None:
    """Decode ``src`` (MP3 or WAV) to 16-bit PCM WAV, optionally resampled and time-stretched.

    sox (``tempo -s``, WSOLA tuned for speech) when installed, else ffmpeg (``atempo``, chained
    because one atempo stage only covers 0.5–2.0): Windows and macOS users may have only one.
    """
    sox = shutil.which("sox")
    if sox:
        cmd = [sox, "-q", str(src), "-b", "16", "-c", str(channels)]
        if sample_rate:
            cmd += ["-r", str(sample_rate)]
        cmd.append(str(dst))
        if tempo is not None and abs(tempo - 1.0) > 1e-6:
            cmd += ["tempo", "-s", f"{tempo:.3f}"]
        run(cmd)
        return
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg:
        cmd = [ffmpeg, "-loglevel", "error", "-y", "-i", str(src), "-ac", str(channels), "-c:a", "pcm_s16le"]
        if sample_rate:
            cmd += ["-ar", str(sample_rate)]
        if tempo is not None and abs(tempo - 1.0) > 1e-6:
            cmd += ["-filter:a", ",".join(f"atempo={t:.4f}" for t in _atempo_stages(tempo))]
        cmd.append(str(dst))
        run(cmd)
        return
    raise EngineError(
        "sox or ffmpeg is needed to process audio (packaging/system-deps.sh installs sox)",
        code="speech.no_sox",
    )


def _atempo_stages(tempo: float) -> list[float]:
    stages = []
    while tempo > 2.0:
        stages.append(2.0)
        tempo /= 2.0
    while tempo < 0.5:
        stages.append(0.5)
        tempo /= 0.5
    return [*stages, tempo]


def to_wav(data: bytes, fmt: str, *, rate: int | None = None, channels: int = 1) -> bytes:
    """Decode any clip to 16-bit PCM WAV (optionally resampled)."""
    if fmt == "wav" and rate is None:
        return data
    with tempfile.TemporaryDirectory(prefix="ar-audio-") as tmp:
        src = Path(tmp) / f"in.{fmt}"
        dst = Path(tmp) / "out.wav"
        src.write_bytes(data)
        transcode_wav(src, dst, sample_rate=rate, channels=channels)
        return dst.read_bytes()


def run(cmd: list[str], timeout: float = 120.0) -> None:
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineError(
            f"{Path(cmd[0]).name} failed: {exc}",
            code="speech.tool_failed",
            params={"tool": Path(cmd[0]).name},
        ) from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise EngineError(
            f"{Path(cmd[0]).name} failed: {err[-1] if err else proc.returncode}",
            code="speech.tool_failed",
            params={"tool": Path(cmd[0]).name},
        )


def join_clips(clips: list[AudioClip]) -> AudioClip:
    """One clip from several pieces of one sentence, without audible seams."""
    if len(clips) == 1:
        return clips[0]
    first = clips[0]
    if all(c.fmt == "mp3" for c in clips):
        params = {mp3_params(c.data) for c in clips}
        if len(params) == 1 and None not in params:
            return AudioClip(b"".join(c.data for c in clips), "mp3", first.engine, first.voice)
    # Mixed formats or sample rates: decode to one PCM format and join.
    rate = _wav_rate(first) if first.fmt == "wav" else (mp3_params(first.data) or (24000, 1))[0]
    pcm = io.BytesIO()
    with wave.open(pcm, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for c in clips:
            wav = c.data if c.fmt == "wav" and _wav_rate(c) == rate and _wav_mono16(c) else None
            wav = wav or to_wav(c.data, c.fmt, rate=rate)
            with wave.open(io.BytesIO(wav), "rb") as w:
                out.writeframes(w.readframes(w.getnframes()))
    return AudioClip(pcm.getvalue(), "wav", first.engine, first.voice)


def _wav_rate(clip: AudioClip) -> int:
    with wave.open(io.BytesIO(clip.data), "rb") as w:
        return w.getframerate()


def _wav_mono16(clip: AudioClip) -> bool:
    with wave.open(io.BytesIO(clip.data), "rb") as w:
        return w.getnchannels() == 1 and w.getsampwidth() == 2


def duration(path: Path) -> float:
    """Length in seconds of a WAV or MP3 file."""
    if path.suffix.lower() == ".wav":
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / float(w.getframerate())
    from mutagen.mp3 import MP3

    info = MP3(str(path)).info
    return float(info.length) if info is not None else 0.0
