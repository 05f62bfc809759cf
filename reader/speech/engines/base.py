"""What every speech engine offers, and the one error type they raise."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from reader.errors import Param, ReaderError

AudioFormat = Literal["mp3", "wav"]


@dataclass(frozen=True)
class AudioClip:
    data: bytes
    fmt: AudioFormat
    engine: str = ""  # which engine really produced it (auto may have fallen back)
    voice: str = ""


class EngineError(ReaderError):
    """Synthesis failed. ``retryable``: worth trying again later; ``status``: HTTP status if any."""

    default_code = "speech.failed"

    def __init__(
        self,
        message: str,
        retryable: bool = False,
        status: int | None = None,
        *,
        code: str | None = None,
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.retryable = retryable
        self.status = status
        self.retry_after = 0.0  # seconds the server asked us to wait (429 Retry-After)


@runtime_checkable
class Engine(Protocol):
    name: str

    @property
    def offline(self) -> bool:
        """True for an engine on this machine (espeak-ng): the text then gets the extra offline
        normalization (numbers written out in Hangul, acronyms spelled)."""
        ...

    def voice_id(self, lang: str) -> str: ...

    def synthesize(self, text: str, lang: str) -> AudioClip: ...


def primary_lang(lang: str) -> str:
    return (lang or "en").replace("_", "-").split("-")[0].lower()
