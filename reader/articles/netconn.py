"""Opening the connection for a fetch: name lookup and connect that Cancel can interrupt, IDN host
names, and the proxy the environment names (HTTP(S)_PROXY / NO_PROXY, or the system's on Windows/macOS).

http.client would block in getaddrinfo() and connect() for the whole timeout; a reader who pressed
Cancel should not wait 20 seconds for a dead server.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
from typing import Any

from reader.errors import Cancelled, SourceError

_LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("loading was cancelled", code="cancelled")


def ascii_host(host: str) -> str:
    """한국일보.kr -> xn--...: http.client only speaks ASCII host names."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise SourceError(
            f"{host} is not a valid site name", code="source.bad_address", params={"source": host}
        ) from exc


def open_connection(
    url: str, timeout: float, cancel: threading.Event | None
) -> tuple[http.client.HTTPConnection, str]:
    """A not-yet-connected HTTP(S) connection for ``url`` and the request target to send."""
    parts = urllib.parse.urlsplit(url)
    if not parts.hostname:
        raise SourceError(f"{url} has no site name", code="source.bad_address", params={"source": url})
    host = ascii_host(parts.hostname)
    try:
        port = parts.port
    except ValueError as exc:
        raise SourceError(
            f"{url} has an invalid port number", code="source.bad_address", params={"source": url}
        ) from exc
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    path = urllib.parse.quote(path, safe="/%?=&;:@!$'()*+,~-._[]")  # Korean paths arrive unquoted
    https = parts.scheme == "https"
    proxy = _proxy_for(parts.scheme, host)
    conn: http.client.HTTPConnection
    if proxy is None:
        if https:
            conn = http.client.HTTPSConnection(
                host, port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
    else:
        proxy_host, proxy_port = proxy
        if https:
            conn = http.client.HTTPSConnection(
                proxy_host, proxy_port, timeout=timeout, context=ssl.create_default_context()
            )
            conn.set_tunnel(host, port or 443)
        else:
            conn = http.client.HTTPConnection(proxy_host, proxy_port, timeout=timeout)
            netloc = host if port is None else f"{host}:{port}"
            path = f"http://{netloc}{path}"
    # http.client looks this attribute up on every connect(); ours can be interrupted
    conn._create_connection = _cancellable_connector(cancel)  # type: ignore[attr-defined]
    return conn, path


def _proxy_for(scheme: str, host: str) -> tuple[str, int] | None:
    if host in _LOOPBACK or host.startswith("127."):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    parts = urllib.parse.urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or 8080


def _cancellable_connector(cancel: threading.Event | None) -> Any:
    def create_connection(
        address: tuple[str, int], timeout: Any = None, source_address: Any = None, **_: Any
    ) -> socket.socket:
        seconds = float(timeout) if isinstance(timeout, int | float) else 20.0
        return connect(address[0], address[1], seconds, cancel)

    return create_connection


def connect(host: str, port: int, timeout: float, cancel: threading.Event | None) -> socket.socket:
    deadline = time.monotonic() + timeout
    infos = _resolve(host, port, deadline, cancel)
    last: OSError | None = None
    for family, type_, proto, _name, address in infos:
        sock = socket.socket(family, type_, proto)
        try:
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                sock.connect(address)
            while True:
                check_cancel(cancel)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("timed out")
                _, writable, failed = select.select([], [sock], [sock], min(0.1, remaining))
                if writable or failed:
                    break
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                raise OSError(err, f"connect to {host}: error {err}")
            sock.settimeout(timeout)
            return sock
        except Cancelled:
            sock.close()
            raise
        except TimeoutError:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"no address for {host}")


def _resolve(host: str, port: int, deadline: float, cancel: threading.Event | None) -> list[Any]:
    if cancel is None:
        return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    result: list[Any] = []
    error: list[BaseException] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            result.extend(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except BaseException as exc:
            error.append(exc)
        finally:
            done.set()

    # a lookup cannot be interrupted: let it finish on its own if the reader cancels
    threading.Thread(target=lookup, name="fetch-dns", daemon=True).start()
    while not done.wait(0.05):
        check_cancel(cancel)
        if time.monotonic() > deadline:
            raise TimeoutError("name lookup timed out")
    if error:
        raise error[0]
    return result
