"""``article-reader speak`` with the natural voice, end to end in a child process, against the fakes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.speech.fake_edge import FakeEdge, edge_clock, fast_edge, refused_ws_url
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3, refused_url

pytestmark = pytest.mark.core
__all__ = ["edge_clock", "fake_google", "fast_edge", "google_mp3"]

SAMPLE = str(REPO / "resources" / "samples" / "sample-ko.html")


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.update({"PYTHONPATH": str(REPO), "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"})
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO,
        env=full,
        capture_output=True,
        text=True,
        timeout=300,
    )


def consent(app_paths: Any) -> None:
    app_paths.settings_file.write_text(json.dumps({"tts_natural_consent": True}), encoding="utf-8")


def cues(path: Path) -> list[tuple[str, str]]:
    return re.findall(r"(\d\d:\d\d:\d\d,\d\d\d) --> \S+\n(.+)", path.read_text(encoding="utf-8"))


def test_speak_with_a_natural_voice(fast_edge: FakeEdge, tmp_path: Path, app_paths: Any) -> None:
    out = tmp_path / "a.mp3"
    env = {"ARTICLE_READER_NATURAL_ENDPOINT": fast_edge.url}
    args = ["speak", SAMPLE, "--engine", "natural", "--voice", "ko-KR-SunHiNeural", "-o", str(out)]
    proc = cli(*args, "--rate", "1.25", "--word-srt", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "wrote" in proc.stdout
    assert out.stat().st_size > 10_000
    sentences = cues(out.with_suffix(".srt"))
    words = cues(tmp_path / "a.words.srt")
    assert len(sentences) > 5
    assert len(words) > 3 * len(sentences)
    assert fast_edge.count == len(sentences)
    assert {r.voice for r in fast_edge.requests} == {
        "Microsoft Server Speech Text to Speech Voice (ko-KR, SunHiNeural)"
    }
    assert {r.rate for r in fast_edge.requests} == {"+25%"}
    # A second export is read from the cache: no request, same sentences.
    proc = cli(*args, "--rate", "1.25", env=env)
    assert proc.returncode == 0, proc.stderr
    assert fast_edge.count == len(sentences)


def test_auto_falls_to_google_then_to_the_offline_voice_with_one_notice_each(
    fast_edge: FakeEdge, fake_google: FakeGoogle, tmp_path: Path, app_paths: Any
) -> None:
    consent(app_paths)
    google_down = {
        "ARTICLE_READER_NATURAL_ENDPOINT": refused_ws_url(),
        "ARTICLE_READER_TTS_ENDPOINT": refused_url(),
    }
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "a.mp3"), "--engine", "auto", env=google_down)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2, proc.stderr
    assert "natural voice" in lines[0]
    assert "Google's voice instead" in lines[0]
    assert "offline voice" in lines[1]
    assert all(line.startswith("article-reader: ") for line in lines)
    assert (tmp_path / "a.mp3").stat().st_size > 10_000

    google_up = {
        "ARTICLE_READER_NATURAL_ENDPOINT": refused_ws_url(),
        "ARTICLE_READER_TTS_ENDPOINT": fake_google.url,
    }
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "b.mp3"), "--engine", "auto", env=google_up)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "Google's voice instead" in proc.stderr
    assert fake_google.count > 5

    all_up = {
        "ARTICLE_READER_NATURAL_ENDPOINT": fast_edge.url,
        "ARTICLE_READER_TTS_ENDPOINT": fake_google.url,
    }
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "c.mp3"), "--engine", "auto", env=all_up)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert fast_edge.count > 5


def test_auto_without_consent_sends_nothing_to_microsoft(
    fast_edge: FakeEdge, fake_google: FakeGoogle, tmp_path: Path
) -> None:
    env = {"ARTICLE_READER_NATURAL_ENDPOINT": fast_edge.url, "ARTICLE_READER_TTS_ENDPOINT": fake_google.url}
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "a.mp3"), "--engine", "auto", env=env)
    assert proc.returncode == 0, proc.stderr
    assert fake_google.count > 5
    assert fast_edge.handshakes == []
    assert fast_edge.list_requests == 0


def test_list_voices(fast_edge: FakeEdge, app_paths: Any) -> None:
    app_paths.settings_file.write_text(
        json.dumps({"tts_natural_voices": {"ko": "ko-KR-InJoonNeural"}}), encoding="utf-8"
    )
    proc = cli("speak", "--list-voices", env={"ARTICLE_READER_NATURAL_ENDPOINT": fast_edge.url})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any("ko-KR-SeoHyeonNeural" in line for line in lines)  # from the service's list
    assert [line.split()[1] for line in lines if line.startswith("*")] == [
        "ko-KR-InJoonNeural",
        "en-US-AriaNeural",
    ]
    assert fast_edge.list_requests == 1
    proc = cli(
        "speak", "--list-voices", "--lang", "en-GB", env={"ARTICLE_READER_NATURAL_ENDPOINT": refused_ws_url()}
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].split()[:2] == ["*", "en-GB-SoniaNeural"]
    assert fast_edge.list_requests == 1  # the kept list is a day old at most: no refresh


def test_list_voices_offline_shows_the_builtin_list(app_paths: Any) -> None:
    proc = cli("speak", "--list-voices", env={"ARTICLE_READER_NATURAL_ENDPOINT": refused_ws_url()})
    assert proc.returncode == 0
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "could not be fetched" in proc.stderr
    assert "ko-KR-SunHiNeural" in proc.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--voice", "Bob"], "not a natural voice"),
        (["--voice", "ko-KR-SunHiNeural", "--engine", "espeak"], "--voice is for the natural voice"),
        (["--pitch", "90", "--engine", "natural"], "--pitch"),
    ],
)
def test_bad_voice_options_are_one_line(args: list[str], words: str, tmp_path: Path) -> None:
    env = {"ARTICLE_READER_NATURAL_ENDPOINT": refused_ws_url()}
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "a.mp3"), *args, env=env)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert words in lines[0]
    assert not list(tmp_path.glob("*.mp3"))


def test_the_natural_voice_unreachable_is_one_line_and_nothing_written(tmp_path: Path) -> None:
    env = {"ARTICLE_READER_NATURAL_ENDPOINT": refused_ws_url()}
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "a.mp3"), "--engine", "natural", env=env)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "unreachable" in lines[0]
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.iterdir())
