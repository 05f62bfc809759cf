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

from reader.articles.compressed import ENCODINGS, Inflater, TruncatedError
from reader.articles.imagesrc import is_web_image
from reader.articles.limits import FetchLimits, ProgressCallback, size_message, size_params
from reader.articles.netconn import check_cancel, open_connection
from reader.errors import Cancelled, SourceError, TooLargeError, UnsupportedContentError, os_reason

log = logging.getLogger(__name__)

__all__ = ["FetchLimits", "FetchResult", "ProgressCallback", "fetch", "fetch_image", "size_message"]

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
            raise SourceError(
                f"{_host(url)} keeps redirecting in a loop, so the page cannot be opened",
                code="source.redirect_loop",
                params={"host": _host(url)},
            )
        seen.add(state)
        result = _request(current, jar, limits, deadline, cancel, progress)
        if isinstance(result, FetchResult):
            return result
        location = result
        try:
            nxt = urllib.parse.urljoin(current, location)
            parts = urllib.parse.urlsplit(nxt)
            scheme = parts.scheme.lower()
            _ = parts.port  # "http://[::1" or ":99999" raise here, not later as an "internal error"
        except ValueError:
            raise SourceError(
                f"{_host(current)} redirected to an address that is not valid ({location[:200]})",
                code="source.bad_redirect",
                params={"host": _host(current), "location": location[:200]},
            ) from None
        if scheme not in ("http", "https"):
            raise SourceError(
                f"{_host(current)} redirected to a '{scheme}:' address, which is not a web page",
                code="source.redirect_scheme",
                params={"host": _host(current), "scheme": scheme},
            )
        log.debug("redirect %s -> %s", current, nxt)
        current = nxt
    raise SourceError(
        f"{_host(url)} redirected more than {limits.max_redirects} times, so the page cannot be opened",
        code="source.redirect_loop",
        params={"host": _host(url)},
    )


MAX_IMAGE_BYTES = 15 * 1024 * 1024


def fetch_image(
    url: str,
    *,
    cancel: threading.Event | None = None,
    timeout: float = 20.0,
    max_bytes: int = MAX_IMAGE_BYTES,
) -> bytes:
    """The bytes of one web image, for a reader who turned images on: the same bounded fetch as a page
    (one deadline, a size cap, redirects only to http(s)), and nothing but an image is accepted."""
    if not is_web_image(url):
        raise SourceError(
            f"{url[:80]} is not a web address an image may be fetched from",
            code="image.refused",
            params={"url": url[:200]},
        )
    limits = FetchLimits(timeout=timeout, total_timeout=timeout * 3, max_bytes=max_bytes, max_redirects=5)
    result = fetch(url, limits=limits, cancel=cancel)
    media = result.content_type
    if (media and not media.startswith("image/")) or media == "image/svg+xml":
        raise UnsupportedContentError(
            f"{_host(result.url)} sent {media} instead of an image",
            code="image.not_image",
            params={"type": media},
        )
    return result.body


def _host(url: str) -> str:
    try:
        return urllib.parse.urlsplit(url).hostname or url
    except ValueError:
        return url


class _Watchdog:
    """Shuts the connection's socket when ``cancel`` is set or the deadline passes, so a blocked read
    (a status line sent a byte a second, headers that never end) returns at once.

    Socket timeouts bound each silence only; a server that trickles never falls silent long enough.
    The deadline bounds the whole request: connecting, the status line, the headers and the body.
    """

    def __init__(
        self, conn: http.client.HTTPConnection, cancel: threading.Event | None, deadline: float
    ) -> None:
        self._conn = conn
        self._cancel = cancel
        self.deadline = deadline
        self.expired = False
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self.sock: socket.socket | None = None  # kept: http.client drops conn.sock once the response owns it

    def __enter__(self) -> _Watchdog:
        self._thread = threading.Thread(target=self._watch, name="fetch-watchdog", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            late = time.monotonic() > self.deadline
            if late or (self._cancel is not None and self._cancel.is_set()):
                self.expired = late
                sock = self.sock or self._conn.sock
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
                return


def _request_headers(
    url: str, jar: http.cookiejar.CookieJar
) -> tuple[urllib.request.Request, dict[str, str]]:
    """A browser's request headers, with the cookies the jar holds for ``url``."""
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
    return req, headers


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
    req, headers = _request_headers(url, jar)
    try:
        # the answer's status line and headers must come within the timeout (plus a grace, so that a server
        # that sends nothing at all is reported by the socket's own timeout: "did not answer"); all of it
        # before the deadline
        answer_by = time.monotonic() + limits.timeout + max(0.5, limits.timeout / 4)
        with _Watchdog(conn, cancel, min(deadline, answer_by)) as watchdog:
            try:
                conn.connect()
                watchdog.sock = conn.sock
                check_cancel(cancel)
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                if watchdog.expired:  # a shut socket ends the headers early: what arrived is not the answer
                    raise _too_slow(host, limits)
                watchdog.deadline = deadline
                check_cancel(cancel)
                jar.extract_cookies(resp, req)
                if resp.status in _REDIRECTS:
                    location = resp.getheader("Location")
                    if not location:
                        raise SourceError(
                            f"{host} answered with a redirect ({resp.status}) but no address",
                            code="source.redirect_empty",
                            params={"host": host, "status": resp.status},
                        )
                    return _header_text(location)
                if resp.status != 200 and resp.status not in (203, 206):
                    raise _status_error(resp.status, resp.reason, url)
                body = _read_body(resp, limits, deadline, cancel, progress, host)
                if watchdog.expired:  # nor is a body the deadline cut short
                    raise _too_slow(host, limits)
            except (SourceError, Cancelled):
                if watchdog.expired:
                    raise _too_slow(host, limits) from None
                raise
            except BaseException as exc:
                check_cancel(cancel)
                if watchdog.expired:
                    raise _too_slow(host, limits) from exc
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


def _too_slow(host: str, limits: FetchLimits) -> SourceError:
    return SourceError(
        f"{host} is answering too slowly: the page did not arrive within the time allowed "
        f"({limits.timeout:g} seconds for the answer to start, {limits.total_timeout:g} for all of it)",
        code="source.too_slow",
        params={"host": host, "timeout": limits.timeout, "total": limits.total_timeout},
    )


def _header_text(value: str) -> str:
    """Korean sites send raw UTF-8 in Location; http.client hands it over as Latin-1."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _status_error(status: int, reason: str, url: str) -> SourceError:
    """An answer that is not the page: an error status (4xx, 5xx), or another that carries no page."""
    host = _host(url)
    message = (
        _status_message(status, reason, url)
        if status >= 400
        else f"{host} answered HTTP {status} {reason} instead of the page"
    )
    return SourceError(message, code="source.http_status", params={"host": host, "status": status})


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
            f"could not find the server {host}; check the address and your internet connection",
            code="source.no_server",
            params={"host": host},
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "the certificate is not valid"
        return SourceError(
            f"the secure connection to {host} failed: {reason}",
            code="source.tls",
            params={"host": host, "reason": reason},
        )
    if isinstance(exc, ssl.SSLError):
        return SourceError(
            f"the secure connection to {host} failed ({exc.reason or 'TLS error'})",
            code="source.tls",
            params={"host": host, "reason": str(exc.reason or "TLS error")},
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return SourceError(
            f"{host} did not answer within {limits.timeout:g} seconds",
            code="source.timeout",
            params={"host": host, "timeout": limits.timeout},
        )
    if isinstance(exc, ConnectionRefusedError):
        return SourceError(
            f"{host} refused the connection; the server may be down",
            code="source.refused",
            params={"host": host},
        )
    if isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected | http.client.IncompleteRead):
        return SourceError(
            f"{host} closed the connection before sending the whole page",
            code="source.connection_closed",
            params={"host": host},
        )
    if isinstance(exc, http.client.HTTPException):
        return SourceError(
            f"{host} sent an answer that is not valid HTTP", code="source.bad_http", params={"host": host}
        )
    if isinstance(exc, zlib.error):
        return SourceError(
            f"{host} sent a compressed page that could not be decompressed",
            code="source.bad_compression",
            params={"host": host},
        )
    if isinstance(exc, OSError):
        return SourceError(
            f"could not reach {host}: {exc.strerror or exc}",
            code="source.unreachable",
            params={"host": host, **os_reason(exc)},
        )
    if isinstance(exc, UnicodeError | ValueError):
        return SourceError(
            f"{url} is not a valid web address", code="source.bad_address", params={"source": url}
        )
    if isinstance(exc, Exception):
        return SourceError(f"could not load {url}: {exc}", code="source.failed", params={"source": url})
    raise exc


def _read_body(
    resp: http.client.HTTPResponse,
    limits: FetchLimits,
    deadline: float,
    cancel: threading.Event | None,
    progress: ProgressCallback | None,
    host: str,
) -> bytes:
    cap = limits.max_bytes
    encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "", *ENCODINGS):
        raise SourceError(
            f"the server sent the page in an encoding this program cannot read ({encoding})",
            code="source.encoding",
            params={"host": host, "encoding": encoding},
        )
    length_header = resp.getheader("Content-Length")
    total: int | None = None
    if length_header and length_header.strip().isdigit() and len(length_header.strip()) < 19:
        total = int(length_header)
        if encoding in ("identity", "") and total > cap:
            raise TooLargeError(size_message(cap), params=size_params(cap))
    inflater = Inflater(encoding, cap, host) if encoding in ENCODINGS else None
    out = bytearray()
    received = 0
    if progress is not None:
        progress(0, total)
    while True:
        check_cancel(cancel)
        if time.monotonic() > deadline:
            raise _too_slow(host, limits)
        chunk = resp.read1(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if received > cap and inflater is None:
            raise TooLargeError(size_message(cap), params=size_params(cap))
        if received > cap * 2:  # compressed bytes alone past twice the cap
            raise TooLargeError(size_message(cap), params=size_params(cap))
        if inflater is not None:
            inflater.feed(chunk)
        else:
            out += chunk
        if progress is not None:
            progress(received, total)
    check_cancel(cancel)
    if total is not None and received < total:
        raise SourceError(
            "the server closed the connection before sending the whole page; try again",
            code="source.connection_closed",
            params={"host": host},
        )
    if inflater is not None:
        try:
            return inflater.finish()
        except TruncatedError:
            raise SourceError(
                f"{host} sent a compressed page that was cut off before its end; try again",
                code="source.truncated",
                params={"host": host},
            ) from None
    return bytes(out)
