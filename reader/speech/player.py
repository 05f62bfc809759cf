"""Sentence-by-sentence playback through pygame's mixer, driven by polling.

One clip per sentence keeps previous/next and the highlight exact. Clips go through one reserved
mixer channel: the clip after the current one sits in the channel's own queue slot, so SDL starts
it with no gap; the rest wait in our FIFO and move into that slot on ``poll()``. pygame events need
a display, so instead of the event queue ``poll()`` looks at which Sound the channel holds — call it
every 10–50 ms (a QTimer in the window, a thread in the read-aloud session).

Qt-free; pygame is imported lazily so the module costs nothing until audio is needed.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reader.errors import ReaderError

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".mp3", ".wav")
NO_AUDIO_MESSAGE = "No audio device: read-aloud can still export MP3"


class AudioUnavailable(ReaderError):
    """The mixer could not open an audio device (headless machine, no sound card, busy device)."""

    default_code = "audio.no_device"


class AudioFormatError(ReaderError):
    """A clip is not a playable mp3/wav file."""

    default_code = "audio.bad_clip"


@dataclass(frozen=True)
class PlayerEvent:
    kind: Literal["started", "finished"]
    tag: Any
    silence: bool = False


@dataclass
class _Item:
    sound: Any  # pygame.mixer.Sound
    tag: Any
    length: float
    silence: bool = False


def preload() -> None:
    """Import pygame ahead of need (it takes a noticeable fraction of a second)."""
    _pygame()


def _pygame() -> Any:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    return pygame


class Player:
    """Plays a FIFO of clips (and silences) gaplessly on one channel; thread-safe.

    pygame's mixer is one per process: each open player holds its own reserved channel in
    ``_taken`` and the last one to close shuts the mixer down, so closing one window never
    silences another.
    """

    _taken: set[int] = set()  # noqa: RUF012 - deliberately shared: it mirrors pygame's one mixer
    _users_lock = threading.Lock()

    def __init__(self, *, frequency: int = 44100, channels: int = 2, buffer: int = 1024) -> None:
        self._frequency = frequency
        self._channels = channels
        self._buffer = buffer
        self._lock = threading.RLock()
        self._channel: Any = None
        self._owns_mixer = False
        self._index = 0
        self._pending: deque[_Item] = deque()
        self._current: _Item | None = None
        self._queued: _Item | None = None
        self._volume = 1.0
        self._paused = False
        self._started_at = 0.0  # monotonic time the current item began, pauses excluded
        self._paused_at = 0.0
        self._events: list[PlayerEvent] = []

    # -- device -------------------------------------------------------------------------------

    def open(self) -> None:
        """Open the audio device; raises AudioUnavailable with a message the window can show."""
        with self._lock:
            if self._channel is not None:
                return
            try:
                pygame = _pygame()
            except ImportError as exc:  # a broken install, not a missing device, but the same outcome
                raise AudioUnavailable(f"{NO_AUDIO_MESSAGE} (pygame is not available: {exc})") from exc
            with Player._users_lock:
                try:
                    if pygame.mixer.get_init() is None:
                        pygame.mixer.init(
                            frequency=self._frequency, size=-16, channels=self._channels, buffer=self._buffer
                        )
                    index = min(set(range(len(Player._taken) + 1)) - Player._taken)
                    pygame.mixer.set_num_channels(max(8, index + 1))
                    pygame.mixer.set_reserved(max(Player._taken | {index}) + 1)
                    self._channel = pygame.mixer.Channel(index)
                except pygame.error as exc:
                    log.info("audio device unavailable: %s", exc)
                    raise AudioUnavailable(f"{NO_AUDIO_MESSAGE} ({exc})") from exc
                Player._taken.add(index)
                self._index = index
                self._owns_mixer = True

    def close(self) -> None:
        with self._lock:
            if self._channel is None:
                return
            self._clear()
            self._channel = None
            if self._owns_mixer:
                self._owns_mixer = False
                with Player._users_lock:
                    Player._taken.discard(self._index)
                    if not Player._taken:
                        _pygame().mixer.quit()

    @property
    def is_open(self) -> bool:
        return self._channel is not None

    @property
    def mixer_format(self) -> tuple[int, int, int]:
        """(frequency, size, channels) of the opened mixer."""
        init = _pygame().mixer.get_init()
        if init is None:
            raise AudioUnavailable(NO_AUDIO_MESSAGE)
        return (int(init[0]), int(init[1]), int(init[2]))

    # -- queue ----------------------------------------------------------------------------------

    def load(self, path: str | os.PathLike[str], tag: Any = None) -> _Item:
        """Decode a clip now (so a bad file fails here, not mid-playback)."""
        p = Path(path)
        if p.suffix.lower() not in AUDIO_SUFFIXES:
            raise AudioFormatError(
                f"Cannot play {p.name}: only MP3 and WAV clips are supported", params={"name": p.name}
            )
        self._require_open()
        pygame = _pygame()
        try:
            sound = pygame.mixer.Sound(str(p))
        except (pygame.error, FileNotFoundError) as exc:
            raise AudioFormatError(f"Cannot play {p.name}: {exc}", params={"name": p.name}) from exc
        sound.set_volume(self._volume)
        return _Item(sound, tag, float(sound.get_length()))

    def silence(self, seconds: float, tag: Any = None) -> _Item:
        """A silent clip in the mixer's own format (a pause between paragraphs)."""
        self._require_open()
        freq, size, channels = self.mixer_format
        frames = max(1, int(seconds * freq))
        data = bytes(frames * channels * (abs(size) // 8))
        sound = _pygame().mixer.Sound(buffer=data)
        return _Item(sound, tag, frames / freq, silence=True)

    def play(self, path: str | os.PathLike[str], tag: Any = None) -> None:
        """Drop whatever is playing or queued and start this clip now."""
        item = self.load(path, tag)
        with self._lock:
            self._clear()
            self._paused = False
            self._pending.append(item)
            self._feed()

    def enqueue(self, path: str | os.PathLike[str], tag: Any = None) -> None:
        """Play after everything already queued, with no gap."""
        item = self.load(path, tag)
        with self._lock:
            self._pending.append(item)
            self._feed()

    def enqueue_silence(self, seconds: float, tag: Any = None) -> None:
        if seconds <= 0:
            return
        item = self.silence(seconds, tag)
        with self._lock:
            self._pending.append(item)
            self._feed()

    def queued_count(self) -> int:
        """Items waiting after the current one (including the channel's queue slot)."""
        with self._lock:
            return len(self._pending) + (1 if self._queued is not None else 0)

    # -- transport -------------------------------------------------------------------------------

    def pause(self) -> None:
        with self._lock:
            if self._channel is None or self._paused:
                return
            self._paused = True
            self._paused_at = time.monotonic()
            self._channel.pause()

    def resume(self) -> None:
        with self._lock:
            if self._channel is None or not self._paused:
                return
            self._paused = False
            self._started_at += time.monotonic() - self._paused_at
            self._channel.unpause()
            self._feed()

    def stop(self) -> None:
        with self._lock:
            self._clear()
            self._paused = False

    def set_volume(self, volume: float) -> None:
        volume = max(0.0, min(1.0, float(volume)))
        with self._lock:
            self._volume = volume
            for item in (self._current, self._queued, *self._pending):
                if item is not None:
                    item.sound.set_volume(volume)

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def busy(self) -> bool:
        """True while something is playing, paused mid-clip, or waiting in the queue."""
        with self._lock:
            return self._current is not None or bool(self._pending)

    @property
    def current_tag(self) -> Any:
        with self._lock:
            return None if self._current is None else self._current.tag

    def elapsed(self) -> float:
        """Seconds into the current clip (frozen while paused)."""
        with self._lock:
            if self._current is None:
                return 0.0
            now = self._paused_at if self._paused else time.monotonic()
            return max(0.0, min(self._current.length, now - self._started_at))

    def current_length(self) -> float:
        with self._lock:
            return 0.0 if self._current is None else self._current.length

    def poll(self) -> list[PlayerEvent]:
        """Advance the queue and return what started or finished since the last call."""
        with self._lock:
            if self._channel is not None and self._current is not None and not self._paused:
                playing = self._channel.get_sound() if self._channel.get_busy() else None
                if playing is not self._current.sound:
                    done = self._current
                    self._events.append(PlayerEvent("finished", done.tag, done.silence))
                    if self._queued is not None and playing is self._queued.sound:
                        # SDL already switched; date the new clip from where the old one ended
                        nxt = self._queued
                        self._queued = None
                        self._current = nxt
                        self._started_at = min(time.monotonic(), self._started_at + done.length)
                        self._events.append(PlayerEvent("started", nxt.tag, nxt.silence))
                    else:
                        if self._queued is not None:  # ran dry past the queue slot too (a long stall)
                            self._pending.appendleft(self._queued)
                            self._queued = None
                        self._current = None
            self._feed()
            events, self._events = self._events, []
            return events

    # -- internals -------------------------------------------------------------------------------

    def _require_open(self) -> None:
        if self._channel is None:
            raise AudioUnavailable(NO_AUDIO_MESSAGE)

    def _clear(self) -> None:
        self._pending.clear()
        self._current = None
        self._queued = None
        self._events.clear()
        if self._channel is not None:
            self._channel.stop()

    def _feed(self) -> None:
        """Start the next item if idle; keep the channel's queue slot filled."""
        if self._channel is None or self._paused:
            return
        if self._current is None and self._pending:
            item = self._pending.popleft()
            self._current = item
            self._started_at = time.monotonic()
            self._channel.play(item.sound)
            self._events.append(PlayerEvent("started", item.tag, item.silence))
        if self._current is not None and self._queued is None and self._pending:
            item = self._pending.popleft()
            self._queued = item
            self._channel.queue(item.sound)
