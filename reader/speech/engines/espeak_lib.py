"""libespeak-ng through ctypes, in a worker process: the offline voice with its word events.

espeak-ng's library reports, while it speaks, an event at the start of each word with the word's
character position in the text and its sample position in the audio (``espeakEVENT_WORD``); the
command-line program does not print them. The library runs in a worker process, never inside the
app: it is C code fed with text from web pages, and a call into it can neither be interrupted nor
timed out, so a crash or a hang must cost one sentence (the engine ends the worker and says that
sentence with the program instead), never the window.

Each sentence is said by a fresh copy of the library: the worker loads and initialises it once,
then forks a child per sentence (where the system has fork; elsewhere it says one sentence and
exits, and the engine starts another). The library keeps state from one synthesis to the next: a
sentence said after another came out up to 0.09 s longer than the same sentence said first
(measured here on espeak-ng 1.51). A fresh copy says every sentence exactly as the program does,
sample for sample, so the pauses between sentences stay what the reading was tuned to.

This file is the worker and runs as a script (``python -I -S espeak_lib.py LIBRARY``): standard
library only, nothing imported from the app. The protocol, over pipes, one request at a time:

- once started: ``{"ok": true, "sample_rate": 22050}`` (or ``{"ok": false, "error": ...}``, and
  the worker exits);
- a request: one JSON line ``{"text": ..., "voice": "ko", "wpm": 175}``;
- its answer: one JSON line ``{"ok": true, "bytes": N, "events": [[sample, position, length], ...],
  "last": false}`` followed by N bytes of 16-bit mono PCM, or ``{"ok": false, "error": ...}``.
  ``position`` is espeak-ng's: 1-based, in characters (code points) of the text. ``last``: the
  worker exits after this answer.

The synthesis flags are those of ``espeak-ng -b 1`` (UTF-8 text, a pause at the end), without its
``[[phoneme]]`` input mode.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

AUDIO_OUTPUT_SYNCHRONOUS = 2
INITIALIZE_DONT_EXIT = 0x8000
EVENT_LIST_TERMINATED = 0
EVENT_WORD = 1
POS_CHARACTER = 1
CHARS_UTF8 = 1
ENDPAUSE = 0x1000
PARAM_RATE = 1
MAX_TEXT_CHARS = 20_000  # larger than any sentence the synthesizer sends
MAX_REQUEST_BYTES = 1 << 20


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class Event(ctypes.Structure):
    """``espeak_EVENT`` of speak_lib.h."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(Event)
)


def library_candidates() -> Iterator[str]:
    """Where libespeak-ng may be, most likely first (the official installers' folders too)."""
    yield from ("libespeak-ng.so.1", "libespeak-ng.so")
    found = ctypes.util.find_library("espeak-ng")
    if found:
        yield found
    if sys.platform == "darwin":
        for folder in ("/opt/homebrew/lib", "/usr/local/lib", "/opt/local/lib"):
            yield f"{folder}/libespeak-ng.1.dylib"
            yield f"{folder}/libespeak-ng.dylib"
    if sys.platform == "win32":
        for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
            root = os.environ.get(var)
            if root:
                yield str(Path(root) / "eSpeak NG" / "libespeak-ng.dll")


def find_library() -> str | None:
    """The first libespeak-ng that loads, or None (the offline voice then runs the program)."""
    for name in library_candidates():
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return name
    return None


class Library:
    """One loaded libespeak-ng (one per process: the library keeps global state)."""

    def __init__(self, name: str) -> None:
        lib = ctypes.CDLL(name)
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        data = _data_dir(name)
        rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data, INITIALIZE_DONT_EXIT)
        if rate <= 0:
            raise OSError(f"espeak_Initialize failed ({rate})")
        self.sample_rate = int(rate)
        self._lib = lib
        self._pcm = bytearray()
        self._events: list[list[int]] = []
        self._callback = SynthCallback(self._collect)  # kept: the library holds only a pointer
        lib.espeak_SetSynthCallback(self._callback)
        self._voice = ""

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0 and wav:
            self._pcm += ctypes.string_at(wav, count * 2)
        i = 0
        while events[i].type != EVENT_LIST_TERMINATED:
            ev = events[i]
            if ev.type == EVENT_WORD:
                self._events.append([int(ev.sample), int(ev.text_position), int(ev.length)])
            i += 1
        return 0

    def synthesize(self, text: str, voice: str, wpm: int) -> tuple[bytes, list[list[int]]]:
        if voice != self._voice:
            if self._lib.espeak_SetVoiceByName(voice.encode("ascii", "replace")) != 0:
                raise ValueError(f"no espeak-ng voice '{voice}'")
            self._voice = voice
        self._lib.espeak_SetParameter(PARAM_RATE, int(wpm), 0)
        raw = text.replace("\0", " ").encode("utf-8", "replace") + b"\0"
        self._pcm = bytearray()
        self._events = []
        err = self._lib.espeak_Synth(raw, len(raw), 0, POS_CHARACTER, 0, CHARS_UTF8 | ENDPAUSE, None, None)
        if err != 0:
            raise OSError(f"espeak_Synth failed ({err})")
        return bytes(self._pcm), self._events


def _data_dir(name: str) -> bytes | None:
    """espeak-ng-data beside a library the installer put in a folder of its own (Windows); else
    None: the library's built-in path."""
    folder = Path(name).parent
    if str(folder) not in ("", ".") and (folder / "espeak-ng-data").is_dir():
        return str(folder).encode()
    return None


def _write(out: BinaryIO, header: dict[str, Any], payload: bytes = b"") -> None:
    out.write(json.dumps(header).encode("utf-8") + b"\n")
    if payload:
        out.write(payload)
    out.flush()


def _say(library: Library, line: bytes) -> tuple[dict[str, Any], bytes]:
    try:
        request = json.loads(line.decode("utf-8"))
        text = str(request["text"])[:MAX_TEXT_CHARS]
        voice, wpm = str(request["voice"]), int(request["wpm"])
    except (ValueError, KeyError, TypeError) as exc:
        return {"ok": False, "error": f"bad request: {exc}"}, b""
    try:
        pcm, events = library.synthesize(text, voice, wpm)
    except (OSError, ValueError) as exc:
        return {"ok": False, "error": str(exc)}, b""
    return {"ok": True, "bytes": len(pcm), "events": events}, pcm


def _in_child(library: Library, line: bytes) -> tuple[dict[str, Any], bytes]:
    """Say one sentence in a forked copy of this process (the library as it was initialised)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: say it, hand the answer over, and vanish
        status = 3
        try:
            os.close(read_end)
            said, pcm = _say(library, line)
            with os.fdopen(write_end, "wb") as out:
                out.write(json.dumps(said).encode("utf-8") + b"\n" + pcm)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as answer:
        data = answer.read()
    _pid, status = os.waitpid(pid, 0)
    head, _, pcm = data.partition(b"\n")
    header: object = None
    if status == 0:
        with contextlib.suppress(ValueError):
            header = json.loads(head)
    if not isinstance(header, dict):
        return {"ok": False, "error": f"the synthesis failed (status {status})", "crashed": True}, b""
    return header, pcm


def serve(name: str, stdin: BinaryIO, stdout: BinaryIO) -> int:
    try:
        library = Library(name)
    except (OSError, AttributeError) as exc:
        _write(stdout, {"ok": False, "error": str(exc)})
        return 1
    _write(stdout, {"ok": True, "sample_rate": library.sample_rate})
    can_fork = hasattr(os, "fork")
    for line in stdin:
        if not line.strip():
            continue
        if line[-1:] != b"\n" or len(line) > MAX_REQUEST_BYTES:
            _write(stdout, {"ok": False, "error": "bad request"})
            continue
        header, pcm = _in_child(library, line) if can_fork else _say(library, line)
        header["last"] = not can_fork
        _write(stdout, header, pcm)
        if not can_fork:
            return 0  # this copy of the library has spoken: the next sentence gets a new worker
    return 0


def main() -> int:
    # The answers get a descriptor of their own; anything the C library prints goes to stderr.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    return serve(sys.argv[1], sys.stdin.buffer, answers)


if __name__ == "__main__":
    sys.exit(main())
