"""What every speech engine offers, and the one error type they raise."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, Protocol, runtime_checkable

from reader.errors import Param, ReaderError

AudioFormat = Literal["mp3", "wav"]


@dataclass(frozen=True)
class WordMark:
    """One spoken word inside a clip, as the engine reported it.

    ``start``/``end`` are seconds from the start of the clip as it plays (after any speed change);
    ``text_start``/``text_end`` are the word's character span in the text the clip was made from
    (for a sentence, its ``spoken`` text — map it to the displayed sentence with
    :class:`reader.speech.words.WordTimeline`); ``text`` is the word as the engine heard it.
    ``estimated``: the time is not the engine's own (Google's voice reports no words, so its
    words are spread over the clip by their length; espeak-ng leaves some Korean words unreported,
    and those share the time between their neighbours).
    """

    start: float
    end: float
    text_start: int
    text_end: int
    text: str = ""
    estimated: bool = False

    def shifted(self, seconds: float = 0.0, chars: int = 0) -> WordMark:
        return replace(
            self,
            start=self.start + seconds,
            end=self.end + seconds,
            text_start=self.text_start + chars,
            text_end=self.text_end + chars,
        )

    def scaled(self, factor: float) -> WordMark:
        """Times multiplied by ``factor`` (a clip played ``1/factor`` times as fast)."""
        return replace(self, start=self.start * factor, end=self.end * factor)


WordMarks = tuple[WordMark, ...]


@dataclass(frozen=True)
class AudioClip:
    data: bytes
    fmt: AudioFormat
    engine: str = ""  # which engine really produced it (auto may have fallen back)
    voice: str = ""
    words: WordMarks | None = None  # per-word timings, when the engine gives them
    rate: float = 1.0  # the speed already applied by the engine (1.0: the synthesizer stretches)


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
        params: dict[str, Param] | None = None,
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


@runtime_checkable
class NativeRateEngine(Engine, Protocol):
    """An engine that speaks at a given speed itself (the service's prosody rate), so the
    synthesizer neither time-stretches its audio nor needs its 1× clip first. The clip's ``rate``
    says which speed it really has (an automatic engine may answer with a voice that has none)."""

    native_rate: bool

    def synthesize_at(self, text: str, lang: str, rate: float) -> AudioClip: ...


def primary_lang(lang: str) -> str:
    return (lang or "en").replace("_", "-").split("-")[0].lower()
