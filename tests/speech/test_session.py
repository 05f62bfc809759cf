"""The read-aloud session end to end: real Synthesizer, real espeak-ng / real gTTS against a fake
endpoint, real pygame playback (dummy or disk driver)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.articles.model import Article, Paragraph
from reader.settings import Settings
from reader.speech import session as S
from reader.speech.audio import duration
from reader.speech.cache import AudioCache
from reader.speech.engines import EngineError, make_engine
from reader.speech.player import Player
from reader.speech.sentences import split_article
from reader.speech.synth import Synthesizer
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3

__all__ = ["fake_google", "google_mp3"]  # fixtures used by name
from tests.listen_audio import MIXER_RATE, nonsilent_span, peak, read_pcm

pytestmark = pytest.mark.core

ARTICLE = Article(
    title="",
    lang="ko",
    blocks=[
        Paragraph("(서울=연합뉴스) 김민수 기자 = 비가 온다. 바람이 분다."),
        Paragraph("해가 뜬다. 새가 운다."),
        Paragraph("김민수 기자 kim@example.com"),
    ],
)
SPOKEN = [1, 2, 3, 4]  # 0 (dateline) and 5 (reporter line) are shown but not read

LONG_ARTICLE = Article(
    title="",
    lang="ko",
    blocks=[
        Paragraph("첫째 문장이다. 둘째 문장이다. 셋째 문장이다."),
        Paragraph("넷째 문장이다. 다섯째 문장이다. 여섯째 문장이다."),
        Paragraph("일곱째 문장이다. 여덟째 문장이다. 아홉째 문장이다. 열째 문장이다."),
    ],
)


class Recorder:
    """Collects the session's callbacks (they arrive on worker threads) with their times."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[tuple[str, Any, float]] = []
        self.t0 = time.monotonic()

    def callbacks(self) -> S.Callbacks:
        return S.Callbacks(
            on_sentence=lambda i: self._add("sentence", i),
            on_state=lambda st: self._add("state", st),
            on_notice=lambda m: self._add("notice", m.text),  # a Notice; its English sentence
            on_error=lambda m: self._add("error", m.text),
            on_finished=lambda: self._add("finished", None),
        )

    def _add(self, kind: str, value: Any) -> None:
        with self.lock:
            self.events.append((kind, value, time.monotonic()))

    def values(self, kind: str) -> list[Any]:
        with self.lock:
            return [v for k, v, _t in self.events if k == kind]

    def times(self, kind: str, value: Any) -> list[float]:
        with self.lock:
            return [t for k, v, t in self.events if k == kind and v == value]

    def wait_for(self, kind: str, value: Any = None, timeout: float = 20.0, count: int = 1) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                hits = [t for k, v, t in self.events if k == kind and (value is None or v == value)]
            if len(hits) >= count:
                return hits[count - 1]
            errors = self.values("error")
            if errors and kind != "error":
                raise AssertionError(f"session failed: {errors}")
            time.sleep(0.01)
        raise AssertionError(f"no {kind} {value!r} within {timeout} s; got {self.events}")


class SpySynth:
    """The real Synthesizer, with a note of every request and where playback was at that moment."""

    def __init__(self, inner: Synthesizer) -> None:
        self.inner = inner
        self.calls: list[tuple[str, float]] = []
        self.session: S.ReadAloudSession | None = None
        self.cursor_at_call: list[int] = []

    def clip_for(self, spoken: str, lang: str, rate: float = 1.0) -> Path:
        self.calls.append((spoken, rate))
        if self.session is not None:
            self.cursor_at_call.append(self.session.current)
        return self.inner.clip_for(spoken, lang, rate)


def wait_until(pred: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(0.01)
    raise AssertionError("condition not met in time")


@pytest.fixture
def settings() -> Settings:
    return Settings(None)


@pytest.fixture
def cache(tmp_path: Path) -> AudioCache:
    return AudioCache(tmp_path / "audio", 50 * 1024 * 1024)


@pytest.fixture
def sessions() -> Iterator[list[S.ReadAloudSession]]:
    made: list[S.ReadAloudSession] = []
    yield made
    for s in made:
        s.close()


def make_session(
    article: Article,
    synth: Any,
    rec: Recorder,
    sessions: list[S.ReadAloudSession],
    **kwargs: Any,
) -> S.ReadAloudSession:
    sentences = split_article(article, offline=True, include_title=False)
    session = S.ReadAloudSession(sentences, synth, "ko", callbacks=rec.callbacks(), **kwargs)
    sessions.append(session)
    if isinstance(synth, SpySynth):
        synth.session = session
    return session


def espeak_synth(settings: Settings, cache: AudioCache) -> Synthesizer:
    return Synthesizer(make_engine("espeak", settings), cache)


def test_reads_every_spoken_sentence_in_order_into_real_audio(
    settings: Settings,
    cache: AudioCache,
    sessions: list[S.ReadAloudSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "played.raw"
    monkeypatch.setenv("SDL_AUDIODRIVER", "disk")
    monkeypatch.setenv("SDL_DISKAUDIOFILE", str(out))
    spy = SpySynth(espeak_synth(settings, cache))
    rec = Recorder()
    session = make_session(ARTICLE, spy, rec, sessions, rate=1.5, paragraph_pause=0.0)
    session.play(0)
    rec.wait_for("finished")
    time.sleep(0.2)
    session.close()  # the session made its own player: closing it flushes and closes the device

    assert rec.values("sentence") == SPOKEN
    assert rec.values("state") == ["loading", "playing", "finished"]
    assert rec.values("error") == []
    spoken_texts = [s.spoken for s in session.sentences]
    assert [c[0] for c in spy.calls] == [spoken_texts[i] for i in SPOKEN]  # credits never synthesized
    clips = [spy.inner.cached(spoken_texts[i], "ko", 1.5) for i in SPOKEN]
    assert all(c is not None for c in clips)
    expected = sum(duration(c) for c in clips if c is not None)
    pcm = read_pcm(out)
    assert len(pcm) / MIXER_RATE >= expected  # everything was played…
    # …back to back: the only quiet is the clips' own lead-in and tail
    assert nonsilent_span(pcm) == pytest.approx(expected, abs=0.35)
    assert peak(pcm) > 3000


def test_prefetch_keeps_a_few_sentences_ahead_and_no_more(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    spy = SpySynth(espeak_synth(settings, cache))
    rec = Recorder()
    session = make_session(LONG_ARTICLE, spy, rec, sessions, rate=3.0, ahead=2, paragraph_pause=0.0)
    session.play(0)
    rec.wait_for("state", "playing")
    at_first_audio = len(spy.calls)
    rec.wait_for("sentence", 5)
    session.stop()
    time.sleep(0.3)

    spoken = [s.spoken for s in session.sentences]
    asked = [spoken.index(text) for text, _rate in spy.calls]
    assert asked == sorted(asked) == list(range(len(asked)))  # in reading order, none twice
    assert at_first_audio <= 3  # playback did not wait for the article
    for index, cursor in zip(asked, spy.cursor_at_call, strict=True):
        assert index - cursor <= 2  # never more than `ahead` past the sentence playing
    assert max(asked) <= 7  # stopped at 5: at most 5 + 2 were made


def test_google_voice_streams_and_replay_comes_from_the_cache(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession], fake_google: FakeGoogle
) -> None:
    blocks: list[Any] = [Paragraph("비가 온다. 바람이 분다."), Paragraph("해가 뜬다.")]
    article = Article(title="", lang="ko", blocks=blocks)
    fake = fake_google
    fake.latency = 0.3
    synth = Synthesizer(make_engine("google", settings), cache)
    rec = Recorder()
    session = make_session(article, synth, rec, sessions, rate=2.0, paragraph_pause=0.0)
    t0 = time.monotonic()
    session.play(0)
    first_audio = rec.wait_for("state", "playing") - t0
    assert fake.count <= 2  # one sentence made, the next at most in flight
    assert first_audio < 1.5  # one round trip, not three
    rec.wait_for("finished")
    assert [text for text, _lang in fake.requests] == ["비가 온다.", "바람이 분다.", "해가 뜬다."]

    before = fake.count
    session.replay()
    rec.wait_for("sentence", 0, count=2)
    rec.wait_for("finished", count=2)
    assert fake.count == before  # 다시듣기: not a single request
    assert rec.values("sentence") == [0, 1, 2, 0, 1, 2]


def test_pause_and_resume_continue_the_same_sentence(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    rec = Recorder()
    player = Player()
    session = make_session(ARTICLE, espeak_synth(settings, cache), rec, sessions, player=player)
    session.play(0)
    rec.wait_for("sentence", 2)
    time.sleep(0.25)
    session.pause()
    held = player.elapsed()
    time.sleep(0.6)
    assert session.state == "paused"
    assert session.current == 2
    assert player.elapsed() == held > 0.1
    assert rec.values("sentence") == [1, 2]
    resumed = time.monotonic()
    session.resume()
    t3 = rec.wait_for("sentence", 3)
    # the rest of sentence 2 and the paragraph pause were played, not the whole sentence again
    remaining = player_length(session, 2) - held + session.paragraph_pause
    assert t3 - resumed == pytest.approx(remaining, abs=0.3)
    assert rec.values("sentence") == [1, 2, 3]
    session.close()
    player.close()


def test_previous_and_next_move_by_sentence(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    rec = Recorder()
    session = make_session(LONG_ARTICLE, espeak_synth(settings, cache), rec, sessions, rate=2.0)
    session.play(0)
    rec.wait_for("sentence", 1)
    session.next()
    assert session.current == 2
    rec.wait_for("sentence", 2)
    session.previous()
    rec.wait_for("sentence", 1, count=2)
    rec.wait_for("sentence", 2, count=2)  # and it reads on from there
    session.pause()
    session.next()  # while paused: the place moves, playback stays paused
    assert session.current == 3
    assert session.state == "paused"
    time.sleep(0.4)
    assert rec.values("sentence")[-1] == 3
    session.resume()
    rec.wait_for("state", "playing", count=3)
    assert session.current == 3
    session.previous()
    session.previous()
    assert session.current == 1
    session.stop()
    assert session.state == "stopped"


def test_paragraph_pause_separates_paragraphs_only(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    rec = Recorder()
    synth = espeak_synth(settings, cache)
    session = make_session(ARTICLE, synth, rec, sessions, rate=2.0, paragraph_pause=0.8)
    session.play(0)
    rec.wait_for("finished")
    t = {i: rec.times("sentence", i)[0] for i in SPOKEN}
    within = t[4] - t[3] - player_length(session, 3)  # (sentence 1 is announced before its audio exists)
    across = t[3] - t[2] - player_length(session, 2)
    assert within == pytest.approx(0.0, abs=0.15)
    assert across == pytest.approx(0.8, abs=0.15)


def test_speed_change_restarts_the_sentence_at_the_new_speed(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    rec = Recorder()
    synth = espeak_synth(settings, cache)
    session = make_session(ARTICLE, synth, rec, sessions)
    session.play(0)
    rec.wait_for("sentence", 1)
    rec.wait_for("state", "playing")
    session.set_rate(2.0)
    rec.wait_for("sentence", 1, count=2)  # the same sentence again, now faster
    rec.wait_for("sentence", 2)
    session.stop()
    spoken = session.sentences[1].spoken
    normal, fast = synth.cached(spoken, "ko", 1.0), synth.cached(spoken, "ko", 2.0)
    assert normal is not None
    assert fast is not None
    assert duration(fast) == pytest.approx(duration(normal) / 2, rel=0.15)


def test_engine_failure_stops_with_one_message(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession], fake_google: FakeGoogle
) -> None:
    fake_google.script = [403] * 10
    rec = Recorder()
    session = make_session(ARTICLE, Synthesizer(make_engine("google", settings), cache), rec, sessions)
    session.play(0)
    rec.wait_for("error")
    assert session.state == "error"
    errors = rec.values("error")
    assert len(errors) == 1
    assert "403" in errors[0] or "refused" in errors[0].lower()
    assert rec.values("finished") == []


def test_auto_engine_falls_back_to_offline_with_a_notice(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession], fake_google: FakeGoogle
) -> None:
    fake_google.script = [403] * 10
    rec = Recorder()
    engine = make_engine("auto", settings, on_notice=lambda m: rec._add("notice", m.text))
    session = make_session(ARTICLE, Synthesizer(engine, cache), rec, sessions, rate=2.0)
    session.play(0)
    rec.wait_for("finished")
    assert rec.values("sentence") == SPOKEN
    assert rec.values("error") == []
    notices = rec.values("notice")
    assert len(notices) == 1
    assert "offline" in str(notices[0])


def test_no_audio_device_is_reported_not_raised(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")
    rec = Recorder()
    session = make_session(ARTICLE, espeak_synth(settings, cache), rec, sessions)
    session.play(0)
    assert session.state == "error"
    errors = rec.values("error")
    assert len(errors) == 1
    assert errors[0].startswith("No audio device: read-aloud can still export MP3")


def player_length(session: S.ReadAloudSession, index: int) -> float:
    path = session.ready_clips()[index]
    return duration(path)


class FlakySynth(SpySynth):
    """The real synthesizer, but the first request for one sentence fails with the engine's error."""

    def __init__(self, inner: Synthesizer, fail_text: str, retryable: bool) -> None:
        super().__init__(inner)
        self.fail_text = fail_text
        self.retryable = retryable
        self.failed = 0

    def clip_for(self, spoken: str, lang: str, rate: float = 1.0) -> Path:
        if spoken == self.fail_text and self.failed == 0:
            self.failed += 1
            self.calls.append((spoken, rate))
            raise EngineError("Google's voice timed out", retryable=self.retryable)
        return super().clip_for(spoken, lang, rate)


def test_a_passing_failure_is_tried_again_when_playback_gets_there(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    rec = Recorder()
    flaky = FlakySynth(espeak_synth(settings, cache), "바람이 분다.", retryable=True)
    session = make_session(ARTICLE, flaky, rec, sessions, rate=2.0)
    session.play(0)
    rec.wait_for("finished")
    assert rec.values("sentence") == SPOKEN
    assert rec.values("error") == []
    assert [text for text, _ in flaky.calls].count("바람이 분다.") == 2


def test_a_lasting_failure_stops_after_the_sentences_before_it(
    settings: Settings, cache: AudioCache, sessions: list[S.ReadAloudSession]
) -> None:
    rec = Recorder()
    flaky = FlakySynth(espeak_synth(settings, cache), "해가 뜬다.", retryable=False)
    session = make_session(ARTICLE, flaky, rec, sessions, rate=2.0)
    session.play(0)
    rec.wait_for("error")
    assert rec.values("sentence") == [1, 2, 3]  # 1 and 2 were heard; the highlight rests on 3
    assert rec.values("error") == ["Google's voice timed out"]
    assert session.state == "error"
    assert session.current == 3
