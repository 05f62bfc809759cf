"""gzip and deflate, read to their end: capped in size, and a stream cut short is an error.

A cut-off gzip file or download decompresses without complaint up to where it stops; read that way,
a truncated page becomes a short article with its end silently missing. Here the stream must reach
its end marker (and, for gzip, its checksum) or the page is refused. Several gzip members one after
another (what ``cat a.gz b.gz`` makes) are one file, as gzip itself reads them.
"""

from __future__ import annotations

import zlib

from reader.articles.limits import size_message, size_params
from reader.errors import SourceError, TooLargeError, UnsupportedContentError

ENCODINGS = ("gzip", "x-gzip", "deflate")


class TruncatedError(SourceError):
    """The compressed stream ended before its end marker."""

    default_code = "source.truncated"


class Inflater:
    """Streaming gzip/deflate with an output cap: a 10 kB bomb never becomes 10 GB in memory.

    ``feed`` the compressed bytes as they come, then ``finish``: it raises when the stream did not end.
    """

    def __init__(self, encoding: str, max_bytes: int, label: str) -> None:
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.label = label
        self._z: zlib._Decompress | None = None
        self._gzip = encoding in ("gzip", "x-gzip")
        self._out = bytearray()
        if self._gzip:
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes) -> None:
        while data:
            if self._z is None:
                # deflate is decided on the first bytes: zlib-wrapped (RFC 1950) or raw (what IIS sends)
                wrapped = (
                    len(data) >= 2
                    and data[0] & 0x0F == 8  # CM = deflate
                    and data[0] >> 4 <= 7  # a window of at most 32 kB
                    and not data[1] & 0x20  # no preset dictionary
                    and (data[0] * 256 + data[1]) % 31 == 0
                )
                self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
            elif self._z.eof:
                if not self._gzip or not data.strip(b"\0"):
                    return  # padding after the end (some servers add NULs): nothing more to read
                self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next gzip member
            try:
                self._out += self._z.decompress(data, self.max_bytes - len(self._out) + 1)
                while self._z.unconsumed_tail and len(self._out) <= self.max_bytes:
                    room = self.max_bytes - len(self._out) + 1
                    self._out += self._z.decompress(self._z.unconsumed_tail, room)
            except zlib.error as exc:
                raise self._damaged() from exc
            if len(self._out) > self.max_bytes:
                raise TooLargeError(
                    f"{self.label}: {size_message(self.max_bytes)}",
                    params={"source": self.label, **size_params(self.max_bytes)},
                )
            data = self._z.unused_data if self._z.eof else b""

    def finish(self) -> bytes:
        if self._z is None or not self._z.eof:
            raise TruncatedError(
                f"{self.label} was cut off: its compressed data ends before the end of the page",
                params={"source": self.label},
            )
        return bytes(self._out)

    @property
    def size(self) -> int:
        return len(self._out)

    def _damaged(self) -> SourceError:
        return UnsupportedContentError(
            f"{self.label} is compressed data that could not be decompressed",
            code="source.bad_compression",
            params={"source": self.label},
        )


def gunzip(data: bytes, label: str, max_bytes: int) -> bytes:
    """A whole .gz file (a saved ``page.html.gz``), checked to its end."""
    inflater = Inflater("gzip", max_bytes, label)
    inflater.feed(data)
    return inflater.finish()
