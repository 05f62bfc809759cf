"""A fake Google Translate TTS endpoint on 127.0.0.1 for the real gTTS code, and audio helpers.

The fake answers gTTS's batchexecute POST the way Google does (a ``)]}'`` prefixed JSON
envelope carrying the MP3 as base64), or with a scripted failure: an HTTP status, a hang (for
timeouts). It counts requests and records the text of each, so tests can prove a cache hit made
no request at all.
"""

from __future__ import annotations

import array
import base64
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
import wave
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest


def make_mp3(text: str, out: Path, voice: str = "ko") -> bytes:
    """A real MP3 like Google's (24 kHz mono, 32 kbit/s) made with espeak-ng and lame."""
    wav = out.with_suffix(".wav")
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(wav), text], check=True, capture_output=True)
    subprocess.run(
        ["lame", "--quiet", "--resample", "24", "-b", "32", "-m", "m", str(wav), str(out)],
        check=True,
        capture_output=True,
    )
    return out.read_bytes()


def batchexecute_body(mp3: bytes) -> bytes:
    b64 = base64.b64encode(mp3).decode("ascii")
    inner = json.dumps([b64], separators=(",", ":"))
    envelope = json.dumps([["wrb.fr", "jQ1olc", inner, None, None, None, "generic"]], separators=(",", ":"))
    return f")]}}'\n\n{len(envelope)}\n{envelope}\n".encode()


class FakeGoogle:
    def __init__(self, mp3: bytes) -> None:
        self.mp3 = mp3
        self.script: list[Any] = []  # per request: "ok", an HTTP status, ("status", headers), "hang"
        self.requests: list[tuple[str, str]] = []  # (text, lang)
        self.hang_seconds = 2.0
        self.latency = 0.0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                freq = urllib.parse.parse_qs(body).get("f.req", ["[]"])[0]
                rpc = json.loads(json.loads(freq)[0][0][1])
                fake.requests.append((rpc[0], rpc[1]))
                action = fake.script.pop(0) if fake.script else "ok"
                if fake.latency:
                    time.sleep(fake.latency)
                if action == "hang":
                    time.sleep(fake.hang_seconds)
                    action = "ok"
                headers: dict[str, str] = {}
                if isinstance(action, tuple):
                    action, headers = action
                try:
                    if action == "ok":
                        payload = batchexecute_body(fake.mp3)
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json; charset=utf-8")
                    else:
                        payload = b"error"
                        self.send_response(int(action))
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def count(self) -> int:
        return len(self.requests)

    def start(self) -> FakeGoogle:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def refused_url() -> str:
    """A loopback URL where nothing listens (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


def point_gtts_at(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    """Route the real gTTS code to ``base_url`` (what gTTS builds from translate.google.<tld>)."""
    import gtts.tts

    monkeypatch.setattr(gtts.tts, "_translate_url", lambda tld="com", path="": f"{base_url}/{path}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(scope="session")
def google_mp3(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if not (shutil.which("espeak-ng") and shutil.which("lame")):
        pytest.fail("espeak-ng and lame are needed (packaging/system-deps.sh installs them)")
    return make_mp3("안녕하세요. 테스트 음성입니다.", tmp_path_factory.mktemp("mp3") / "google.mp3")


@pytest.fixture
def fake_google(google_mp3: bytes, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    fake = FakeGoogle(google_mp3).start()
    point_gtts_at(monkeypatch, fake.url)
    yield fake
    fake.stop()


def pcm_stats(path: Path) -> tuple[float, float]:
    """(seconds, RMS of 16-bit samples) of a file, decoded with sox when it is not WAV."""
    wav_path = path
    if path.suffix.lower() != ".wav":
        wav_path = path.with_suffix(".stats.wav")
        subprocess.run(
            ["sox", str(path), "-b", "16", "-c", "1", str(wav_path)], check=True, capture_output=True
        )
    with wave.open(str(wav_path), "rb") as w:
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    samples = array.array("h", frames)
    rms = (sum(s * s for s in samples) / max(1, len(samples))) ** 0.5
    return seconds, rms
