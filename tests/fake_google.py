"""A stand-in for Google Translate's speech endpoint on 127.0.0.1, for tests and benchmarks.

It answers gTTS's real POST to ``/_/TranslateWebserverUi/data/batchexecute`` in the batchexecute
format gTTS parses (``jQ1olc`` with the MP3 base64-encoded), so the real gTTS code runs end to end.
``patch_gtts(server)`` points gTTS at it by replacing ``gtts.tts._translate_url``.

Knobs: ``delay`` seconds per request (latency), ``fail`` a list of HTTP statuses to answer with
before succeeding again (429, 500, 403…), ``hang`` seconds to stall before answering (a timeout),
and ``audio`` the MP3 bytes to return (default: a short real Korean voice clip).
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

VOICE_MP3 = Path(__file__).resolve().parent / "fixtures" / "listen" / "voice-ko.mp3"
RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"


class FakeGoogle:
    def __init__(self, *, delay: float = 0.0, audio: bytes | None = None) -> None:
        self.delay = delay
        self.audio = audio if audio is not None else VOICE_MP3.read_bytes()
        self.fail: list[int] = []
        self.hang = 0.0
        self.requests: list[tuple[str, str]] = []  # (text, lang) per request, in arrival order
        self.times: list[float] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeGoogle:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                fake._answer(self, body, self.path)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-google", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def texts(self) -> list[str]:
        with self._lock:
            return [t for t, _ in self.requests]

    def _answer(self, handler: BaseHTTPRequestHandler, body: str, path: str) -> None:
        text, lang = _parse_rpc(body)
        with self._lock:
            self.requests.append((text, lang))
            self.times.append(time.monotonic())
            status = self.fail.pop(0) if self.fail else 200
            hang = self.hang
        if hang:
            time.sleep(hang)
        if self.delay:
            time.sleep(self.delay)
        if not path.startswith(RPC_PATH):
            status = 404
        if status != 200:
            payload = b"error"
            handler.send_response(status)
            handler.send_header("Content-Type", "text/plain")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
            return
        b64 = base64.b64encode(self.audio).decode("ascii")
        inner = json.dumps([b64], separators=(",", ":"))
        compact = (",", ":")  # gTTS's regex expects no spaces after the separators
        envelope = json.dumps([["wrb.fr", "jQ1olc", inner, None, None, None, "generic"]], separators=compact)
        payload = (")]}'\n\n" + str(len(envelope)) + "\n" + envelope + "\n").encode("utf-8")
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)


def _parse_rpc(body: str) -> tuple[str, str]:
    """The text and language gTTS packed into ``f.req``."""
    try:
        freq = urllib.parse.parse_qs(body)["f.req"][0]
        rpc = json.loads(freq)
        params = json.loads(rpc[0][0][1])
        return str(params[0]), str(params[1])
    except (KeyError, IndexError, ValueError, TypeError):
        return "", ""


@contextmanager
def patch_gtts(fake: FakeGoogle) -> Iterator[FakeGoogle]:
    """Point gTTS's request URL at the fake for the duration of the block."""
    import gtts.tts

    original = gtts.tts._translate_url

    def local_url(tld: str = "com", path: str = "") -> str:
        return f"{fake.base_url}/{path}"

    gtts.tts._translate_url = local_url
    try:
        yield fake
    finally:
        gtts.tts._translate_url = original


@contextmanager
def fake_google(*, delay: float = 0.0) -> Iterator[FakeGoogle]:
    fake = FakeGoogle(delay=delay).start()
    try:
        with patch_gtts(fake):
            yield fake
    finally:
        fake.stop()
