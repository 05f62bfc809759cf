"""Remote images, fetched only after the user turns images on; never anything but an image."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtGui import QImage

from reader.errors import SourceError
from reader.gui.tasks import Progress

MAX_IMAGE_BYTES = 15 * 1024 * 1024


def fetch_image_job(url: str, timeout: float = 20.0) -> Callable[[threading.Event, Progress], QImage]:
    """A task fetching one web image through the core's one rule (reader.articles.imagesrc)."""
    from reader.articles.fetch import fetch_image
    from reader.articles.imagesrc import is_web_image

    def job(cancel: threading.Event, progress: Progress) -> QImage:
        data = fetch_image(url, cancel=cancel, timeout=timeout, max_bytes=MAX_IMAGE_BYTES)
        image = QImage()
        if not image.loadFromData(data):
            raise SourceError("image could not be decoded", code="image.undecodable")
        return image

    if not is_web_image(url):
        raise ValueError("only http(s) images are fetched")
    return job
