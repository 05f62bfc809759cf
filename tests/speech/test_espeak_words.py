"""espeak-ng's word times: libespeak-ng's word events in a worker process, checked against the audio
with sox, and the program kept as the fallback (real espeak-ng, real sox, no fakes)."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from reader.speech.engines import espeak_lib
from reader.speech.engines.espeak import LIBRARY_ENV, MAX_WORKER_FAILURES, EspeakEngine, find_library

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="espeak-ng and sox"),
    pytest.mark.skipif(espeak_lib.find_library() is None, reason="libespeak-ng"),
]

KOREAN = [
    "시립도서관이 올봄부터 야간 열람실을 새로 연다, 평일에는 밤 열한 시까지 문을 연다.",
    "나는 문을 닫았다 너는 문을 열었다.",
    "도서관 측은 직장인 이용자가 지난해보다 일 점 오 배 늘었다고 설명했다.",
]
ENGLISH = "The city library opens a night reading room this spring, said the director on Tuesday."


def pcm(data: bytes) -> bytes:
    with wave.open(io.BytesIO(data), "rb") as w:
        return w.readframes(w.getnframes())


def levels(wav: Path, start: float, length: float) -> tuple[float, float]:
    """sox's RMS and peak levels (dB) of ``length`` seconds from ``start``."""
    proc = subprocess.run(
        ["sox", str(wav), "-n", "trim", f"{start:.3f}", f"{length:.3f}", "stats"],
        capture_output=True,
        text=True,
        check=True,
    )
    def level(name: str) -> float:
        m = re.search(rf"{name} lev dB\s+(-?[\d.]+|-inf)", proc.stderr)
        assert m, proc.stderr
        return float(m.group(1)) if m.group(1) != "-inf" else -200.0

    return level("RMS"), level("Pk")


def sounding(wav: Path, start: float, length: float) -> bool:
    """Speech there (even a quiet consonant), not espeak-ng's silence (zeros)."""
    rms, peak = levels(wav, start, length)
    return rms > -50 and peak > -30


def test_the_library_says_every_sentence_as_the_program_does() -> None:
    """Sample for sample, in a row: the library keeps state between sentences, the worker does not."""
    library, program = EspeakEngine(), EspeakEngine(library=False)
    assert library.word_times
    for text in [*KOREAN, KOREAN[0]]:
        a, b = library.synthesize(text, "ko"), program.synthesize(text, "ko")
        assert pcm(a.data) == pcm(b.data)
        assert a.words
        assert b.words is None
    library.close()


@pytest.mark.parametrize(("text", "lang"), [*((t, "ko") for t in KOREAN), (ENGLISH, "en")])
def test_the_middle_of_every_word_is_voiced(text: str, lang: str, tmp_path: Path) -> None:
    engine = EspeakEngine()
    clip = engine.synthesize(text, lang)
    engine.close()
    wav = tmp_path / "clip.wav"
    wav.write_bytes(clip.data)
    marks = clip.words
    assert marks is not None
    assert [text[m.text_start : m.text_end] for m in marks] == text.split()  # every word, in order
    assert all(a.start <= b.start for a, b in itertools.pairwise(marks))
    with wave.open(str(wav), "rb") as w:
        seconds = w.getnframes() / w.getframerate()
    assert marks[-1].end <= seconds
    assert any(not m.estimated for m in marks)  # espeak-ng's own times, not only shares
    for m in marks:
        assert m.end > m.start
        middle = (m.start + m.end) / 2
        assert sounding(wav, max(0.0, middle - 0.02), 0.04), (m, "silent at its middle")
    # where a comma pauses, the pause lies between the words, not inside one
    pauses = 0
    for a, b in itertools.pairwise(marks):
        if text[a.text_start : a.text_end].endswith(",") and b.start - a.end > 0.06:
            pauses += 1
            assert levels(wav, a.end + 0.01, b.start - a.end - 0.02)[0] < -60
    assert pauses == text.count(", ")


def test_unreported_korean_words_share_the_time_between_their_neighbours() -> None:
    engine = EspeakEngine()
    marks = engine.synthesize("나는 문을 닫았다 너는 문을 열었다.", "ko").words
    engine.close()
    assert marks is not None
    by_word = {m.text_start: m for m in marks}
    assert by_word[0].estimated  # espeak-ng 1.51 reports no event for 나는, 문을
    assert not by_word[6].estimated  # 닫았다
    assert by_word[0].start < by_word[3].start < by_word[6].start


def test_without_the_library_the_program_speaks_without_word_times(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LIBRARY_ENV, "none")
    assert find_library() is None
    engine = EspeakEngine()
    assert not engine.word_times
    clip = engine.synthesize(KOREAN[1], "ko")
    assert clip.words is None
    assert clip.data[:4] == b"RIFF"


def test_a_library_that_does_not_load_leaves_the_program(tmp_path: Path) -> None:
    bogus = tmp_path / "libespeak-ng.so.1"
    bogus.write_bytes(b"not a library")
    engine = EspeakEngine(library=str(bogus))
    clip = engine.synthesize(KOREAN[1], "ko")
    assert clip.words is None  # said by the program
    assert not engine.word_times  # and the library is not tried again
    assert engine.synthesize(KOREAN[1], "ko").words is None


def _fake_worker(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "worker.py"
    script.write_text(
        "import json, sys, time\n"
        "sys.stdout.buffer.write(b'{\"ok\": true, \"sample_rate\": 22050}\\n'); sys.stdout.flush()\n"
        f"{body}\n",
        encoding="utf-8",
    )
    return script


@pytest.mark.parametrize(
    "body",
    [
        "for line in sys.stdin: time.sleep(60)",  # hangs inside the library
        "for line in sys.stdin: sys.exit(9)",  # crashes
        "for line in sys.stdin: sys.stdout.buffer.write(b'{\"ok\": true, \"bytes\": 9}\\nxx'); sys.exit(0)",
    ],
    ids=["hang", "crash", "nonsense"],
)
def test_a_worker_that_fails_costs_one_sentence_to_the_program(
    body: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(espeak_lib, "__file__", str(_fake_worker(tmp_path, body)))
    engine = EspeakEngine(timeout=1.0)
    assert engine.word_times
    for n in range(MAX_WORKER_FAILURES):
        clip = engine.synthesize(KOREAN[1], "ko")
        assert clip.data[:4] == b"RIFF"
        assert clip.words is None  # this sentence came from the program
        assert engine.word_times == (n + 1 < MAX_WORKER_FAILURES)
    assert engine._worker is None  # nothing left running


def test_the_worker_refuses_a_bad_request_and_goes_on() -> None:
    library = espeak_lib.find_library()
    assert library is not None
    proc = subprocess.run(
        [sys.executable, "-I", "-S", espeak_lib.__file__, library],
        input=b'not json\n{"text": "\\u00ec\\u0095\\u0088\\ub155", "voice": "ko", "wpm": 175}\n'
        b'{"text": "hello", "voice": "xx-no-such-voice", "wpm": 175}\n',
        capture_output=True,
        timeout=30,
        check=True,
    )
    lines = proc.stdout.split(b"\n")
    assert b'"ok": true' in lines[0]
    assert b'"ok": false' in lines[1]  # not json
    assert b'"ok": true' in lines[2]  # the next request is still said
    assert b"no espeak-ng voice" in proc.stdout


def test_speak_cli_writes_a_word_srt_with_the_offline_voice(tmp_path: Path) -> None:
    from tests.speech.audio_gaps import cues
    from tests.speech.test_export import SAMPLE, cli

    out = tmp_path / "sample.mp3"
    proc = cli("speak", SAMPLE, "-o", str(out), "--engine", "espeak", "--rate", "1.5", "--word-srt")
    assert proc.returncode == 0, proc.stderr
    words, sentences = cues(out.with_suffix(".words.srt")), cues(out.with_suffix(".srt"))
    assert len(words) > 3 * len(sentences)  # a cue per word, not per sentence
    assert all(len(text.split()) <= 2 for _a, _b, text in words)
    def said(cues_: list[tuple[float, float, str]]) -> list[str]:  # words, without punctuation or signs
        return [w for t in cues_ for w in (re.sub(r"[^\w]", "", x) for x in t[2].split()) if w]

    assert said(words) == said(sentences)  # every displayed word once, in order
    # at 1.5x the word times are the stretched clip's: the last word ends with its sentence's sound
    assert sentences[-1][1] - 0.5 < words[-1][1] <= sentences[-1][1]
    assert str(out.with_suffix(".words.srt")) in proc.stdout


def test_the_worker_ends_with_its_engine() -> None:
    import gc
    import os
    import time

    engine = EspeakEngine()
    engine.synthesize(KOREAN[1], "ko")
    assert engine._worker is not None
    proc = engine._worker.proc
    assert proc.poll() is None  # one worker for the engine's sentences
    engine.synthesize(KOREAN[0], "ko")
    assert engine._worker.proc is proc
    del engine
    gc.collect()
    deadline = time.monotonic() + 5
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.returncode == 0  # its input closed: it ended by itself
    assert os.name != "posix" or not Path(f"/proc/{proc.pid}").exists()
