"""Automatic: natural -> Google -> espeak-ng, one notice at each step down, back up when the
network returns, and Microsoft never contacted without the user's consent."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import Notice
from reader.settings import Settings
from reader.speech.cache import AudioCache
from reader.speech.engines import AutoEngine, EspeakEngine, GoogleEngine, NaturalEngine, make_engine
from reader.speech.synth import Synthesizer
from tests.speech.fake_edge import FakeEdge, edge_clock, fake_edge, refused_ws_url
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3

pytestmark = pytest.mark.core
__all__ = ["edge_clock", "fake_edge", "fake_google", "google_mp3"]


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def natural(**kw: object) -> NaturalEngine:
    opts: dict[str, object] = {
        "connect_timeout": 1.0,
        "silence_timeout": 1.0,
        "min_interval": 0.0,
        "max_retries": 0,
    }
    opts.update(kw)
    return NaturalEngine(**opts)  # type: ignore[arg-type]


def google() -> GoogleEngine:
    return GoogleEngine(timeout=(0.5, 0.5), min_interval=0.0, max_retries=0)


def test_each_step_down_is_told_once(fake_google: FakeGoogle) -> None:
    notices: list[Notice] = []
    auto = AutoEngine(natural(endpoint=refused_ws_url()), google(), EspeakEngine(), on_notice=notices.append)
    assert auto.names == ("natural", "google", "espeak")
    assert auto.synthesize("첫 문장.", "ko").engine == "google"
    assert auto.synthesize("둘째 문장.", "ko").engine == "google"
    fake_google.script = [500]
    assert auto.synthesize("셋째 문장.", "ko").engine == "espeak"
    assert auto.synthesize("넷째 문장.", "ko").engine == "espeak"
    assert [n.code for n in notices] == ["speech.fallback", "speech.fallback"]
    assert [(n.params["from"], n.params["to"]) for n in notices] == [
        ("natural", "google"),
        ("google", "espeak"),
    ]
    assert notices[0].params["reason"] == "speech.unreachable"
    assert "Google's voice" in notices[0].text
    assert "offline voice" in notices[1].text
    assert auto.notices == notices
    assert auto.offline


def test_back_up_when_the_network_returns(fake_edge: FakeEdge, fake_google: FakeGoogle) -> None:
    clock = Clock()
    notices: list[Notice] = []
    auto = AutoEngine(
        natural(), google(), EspeakEngine(), on_notice=notices.append, clock=clock, probe_after=60
    )
    fake_edge.script = ["drop"]
    assert auto.synthesize("첫 문장.", "ko").engine == "google"
    clock.now += 30
    assert auto.synthesize("둘째 문장.", "ko").engine == "google"
    assert fake_edge.count == 1  # no probe before the cool-down
    clock.now += 31
    clip = auto.synthesize("셋째 문장.", "ko")
    assert clip.engine == "natural"  # the probe answered: this sentence and the next in the natural voice
    assert notices[-1].code == "speech.restored"
    assert (notices[-1].params["from"], notices[-1].params["to"]) == ("google", "natural")
    assert auto.synthesize("넷째 문장.", "ko").engine == "natural"
    assert [n.code for n in notices] == ["speech.fallback", "speech.restored"]


def test_a_failed_probe_waits_twice_as_long_before_the_next(
    fake_edge: FakeEdge, fake_google: FakeGoogle
) -> None:
    clock = Clock()
    notices: list[Notice] = []
    auto = AutoEngine(natural(), google(), on_notice=notices.append, clock=clock, probe_after=60)
    fake_edge.script = ["drop", "drop"]
    auto.synthesize("하나.", "ko")
    clock.now += 61
    assert auto.synthesize("둘.", "ko").engine == "google"  # probed, failed
    assert fake_edge.count == 2
    clock.now += 61
    assert auto.synthesize("셋.", "ko").engine == "google"
    assert fake_edge.count == 2  # the cool-down doubled to 120 s
    clock.now += 60
    assert auto.synthesize("넷.", "ko").engine == "natural"
    assert [n.code for n in notices] == ["speech.fallback", "speech.restored"]  # failed probes are not told


def test_reset_starts_again_at_the_top(fake_edge: FakeEdge, fake_google: FakeGoogle) -> None:
    auto = AutoEngine(natural(), google(), EspeakEngine(), on_notice=lambda n: None)
    fake_edge.script = ["drop"]
    auto.synthesize("하나.", "ko")
    assert auto.fell_back
    auto.reset()
    assert not auto.fell_back
    assert auto.synthesize("둘.", "ko").engine == "natural"


def test_without_consent_automatic_never_contacts_microsoft(
    fake_edge: FakeEdge, fake_google: FakeGoogle, tmp_path: Path
) -> None:
    settings = Settings(None)
    engine = make_engine("auto", settings)
    assert isinstance(engine, AutoEngine)
    assert engine.names == ("google", "espeak")
    synth = Synthesizer(engine, AudioCache(tmp_path / "c", 10_000_000))
    synth.clip_for("안녕하세요.", "ko")
    fake_google.script = [500]
    synth.clip_for("두 번째 문장.", "ko")  # even falling back skips the natural voice
    assert fake_edge.handshakes == []
    assert fake_edge.list_requests == 0

    settings.set("tts_natural_consent", True, save=False)
    consented = make_engine("auto", settings)
    assert isinstance(consented, AutoEngine)
    assert consented.names == ("natural", "google", "espeak")
    assert consented.synthesize("안녕.", "ko").engine == "natural"
    settings.set("tts_natural_consent", False, save=False)
    settings.set("tts_engine", "natural", save=False)  # picking the voice is consenting to it
    picked = make_engine("auto", settings)
    assert isinstance(picked, AutoEngine)
    assert picked.names[0] == "natural"
    assert make_engine("auto", settings, consent=False).names[0] == "google"  # type: ignore[attr-defined]


def test_the_speed_goes_to_the_natural_voice_and_is_stretched_after_a_step_down(
    fake_edge: FakeEdge, fake_google: FakeGoogle, tmp_path: Path
) -> None:
    auto = AutoEngine(natural(), google(), EspeakEngine(), on_notice=lambda n: None)
    synth = Synthesizer(auto, AudioCache(tmp_path / "c", 50_000_000))
    first = synth.clip_for("시립도서관이 야간 열람실을 연다.", "ko", 1.5)
    assert first.suffix == ".mp3"
    assert fake_edge.requests[0].rate == "+50%"
    assert synth.words_for(first)
    fake_edge.script = ["drop"]
    second = synth.clip_for("평일에는 밤 열한 시까지 연다.", "ko", 1.5)
    assert second.suffix == ".wav"  # Google's 1x clip, stretched with the pitch kept
    assert fake_google.requests[-1][0] == "평일에는 밤 열한 시까지 연다."
    marks = synth.words_for(second)
    assert marks
    assert all(m.estimated for m in marks)  # Google's voice reports no words: spread by length


def test_a_sentence_is_said_in_one_voice_when_the_voice_changes_part_way(
    fake_edge: FakeEdge, fake_google: FakeGoogle, tmp_path: Path
) -> None:
    """The step down happens inside a sentence: it is asked again, whole, of the new voice."""
    auto = AutoEngine(natural(), google(), on_notice=lambda n: None)
    synth = Synthesizer(auto, AudioCache(tmp_path / "c", 50_000_000))
    fake_edge.script = ["close"]
    path = synth.clip_for("한 문장을 말한다.", "ko")
    assert path.suffix == ".mp3"
    assert synth.cached("한 문장을 말한다.", "ko") == path  # keyed by the voice that said it
    assert auto.active.name == "google"
