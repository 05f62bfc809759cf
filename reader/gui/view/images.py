"""Remote images, fetched only after the user turns images on; never anything but an image."""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QImage

from reader import __version__
from reader.errors import SourceError, TooLargeError

MAX_IMAGE_BYTES = 15 * 1024 * 1024


def fetch_image_job(url: str, timeout: float = 20.0) -> Callable[[threading.Event, Any], QImage]:
    def job(cancel: threading.Event, progress: Any) -> QImage:
        req = urllib.request.Request(url, headers={"User-Agent": f"article-reader/{__version__}"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                ctype = resp.headers.get("Content-Type", "")
                if ctype and not ctype.startswith("image/"):
                    raise SourceError(f"not an image: {ctype}")
                chunks: list[bytes] = []
                total = 0
                while not cancel.is_set():
                    chunk = resp.read(65536)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > MAX_IMAGE_BYTES:
                        raise TooLargeError("image too large")
                    chunks.append(chunk)
        except OSError as exc:
            raise SourceError(f"image not loaded: {exc}") from exc
        image = QImage()
        if not image.loadFromData(b"".join(chunks)):
            raise SourceError("image could not be decoded")
        return image

    if not url.lower().startswith(("http://", "https://")):
        raise ValueError("only http(s) images are fetched")
    return job
