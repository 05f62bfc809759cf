"""A fake of Microsoft's read-aloud speech service on 127.0.0.1, for the real edge-tts code.

It speaks the service's framing: the client's ``speech.config`` and ``ssml`` text frames are read
and recorded; the answer is ``turn.start`` and ``response`` text frames, ``audio.metadata`` text
frames carrying WordBoundary JSON (offset and duration in 100 ns ticks), binary audio frames (a
2-byte big-endian header length, ``Path:audio`` headers, then MP3 bytes), the empty closing audio
frame and ``turn.end``. The MP3 is real — 24 kHz mono 48 kbit/s CBR like the service's — made
with espeak-ng and lame one word at a time, so every word boundary matches the audio; a ``fast``
fake cuts frames of one such clip to length instead, for long articles. The handshake is checked
like the service does: ``TrustedClientToken``, and ``Sec-MS-GEC`` against the token for the
fake's own clock (403 with the fake's ``Date`` otherwise, from which edge-tts corrects its clock).

Scripted behaviours, one per connection (``script``): "ok", "slow" (a silence mid-stream),
"stall" (silence after the handshake), "drop" (the TCP connection cut mid-stream), "close" (a
clean close mid-stream), "noaudio", "busy" (503 on the handshake), "toomany" (429), "forbidden"
(one 403 whatever the token; ``reject_tokens`` refuses every one), and malformed answers:
"bad-length", "bad-path", "bad-header", "bad-json", "unknown-path".
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import json
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import wave
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

TICKS = 10_000_000
SAMPLE_RATE = 24000
FRAME_SAMPLES = 576  # MPEG-2 layer III
FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE
SERVICE_PATH = "/consumer/speech/synthesize/readaloud"
LEAD_SECONDS = 0.1  # the service's clips start with a little silence too
GAP_SECONDS = 0.06

VOICES: list[dict[str, Any]] = [
    {
        "Name": f"Microsoft Server Speech Text to Speech Voice ({loc}, {person}Neural)",
        "ShortName": f"{loc}-{person}Neural",
        "Gender": gender,
        "Locale": loc,
        "SuggestedCodec": "audio-24khz-48kbitrate-mono-mp3",
        "FriendlyName": f"Microsoft {person} Online (Natural) - {lang}",
        "Status": "GA",
        "VoiceTag": {"ContentCategories": ["News"], "VoicePersonalities": ["Friendly"]},
    }
    for loc, person, gender, lang in (
        ("ko-KR", "SunHi", "Female", "Korean (Korea)"),
        ("ko-KR", "InJoon", "Male", "Korean (Korea)"),
        ("ko-KR", "HyunsuMultilingual", "Male", "Korean (Korea)"),
        ("ko-KR", "SeoHyeon", "Female", "Korean (Korea)"),  # not in the built-in list
        ("en-US", "AriaNeural".removesuffix("Neural"), "Female", "English (United States)"),
        ("en-US", "Guy", "Male", "English (United States)"),
        ("en-GB", "Sonia", "Female", "English (United Kingdom)"),
    )
]


@dataclass
class FakeRequest:
    text: str
    voice: str
    rate: str
    pitch: str
    volume: str
    query: dict[str, str]
    headers: dict[str, str]
    config: dict[str, Any] = field(default_factory=dict)


# -- audio ----------------------------------------------------------------------------------------


def espeak_voice(service_voice: str) -> str:
    m = re.search(r"\(([a-z]{2,3})-([A-Z]{2})", service_voice) or re.match(
        r"([a-z]{2,3})-([A-Z]{2})", service_voice
    )
    lang, region = (m.group(1), m.group(2)) if m else ("en", "US")
    if lang == "en":
        return "en-gb" if region == "GB" else "en-us"
    return lang


def percent(value: str) -> float:
    m = re.fullmatch(r"([+-]\d+)%", value or "+0%")
    return int(m.group(1)) / 100 if m else 0.0


def _wav_frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as w:
        assert w.getframerate() == SAMPLE_RATE
        assert w.getnchannels() == 1
        assert w.getsampwidth() == 2
        return w.readframes(w.getnframes())


def _encode(pcm: bytes, tmp: Path) -> bytes:
    wav = tmp / "all.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm)
    mp3 = tmp / "all.mp3"
    subprocess.run(
        ["lame", "--quiet", "-b", "48", "--cbr", "-m", "m", "-t", "--nores", str(wav), str(mp3)],
        check=True,
        capture_output=True,
    )
    return mp3.read_bytes()


@functools.lru_cache(maxsize=512)
def real_audio(text: str, voice: str, rate: float) -> tuple[bytes, tuple[tuple[int, int, str], ...]]:
    """(MP3, ((offset ticks, duration ticks, word), ...)) spoken word by word with espeak-ng."""
    if not (shutil.which("espeak-ng") and shutil.which("lame") and shutil.which("sox")):
        pytest.fail("espeak-ng, sox and lame are needed (packaging/system-deps.sh installs them)")
    wpm = str(max(80, min(450, round(175 * rate))))
    silence = b"\0\0" * round(GAP_SECONDS * SAMPLE_RATE)
    pcm = bytearray(b"\0\0" * round(LEAD_SECONDS * SAMPLE_RATE))
    marks: list[tuple[int, int, str]] = []
    with tempfile.TemporaryDirectory(prefix="fake-edge-") as tmp_name:
        tmp = Path(tmp_name)
        for n, word in enumerate(text.split()):
            raw, wav = tmp / f"w{n}.raw.wav", tmp / f"w{n}.wav"
            subprocess.run(
                ["espeak-ng", "-v", espeak_voice(voice), "-s", wpm, "-w", str(raw), word],
                check=True,
                capture_output=True,
            )
            subprocess.run(
                ["sox", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(wav)],
                check=True,
                capture_output=True,
            )
            samples = _wav_frames(wav)
            start = len(pcm) // 2
            pcm += samples
            marks.append((start * TICKS // SAMPLE_RATE, (len(samples) // 2) * TICKS // SAMPLE_RATE, word))
            pcm += silence
        mp3 = _encode(bytes(pcm), tmp)
    return mp3, tuple(marks)


def mp3_frames(data: bytes) -> list[bytes]:
    """Split MPEG-2 layer III CBR data (no tag frame) into frames."""
    frames = []
    pos = 0
    while pos + 4 <= len(data):
        assert data[pos] == 0xFF, f"no frame sync at {pos}"
        assert data[pos + 1] & 0xE0 == 0xE0, f"no frame sync at {pos}"
        bitrate = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)[(data[pos + 2] >> 4) - 1]
        padding = (data[pos + 2] >> 1) & 1
        size = 72 * bitrate * 1000 // SAMPLE_RATE + padding
        frames.append(data[pos : pos + size])
        pos += size
    return frames


@functools.lru_cache(maxsize=1)
def base_frames() -> tuple[bytes, ...]:
    mp3, _ = real_audio("안녕하세요 오늘의 기사를 읽어 드립니다", "ko-KR-SunHiNeural", 1.0)
    return tuple(mp3_frames(mp3))


def fast_audio(
    text: str, rate: float, seconds_per_char: float
) -> tuple[bytes, tuple[tuple[int, int, str], ...]]:
    """Real MP3 frames cut to the length the text would take, words spread by their length."""
    words = text.split()
    total = max(0.2, len(text) * seconds_per_char / rate)
    frames = base_frames()
    count = max(1, round(total / FRAME_SECONDS))
    data = b"".join(frames[i % len(frames)] for i in range(count))
    chars = sum(len(w) for w in words) or 1
    marks = []
    t = LEAD_SECONDS
    span = count * FRAME_SECONDS - LEAD_SECONDS
    for w in words:
        d = span * len(w) / chars
        marks.append((round(t * TICKS), round(d * 0.9 * TICKS), w))
        t += d
    return data, tuple(marks)


# -- protocol -------------------------------------------------------------------------------------


def text_frame(
    path: str, body: str, request_id: str, content_type: str = "application/json; charset=utf-8"
) -> str:
    return f"X-RequestId:{request_id}\r\nContent-Type:{content_type}\r\nPath:{path}\r\n\r\n{body}"


def audio_frame(
    data: bytes, request_id: str, *, content_type: str | None = "audio/mpeg", path: str = "audio"
) -> bytes:
    headers = f"X-RequestId:{request_id}\r\n"
    if content_type is not None:
        headers += f"Content-Type:{content_type}\r\n"
    headers += f"X-StreamId:{uuid.uuid4().hex.upper()}\r\nPath:{path}\r\n"
    raw = headers.encode()
    return len(raw).to_bytes(2, "big") + raw + data


def metadata(offset: int, duration: int, word: str) -> str:
    from xml.sax.saxutils import escape

    return json.dumps(
        {
            "Metadata": [
                {
                    "Type": "WordBoundary",
                    "Data": {
                        "Offset": offset,
                        "Duration": duration,
                        "text": {"Text": escape(word), "Length": len(word), "BoundaryType": "WordBoundary"},
                    },
                }
            ]
        },
        ensure_ascii=False,
    )


def parse_ssml(frame: str) -> tuple[str, str, str, str, str]:
    body = frame.split("\r\n\r\n", 1)[1]
    root = ET.fromstring(body)
    ns = "{http://www.w3.org/2001/10/synthesis}"
    voice = root.find(f"{ns}voice")
    prosody = voice.find(f"{ns}prosody") if voice is not None else None
    assert voice is not None, "SSML without a voice"
    assert prosody is not None, "SSML without prosody"
    return (
        prosody.text or "",
        voice.get("name", ""),
        prosody.get("rate", ""),
        prosody.get("pitch", ""),
        prosody.get("volume", ""),
    )


def headers_of(frame: str) -> dict[str, str]:
    head = frame.split("\r\n\r\n", 1)[0]
    return dict(line.split(":", 1) for line in head.split("\r\n") if ":" in line)


class FakeEdge:
    """The service on 127.0.0.1; ``url`` is what ARTICLE_READER_NATURAL_ENDPOINT takes."""

    def __init__(self, *, fast: bool = False, seconds_per_char: float = 0.09) -> None:
        self.fast = fast
        self.seconds_per_char = seconds_per_char
        self.script: list[str] = []
        self.list_script: list[str] = []
        self.latency = 0.0  # seconds between the request and the first answer frame
        self.silence = 2.0  # seconds of silence for "slow" and "stall"
        self.clock_offset = 0.0  # the service's clock against ours: tokens are checked with it
        self.reject_tokens = False  # every token fails the check (the service changed its scheme)
        self.voices = list(VOICES)
        self.requests: list[FakeRequest] = []
        self.handshakes: list[dict[str, str]] = []  # every attempt, refused ones too
        self.refused = 0
        self.list_requests = 0
        self.open_connections = 0
        self.max_open = 0  # the most answers streaming at once
        self.audio_chunk_frames = 12
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: Any = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def wss_url(self) -> str:
        from edge_tts.constants import TRUSTED_CLIENT_TOKEN

        return f"{self.url}{SERVICE_PATH}/edge/v1?TrustedClientToken={TRUSTED_CLIENT_TOKEN}"

    @property
    def list_url(self) -> str:
        from edge_tts.constants import TRUSTED_CLIENT_TOKEN

        return f"http://127.0.0.1:{self.port}{SERVICE_PATH}/voices/list?trustedclienttoken={TRUSTED_CLIENT_TOKEN}"

    def start(self) -> FakeEdge:
        from aiohttp import web

        ready = threading.Event()

        async def setup() -> None:
            app = web.Application()
            app.router.add_get(f"{SERVICE_PATH}/edge/v1", self._synthesis)
            app.router.add_get(f"{SERVICE_PATH}/voices/list", self._voice_list)
            self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            server = site._server
            assert server is not None
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            loop.run_until_complete(setup())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=serve, name="fake-edge", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake service did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    @property
    def count(self) -> int:
        return len(self.requests)

    # -- the token check -----------------------------------------------------------------------
    def _now(self) -> float:
        return time.time() + self.clock_offset

    def _token_ok(self, query: Any) -> bool:
        from edge_tts.constants import TRUSTED_CLIENT_TOKEN
        from edge_tts.drm import generate_sec_ms_gec_v2

        token = query.get("TrustedClientToken") or query.get("trustedclienttoken")
        if self.reject_tokens or token != TRUSTED_CLIENT_TOKEN or not query.get("Sec-MS-GEC-Version"):
            return False
        now = self._now()
        return query.get("Sec-MS-GEC") in {generate_sec_ms_gec_v2(now), generate_sec_ms_gec_v2(now - 300)}

    def _refuse(self, status: int) -> Any:
        from aiohttp import web

        self.refused += 1
        headers = {"Date": email.utils.formatdate(self._now(), usegmt=True)}
        if status == 429:
            headers["Retry-After"] = "1"
        return web.Response(status=status, text="refused", headers=headers)

    # -- handlers ------------------------------------------------------------------------------
    async def _voice_list(self, request: Any) -> Any:
        from aiohttp import web

        self.list_requests += 1
        action = self.list_script.pop(0) if self.list_script else "ok"
        if not self._token_ok(request.query) or action == "forbidden":
            return self._refuse(403)
        if action == "stall":
            await asyncio.sleep(self.silence)
        if action == "bad-json":
            return web.Response(text="[{not json", content_type="application/json")
        return web.Response(text=json.dumps(self.voices), content_type="application/json")

    async def _synthesis(self, request: Any) -> Any:
        from aiohttp import web

        self.handshakes.append(dict(request.query))
        action = self.script[0] if self.script else "ok"
        if action in ("busy", "toomany", "forbidden"):
            self.script.pop(0)
            return self._refuse({"busy": 503, "toomany": 429, "forbidden": 403}[action])
        if not self._token_ok(request.query):
            return self._refuse(403)  # the script step stays for the corrected retry
        if self.script:
            self.script.pop(0)
        ws = web.WebSocketResponse(compress=True)
        await ws.prepare(request)
        self.open_connections += 1
        self.max_open = max(self.max_open, self.open_connections)
        try:
            await self._answer(ws, request, action)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.open_connections -= 1
        return ws

    async def _answer(self, ws: Any, request: Any, action: str) -> None:
        from aiohttp import WSMsgType

        config_msg = await ws.receive(timeout=10)
        assert config_msg.type == WSMsgType.TEXT
        assert "Path:speech.config" in config_msg.data
        config = json.loads(config_msg.data.split("\r\n\r\n", 1)[1])
        ssml_msg = await ws.receive(timeout=10)
        assert ssml_msg.type == WSMsgType.TEXT
        assert "Path:ssml" in ssml_msg.data
        text, voice, rate, pitch, volume = parse_ssml(ssml_msg.data)
        rid = headers_of(ssml_msg.data).get("X-RequestId", uuid.uuid4().hex)
        self.requests.append(
            FakeRequest(text, voice, rate, pitch, volume, dict(request.query), dict(request.headers), config)
        )
        if self.latency:
            await asyncio.sleep(self.latency)
        if action == "stall":
            await asyncio.sleep(self.silence)
            return
        speed = 1.0 + percent(rate)
        loop = asyncio.get_running_loop()
        if self.fast:
            mp3, marks = fast_audio(text, speed, self.seconds_per_char)
        else:
            mp3, marks = await loop.run_in_executor(None, real_audio, text, voice, round(speed, 3))
        frames = mp3_frames(mp3)
        await ws.send_str(text_frame("turn.start", '{"context":{"serviceTag":"fake"}}', rid))
        await ws.send_str(
            text_frame("response", '{"context":{"serviceTag":"fake"},"audio":{"type":"inline"}}', rid)
        )
        if action == "noaudio":
            await ws.send_str(text_frame("turn.end", "{}", rid))
            return
        if action == "unknown-path":
            await ws.send_str(text_frame("turn.weird", "{}", rid))
            return
        sent = 0
        boundaries = list(marks)
        chunk = self.audio_chunk_frames
        half = len(frames) // 2
        while sent < len(frames):
            end_time = (sent + chunk) * FRAME_SECONDS
            while boundaries and boundaries[0][0] / TICKS <= end_time:
                offset, duration, word = boundaries.pop(0)
                body = "{not json" if action == "bad-json" else metadata(offset, duration, word)
                await ws.send_str(text_frame("audio.metadata", body, rid))
            if action in ("drop", "close") and sent >= half:
                if action == "drop":
                    transport = request.transport
                    if transport is not None:
                        transport.abort()  # no close frame: the TCP connection is simply gone
                else:
                    await ws.close()
                return
            if action == "slow" and sent >= half:
                await asyncio.sleep(self.silence)
            data = b"".join(frames[sent : sent + chunk])
            if action == "bad-length":
                frame = (60000).to_bytes(2, "big") + b"Path:audio\r\n" + data[:10]
            elif action == "bad-path":
                frame = audio_frame(data, rid, path="video")
            elif action == "bad-header":
                frame = audio_frame(data, rid)
                frame = frame[:2] + b"garbage-without-colon\r\n" + frame[2:]
                frame = (int.from_bytes(frame[:2], "big") + 23).to_bytes(2, "big") + frame[2:]
            else:
                frame = audio_frame(data, rid)
            await ws.send_bytes(frame)
            sent += chunk
        await ws.send_bytes(audio_frame(b"", rid, content_type=None))
        await ws.send_str(text_frame("turn.end", '{"context":{"serviceTag":"fake"}}', rid))
        await ws.receive(timeout=5)  # the client closes


def refused_ws_url() -> str:
    """A loopback ws:// address where nothing listens (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"ws://127.0.0.1:{port}"


def point_edge_tts_at(monkeypatch: pytest.MonkeyPatch, fake: FakeEdge) -> None:
    """Route the real edge-tts code to the fake (its URL constants), as gTTS's is in speech_fakes."""
    import edge_tts.communicate
    import edge_tts.voices

    monkeypatch.setattr(edge_tts.communicate, "WSS_URL", fake.wss_url)
    monkeypatch.setattr(edge_tts.voices, "VOICE_LIST", fake.list_url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def edge_clock() -> Iterator[None]:
    """edge-tts keeps a process-wide clock correction learnt from 403s: every test starts at 0."""
    from edge_tts.drm import DRM

    DRM.clock_skew_seconds = 0.0
    yield
    DRM.clock_skew_seconds = 0.0


@pytest.fixture
def fake_edge(monkeypatch: pytest.MonkeyPatch, edge_clock: None) -> Iterator[FakeEdge]:
    fake = FakeEdge().start()
    point_edge_tts_at(monkeypatch, fake)
    yield fake
    fake.stop()


@pytest.fixture
def fast_edge(monkeypatch: pytest.MonkeyPatch, edge_clock: None) -> Iterator[FakeEdge]:
    fake = FakeEdge(fast=True).start()
    point_edge_tts_at(monkeypatch, fake)
    yield fake
    fake.stop()
