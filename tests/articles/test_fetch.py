"""Fetching web pages from a real HTTP server on 127.0.0.1: redirects, errors, limits, compression, cancel."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.articles.fetch import FetchLimits, fetch
from reader.errors import Cancelled, SourceError, TooLargeError, UnsupportedContentError
from tests.conftest import FIXTURES
from tests.httpserver import LocalServer

pytestmark = pytest.mark.core

PAGES = FIXTURES / "sources"
KO = (PAGES / "news-ko.html").read_bytes()
EN = (PAGES / "news-en.html").read_bytes()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


def test_fetches_page_with_browser_like_headers(server: LocalServer) -> None:
    url = server.add("/news", EN)
    article = load_article(url)
    assert article.title == "Night buses return to the river line"
    assert "late-shift workers walking home" in article.text
    seen = server.requests[-1].headers
    assert seen["User-Agent"].startswith("Mozilla/5.0")
    assert seen["Accept-Language"].startswith("ko")
    assert "en" in seen["Accept-Language"]
    assert "gzip" in seen["Accept-Encoding"]


def test_final_url_after_redirects_becomes_article_url(server: LocalServer) -> None:
    final = server.add("/story/42", EN)
    server.redirect("/s/42", "/go/42", status=301)
    server.redirect("/go/42", final, status=302)
    article = load_article(server.url("/s/42"))
    assert article.url == final
    assert [r.path for r in server.requests] == ["/s/42", "/go/42", "/story/42"]


def test_redirect_loop_is_detected(server: LocalServer) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    with pytest.raises(SourceError, match="redirecting in a loop"):
        load_article(server.url("/a"))


def test_redirect_limit(server: LocalServer) -> None:
    for i in range(15):
        server.redirect(f"/r{i}", f"/r{i + 1}")
    server.add("/r15", EN)
    with pytest.raises(SourceError, match="redirected more than 10 times"):
        load_article(server.url("/r0"))


def test_redirect_to_unsupported_scheme(server: LocalServer) -> None:
    server.redirect("/x", "ftp://files.example.com/page")
    with pytest.raises(SourceError, match="'ftp:' address"):
        load_article(server.url("/x"))


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (404, "has no page at this address"),
        (500, "internal problem"),
        (403, "refused access"),
        (503, "internal problem"),
    ],
)
def test_http_errors(server: LocalServer, status: int, words: str) -> None:
    url = server.add("/err", b"<html><body><p>error page</p></body></html>", status=status)
    with pytest.raises(SourceError) as info:
        load_article(url)
    assert words in info.value.message
    assert f"HTTP {status}" in info.value.message
    assert "127.0.0.1" in info.value.message


def test_dns_failure() -> None:
    with pytest.raises(SourceError, match=r"could not find the server no-such-host\.invalid"):
        load_article("http://no-such-host.invalid/news/1")


def test_connection_refused() -> None:
    with LocalServer() as s:
        url = s.url("/gone")
    with pytest.raises(SourceError, match="refused the connection"):
        load_article(url)


def test_timeout_when_server_stalls_before_answering(server: LocalServer) -> None:
    url = server.add("/slow", EN, stall_before_headers=30)
    t0 = time.monotonic()
    with pytest.raises(SourceError, match=r"did not answer within 0\.5 seconds"):
        load_article(url, timeout=0.5)
    assert time.monotonic() - t0 < 10


def test_timeout_when_body_stalls(server: LocalServer) -> None:
    url = server.add("/slowbody", EN, stall_after_headers=30)
    with pytest.raises(SourceError, match="did not answer"):
        load_article(url, timeout=0.5)


@pytest.mark.parametrize("media", ["application/pdf", "image/png", "image/jpeg", "video/mp4"])
def test_pdf_and_image_content_types_are_refused(server: LocalServer, media: str) -> None:
    url = server.add(
        "/doc",
        b"%PDF-1.7 not really" if media == "application/pdf" else b"\x00\x01binary",
        content_type=media,
    )
    with pytest.raises(UnsupportedContentError, match="not a web page"):
        load_article(url)


def test_pdf_magic_bytes_with_html_content_type(server: LocalServer) -> None:
    url = server.add("/lying", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", content_type="text/html")
    with pytest.raises(UnsupportedContentError, match="a PDF document"):
        load_article(url)


def test_octet_stream_html_is_sniffed(server: LocalServer) -> None:
    url = server.add("/blob", KO, content_type="application/octet-stream")
    assert "가로등 120개" in load_article(url).text


def test_plain_text_over_http(server: LocalServer) -> None:
    url = server.add(
        "/notice.txt",
        "공지 제목\n\n첫째 문단입니다.\n\n둘째 문단입니다.\n".encode("cp949"),
        content_type="text/plain; charset=euc-kr",
    )
    article = load_article(url)
    assert article.title == "공지 제목"
    assert article.text == "첫째 문단입니다.\n\n둘째 문단입니다."


def test_gzip_body(server: LocalServer) -> None:
    url = server.add("/gz", gzip.compress(KO), headers={"Content-Encoding": "gzip"})
    assert "부·울·경" in load_article(url).text


@pytest.mark.parametrize("raw", [False, True], ids=["zlib-deflate", "raw-deflate"])
def test_deflate_body(server: LocalServer, raw: bool) -> None:
    if raw:
        co = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = co.compress(EN) + co.flush()
    else:
        body = zlib.compress(EN)
    url = server.add("/deflate", body, headers={"Content-Encoding": "deflate"})
    assert "parking fund" in load_article(url).text


def test_gzip_bomb_is_capped(server: LocalServer) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * (8 * 1024 * 1024) + b"</p>", compresslevel=9)
    assert len(bomb) < 100_000
    url = server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLargeError, match="larger than 1 MB"):
        fetch(url, limits=FetchLimits(max_bytes=1024 * 1024))


def _fifty_mb() -> Iterator[bytes]:
    yield b"<!DOCTYPE html><html><body><article>"
    chunk = b"<p>" + "긴 페이지 ".encode() * 6000 + b"</p>\n"
    for _ in range((50 * 1024 * 1024) // len(chunk)):
        yield chunk


@pytest.mark.parametrize("with_length", [True, False], ids=["content-length", "streamed"])
def test_fifty_mb_page_is_refused_at_the_cap(server: LocalServer, with_length: bool) -> None:
    headers = {"Content-Length": str(50 * 1024 * 1024)} if with_length else {}
    url = server.add("/huge", _fifty_mb, headers=headers, content_length=False)
    seen: list[tuple[int, int | None]] = []
    with pytest.raises(TooLargeError, match="larger than 20 MB"):
        load_article(url, progress=lambda done, total: seen.append((done, total)))
    if with_length:
        assert seen == []  # refused from the header alone, nothing downloaded
    else:
        assert seen
        assert seen[-1][0] <= 21 * 1024 * 1024


def test_progress_reports_bytes(server: LocalServer) -> None:
    url = server.add("/p", KO)
    seen: list[tuple[int, int | None]] = []
    load_article(url, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(KO))
    assert seen[-1] == (len(KO), len(KO))


def test_cancel_stops_a_stalled_download_promptly(server: LocalServer) -> None:
    url = server.add("/stall", EN, stall_after_headers=60)
    cancel = threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            load_article(url, cancel=cancel, timeout=60)
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    cancel.set()
    t.join(timeout=5)
    assert not t.is_alive()
    assert time.monotonic() - t0 < 2
    assert len(errors) == 1
    assert isinstance(errors[0], Cancelled)


def test_cancel_before_start(server: LocalServer) -> None:
    url = server.add("/c", EN)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        load_article(url, cancel=cancel)


def test_empty_response(server: LocalServer) -> None:
    url = server.add("/empty", b"")
    with pytest.raises(SourceError, match="sent an empty page"):
        load_article(url)


def test_cookie_set_on_redirect_is_sent_back(server: LocalServer) -> None:
    server.add(
        "/gate",
        b"",
        status=302,
        headers={"Location": "/in", "Set-Cookie": "session=abc; Path=/"},
        content_type=None,
    )
    server.add("/in", EN)
    load_article(server.url("/gate"))
    assert server.requests[-1].path == "/in"
    assert server.requests[-1].headers.get("Cookie") == "session=abc"


def test_korean_path_is_quoted(server: LocalServer) -> None:
    server.add("/%EB%89%B4%EC%8A%A4", EN)
    assert "river line" in load_article(server.url("/뉴스")).title


def test_truncated_body_is_an_error(server: LocalServer) -> None:
    url = server.add("/cut", EN, truncate_to=300)
    with pytest.raises(SourceError, match="before sending the whole page"):
        load_article(url)


def test_meta_refresh_redirect_page_is_followed(server: LocalServer) -> None:
    final = server.add("/m/article", EN)
    server.add("/m", b'<html><head><meta http-equiv="refresh" content="0; url=/m/article"></head></html>')
    article = load_article(server.url("/m"))
    assert article.url == final
    assert "parking fund" in article.text


def test_auto_reload_meta_refresh_is_not_a_redirect(server: LocalServer) -> None:
    page = EN.replace(b"<head>", b'<head><meta http-equiv="refresh" content="300">')
    url = server.add("/reload", page)
    assert load_article(url).url == url
    assert len(server.requests) == 1


def test_redirect_to_itself_with_a_new_cookie_is_not_a_loop(server: LocalServer) -> None:
    from tests.httpserver import Route, Seen

    def consent(req: Seen) -> Route:
        if "agreed=1" in req.headers.get("Cookie", ""):
            return Route(EN, headers={"Content-Type": "text/html; charset=utf-8"})
        return Route(b"", status=302, headers={"Location": "/consent", "Set-Cookie": "agreed=1; Path=/"})

    url = server.add_handler("/consent", consent)
    assert "parking fund" in load_article(url).text
    assert len(server.requests) == 2


def test_international_domain_name_is_encoded(monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = socket.getaddrinfo  # the test network guard: fails every lookup but loopback
    asked: list[object] = []

    def recording(host: object, *args: object, **kwargs: object) -> object:
        asked.append(host)
        return guarded(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    with pytest.raises(SourceError, match=r"could not find the server 한국일보\.example"):
        load_article("https://한국일보.example/news/1")
    assert asked == ["한국일보.example".encode("idna").decode("ascii")]


def _blackholed_port() -> tuple[socket.socket, list[socket.socket]] | None:
    """A listening socket whose accept queue is full, so further connects hang (Linux drops the SYN)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(0)
    held: list[socket.socket] = []
    for _ in range(8):
        c = socket.socket()
        c.settimeout(0.3)
        try:
            c.connect(srv.getsockname())
        except OSError:
            c.close()
            return srv, held
        held.append(c)
    for c in held:
        c.close()
    srv.close()
    return None


def test_connect_timeout_and_cancel_while_connecting() -> None:
    hole = _blackholed_port()
    if hole is None:
        pytest.skip("this system accepts every connection; cannot make connect() hang")
    srv, held = hole
    try:
        url = f"http://127.0.0.1:{srv.getsockname()[1]}/x"
        with pytest.raises(SourceError, match="did not answer"):
            load_article(url, timeout=0.5)
        cancel = threading.Event()
        threading.Timer(0.3, cancel.set).start()
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            load_article(url, cancel=cancel, timeout=60)
        assert time.monotonic() - t0 < 3
    finally:
        for c in held:
            c.close()
        srv.close()


def test_cancel_during_a_slow_name_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo
    release = threading.Event()

    def slow_lookup(host: object, *args: object, **kwargs: object) -> object:
        release.wait(10)  # a resolver that takes its time, like a dead DNS server
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    t0 = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            load_article("http://localhost:9/x", cancel=cancel, timeout=60)
        assert time.monotonic() - t0 < 3
    finally:
        release.set()


def test_tls_error_when_the_server_does_not_speak_tls(server: LocalServer) -> None:
    server.add("/x", EN)
    url = server.url("/x").replace("http://", "https://")
    with pytest.raises(SourceError, match=r"the secure connection to 127\.0\.0\.1 failed"):
        load_article(url)


@pytest.fixture
def self_signed(tmp_path: Path) -> ssl.SSLContext:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


def test_tls_error_for_an_untrusted_certificate(self_signed: ssl.SSLContext) -> None:
    with LocalServer(tls=self_signed) as s:
        url = s.add("/x", EN)
        assert url.startswith("https://")
        with pytest.raises(SourceError) as info:
            load_article(url)
    message = info.value.message
    assert message.startswith("the secure connection to 127.0.0.1 failed: ")
    assert "certificate" in message


def test_raw_utf8_location_header(server: LocalServer) -> None:
    final = server.add("/%EB%89%B4%EC%8A%A4/1", EN)
    raw = "/뉴스/1".encode().decode("latin-1")  # the bytes as a careless server sends them
    server.add("/old", b"", status=301, headers={"Location": raw}, content_type=None)
    assert load_article(server.url("/old")).url == server.url("/뉴스/1")
    assert server.requests[-1].path == final.removeprefix(server.url(""))


def test_html_served_as_text_plain(server: LocalServer) -> None:
    url = server.add("/misconfigured", KO, content_type="text/plain; charset=utf-8")
    article = load_article(url)
    assert article.title.startswith("강변 자전거길")
    assert "<p>" not in article.text


def test_http_proxy_from_the_environment(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{server.port}")
    server.add("http://news.example.kr/article/7", EN)  # a proxy is asked for the absolute address
    article = load_article("http://news.example.kr/article/7")
    assert "parking fund" in article.text
    assert article.url == "http://news.example.kr/article/7"
    assert server.requests[-1].path == "http://news.example.kr/article/7"
