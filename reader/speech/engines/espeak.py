"""The offline voice: espeak-ng, with the time of each word.

Measured here (benchmarks/speech_costs.py): about 0.14 s of CPU per 1,000 characters of Korean,
so a sentence is ready in a few tens of milliseconds: also the fast path when the network is slow.

Two ways to run it, the same audio sample for sample: libespeak-ng in a worker process per
sentence (espeak_lib.py), which also reports where each word starts (the word highlight, the word
.srt); and, when the library cannot be loaded (or a frozen build has no Python to run the worker),
the ``espeak-ng`` program, WAV on stdout, without word times. A worker that crashes or hangs on a
sentence is ended and that sentence is said by the program instead; after three such failures the
engine keeps to the program.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import wave
import weakref
from pathlib import Path
from typing import IO, Any

from reader.speech.engines import espeak_lib
from reader.speech.engines.base import AudioClip, EngineError, WordMarks, primary_lang
from reader.speech.engines.wordtimes import from_events

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


#: The library to load instead of looking for one; "none" (or empty) keeps to the program.
LIBRARY_ENV = "ARTICLE_READER_ESPEAK_LIBRARY"


def find_library() -> str | None:
    """libespeak-ng if it loads here, else None (``ARTICLE_READER_ESPEAK_LIBRARY`` decides first)."""
    if getattr(sys, "frozen", False):
        return None  # no interpreter to run the worker with: the program it is
    chosen = os.environ.get(LIBRARY_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "none") else chosen
    return _look_for_library()


@functools.lru_cache(maxsize=1)
def _look_for_library() -> str | None:
    return espeak_lib.find_library()


MAX_WORKER_FAILURES = 3


class _Answer:
    def __init__(self, header: dict[str, Any], payload: bytes = b"") -> None:
        self.header = header
        self.payload = payload


class _Worker:
    """One worker process holding libespeak-ng (espeak_lib.py); one request at a time."""

    def __init__(self, library: str) -> None:
        script = Path(espeak_lib.__file__).resolve()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-S", str(script), library],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=os.name == "posix",  # its children go with it when it is ended
        )
        self._answers: queue.Queue[_Answer | None] = queue.Queue()
        # the reader holds the pipe and the queue, not this object, so dropping the engine ends it all
        assert self.proc.stdout is not None
        reader = threading.Thread(
            target=_read_answers, args=(self.proc.stdout, self._answers), name="espeak-worker", daemon=True
        )
        reader.start()
        self._finalizer = weakref.finalize(self, _end, self.proc)

    def answer(self, timeout: float) -> _Answer | None:
        """The next answer; None when the worker is gone or did not answer in time."""
        try:
            return self._answers.get(timeout=timeout)
        except queue.Empty:
            return None

    def ask(self, request: dict[str, Any], timeout: float) -> _Answer | None:
        stdin = self.proc.stdin
        if stdin is None:
            return None
        try:
            stdin.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
            stdin.flush()
        except OSError:
            return None
        return self.answer(timeout)

    def close(self, kill: bool = False) -> None:
        if kill:
            _kill(self.proc)
        self._finalizer()


def _read_answers(out: IO[bytes], answers: queue.Queue[_Answer | None]) -> None:
    """Answers from the worker's pipe into ``answers``; None when it is gone (or spoke nonsense)."""
    try:
        while True:
            line = out.readline(1 << 22)
            if not line.endswith(b"\n"):
                break
            header = json.loads(line)
            if not isinstance(header, dict):
                break
            size = header.get("bytes", 0) if header.get("ok") else 0
            if not isinstance(size, int) or size < 0 or size % 2:
                break
            payload = out.read(size) if size else b""
            if len(payload) < size:
                break
            answers.put(_Answer(header, payload))
    except (OSError, ValueError):
        pass
    answers.put(None)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)  # the worker and a child stuck in the library
        else:
            proc.kill()
    except OSError:
        pass
    proc.wait()


def _end(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        try:
            if proc.stdin is not None:
                proc.stdin.close()  # the worker ends at the end of its input
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            _kill(proc)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


class _WorkerFailed(Exception):
    pass


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

    def __init__(
        self,
        rate: float = 1.0,
        binary: str | None = None,
        timeout: float = 60.0,
        *,
        library: str | bool | None = True,
        start_timeout: float = 10.0,
    ) -> None:
        """``library``: True finds libespeak-ng (word times); a name or path loads that one;
        False or None keeps to the program (no word times)."""
        self.binary = binary or find_espeak()
        self.rate = rate
        self.timeout = timeout
        self.library: str | None = find_library() if library is True else (library or None)
        self.start_timeout = start_timeout
        self._failures = 0
        self._worker: _Worker | None = None
        self._sample_rate = 0
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self.binary is not None or self.library is not None

    @property
    def word_times(self) -> bool:
        """True while sentences come from the library, with the time of each word."""
        return self.library is not None and self._failures < MAX_WORKER_FAILURES

    def close(self) -> None:
        """End the worker process (it also ends when the app does: its input closes)."""
        with self._lock:
            if self._worker is not None:
                self._worker.close()
                self._worker = None

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
        if not self.available:
            raise EngineError(
                "the offline voice is not installed (install the espeak-ng package)",
                code="speech.not_installed",
            )
        if not text.strip():
            raise EngineError("nothing to say", code="speech.empty")
        voice = self.voice_id(lang)
        if not voice:
            raise EngineError(
                f"the offline voice does not speak '{lang}'", code="speech.language", params={"lang": lang}
            )
        wpm = max(80, min(500, round(DEFAULT_WPM * self.rate)))
        if self.word_times:
            try:
                return self._from_library(text, voice, wpm)
            except _WorkerFailed as exc:
                log.warning("espeak-ng library worker failed (%s); using the program for this sentence", exc)
        if self.binary is None:
            raise EngineError("the offline voice failed", retryable=True, code="speech.failed")
        return self._from_program(text, voice, wpm)

    # -- the library, in its worker --------------------------------------------------------------
    def _from_library(self, text: str, voice: str, wpm: int) -> AudioClip:
        text = text.replace("\0", " ")
        with self._lock:
            worker = self._running_worker()
            answer = worker.ask({"text": text, "voice": voice, "wpm": wpm}, max(self.timeout, len(text) / 50))
            if answer is None:  # a hang, a crash of the worker itself, or nonsense on its pipe
                self._drop(worker, failed=True)
                raise _WorkerFailed("no answer")
            if answer.header.get("last"):
                self._drop(worker, failed=False)  # it says one sentence only (no fork here)
            rate = self._sample_rate
        header = answer.header
        if not header.get("ok"):
            if header.get("crashed"):
                self._failures += 1
                raise _WorkerFailed(str(header.get("error")))
            raise EngineError(
                f"the offline voice failed: {header.get('error') or 'no audio'}", code="speech.failed"
            )
        marks: WordMarks | None = from_events(text, _events(header.get("events")), answer.payload, rate)
        wav = _wav(answer.payload, rate)
        return AudioClip(wav, "wav", engine=self.name, voice=voice, words=marks or None)

    def _running_worker(self) -> _Worker:
        if self._worker is not None and self._worker.proc.poll() is None:
            return self._worker
        self._worker = None
        assert self.library is not None
        try:
            worker = _Worker(self.library)
        except OSError as exc:
            self._failures = MAX_WORKER_FAILURES
            raise _WorkerFailed(f"cannot start: {exc}") from exc
        ready = worker.answer(self.start_timeout)
        rate = ready.header.get("sample_rate") if ready is not None else None
        usable = isinstance(rate, int) and 8000 <= rate <= 96000
        if ready is None or not ready.header.get("ok") or not isinstance(rate, int) or not usable:
            reason = ready.header.get("error") if ready is not None else "no answer"
            worker.close(kill=True)
            self._failures = MAX_WORKER_FAILURES  # the library does not load: the program from now on
            raise _WorkerFailed(f"the library did not start: {reason}")
        self._sample_rate = rate
        self._worker = worker
        return worker

    def _drop(self, worker: _Worker, *, failed: bool) -> None:
        if failed:
            self._failures += 1
        worker.close(kill=failed)
        if self._worker is worker:
            self._worker = None

    # -- the program -----------------------------------------------------------------------------
    def _from_program(self, text: str, voice: str, wpm: int) -> AudioClip:
        assert self.binary is not None
        cmd = [self.binary, "-v", voice, "-s", str(wpm), "-b", "1", "--stdin", "--stdout"]
        try:
            proc = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired as exc:
            raise EngineError("the offline voice took too long", retryable=True) from exc
        except OSError as exc:
            raise EngineError(f"the offline voice could not start: {exc.strerror}") from exc
        if proc.returncode != 0 or not proc.stdout.startswith(b"RIFF"):
            msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise EngineError(f"the offline voice failed: {msg[-1] if msg else 'no audio'}")
        return AudioClip(_fix_wav_sizes(proc.stdout), "wav", engine=self.name, voice=voice)


def _events(raw: object) -> list[tuple[int, int, int]]:
    """The worker's word events, checked (a worker is another process: trust nothing)."""
    if not isinstance(raw, list):
        return []
    out: list[tuple[int, int, int]] = []
    for ev in raw[:100_000]:
        if isinstance(ev, list) and len(ev) == 3 and all(isinstance(x, int) and x >= 0 for x in ev):
            out.append((ev[0], ev[1], ev[2]))
    return out


def _wav(pcm: bytes, sample_rate: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm)
    return buf.getvalue()


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
