"""What a download may cost, kept apart from the network code so that opening a local file does not
import http.client, ssl and the cookie jar (they cost the first paint about 30 ms)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ProgressCallback = Callable[[int, "int | None"], None]


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 20.0  # connect, and the longest silence while reading
    total_timeout: float = 120.0  # the whole download, so a trickling server cannot hold us forever
    max_bytes: int = 20 * 1024 * 1024  # after decompression
    max_redirects: int = 10


def size_params(limit: int) -> dict[str, int]:
    """The parameters of a too-large error: the cap in megabytes."""
    return {"limit_mb": limit // (1024 * 1024)}


def size_message(limit: int) -> str:
    mb = limit // (1024 * 1024)
    return f"the page is larger than {mb} MB, more than a news article can be; it was not read"
