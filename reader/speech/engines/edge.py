"""The plumbing under the natural voice: edge-tts (asyncio and aiohttp) run from our worker
threads with our own timeouts, pointed at another endpoint when asked, and its failures turned
into EngineErrors with codes.

edge-tts 7 takes no endpoint: it builds its URLs from module constants (``WSS_URL`` in
``edge_tts.communicate``, ``VOICE_LIST`` in ``edge_tts.voices``). Redirecting them (tests, a
proxy) is process-wide, so it happens under the one lock every request holds anyway. Its
``receive_timeout`` does not reach the WebSocket once it is open (aiohttp reads frames with no
timeout unless ``ws_connect`` gets one), so the silence timeout is ours, per received message.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import threading
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

from reader.speech.engines.base import EngineError

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Test and proxy hook: ``ws://host:port`` (or ``wss://``) used instead of Microsoft's service.
ENDPOINT_ENV = "ARTICLE_READER_NATURAL_ENDPOINT"
SERVICE_PATH = "/consumer/speech/synthesize/readaloud"
LABEL = "The natural voice"

# One request at a time for the whole process (the window's reader, a preview and an export share
# one budget); the URL constants are swapped under it.
REQUEST_LOCK = threading.Lock()


def configured_endpoint(endpoint: str | None = None) -> str | None:
    value = endpoint if endpoint is not None else os.environ.get(ENDPOINT_ENV, "")
    value = value.strip().rstrip("/")
    if not value:
        return None
    if not value.startswith(("ws://", "wss://")):
        raise EngineError(
            f"{ENDPOINT_ENV} must be a ws:// or wss:// address (got {value!r})", code="speech.endpoint"
        )
    return value


@contextlib.contextmanager
def service_urls(endpoint: str | None) -> Iterator[None]:
    """edge-tts's URLs pointed at ``endpoint`` for the duration (call with REQUEST_LOCK held)."""
    if not endpoint:
        yield
        return
    import edge_tts.communicate
    import edge_tts.voices
    from edge_tts.constants import TRUSTED_CLIENT_TOKEN

    http = "http" + endpoint[2:]  # ws:// -> http://, wss:// -> https://
    saved = (edge_tts.communicate.WSS_URL, edge_tts.voices.VOICE_LIST)
    edge_tts.communicate.WSS_URL = (
        f"{endpoint}{SERVICE_PATH}/edge/v1?TrustedClientToken={TRUSTED_CLIENT_TOKEN}"
    )
    edge_tts.voices.VOICE_LIST = f"{http}{SERVICE_PATH}/voices/list?trustedclienttoken={TRUSTED_CLIENT_TOKEN}"
    try:
        yield
    finally:
        edge_tts.communicate.WSS_URL, edge_tts.voices.VOICE_LIST = saved


def run_sync(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from a plain thread (our synthesis workers have no loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # called from inside a loop: not on it
        return pool.submit(lambda: asyncio.run(make())).result()


def engine_error(exc: BaseException) -> EngineError:
    """One EngineError for anything edge-tts, aiohttp or a broken answer raised."""
    import aiohttp
    from edge_tts import exceptions as edge

    params: dict[str, str | int | float] = {"engine": "natural"}
    if isinstance(exc, EngineError):
        return exc
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return EngineError(
            f"{LABEL} did not answer in time", retryable=True, code="speech.timeout", params=params
        )
    if isinstance(exc, aiohttp.ClientResponseError):  # includes a refused WebSocket handshake
        status = int(exc.status)
        params["status"] = status
        if status in (401, 403):
            return EngineError(
                f"{LABEL} refused the request ({status}: the service's token check failed)",
                status=status,
                code="speech.refused",
                params=params,
            )
        err = EngineError(
            f"{LABEL} failed: {status} ({'too many requests' if status == 429 else 'server error'})",
            retryable=status == 429 or status >= 500,
            status=status,
            code="speech.server",
            params=params,
        )
        retry_after = exc.headers.get("Retry-After", "") if exc.headers is not None else ""
        if isinstance(retry_after, str) and retry_after.strip().isdigit():
            err.retry_after = float(retry_after)
        return err
    if isinstance(exc, edge.SkewAdjustmentError):
        return EngineError(
            f"{LABEL} refused the request and its clock could not be read",
            code="speech.refused",
            params=params,
        )
    if isinstance(exc, edge.NoAudioReceived):
        return EngineError(
            f"{LABEL} answered without audio", retryable=True, code="speech.no_audio", params=params
        )
    if isinstance(exc, edge.WebSocketError | aiohttp.ClientConnectionError | ConnectionError):
        return EngineError(
            f"{LABEL} is unreachable (no connection, or it dropped)",
            retryable=True,
            code="speech.unreachable",
            params=params,
        )
    if isinstance(exc, aiohttp.ClientError | OSError):
        return EngineError(
            f"{LABEL} is unreachable ({exc})", retryable=True, code="speech.unreachable", params=params
        )
    if isinstance(exc, edge.UnexpectedResponse | edge.UnknownResponse | ValueError | KeyError | TypeError):
        log.info("natural voice: malformed answer: %r", exc)
        return EngineError(f"{LABEL} sent a malformed answer", code="speech.malformed", params=params)
    log.error("natural voice failed unexpectedly", exc_info=exc)
    return EngineError(f"{LABEL} failed: {exc}", retryable=True, code="speech.failed", params=params)
