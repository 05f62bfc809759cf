"""The natural voice: the real edge-tts code against a fake of Microsoft's service on 127.0.0.1."""

from __future__ import annotations

import array
import itertools
import subprocess
import threading
from pathlib import Path

import pytest

from reader.speech.engines import EngineError, NaturalEngine
from reader.speech.engines.base import NativeRateEngine
from reader.speech.engines.edge import ENDPOINT_ENV
from tests.speech.fake_edge import FakeEdge, edge_clock, fake_edge, fast_edge, refused_ws_url

pytestmark = pytest.mark.core
__all__ = ["edge_clock", "fake_edge", "fast_edge"]  # fixtures used by name

SENTENCE = "시립도서관이 올봄부터 야간 열람실을 새로 연다."


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def natural(clock: FakeClock | None = None, **kw: object) -> NaturalEngine:
    opts: dict[str, object] = {
        "connect_timeout": 1.0,
        "silence_timeout": 1.0,
        "min_interval": 0.0,
        "max_retries": 2,
        "backoff_base": 0.25,
        "backoff_cap": 1.0,
    }
    opts.update(kw)
    if clock is not None:
        opts["clock"] = clock
        opts["sleep"] = clock.sleep
    return NaturalEngine(**opts)  # type: ignore[arg-type]


def decode(data: bytes, tmp: Path) -> tuple[array.array[int], int]:
    """16-bit mono samples of an MP3, decoded by sox, and the sample rate."""
    src = tmp / "clip.mp3"
    src.write_bytes(data)
    raw = subprocess.run(
        ["sox", str(src), "-t", "raw", "-e", "signed", "-b", "16", "-c", "1", "-r", "24000", "-"],
        check=True,
        capture_output=True,
    ).stdout
    return array.array("h", raw), 24000


def rms(samples: array.array[int], start: float, end: float, rate: int) -> float:
    part = samples[int(start * rate) : max(int(start * rate) + 1, int(end * rate))]
    return (sum(s * s for s in part) / max(1, len(part))) ** 0.5


def test_a_sentence_comes_back_as_real_mp3_with_word_marks_on_the_audio(
    fake_edge: FakeEdge, tmp_path: Path
) -> None:
    engine = natural()
    assert isinstance(engine, NativeRateEngine)
    clip = engine.synthesize(SENTENCE, "ko-KR")
    assert clip.fmt == "mp3"
    assert clip.engine == "natural"
    assert clip.voice == "ko-KR-SunHiNeural"
    assert clip.rate == 1.0
    [request] = fake_edge.requests
    assert request.text == SENTENCE
    assert request.voice == "Microsoft Server Speech Text to Speech Voice (ko-KR, SunHiNeural)"
    assert (request.rate, request.pitch, request.volume) == ("+0%", "+0Hz", "+0%")
    options = request.config["context"]["synthesis"]["audio"]
    assert options["metadataoptions"]["wordBoundaryEnabled"] == "true"
    assert options["outputFormat"] == "audio-24khz-48kbitrate-mono-mp3"

    marks = clip.words
    assert marks is not None
    assert [SENTENCE[m.text_start : m.text_end] for m in marks] == SENTENCE.split()
    assert [m.text for m in marks] == SENTENCE.split()
    assert all(a.end <= b.start for a, b in itertools.pairwise(marks))
    samples, rate = decode(clip.data, tmp_path)
    seconds = len(samples) / rate
    assert marks[-1].end <= seconds
    # Each word's middle is voiced, the gaps between words are near silence: the marks sit on the audio.
    loud = [
        rms(samples, m.start + (m.end - m.start) * 0.3, m.start + (m.end - m.start) * 0.7, rate)
        for m in marks
    ]
    quiet = rms(samples, 0.0, marks[0].start - 0.04, rate)
    assert min(loud) > 8 * max(quiet, 1.0)


def test_speed_pitch_and_volume_go_to_the_service(fake_edge: FakeEdge, tmp_path: Path) -> None:
    plain = natural().synthesize(SENTENCE, "ko")
    fast = natural(pitch=10, volume=-20).synthesize_at(SENTENCE, "ko", 1.5)
    assert fast.rate == 1.5
    assert (fake_edge.requests[1].rate, fake_edge.requests[1].pitch) == ("+50%", "+10Hz")
    assert fake_edge.requests[1].volume == "-20%"
    slow = natural().synthesize_at(SENTENCE, "ko", 0.5)
    assert fake_edge.requests[2].rate == "-50%"
    lengths = [len(decode(c.data, tmp_path)[0]) for c in (plain, fast, slow)]
    assert lengths[1] < lengths[0] * 0.8 < lengths[0] < lengths[2] * 0.8
    assert fast.words is not None
    assert plain.words is not None
    assert fast.words[-1].end < plain.words[-1].end  # the marks follow the speed: no stretching after


def test_voice_id_carries_what_changes_the_sound_besides_speed() -> None:
    assert natural().voice_id("ko") == "ko-KR-SunHiNeural"
    assert natural(pitch=5).voice_id("ko") == "ko-KR-SunHiNeural;pitch=5"
    assert natural(volume=-10).voice_id("en-GB") == "en-GB-SoniaNeural;volume=-10"
    assert natural(voices={"ko": "ko-KR-InJoonNeural"}).voice_id("ko-KR") == "ko-KR-InJoonNeural"
    assert natural(voice="en-US-GuyNeural").voice_id("ko") == "en-US-GuyNeural"
    with pytest.raises(EngineError, match="does not speak") as err:
        natural().synthesize("text", "xx")
    assert err.value.code == "speech.language"


def test_text_with_markup_characters_is_sent_as_text(fake_edge: FakeEdge) -> None:
    text = 'A&B <사설> "인용" 5 > 3'
    clip = natural().synthesize(text, "ko")
    assert fake_edge.requests[0].text == text
    assert clip.words is not None
    assert [text[m.text_start : m.text_end] for m in clip.words] == text.split()


def test_a_short_wait_is_fine_a_silence_longer_than_the_timeout_is_not(fake_edge: FakeEdge) -> None:
    fake_edge.latency = 0.3
    assert natural().synthesize("안녕하세요.", "ko").data
    fake_edge.latency = 0.0
    fake_edge.silence = 2.5
    fake_edge.script = ["slow"]
    with pytest.raises(EngineError) as err:
        natural(max_retries=0).synthesize("안녕하세요 여러분.", "ko")
    assert err.value.code == "speech.timeout"
    assert err.value.retryable
    assert err.value.status is None


def test_a_refused_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EngineError) as err:
        natural(endpoint=refused_ws_url(), max_retries=0).synthesize("안녕", "ko")
    assert err.value.code == "speech.unreachable"
    assert err.value.retryable


def test_the_token_check_failing_opens_the_breaker_at_once(fake_edge: FakeEdge) -> None:
    fake_edge.reject_tokens = True
    clock = FakeClock()
    engine = natural(clock)
    with pytest.raises(EngineError) as err:
        engine.synthesize("안녕", "ko")
    assert err.value.status == 403
    assert err.value.code == "speech.refused"
    assert not err.value.retryable
    assert (
        len(fake_edge.handshakes) == 2
    )  # edge-tts corrected its clock from the Date header and tried once more
    assert fake_edge.count == 0
    assert engine.breaker_open
    with pytest.raises(EngineError) as resting:
        engine.synthesize("안녕", "ko")
    assert resting.value.code == "speech.resting"
    assert len(fake_edge.handshakes) == 2  # failed fast: nothing sent
    clock.now += 61
    fake_edge.reject_tokens = False
    assert engine.synthesize("안녕", "ko").data


def test_a_skewed_clock_is_corrected_from_the_services_date(fake_edge: FakeEdge) -> None:
    fake_edge.clock_offset = 3600.0  # our clock is an hour behind the service's: our token is stale
    engine = natural()
    assert engine.synthesize("안녕하세요.", "ko").data
    assert fake_edge.refused == 1
    assert engine.synthesize("다음 문장.", "ko").data
    assert fake_edge.refused == 1  # learnt once
    assert len(fake_edge.handshakes) == 3


@pytest.mark.parametrize("how", ["drop", "close"])
def test_a_connection_dropped_mid_stream_is_an_error_not_half_a_sentence(
    fake_edge: FakeEdge, how: str
) -> None:
    fake_edge.script = [how]
    with pytest.raises(EngineError) as err:
        natural(max_retries=0).synthesize(SENTENCE, "ko")
    assert err.value.code == "speech.dropped"
    assert err.value.retryable
    assert fake_edge.count == 1


@pytest.mark.parametrize("kind", ["bad-length", "bad-path", "bad-header", "bad-json", "unknown-path"])
def test_malformed_frames_are_one_clear_error(fake_edge: FakeEdge, kind: str) -> None:
    fake_edge.script = [kind]
    with pytest.raises(EngineError) as err:
        natural().synthesize(SENTENCE, "ko")
    assert err.value.code == "speech.malformed"
    assert "malformed" in err.value.message
    assert not err.value.retryable
    assert fake_edge.count == 1  # not retried: the answer will not get better


def test_an_answer_without_audio(fake_edge: FakeEdge) -> None:
    fake_edge.script = ["noaudio"]
    with pytest.raises(EngineError) as err:
        natural(max_retries=0).synthesize(SENTENCE, "ko")
    assert err.value.code == "speech.no_audio"


def test_busy_answers_are_retried_with_backoff(fake_edge: FakeEdge) -> None:
    clock = FakeClock()
    engine = natural(clock, max_retries=3)
    fake_edge.script = ["busy", "toomany", "ok"]
    assert engine.synthesize("안녕", "ko").data
    assert engine.policy.backoffs == [0.25, 1.0]  # doubled, then Retry-After: 1
    assert fake_edge.count == 1
    fake_edge.script = ["busy"] * 4
    with pytest.raises(EngineError) as err:
        engine.synthesize("다시", "ko")
    assert err.value.status == 503
    assert err.value.retryable


def test_repeated_failures_open_the_breaker() -> None:
    clock = FakeClock()
    engine = natural(clock, endpoint=refused_ws_url(), max_retries=0, breaker_threshold=3)
    for _ in range(3):
        with pytest.raises(EngineError, match="unreachable"):
            engine.synthesize("안녕", "ko")
    assert engine.breaker_open
    assert engine.requests_sent == 3
    with pytest.raises(EngineError, match="resting"):
        engine.synthesize("안녕", "ko")
    assert engine.requests_sent == 3


def test_one_request_at_a_time_across_threads(fake_edge: FakeEdge) -> None:
    fake_edge.latency = 0.05
    engines = [natural(), natural()]  # two engines (the window and an export) share one budget
    errors: list[BaseException] = []

    def work(engine: NaturalEngine, n: int) -> None:
        try:
            for i in range(3):
                engine.synthesize(f"문장 {n} {i}.", "ko")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(e, n)) for n, e in enumerate(engines)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert fake_edge.count == 6
    assert fake_edge.max_open == 1


def test_the_endpoint_setting_points_edge_tts_elsewhere_and_puts_it_back(
    monkeypatch: pytest.MonkeyPatch, edge_clock: None
) -> None:
    import edge_tts.communicate

    fake = FakeEdge().start()
    try:
        original = edge_tts.communicate.WSS_URL
        monkeypatch.setenv(ENDPOINT_ENV, fake.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert natural().synthesize("안녕하세요.", "ko").data
        assert fake.count == 1
        assert original == edge_tts.communicate.WSS_URL
        monkeypatch.setenv(ENDPOINT_ENV, "http://127.0.0.1:1")
        with pytest.raises(EngineError, match="ws://"):
            natural()
    finally:
        fake.stop()


def test_a_text_longer_than_one_request_keeps_one_timeline(fast_edge: FakeEdge, tmp_path: Path) -> None:
    """edge-tts sends over 4,096 bytes as several turns; the marks must run on across them."""
    words = [f"낱말{n}번째" for n in range(600)]
    text = " ".join(words)
    assert len(text.encode()) > 2 * 4096
    clip = natural().synthesize(text, "ko")
    assert fast_edge.count >= 3
    marks = clip.words
    assert marks is not None
    assert [text[m.text_start : m.text_end] for m in marks] == words
    assert all(a.start < b.start for a, b in itertools.pairwise(marks))
    samples, rate = decode(clip.data, tmp_path)
    seconds = len(samples) / rate
    assert seconds * 0.9 < marks[-1].end <= seconds + 0.05


def test_a_server_that_accepts_but_never_answers_the_handshake_times_out() -> None:
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)  # the connection is accepted by the kernel; nothing is ever sent back
    try:
        port = listener.getsockname()[1]
        engine = natural(
            endpoint=f"ws://127.0.0.1:{port}", connect_timeout=0.5, silence_timeout=0.5, max_retries=0
        )
        with pytest.raises(EngineError) as err:
            engine.synthesize("안녕하세요.", "ko")
        assert err.value.code == "speech.timeout"
        assert err.value.retryable
    finally:
        listener.close()
