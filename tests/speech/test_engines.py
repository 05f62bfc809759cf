"""The real gTTS code against a fake endpoint, real espeak-ng, and the auto fallback between them."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from reader.errors import Notice
from reader.speech.engines import AutoEngine, EngineError, EspeakEngine, GoogleEngine, make_engine
from reader.speech.engines.base import Engine
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3, point_gtts_at, refused_url

pytestmark = pytest.mark.core
__all__ = ["fake_google", "google_mp3"]  # fixtures used by name


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def google(clock: FakeClock | None = None, **kw: object) -> GoogleEngine:
    opts: dict[str, object] = {
        "timeout": (0.5, 0.5),
        "min_interval": 0.0,
        "backoff_base": 0.25,
        "backoff_cap": 0.6,
        "max_retries": 3,
        "breaker_threshold": 3,
        "breaker_cooldown": 30.0,
    }
    opts.update(kw)
    if clock is not None:
        opts["clock"] = clock
        opts["sleep"] = clock.sleep
    return GoogleEngine(**opts)  # type: ignore[arg-type]


def test_google_returns_the_mp3_and_sends_our_text_and_language(fake_google: FakeGoogle) -> None:
    engine = google()
    clip = engine.synthesize("1월 22일 목요일 전북을 찾았다.", "ko-KR")
    assert clip.fmt == "mp3"
    assert clip.data == fake_google.mp3
    assert clip.engine == "google"
    assert fake_google.requests == [("1월 22일 목요일 전북을 찾았다.", "ko")]
    assert isinstance(engine, Engine)


def test_429_and_500_are_retried_with_capped_exponential_backoff(fake_google: FakeGoogle) -> None:
    clock = FakeClock()
    engine = google(clock)
    fake_google.script = [429, 500, "ok"]
    clip = engine.synthesize("안녕하세요", "ko")
    assert clip.data == fake_google.mp3
    assert fake_google.count == 3
    assert engine.backoffs == [0.25, 0.5]

    fake_google.script = [503, 500, 429, 500]
    with pytest.raises(EngineError) as err:
        engine.synthesize("다시", "ko")
    assert err.value.status == 500
    assert err.value.retryable
    assert fake_google.count == 3 + 4  # first try plus three retries
    assert engine.backoffs[2:] == [0.25, 0.5, 0.6]  # doubled, then capped


def test_retry_after_is_honoured_up_to_the_cap(fake_google: FakeGoogle) -> None:
    clock = FakeClock()
    engine = google(clock, backoff_cap=5.0)
    fake_google.script = [(429, {"Retry-After": "3"}), "ok"]
    engine.synthesize("안녕", "ko")
    assert engine.backoffs == [3.0]


def test_403_is_not_retried_and_opens_the_breaker(fake_google: FakeGoogle) -> None:
    clock = FakeClock()
    engine = google(clock)
    fake_google.script = [403]
    with pytest.raises(EngineError) as err:
        engine.synthesize("안녕", "ko")
    assert err.value.status == 403
    assert not err.value.retryable
    assert engine.backoffs == []
    assert engine.breaker_open
    with pytest.raises(EngineError, match="resting"):
        engine.synthesize("안녕", "ko")
    assert fake_google.count == 1  # failed fast: no request


def test_circuit_breaker_opens_after_repeated_failures_and_closes_after_cooldown(
    fake_google: FakeGoogle,
) -> None:
    clock = FakeClock()
    engine = google(clock, max_retries=0)
    fake_google.script = [500, 500, 500]
    for _ in range(3):
        with pytest.raises(EngineError):
            engine.synthesize("안녕", "ko")
    assert fake_google.count == 3
    assert engine.breaker_open
    started = time.perf_counter()
    with pytest.raises(EngineError, match="resting"):
        engine.synthesize("안녕", "ko")
    assert fake_google.count == 3
    assert time.perf_counter() - started < 0.1
    clock.now += 31
    assert not engine.breaker_open
    assert engine.synthesize("안녕", "ko").fmt == "mp3"
    assert fake_google.count == 4


def test_a_hanging_server_times_out(fake_google: FakeGoogle) -> None:
    engine = google(timeout=(0.3, 0.3))
    fake_google.script = ["hang"]
    fake_google.hang_seconds = 1.5
    started = time.perf_counter()
    with pytest.raises(EngineError) as err:
        engine.synthesize("안녕", "ko")
    assert time.perf_counter() - started < 1.4
    assert err.value.status is None
    assert err.value.retryable


def test_refused_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    point_gtts_at(monkeypatch, refused_url())
    with pytest.raises(EngineError, match="unreachable") as err:
        google().synthesize("안녕", "ko")
    assert err.value.status is None


def test_requests_are_spaced(fake_google: FakeGoogle) -> None:
    engine = google(min_interval=0.15)
    started = time.perf_counter()
    for _ in range(3):
        engine.synthesize("안녕", "ko")
    assert time.perf_counter() - started >= 0.3
    assert fake_google.count == 3


def test_unsupported_language_is_a_clear_error(fake_google: FakeGoogle) -> None:
    with pytest.raises(EngineError, match="does not speak"):
        google().synthesize("text", "xx-invalid")
    assert fake_google.count == 0


def test_espeak_speaks_korean_and_english_for_real() -> None:
    engine = EspeakEngine()
    ko = engine.synthesize("안녕하세요. 세 개의 기업을 찾았다.", "ko")
    assert ko.fmt == "wav"
    assert ko.data[:4] == b"RIFF"
    assert engine.voice_id("ko") == "ko"
    assert engine.voice_id("en") == "en-us"
    assert engine.voice_id("en-GB") == "en-gb"
    assert engine.voice_id("zh-CN") == "cmn"
    assert engine.voice_id("fr") == "fr-fr"
    assert engine.voice_id("xx") == ""
    with pytest.raises(EngineError, match="does not speak 'xx'"):
        engine.synthesize("text", "xx")
    en = engine.synthesize("Hello there.", "en")
    import io
    import wave

    with wave.open(io.BytesIO(ko.data)) as w:
        seconds = w.getnframes() / w.getframerate()
        assert w.getnchannels() == 1
    assert 1.0 < seconds < 6.0
    with wave.open(io.BytesIO(en.data)) as w:
        assert w.getnframes() > 0
    fast = EspeakEngine(rate=2.0).synthesize("안녕하세요. 세 개의 기업을 찾았다.", "ko")
    assert len(fast.data) < len(ko.data) * 0.7


def test_espeak_missing_binary_is_a_clear_error() -> None:
    engine = EspeakEngine(binary=None, library=False)
    engine.binary = None
    with pytest.raises(EngineError, match="espeak-ng"):
        engine.synthesize("안녕", "ko")


def test_auto_falls_back_to_espeak_with_one_notice_and_keeps_that_voice(
    fake_google: FakeGoogle,
) -> None:
    notices: list[Notice] = []
    auto = AutoEngine(google(max_retries=0), EspeakEngine(), on_notice=notices.append)
    assert auto.synthesize("안녕", "ko").engine == "google"
    fake_google.script = [500]
    clip = auto.synthesize("세 개", "ko")
    assert clip.fmt == "wav"
    assert clip.engine == "espeak"
    assert len(notices) == 1
    assert "offline voice" in notices[0].text
    assert notices[0].code == "speech.fallback"
    assert auto.fell_back
    assert auto.offline
    before = fake_google.count
    assert auto.synthesize("다음 문장", "ko").engine == "espeak"
    assert fake_google.count == before  # the article keeps its voice: Google is not asked again
    auto.reset()
    assert auto.synthesize("다시 구글", "ko").engine == "google"


def test_auto_falls_back_when_google_is_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    point_gtts_at(monkeypatch, refused_url())
    notices: list[Notice] = []
    auto = make_engine("auto", None, on_notice=notices.append)
    assert isinstance(auto, AutoEngine)
    assert auto.synthesize("안녕하세요", "ko").engine == "espeak"
    assert notices
    assert "unreachable" in notices[0].text


def test_make_engine_uses_settings_and_rejects_unknown_names(app_context) -> None:  # type: ignore[no-untyped-def]
    app_context.settings.set("tts_google_tld", "co.kr", save=False)
    engine = make_engine("google", app_context)
    assert isinstance(engine, GoogleEngine)
    assert engine.tld == "co.kr"
    assert engine.voice_id("ko") == "ko@co.kr"
    assert isinstance(make_engine("espeak", app_context.settings), EspeakEngine)
    with pytest.raises(EngineError, match="unknown"):
        make_engine("nope", None)


def test_espeak_found_in_an_installer_folder_when_not_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.speech.engines.espeak import find_espeak

    real = shutil.which("espeak-ng")
    if real is None:
        pytest.skip("espeak-ng is not installed")
    folder = tmp_path / "eSpeak NG"
    folder.mkdir()
    (folder / "espeak-ng").symlink_to(real)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert find_espeak([tmp_path / "nowhere"]) is None
    found = find_espeak([tmp_path / "nowhere", folder])
    assert found == str(folder / "espeak-ng")
    clip = EspeakEngine(binary=found).synthesize("안녕하세요.", "ko")
    assert clip.data[:4] == b"RIFF"
