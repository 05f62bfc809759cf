"""Reading one article aloud: prefetching synthesis, sentence playback and the controls a listener uses.

Two daemon threads per session: a synthesis worker that keeps the current sentence and the next
``ahead`` spoken sentences ready (so playback starts as soon as the FIRST sentence is synthesized,
not the whole article), and a driver that polls the player and hands it the next clip while the
current one plays (gapless). Everything the outside sees arrives through callbacks — on these
worker threads; the window turns them into Qt signals.

Word highlight: with the highlight unit "word" (the ``tts_highlight_unit`` setting) the driver
looks up, at each poll, the word being spoken in the current clip's word timings
(:class:`reader.speech.words.WordTimeline`) and reports each change through ``on_word``; with
"sentence" or "off" no word is looked up (what the window then shows is its own business).

Failures never escape as tracebacks: an engine error on a sentence stops reading when playback
reaches it, with one message through ``on_error``. The auto engine's fallback is the engine's own
business; its notice reaches the user through the engine's ``on_notice``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from reader.errors import Notice, ReaderError
from reader.speech.player import AudioUnavailable, Player, PlayerEvent
from reader.speech.words import HIGHLIGHT_UNITS, WordTimeline

log = logging.getLogger(__name__)

MIN_RATE = 0.5
MAX_RATE = 3.0
DEFAULT_SECONDS_PER_CHAR = 0.085  # until a clip is measured; a Korean voice at 1.0× is near this
# A paragraph break is heard as one only when it is clearly longer than a sentence break: at every
# pause setting the silence after a paragraph is at least this much longer (export does the same).
PARAGRAPH_EXTRA_MIN = 0.35


def paragraph_extra(seconds: float) -> float:
    """The silence added after a paragraph for a pause setting of ``seconds`` (0-2)."""
    return max(PARAGRAPH_EXTRA_MIN, min(2.0, float(seconds)))


# States reported through on_state
IDLE = "idle"  # nothing started yet
LOADING = "loading"  # waiting for a sentence's audio
PLAYING = "playing"
PAUSED = "paused"
STOPPED = "stopped"
FINISHED = "finished"
ERROR = "error"


class SentenceLike(Protocol):
    index: int
    block_index: int
    start: int
    end: int
    text: str
    spoken: str
    skip: bool
    paragraph_end: bool


class SynthesizerLike(Protocol):
    def clip_for(self, spoken: str, lang: str, rate: float = 1.0) -> Path: ...


WordSpan = tuple[int, int] | None


def _noop(*_args: Any) -> None:
    return None


@dataclass
class Callbacks:
    on_sentence: Callable[[int], None] = _noop
    on_state: Callable[[str], None] = _noop
    on_notice: Callable[[Notice], None] = _noop
    on_error: Callable[[Notice], None] = _noop  # the failure as a value the window words
    on_finished: Callable[[], None] = _noop
    # (sentence index, (start, end) of the word being spoken in its block's text — the offsets of
    # Sentence.start/end — or None when no word is marked, e.g. before the first word of a sentence)
    on_word: Callable[[int, WordSpan], None] = _noop


class ReadAloudSession:
    """One article's sentences read aloud with prefetch; all public methods are thread-safe."""

    def __init__(
        self,
        sentences: Sequence[SentenceLike],
        synthesizer: SynthesizerLike,
        lang: str,
        *,
        player: Player | None = None,
        rate: float = 1.0,
        volume: float = 1.0,
        paragraph_pause: float = 0.4,
        ahead: int = 3,
        poll_interval: float = 0.02,
        callbacks: Callbacks | None = None,
        highlight_unit: str = "word",
    ) -> None:
        self.sentences = list(sentences)
        self.lang = lang
        self.callbacks = callbacks or Callbacks()
        self._synth = synthesizer
        self._owns_player = player is None  # a player passed in is shared and outlives the session
        self._player = player or Player()
        self._rate = _clamp_rate(rate)
        self._volume = max(0.0, min(1.0, volume))
        self._paragraph_pause = paragraph_extra(paragraph_pause)
        self._ahead = max(1, ahead)
        self._poll_interval = poll_interval
        self._unit = highlight_unit if highlight_unit in HIGHLIGHT_UNITS else "word"
        self._timelines: dict[int, WordTimeline | None] = {}  # per sentence, for its current clip
        self._word: tuple[int, WordSpan] | None = None  # the last word reported

        self._lock = threading.RLock()
        self._work = threading.Condition(self._lock)
        self._wake = threading.Event()
        self._closed = False
        self._threads: list[threading.Thread] = []
        self._spoken = [i for i, s in enumerate(self.sentences) if not s.skip and s.spoken.strip()]

        self._state = IDLE
        self._cursor = self._spoken[0] if self._spoken else 0  # the sentence playing / about to play
        self._next_to_schedule: int | None = None  # next spoken sentence not yet given to the player
        self._last_scheduled: int | None = None
        self._gen = 0  # bumped when clips become stale (speed or voice changed)
        self._clips: dict[int, Path] = {}
        self._failed: dict[int, Notice] = {}
        self._retryable: set[int] = set()  # failed, but the engine said trying again may work
        self._retried: set[int] = set()
        self._durations: dict[int, float] = {}
        self._in_flight: int | None = None
        self._pending_calls: list[Callable[[], None]] = []
        self.requested: list[int] = []  # sentence indices in the order synthesis was asked for

    # -- properties ------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def current(self) -> int:
        return self._cursor

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def paragraph_pause(self) -> float:
        return self._paragraph_pause

    @property
    def spoken_indices(self) -> list[int]:
        return list(self._spoken)

    @property
    def highlight_unit(self) -> str:
        return self._unit

    def ready_clips(self) -> dict[int, Path]:
        with self._lock:
            return dict(self._clips)

    # -- controls --------------------------------------------------------------------------------

    def play(self, from_sentence: int | None = None) -> None:
        """Start (or restart) reading at a sentence; None continues from the current one."""
        with self._lock:
            if self._closed:
                return
            if not self._open_audio():
                self._flush()
                return
            self._start_threads()
            self._failed.clear()  # the listener asked again: earlier failures get a fresh try
            self._retryable.clear()
            self._retried.clear()
            self._seek(self._cursor if from_sentence is None else from_sentence)
        self._flush()

    def replay(self) -> None:
        """다시듣기: from the first sentence; every clip already made comes from the cache."""
        self.play(self._spoken[0] if self._spoken else 0)

    def toggle(self) -> None:
        """What 기사 읽어주기 does: start, pause or resume."""
        with self._lock:
            state = self._state
        if state in (PLAYING, LOADING):
            self.pause()
        elif state == PAUSED:
            self.resume()
        elif state == FINISHED:
            self.replay()
        else:
            self.play()

    def pause(self) -> None:
        with self._lock:
            if self._state not in (PLAYING, LOADING):
                return
            self._player.pause()
            self._set_state(PAUSED)
        self._flush()

    def resume(self) -> None:
        with self._lock:
            if self._state != PAUSED:
                return
            if self._player.busy:
                self._player.resume()
                self._set_state(PLAYING)
            else:  # paused before the audio arrived, or after a speed/voice change: start afresh
                self._seek(self._cursor)
        self._flush()

    def stop(self) -> None:
        with self._lock:
            self._player.stop()
            self._next_to_schedule = None
            if self._state not in (IDLE, STOPPED, FINISHED, ERROR):
                self._set_state(STOPPED)
        self._flush()

    def next(self) -> None:
        with self._lock:
            nxt = self._neighbour(self._cursor, +1)
            if nxt is None:
                self._player.stop()
                self._finish()
            else:
                self._seek_keep_pause(nxt)
        self._flush()

    def previous(self) -> None:
        with self._lock:
            prev = self._neighbour(self._cursor, -1)
            self._seek_keep_pause(self._cursor if prev is None else prev)
        self._flush()

    def set_rate(self, rate: float) -> None:
        """Change speed (pitch kept by the synthesizer); the current sentence restarts at the new speed."""
        rate = _clamp_rate(rate)
        with self._lock:
            if abs(rate - self._rate) < 1e-6:
                return
            self._rate = rate
            self._invalidate_clips()
        self._flush()

    def set_synthesizer(self, synthesizer: SynthesizerLike) -> None:
        """A different engine or voice: clips made so far no longer apply."""
        with self._lock:
            self._synth = synthesizer
            self._invalidate_clips()
        self._flush()

    def set_volume(self, volume: float) -> None:
        with self._lock:
            self._volume = max(0.0, min(1.0, float(volume)))
            if self._player.is_open:
                self._player.set_volume(self._volume)

    def set_highlight_unit(self, unit: str) -> None:
        """"word", "sentence" or "off"; leaving "word" reports that no word is marked."""
        if unit not in HIGHLIGHT_UNITS:
            raise ValueError(f"highlight unit must be one of {HIGHLIGHT_UNITS}, not {unit!r}")
        with self._lock:
            self._unit = unit
            if unit != "word" and self._word is not None and self._word[1] is not None:
                self._word = (self._word[0], None)
                self._call(self.callbacks.on_word, self._word[0], None)
        self._flush()

    def current_word(self) -> tuple[int, tuple[int, int]] | None:
        """(sentence index, (start, end) in its block's text) of the word being spoken now, or
        None (no word timings, between sentences, or the unit is not "word")."""
        with self._lock:
            return self._word_now()

    def set_paragraph_pause(self, seconds: float) -> None:
        with self._lock:
            self._paragraph_pause = paragraph_extra(seconds)

    def progress(self) -> tuple[int, int, float, float]:
        """(1-based place of the current sentence among the spoken ones, their count,
        seconds elapsed, estimated total seconds)."""
        with self._lock:
            per_char = self._seconds_per_char()
            elapsed = 0.0
            total = 0.0
            pos = 0
            for n, i in enumerate(self._spoken):
                length = self._durations.get(i)
                if length is None:
                    length = len(self.sentences[i].spoken) * per_char
                if i < self._cursor:
                    elapsed += length
                if i <= self._cursor:
                    pos = n + 1
                total += length
            if self._player.is_open and self._player.current_tag == ("s", self._cursor):
                elapsed += self._player.elapsed()
            return pos, len(self._spoken), elapsed, total

    def close(self, wait: bool = True) -> None:
        """Stop everything and end the threads; the session cannot be used afterwards.

        ``wait=False`` (the window) does not join the threads: a request in flight may take until
        its timeout, and its result is dropped when it arrives.
        """
        with self._lock:
            self._closed = True
            self._player.stop()
            self._work.notify_all()
        self._wake.set()
        if wait:
            for t in self._threads:
                if t is not threading.current_thread():
                    t.join(timeout=5)
        if self._owns_player:
            self._player.close()

    # -- internals (call with the lock held) -----------------------------------------------------

    def _open_audio(self) -> bool:
        if self._player.is_open:
            return True
        try:
            self._player.open()
        except AudioUnavailable as exc:
            self._set_state(ERROR)
            self._call(self.callbacks.on_error, exc.notice())
            return False
        self._player.set_volume(self._volume)
        return True

    def _start_threads(self) -> None:
        if self._threads:
            return
        for name, target in (("tts-synth", self._synth_loop), ("tts-driver", self._drive_loop)):
            t = threading.Thread(target=target, name=name, daemon=True)
            self._threads.append(t)
            t.start()

    def _seek(self, index: int) -> None:
        target = self._first_spoken_at_or_after(index)
        self._player.stop()
        if target is None:
            self._finish()
            return
        self._cursor = target
        self._next_to_schedule = target
        self._last_scheduled = None
        self._set_state(LOADING)
        self._call(self.callbacks.on_sentence, target)
        self._work.notify_all()
        self._schedule()

    def _seek_keep_pause(self, index: int) -> None:
        """Previous/next while paused moves the highlight but stays paused."""
        if self._state == PAUSED:
            self._player.stop()
            target = self._first_spoken_at_or_after(index)
            if target is not None:
                self._cursor = target
                self._next_to_schedule = None
                self._call(self.callbacks.on_sentence, target)
                self._work.notify_all()
            return
        if self._state in (IDLE, STOPPED, FINISHED, ERROR):  # move the place, don't start reading
            target = self._first_spoken_at_or_after(index)
            if target is not None:
                self._cursor = target
                self._call(self.callbacks.on_sentence, target)
            return
        self._seek(index)

    def _invalidate_clips(self) -> None:
        self._gen += 1
        self._clips.clear()
        self._timelines.clear()
        self._failed.clear()
        self._retryable.clear()
        self._retried.clear()
        self._durations.clear()
        if self._state in (PLAYING, LOADING):
            self._seek(self._cursor)
        elif self._state == PAUSED:
            self._player.stop()
            self._next_to_schedule = None
        self._work.notify_all()

    def _finish(self) -> None:
        self._next_to_schedule = None
        if self._state != FINISHED:
            self._set_state(FINISHED)
            self._call(self.callbacks.on_finished)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._call(self.callbacks.on_state, state)

    def _call(self, fn: Callable[..., None], *args: Any) -> None:
        self._pending_calls.append(lambda: fn(*args))

    def _flush(self) -> None:
        """Run queued callbacks outside the lock, so a callback may call back into the session."""
        with self._lock:
            calls, self._pending_calls = self._pending_calls, []
        for call in calls:
            try:
                call()
            except Exception:  # a broken listener must not kill playback
                log.exception("read-aloud callback failed")

    def _first_spoken_at_or_after(self, index: int) -> int | None:
        for i in self._spoken:
            if i >= index:
                return i
        return None

    def _neighbour(self, index: int, step: int) -> int | None:
        if step > 0:
            return next((i for i in self._spoken if i > index), None)
        return next((i for i in reversed(self._spoken) if i < index), None)

    def _window(self) -> list[int]:
        """The sentences that should have audio now: the current one and the next ``ahead``."""
        if self._state not in (PLAYING, LOADING, PAUSED):
            return []
        start = self._cursor
        return [i for i in self._spoken if i >= start][: self._ahead + 1]

    def _seconds_per_char(self) -> float:
        chars = sum(len(self.sentences[i].spoken) for i in self._durations)
        if chars >= 20:
            return sum(self._durations.values()) / chars
        return DEFAULT_SECONDS_PER_CHAR / self._rate

    def _schedule(self) -> None:
        """Give the player the next clip(s) that are ready, keeping one queued behind the current."""
        if self._state not in (PLAYING, LOADING) or self._closed:
            return
        while self._next_to_schedule is not None:
            i = self._next_to_schedule
            if i in self._failed:
                if not self._player.busy and i in self._retryable and i not in self._retried:
                    # a timeout or a busy server: one more try when playback gets there, then give up
                    self._retried.add(i)
                    del self._failed[i]
                    self._retryable.discard(i)
                    self._work.notify_all()
                    return
                if not self._player.busy:
                    message = self._failed[i]
                    self._player.stop()
                    self._next_to_schedule = None
                    if self._cursor != i:  # show where reading stopped; Read Aloud tries again from here
                        self._cursor = i
                        self._call(self.callbacks.on_sentence, i)
                    self._set_state(ERROR)
                    self._call(self.callbacks.on_error, message)
                return
            clip = self._clips.get(i)
            if clip is None:
                return
            if self._player.busy and self._player.queued_count() >= 1:
                return
            try:
                if not self._player.busy:
                    self._player.play(clip, ("s", i))
                else:
                    prev = self._last_scheduled
                    if prev is not None and self.sentences[prev].paragraph_end and self._paragraph_pause > 0:
                        self._player.enqueue_silence(self._paragraph_pause, ("gap", prev))
                    self._player.enqueue(clip, ("s", i))
            except ReaderError as exc:
                self._failed[i] = exc.notice()
                continue
            self._last_scheduled = i
            self._next_to_schedule = self._neighbour(i, +1)
            if self._next_to_schedule is None:
                return

    def _handle(self, events: list[PlayerEvent]) -> None:
        for ev in events:
            if ev.kind != "started" or ev.silence:
                continue
            _, i = ev.tag
            self._durations[i] = self._player.current_length()
            if self._state == LOADING:
                self._set_state(PLAYING)
            if i != self._cursor:
                self._cursor = i
                self._call(self.callbacks.on_sentence, i)
            self._work.notify_all()  # the window moved: the worker may prefetch one more
        if (
            self._state == PLAYING
            and self._next_to_schedule is None
            and not self._player.busy
            and self._last_scheduled is not None
            and self._neighbour(self._last_scheduled, +1) is None
        ):
            self._finish()

    # -- threads ---------------------------------------------------------------------------------

    def _drive_loop(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                active = self._state in (PLAYING, LOADING)
                if active:
                    try:
                        self._handle(self._player.poll())
                        self._schedule()
                        self._track_word()
                    except Exception as exc:  # never let the driver die silently mid-article
                        log.exception("read-aloud driver failed")
                        self._player.stop()
                        self._set_state(ERROR)
                        self._call(
                            self.callbacks.on_error,
                            Notice("speech.playback_failed", f"Playback failed: {exc}", {"detail": str(exc)}),
                        )
            self._flush()
            self._wake.wait(self._poll_interval if active else 0.2)
            self._wake.clear()

    def _word_now(self) -> tuple[int, tuple[int, int]] | None:
        if self._unit != "word" or not self._player.is_open:
            return None
        tag = self._player.current_tag
        if not (isinstance(tag, tuple) and len(tag) == 2 and tag[0] == "s"):
            return None
        i = tag[1]
        timeline = self._timeline(i)
        span = timeline.word_at(self._player.elapsed()) if timeline is not None else None
        if span is None:
            return None
        base = self.sentences[i].start
        return i, (base + span[0], base + span[1])

    def _timeline(self, i: int) -> WordTimeline | None:
        """Sentence ``i``'s word timeline (made by the synthesis worker when its clip came; made
        here if the unit became "word" later)."""
        if i not in self._timelines:
            clip = self._clips.get(i)
            self._timelines[i] = _make_timeline(self._synth, clip, self.sentences[i]) if clip else None
        return self._timelines[i]

    def _track_word(self) -> None:
        """Report the word being spoken when it changes (the driver's poll; lock held)."""
        if self._unit != "word":
            return
        now = self._word_now()
        if now is None:
            cursor = self._cursor
            if self._word is None or self._word == (cursor, None):
                return
            if self._state == PAUSED:
                return  # a paused word stays marked
            self._word = (cursor, None)
            self._call(self.callbacks.on_word, cursor, None)
            return
        if self._word != now:
            self._word = (now[0], now[1])
            self._call(self.callbacks.on_word, now[0], now[1])

    def _synth_loop(self) -> None:
        while True:
            with self._lock:
                job: tuple[int, int, str, float, SynthesizerLike] | None = None
                while job is None:
                    if self._closed:
                        return
                    for i in self._window():
                        if i not in self._clips and i not in self._failed:
                            s = self.sentences[i]
                            job = (i, self._gen, s.spoken, self._rate, self._synth)
                            break
                    if job is None:
                        self._work.wait()
                i, gen, spoken, rate, synth = job
                self._in_flight = i
                self.requested.append(i)
            clip: Path | None = None
            error: Notice | None = None
            retryable = False
            timeline: WordTimeline | None = None
            try:
                clip = synth.clip_for(spoken, self.lang, rate=rate)
                if self._unit == "word":  # here, not in the driver: the alignment may take a while
                    timeline = _make_timeline(synth, clip, self.sentences[i])
            except ReaderError as exc:
                error = exc.notice()
                retryable = bool(getattr(exc, "retryable", False))
            except Exception as exc:
                log.exception("speech synthesis failed for sentence %d", i)
                error = Notice(
                    "speech.synthesis_failed", f"Speech synthesis failed: {exc}", {"detail": str(exc)}
                )
            with self._lock:
                self._in_flight = None
                if gen == self._gen and not self._closed:
                    if clip is not None:
                        self._clips[i] = clip
                        if timeline is not None or self._unit == "word":
                            self._timelines[i] = timeline
                        else:
                            self._timelines.pop(i, None)
                    else:
                        log.warning("sentence %d could not be synthesized: %s", i, error)
                        self._failed[i] = error or Notice(
                            "speech.synthesis_failed", "Speech synthesis failed"
                        )
                        if retryable:
                            self._retryable.add(i)
                    self._schedule()
                    if self._state in (PLAYING, LOADING):
                        self._handle(self._player.poll())  # report first audio now, not at the next tick
            self._flush()
            self._wake.set()


def _make_timeline(synth: object, clip: Path, sentence: SentenceLike) -> WordTimeline | None:
    if not callable(getattr(synth, "words_for", None)):
        return None
    try:
        return WordTimeline.for_clip(synth, clip, sentence)  # type: ignore[arg-type]
    except Exception:  # word times are a nicety: never let them stop the reading
        log.exception("word times of sentence %d could not be read", sentence.index)
        return None


def _clamp_rate(rate: float) -> float:
    return max(MIN_RATE, min(MAX_RATE, float(rate)))
