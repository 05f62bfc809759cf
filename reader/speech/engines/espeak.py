"""The offline voice: espeak-ng run as a subprocess, WAV on stdout.

Measured here (benchmarks/speech_costs.py): about 0.14 s of CPU per 1,000 characters of Korean,
so a sentence is ready in a few tens of milliseconds: also the fast path when the network is slow.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from reader.speech.engines.base import AudioClip, EngineError, primary_lang

log = logging.getLogger(__name__)

DEFAULT_WPM = 175
# Tags whose espeak-ng voice has another name.
_ALIASES = {"en": "en-us", "zh": "cmn", "fr": "fr-fr", "pt": "pt-br", "no": "nb", "iw": "he", "fil": "tl"}


@functools.lru_cache(maxsize=4)
def _installed_voices(binary: str) -> frozenset[str]:
    try:
        out = subprocess.run([binary, "--voices"], capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    names = set()
    for line in out.stdout.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 2:
            names.add(cols[1].lower())
    return frozenset(names)


def _install_dirs() -> list[Path]:
    """Where the official installers put espeak-ng when it is not on PATH (a desktop app launched from
    the Start menu or the Dock does not see a shell's PATH)."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        for var in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"):
            root = os.environ.get(var)
            if root:
                dirs.append(Path(root) / "eSpeak NG")
    elif sys.platform == "darwin":
        dirs += [Path("/opt/homebrew/bin"), Path("/usr/local/bin"), Path("/opt/local/bin")]
    # Linux desktop sessions (and Flatpak's /app/bin) put the package's folder on PATH already
    return dirs


def find_espeak(extra_dirs: list[Path] | None = None) -> str | None:
    found = shutil.which("espeak-ng") or shutil.which("espeak")
    if found:
        return found
    for folder in extra_dirs if extra_dirs is not None else _install_dirs():
        for name in ("espeak-ng", "espeak"):
            found = shutil.which(name, path=str(folder))
            if found:
                return found
    return None


class EspeakEngine:
    """``rate`` is a speed multiplier on espeak-ng's own words-per-minute (pitch unchanged)."""

    name = "espeak"
    offline = True
    max_chars: int | None = None  # whole sentences: espeak-ng has no length limit
    reading_profile = "espeak"

    def __init__(self, rate: float = 1.0, binary: str | None = None, timeout: float = 60.0) -> None:
        self.binary = binary or find_espeak()
        self.rate = rate
        self.timeout = timeout

    @property
    def available(self) -> bool:
        return self.binary is not None

    def voice_id(self, lang: str) -> str:
        """espeak-ng's voice for a BCP 47 tag ("" when it has none)."""
        lang = (lang or "en").lower().replace("_", "-")
        if self.binary is None:
            return primary_lang(lang)
        voices = _installed_voices(self.binary)
        if not voices:
            return primary_lang(lang)
        primary = primary_lang(lang)
        for candidate in (lang, primary, _ALIASES.get(primary, ""), f"{primary}-{primary}"):
            if candidate and candidate in voices:
                return candidate
        return ""

    def synthesize(self, text: str, lang: str) -> AudioClip:
        if self.binary is None:
            raise EngineError(
                "the offline voice is not installed (install the espeak-ng package)", code="speech.no_espeak"
            )
        if not text.strip():
            raise EngineError("nothing to say", code="speech.nothing")
        voice = self.voice_id(lang)
        if not voice:
            raise EngineError(
                f"the offline voice does not speak '{lang}'",
                code="speech.espeak_language",
                params={"lang": lang},
            )
        wpm = max(80, min(500, round(DEFAULT_WPM * self.rate)))
        cmd = [self.binary, "-v", voice, "-s", str(wpm), "-b", "1", "--stdin", "--stdout"]
        try:
            proc = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired as exc:
            raise EngineError(
                "the offline voice took too long", retryable=True, code="speech.espeak_slow"
            ) from exc
        except OSError as exc:
            raise EngineError(
                f"the offline voice could not start: {exc.strerror}", code="speech.espeak_failed"
            ) from exc
        if proc.returncode != 0 or not proc.stdout.startswith(b"RIFF"):
            msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise EngineError(
                f"the offline voice failed: {msg[-1] if msg else 'no audio'}", code="speech.espeak_failed"
            )
        return AudioClip(_fix_wav_sizes(proc.stdout), "wav", engine=self.name, voice=voice)


def _fix_wav_sizes(data: bytes) -> bytes:
    """espeak-ng writing to a pipe cannot seek back, so its RIFF/data sizes are placeholders."""
    if len(data) < 44 or data[:4] != b"RIFF":
        return data
    pos = 12
    out = bytearray(data)
    while pos + 8 <= len(out):
        cid = bytes(out[pos : pos + 4])
        size = int.from_bytes(out[pos + 4 : pos + 8], "little")
        if cid == b"data":
            out[pos + 4 : pos + 8] = (len(out) - pos - 8).to_bytes(4, "little")
            break
        pos += 8 + size + (size & 1)
    out[4:8] = (len(out) - 8).to_bytes(4, "little")
    return bytes(out)
