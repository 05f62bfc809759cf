"""A real HTTP server on 127.0.0.1 for tests: routes with status, headers, bodies, streams and stalls.

Usage::

    with LocalServer() as server:
        server.add("/page", b"<html>...</html>", headers={"Content-Type": "text/html; charset=utf-8"})
        load_article(server.url("/page"))

Stalls wait on the server's own shutdown event, so closing the server never hangs on a slow route.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Body = bytes | Callable[[], Iterable[bytes]]


@dataclass
class Route:
    body: Body = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stall_before_headers: float = 0.0  # seconds of silence before the status line
    stall_after_headers: float = 0.0  # seconds of silence after the headers, before the body
    content_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    truncate_to: int | None = None  # send only this many bytes of a Content-Length body, then close


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class LocalServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.handlers: dict[str, Callable[[Seen], Route]] = {}
        self.requests: list[Seen] = []
        self.closing = threading.Event()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server._handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:  # https://127.0.0.1:port with whatever certificate the context holds
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="test-http", daemon=True
        )

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def add(
        self,
        path: str,
        body: Body = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str | None = "text/html; charset=utf-8",
        **kwargs: Any,
    ) -> str:
        """Serve ``body`` at ``path``; returns the full URL."""
        hdrs = dict(headers or {})
        if content_type is not None and not any(k.lower() == "content-type" for k in hdrs):
            hdrs["Content-Type"] = content_type
        self.routes[path] = Route(body=body, status=status, headers=hdrs, **kwargs)
        return self.url(path)

    def add_handler(self, path: str, handler: Callable[[Seen], Route]) -> str:
        """Answer ``path`` with whatever ``handler`` returns for the request (headers, cookies)."""
        self.handlers[path] = handler
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.add(path, b"", status=status, headers={"Location": location}, content_type=None)

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        seen = Seen(h.path, {k: v for k, v in h.headers.items()})
        with self._lock:
            self.requests.append(seen)
        handler = self.handlers.get(h.path)
        route = handler(seen) if handler is not None else self.routes.get(h.path)
        if route is None:
            route = Route(
                b"<html><body><p>not here</p></body></html>",
                status=404,
                headers={"Content-Type": "text/html"},
            )
        if route.stall_before_headers and self.closing.wait(route.stall_before_headers):
            return
        try:
            h.send_response(route.status)
            for k, v in route.headers.items():
                h.send_header(k, v)
            body = route.body
            if isinstance(body, bytes) and route.content_length:
                h.send_header("Content-Length", str(len(body)))
            h.send_header("Connection", "close")
            h.end_headers()
            h.wfile.flush()
            if route.stall_after_headers and self.closing.wait(route.stall_after_headers):
                return
            if isinstance(body, bytes) and route.truncate_to is not None:
                body = body[: route.truncate_to]
            chunks: Iterator[bytes] | Iterable[bytes] = [body] if isinstance(body, bytes) else body()
            for chunk in chunks:
                if self.closing.is_set():
                    return
                h.wfile.write(chunk)
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size cap, cancel): expected in tests
        finally:
            h.close_connection = True
