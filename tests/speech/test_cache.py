"""The audio cache and the per-sentence synthesizer: hits without requests, LRU at the cap, restarts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.speech.audio import duration, join_clips, mp3_params
from reader.speech.cache import AudioCache, cache_key
from reader.speech.engines import EngineError, EspeakEngine, GoogleEngine
from reader.speech.engines.base import AudioClip
from reader.speech.synth import Synthesizer
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3, pcm_stats

pytestmark = pytest.mark.core
__all__ = ["fake_google", "google_mp3"]

LONG = (
    "산업통상부 김정관 장관은 2026년 1월 22일 목요일 전북 방문에 이어서 다음 날인 1월 23일 금요일 "
    "대한민국 제조업의 핵심 거점인 동남권을 찾아 5극3특 지역성장 현장방문을 이어갔으며 기업인들과 만났다."
)


def clip(n: int, fill: bytes = b"x") -> AudioClip:
    return AudioClip(fill * n, "mp3")


def test_key_covers_engine_voice_language_speed_and_text() -> None:
    base = cache_key("google", "ko@com", "ko", 1.0, "안녕")
    variants = [
        cache_key("espeak", "ko@com", "ko", 1.0, "안녕"),
        cache_key("google", "ko@co.kr", "ko", 1.0, "안녕"),
        cache_key("google", "ko@com", "en", 1.0, "안녕"),
        cache_key("google", "ko@com", "ko", 1.5, "안녕"),
        cache_key("google", "ko@com", "ko", 1.0, "안녕."),
    ]
    assert len({base, *variants}) == 6


def test_put_get_and_survive_a_new_instance(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, 10_000)
    assert cache.get("a" * 64) is None
    path = cache.put("a" * 64, clip(100))
    assert path.read_bytes() == b"x" * 100
    cache.close()
    again = AudioCache(tmp_path, 10_000)
    assert again.get("a" * 64) == path
    assert again.size_bytes == 100


def test_lru_eviction_at_the_cap(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, 2500)
    k1, k2, k3 = ("1" * 64, "2" * 64, "3" * 64)
    cache.put(k1, clip(1000))
    cache.put(k2, clip(1000))
    assert cache.get(k1) is not None  # k1 is now the most recently used
    cache.put(k3, clip(1000))
    assert cache.get(k2) is None  # least recently used: evicted
    assert cache.get(k1) is not None
    assert cache.get(k3) is not None
    assert cache.size_bytes == 2000
    assert len(list(tmp_path.glob("??/*.mp3"))) == 2
    cache.set_cap(1000)
    assert cache.get(k1) is None  # k1 was last used before k3, so it goes first
    assert cache.get(k3) is not None


def test_index_damage_and_crash_leftovers_are_recovered(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, 10_000)
    path = cache.put("b" * 64, clip(10))
    cache.close()
    for f in tmp_path.glob("index.sqlite3*"):
        f.write_bytes(b"this is not a database" * 100)
    again = AudioCache(tmp_path, 10_000)
    assert again.get("b" * 64) == path
    # A file written just before a crash, never indexed, is adopted on lookup.
    orphan = tmp_path / "cc" / ("c" * 64 + ".wav")
    orphan.parent.mkdir()
    orphan.write_bytes(b"RIFF")
    assert again.get("c" * 64) == orphan
    # An index row whose file vanished is dropped.
    path.unlink()
    assert again.get("b" * 64) is None
    rows = sqlite3.connect(tmp_path / "index.sqlite3").execute("SELECT count(*) FROM entries").fetchone()
    assert rows[0] == 1


def test_a_new_instance_adopts_orphans_and_applies_a_smaller_cap(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, 10_000)
    cache.put("d" * 64, clip(1000))
    cache.put("e" * 64, clip(1000))
    cache.close()
    orphan = tmp_path / "ff" / ("f" * 64 + ".mp3")
    orphan.parent.mkdir()
    orphan.write_bytes(b"y" * 1000)
    again = AudioCache(tmp_path, 10_000)
    assert again.size_bytes == 3000
    again.close()
    smaller = AudioCache(tmp_path, 1500)
    assert smaller.size_bytes <= 1500
    assert len(list(tmp_path.glob("??/*.mp3"))) == 1


def test_synthesizer_caches_per_sentence_and_rereads_without_a_request(
    fake_google: FakeGoogle, tmp_path: Path
) -> None:
    engine = GoogleEngine(timeout=(1, 2), min_interval=0)
    synth = Synthesizer(engine, AudioCache(tmp_path, 50_000_000))
    first = synth.clip_for(LONG, "ko")
    assert first.suffix == ".mp3"
    assert fake_google.count == 2  # > 100 characters: two chunks, cut by us
    assert all(len(text) <= 100 for text, _ in fake_google.requests)
    assert "2026년 1월 22일 목요일" in fake_google.requests[0][0]
    assert first.read_bytes() == fake_google.mp3 * 2  # same-rate MP3 frames joined as they are
    again = synth.clip_for(LONG, "ko")
    assert again == first
    assert fake_google.count == 2  # cache hit: no request
    restarted = Synthesizer(GoogleEngine(timeout=(1, 2)), AudioCache(tmp_path, 50_000_000))
    assert restarted.clip_for(LONG, "ko") == first
    assert fake_google.count == 2  # survives a restart
    assert restarted.cached("없는 문장", "ko") is None


def test_speed_is_time_stretched_and_cached_under_its_own_key(
    fake_google: FakeGoogle, tmp_path: Path
) -> None:
    synth = Synthesizer(GoogleEngine(timeout=(1, 2), min_interval=0), AudioCache(tmp_path, 50_000_000))
    normal = synth.clip_for("안녕하세요. 테스트 음성입니다.", "ko")
    fast = synth.clip_for("안녕하세요. 테스트 음성입니다.", "ko", 2.0)
    slow = synth.clip_for("안녕하세요. 테스트 음성입니다.", "ko", 0.5)
    assert fake_google.count == 1
    assert len({normal, fast, slow}) == 3
    base = duration(normal)
    assert duration(fast) == pytest.approx(base / 2, rel=0.15)
    assert duration(slow) == pytest.approx(base * 2, rel=0.15)
    _, rms = pcm_stats(fast)
    assert rms > 100
    mtime = fast.stat().st_mtime_ns
    assert synth.clip_for("안녕하세요. 테스트 음성입니다.", "ko", 2.0) == fast
    assert fast.stat().st_mtime_ns == mtime  # from the cache, not stretched again


def test_offline_synthesis_uses_offline_text_and_is_cached(tmp_path: Path) -> None:
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp_path, 50_000_000))
    path = synth.clip_for("3개 기업이 참여했다.", "ko")
    assert path.suffix == ".wav"
    seconds, rms = pcm_stats(path)
    assert seconds > 0.5
    assert rms > 100
    assert synth.synthesized == 1
    assert synth.clip_for("3개 기업이 참여했다.", "ko") == path
    assert synth.synthesized == 1
    # The key is built from the offline text ("세 개 기업이 …").
    assert synth.key_for("3개 기업이 참여했다.", "ko") == cache_key(
        "espeak", "ko", "ko", 1.0, "세 개 기업이 참여했다."
    )


def test_mixed_formats_are_joined_as_pcm(google_mp3: bytes) -> None:
    wav = EspeakEngine().synthesize("안녕", "ko")
    joined = join_clips([AudioClip(google_mp3, "mp3", "google"), wav])
    assert joined.fmt == "wav"
    assert mp3_params(google_mp3) == (24000, 1)


def test_without_sox_ffmpeg_stretches_and_decodes(
    fake_google: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import reader.speech.audio as audio

    real_which = shutil.which
    monkeypatch.setattr(audio.shutil, "which", lambda name: None if name == "sox" else real_which(name))
    synth = Synthesizer(GoogleEngine(timeout=(1, 2), min_interval=0), AudioCache(tmp_path, 50_000_000))
    normal = synth.clip_for("안녕하세요. 테스트 음성입니다.", "ko")
    base = duration(normal)
    for rate in (3.0, 0.5):
        stretched = synth.clip_for("안녕하세요. 테스트 음성입니다.", "ko", rate)
        assert duration(stretched) == pytest.approx(base / rate, rel=0.15)
    wav = audio.to_wav(normal.read_bytes(), "mp3", rate=16000)
    assert wav[:4] == b"RIFF"
    monkeypatch.setattr(audio.shutil, "which", lambda name: None)
    with pytest.raises(EngineError, match="sox or ffmpeg"):
        audio.to_wav(normal.read_bytes(), "mp3", rate=16000)
