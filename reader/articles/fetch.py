"""HTTP(S) fetching for one page: bounded in time and size, cancellable, honest about failures.

http.client rather than urllib: we need the socket to cancel a stalled read from another thread,
our own redirect loop (limit, loop detection, final URL), and streaming decompression with a cap.
Every failure becomes a SourceError carrying one sentence a reader understands.
"""

from __future__ import annotations

import contextlib
import http.client
import http.cookiejar
import logging
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field
from email.message import Message

from reader.articles.limits import FetchLimits, ProgressCallback, size_message
from reader.articles.netconn import check_cancel, open_connection
from reader.errors import Cancelled, SourceError, TooLargeError

log = logging.getLogger(__name__)

__all__ = ["FetchLimits", "FetchResult", "ProgressCallback", "fetch", "size_message"]

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
ACCEPT_LANGUAGE = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class FetchResult:
    url: str  # the final URL after redirects
    body: bytes
    content_type: str  # media type, lower case, no parameters ("" when the server sent none)
    charset: str | None  # the charset parameter of Content-Type
    headers: Message = field(repr=False, default_factory=Message)


def fetch(
    url: str,
    *,
    limits: FetchLimits | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> FetchResult:
    """GET ``url`` following redirects; raise SourceError (or a subclass) for anything but a usable body."""
    limits = limits or FetchLimits()
    deadline = time.monotonic() + limits.total_timeout
    jar = http.cookiejar.CookieJar()  # some news sites set a cookie on a redirect and loop without it
    seen: set[tuple[str, str]] = set()
    current = url
    for _hop in range(limits.max_redirects + 1):
        check_cancel(cancel)
        # the same address with the same cookies again is a loop; a new cookie may end it (consent pages)
        state = (current, ";".join(sorted(f"{c.domain}{c.path}{c.name}={c.value}" for c in jar)))
        if state in seen:
            raise SourceError(f"{_host(url)} keeps redirecting in a loop, so the page cannot be opened")
        seen.add(state)
        result = _request(current, jar, limits, deadline, cancel, progress)
        if isinstance(result, FetchResult):
            return result
        location = result
        nxt = urllib.parse.urljoin(current, location)
        scheme = urllib.parse.urlsplit(nxt).scheme.lower()
        if scheme not in ("http", "https"):
            raise SourceError(
                f"{_host(current)} redirected to a '{scheme}:' address, which is not a web page"
            )
        log.debug("redirect %s -> %s", current, nxt)
        current = nxt
    raise SourceError(
        f"{_host(url)} redirected more than {limits.max_redirects} times, so the page cannot be opened"
    )


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).hostname or url


class _Watchdog:
    """Shuts the connection's socket when ``cancel`` is set, so a blocked read returns at once."""

    def __init__(self, conn: http.client.HTTPConnection, cancel: threading.Event | None) -> None:
        self._conn = conn
        self._cancel = cancel
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self.sock: socket.socket | None = None  # kept: http.client drops conn.sock once the response owns it

    def __enter__(self) -> _Watchdog:
        if self._cancel is not None:
            self._thread = threading.Thread(target=self._watch, name="fetch-cancel", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def _watch(self) -> None:
        assert self._cancel is not None
        while not self._done.wait(0.05):
            if self._cancel.is_set():
                sock = self.sock or self._conn.sock
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
                return


def _request(
    url: str,
    jar: http.cookiejar.CookieJar,
    limits: FetchLimits,
    deadline: float,
    cancel: threading.Event | None,
    progress: ProgressCallback | None,
) -> FetchResult | str:
    """One hop: a FetchResult, or the Location of a redirect."""
    host = _host(url)
    conn, path = open_connection(url, limits.timeout, cancel)
    req = urllib.request.Request(url)
    jar.add_cookie_header(req)
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": ACCEPT,
        "Accept-Language": ACCEPT_LANGUAGE,
        "Accept-Encoding": "gzip, deflate",
        "Connection": "close",
    }
    cookie = req.get_header("Cookie")
    if cookie:
        headers["Cookie"] = cookie
    try:
        with _Watchdog(conn, cancel) as watchdog:
            try:
                conn.connect()
                watchdog.sock = conn.sock
                check_cancel(cancel)
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                check_cancel(cancel)
                jar.extract_cookies(resp, req)
                if resp.status in _REDIRECTS:
                    location = resp.getheader("Location")
                    if not location:
                        raise SourceError(f"{host} answered with a redirect ({resp.status}) but no address")
                    return _header_text(location)
                if resp.status >= 400:
                    raise SourceError(_status_message(resp.status, resp.reason, url))
                if resp.status != 200 and resp.status not in (203, 206):
                    raise SourceError(f"{host} answered HTTP {resp.status} {resp.reason} instead of the page")
                body = _read_body(resp, limits, deadline, cancel, progress)
            except (SourceError, Cancelled):
                raise
            except BaseException as exc:
                check_cancel(cancel)
                raise _network_error(exc, url, limits) from exc
    finally:
        conn.close()
    ctype_header = resp.headers.get("Content-Type", "") or ""
    msg = Message()
    msg["Content-Type"] = ctype_header or "application/octet-stream"
    content_type = msg.get_content_type() if ctype_header else ""
    charset = msg.get_param("charset")
    return FetchResult(
        url=url,
        body=body,
        content_type=content_type,
        charset=charset if isinstance(charset, str) else None,
        headers=resp.headers,
    )


def _header_text(value: str) -> str:
    """Korean sites send raw UTF-8 in Location; http.client hands it over as Latin-1."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _status_message(status: int, reason: str, url: str) -> str:
    host = _host(url)
    known = {
        401: "asks for a login",
        403: "refused access to the page",
        404: "has no page at this address",
        410: "says the page has been removed",
        429: "says too many requests were made; try again later",
    }
    what = known.get(status)
    if what is None:
        what = "had an internal problem" if status >= 500 else "could not give the page"
    return f"{host} {what} (HTTP {status} {reason})".replace(" )", ")")


def _network_error(exc: BaseException, url: str, limits: FetchLimits) -> SourceError:
    host = _host(url)
    if isinstance(exc, socket.gaierror):
        return SourceError(
            f"could not find the server {host}; check the address and your internet connection"
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "the certificate is not valid"
        return SourceError(f"the secure connection to {host} failed: {reason}")
    if isinstance(exc, ssl.SSLError):
        return SourceError(f"the secure connection to {host} failed ({exc.reason or 'TLS error'})")
    if isinstance(exc, TimeoutError | socket.timeout):
        return SourceError(f"{host} did not answer within {limits.timeout:g} seconds")
    if isinstance(exc, ConnectionRefusedError):
        return SourceError(f"{host} refused the connection; the server may be down")
    if isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected | http.client.IncompleteRead):
        return SourceError(f"{host} closed the connection before sending the whole page")
    if isinstance(exc, http.client.HTTPException):
        return SourceError(f"{host} sent an answer that is not valid HTTP")
    if isinstance(exc, zlib.error):
        return SourceError(f"{host} sent a compressed page that could not be decompressed")
    if isinstance(exc, OSError):
        return SourceError(f"could not reach {host}: {exc.strerror or exc}")
    if isinstance(exc, UnicodeError | ValueError):
        return SourceError(f"{url} is not a valid web address")
    if isinstance(exc, Exception):
        return SourceError(f"could not load {url}: {exc}")
    raise exc


class _Decompressor:
    """Streaming gzip/deflate with an output cap: a 10 kB bomb never becomes 10 GB in memory."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = None  # decided on the first bytes: zlib-wrapped (RFC) or raw (what IIS sends)
        self._first = True

    def feed(self, data: bytes, room: int) -> bytes:
        if self.encoding not in ("gzip", "x-gzip", "deflate"):
            return data
        if self._z is None:
            wbits = (
                zlib.MAX_WBITS if len(data) >= 2 and (data[0] * 256 + data[1]) % 31 == 0 else -zlib.MAX_WBITS
            )
            self._z = zlib.decompressobj(wbits)
        out = self._z.decompress(data, room + 1)
        return out

    def has_more(self) -> bool:
        return self._z is not None and bool(self._z.unconsumed_tail)

    def more(self, room: int) -> bytes:
        assert self._z is not None
        return self._z.decompress(self._z.unconsumed_tail, room + 1)


def _read_body(
    resp: http.client.HTTPResponse,
    limits: FetchLimits,
    deadline: float,
    cancel: threading.Event | None,
    progress: ProgressCallback | None,
) -> bytes:
    cap = limits.max_bytes
    encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate", ""):
        raise SourceError(f"the server sent the page in an encoding this program cannot read ({encoding})")
    length_header = resp.getheader("Content-Length")
    total: int | None = None
    if length_header and length_header.strip().isdigit():
        total = int(length_header)
        if encoding in ("identity", "") and total > cap:
            raise TooLargeError(size_message(cap))
    dec = _Decompressor(encoding)
    out = bytearray()
    received = 0
    if progress is not None:
        progress(0, total)
    while True:
        check_cancel(cancel)
        if time.monotonic() > deadline:
            raise SourceError(
                f"the server took longer than {limits.total_timeout:g} seconds to send the page"
            )
        chunk = resp.read1(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if received > cap and encoding in ("identity", ""):
            raise TooLargeError(size_message(cap))
        if received > cap * 2:  # compressed bytes alone past twice the cap
            raise TooLargeError(size_message(cap))
        out += dec.feed(chunk, cap - len(out))
        while dec.has_more() and len(out) <= cap:
            out += dec.more(cap - len(out))
        if len(out) > cap:
            raise TooLargeError(size_message(cap))
        if progress is not None:
            progress(received, total)
    check_cancel(cancel)
    if total is not None and received < total:
        raise SourceError("the server closed the connection before sending the whole page; try again")
    return bytes(out)
