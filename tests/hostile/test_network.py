"""Cases 6, 7 and 12: one deadline for a whole request (status line and headers included), compressed
input checked to its end, and a broken redirect address. Servers on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.articles.fetch import FetchLimits, fetch, fetch_image
from reader.errors import ReaderError, SourceError, TooLargeError
from tests.hostile_support import assert_one_line_error, cli, page
from tests.httpserver import LocalServer

pytestmark = pytest.mark.core

PAGE = page("느린 서버의 기사", "서울시는 오늘 새 정책을 발표했다.").encode("utf-8")


class RawServer:
    """A TCP server on 127.0.0.1 whose every connection is answered by ``script(send)``."""

    def __init__(self, script: Callable[[Callable[[bytes], None], threading.Event], None]) -> None:
        self.script = script
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def url(self, path: str = "/news/1") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(65536)
                self.script(conn.sendall, self.stop)
            except OSError:
                pass

    def __enter__(self) -> RawServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.sock.close()


def trickle(data: bytes, every: float = 0.2) -> Callable[[Callable[[bytes], None], threading.Event], None]:
    def script(send: Callable[[bytes], None], stop: threading.Event) -> None:
        for i in range(len(data)):
            if stop.wait(every):
                return
            send(data[i : i + 1])

    return script


def endless_headers(send: Callable[[bytes], None], stop: threading.Event) -> None:
    send(b"HTTP/1.1 200 OK\r\n")
    n = 0
    while not stop.wait(0.2):
        send(f"X-Padding-{n}: {'a' * 10}\r\n".encode())
        n += 1


def endless_body(send: Callable[[bytes], None], stop: threading.Event) -> None:
    send(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>")
    while not stop.wait(0.2):
        send(b"<p>a</p>")


def bounded(fn: Callable[[], object], limit: float = 60.0) -> tuple[BaseException | None, float]:
    """Run ``fn`` in a thread; fail the test if it outlives ``limit`` (a hang), else (error, seconds)."""
    box: list[BaseException | None] = [None]
    start = time.monotonic()

    def target() -> None:
        try:
            fn()
        except BaseException as exc:
            box[0] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(limit)
    assert not t.is_alive(), f"still running after {limit:g} s"
    return box[0], time.monotonic() - start


SLOW = {
    "status line a byte at a time": trickle(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789" * 1),
    "headers without end": endless_headers,
    "body without end": endless_body,
}


@pytest.mark.parametrize("case", list(SLOW))
def test_a_trickling_server_is_cut_off_at_the_deadline(case: str) -> None:
    limits = FetchLimits(timeout=1.0, total_timeout=3.0)
    with RawServer(SLOW[case]) as server:
        err, seconds = bounded(lambda: fetch(server.url(), limits=limits))
    assert isinstance(err, SourceError), err
    assert err.code == "source.too_slow"
    assert "too slowly" in err.message
    print(f"{case}: gave up after {seconds:.2f} s (timeout 1 s, total 3 s)")


@pytest.mark.parametrize("case", ["status line a byte at a time", "headers without end"])
def test_the_cli_gives_up_on_a_trickling_server(case: str, tmp_path: Path) -> None:
    """The answer must start within --timeout; a body that trickles is bounded by the total (2 minutes
    at least, for big pages on slow lines: measured in-process above, with a short total)."""
    with RawServer(SLOW[case]) as server:
        run = cli("extract", server.url(), "--timeout", "1", basedir=tmp_path / "base", timeout=150)
    err = assert_one_line_error(run, 2)
    assert "too slowly" in err
    print(f"extract --timeout 1, {case}: exit {run.code} after {run.seconds:.2f} s")


def _gz_server(body: bytes, encoding: str, *, with_length: bool) -> tuple[LocalServer, str]:
    server = LocalServer()
    url = server.add(
        "/news/1",
        body,
        headers={"Content-Encoding": encoding},
        content_length=with_length,
    )
    return server, url


def _compress(encoding: str, data: bytes) -> bytes:
    if encoding == "gzip":
        return gzip.compress(data)
    wbits = zlib.MAX_WBITS if encoding == "deflate" else -zlib.MAX_WBITS
    c = zlib.compressobj(wbits=wbits)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
@pytest.mark.parametrize("with_length", [True, False])
def test_a_compressed_page_cut_off_is_refused(encoding: str, with_length: bool) -> None:
    whole = _compress(encoding, PAGE * 20)
    header = "deflate" if encoding == "raw-deflate" else encoding
    server, url = _gz_server(whole[: len(whole) * 2 // 3], header, with_length=with_length)
    with server:
        with pytest.raises(SourceError) as info:
            load_article(url)
        assert info.value.code == "source.truncated"
        ok_url = server.add("/whole", whole, headers={"Content-Encoding": header})
        assert load_article(ok_url).title.startswith("느린 서버의 기사")


@pytest.mark.parametrize("cut", [1, 4, 8, 100, 0.5])
def test_a_truncated_gz_file_is_not_read_as_a_short_article(cut: float, tmp_path: Path) -> None:
    whole = gzip.compress(PAGE * 20)
    n = int(len(whole) * cut) if isinstance(cut, float) else len(whole) - cut
    path = tmp_path / "saved.html.gz"
    path.write_bytes(whole[:n])
    with pytest.raises(SourceError) as info:
        load_article(str(path))
    assert info.value.code == "source.truncated"
    run = cli("extract", str(path), basedir=tmp_path / "base")
    assert "cut off" in assert_one_line_error(run, 2)


def test_whole_and_concatenated_gz_files_read(tmp_path: Path) -> None:
    path = tmp_path / "saved.html.gz"
    path.write_bytes(gzip.compress(PAGE))
    assert load_article(str(path)).title.startswith("느린 서버의 기사")
    path.write_bytes(gzip.compress(PAGE[:200]) + gzip.compress(PAGE[200:]))
    assert load_article(str(path)).title.startswith("느린 서버의 기사")


@pytest.mark.parametrize(
    "location", ["http://[::1", "http://[::1]:99999/x", "http://127.0.0.1:abc/", "http://[zz]/"]
)
def test_a_broken_redirect_address_is_one_clear_error(location: str, tmp_path: Path) -> None:
    with LocalServer() as server:
        url = server.redirect("/news/1", location)
        with pytest.raises(SourceError) as info:
            fetch(url)
        assert info.value.code == "source.bad_redirect"
        run = cli("extract", url, basedir=tmp_path / "base")
    err = assert_one_line_error(run, 2)
    assert "internal error" not in err
    assert "not valid" in err


def test_a_typed_address_that_does_not_parse_is_one_clear_error(tmp_path: Path) -> None:
    run = cli("extract", "http://[::1", basedir=tmp_path / "base")
    err = assert_one_line_error(run, 2)
    assert "internal error" not in err


@pytest.fixture
def image_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


def test_image_fetches_are_bounded_and_only_images(image_server: LocalServer) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    ok = image_server.add("/a.png", png, content_type="image/png")
    assert fetch_image(ok) == png
    html = image_server.add("/a.html", PAGE)
    with pytest.raises(ReaderError, match="instead of an image"):
        fetch_image(html)
    svg = image_server.add("/a.svg", b"<svg/>", content_type="image/svg+xml")
    with pytest.raises(ReaderError):
        fetch_image(svg)
    big = image_server.add("/big.png", png * 2000, content_type="image/png")
    with pytest.raises(TooLargeError):
        fetch_image(big, max_bytes=10_000)
    to_file = image_server.redirect("/r.png", "file:///etc/passwd")
    with pytest.raises(SourceError):
        fetch_image(to_file)
    with pytest.raises(SourceError):
        fetch_image("file:///etc/passwd")
    with RawServer(endless_body) as slow:
        err, _seconds = bounded(lambda: fetch_image(slow.url("/x.png"), timeout=1.0))
    assert isinstance(err, SourceError)
