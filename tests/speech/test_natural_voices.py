"""Natural voices per language: the built-in list, the service's list kept in the cache folder,
the choice remembered per language, and a preview."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from reader.settings import Settings
from reader.speech.engines import EngineError, NaturalEngine, make_engine
from reader.speech.voices import (
    BUILTIN,
    CACHE_NAME,
    VoiceCatalog,
    chosen_voices,
    parse_voices,
    remember_voice,
    sample_text,
)
from tests.speech.fake_edge import VOICES, FakeEdge, edge_clock, fake_edge

pytestmark = pytest.mark.core
__all__ = ["edge_clock", "fake_edge"]


def test_the_builtin_list_has_the_korean_and_english_voices() -> None:
    catalog = VoiceCatalog(None)
    ko = [v.name for v in catalog.for_language("ko")]
    assert ko[:3] == ["ko-KR-SunHiNeural", "ko-KR-InJoonNeural", "ko-KR-HyunsuMultilingualNeural"]
    en = catalog.for_language("en-GB")
    assert en[0].locale == "en-GB"
    assert {v.locale for v in en} >= {"en-GB", "en-US", "en-AU"}
    assert catalog.default_for("ko").name == "ko-KR-SunHiNeural"  # type: ignore[union-attr]
    assert catalog.default_for("ko-KR").name == "ko-KR-SunHiNeural"  # type: ignore[union-attr]
    assert catalog.default_for("en").name == "en-US-AriaNeural"  # type: ignore[union-attr]
    assert catalog.default_for("en-GB").name == "en-GB-SoniaNeural"  # type: ignore[union-attr]
    assert catalog.default_for("en-NZ").locale == "en-NZ"  # type: ignore[union-attr]
    assert catalog.default_for("xx") is None
    assert not catalog.from_service
    assert {v.gender for v in BUILTIN} == {"Female", "Male"}
    assert catalog.for_language("ko")[2].person == "Hyunsu (multilingual)"


def test_the_services_list_is_fetched_kept_and_read_back_without_a_request(
    fake_edge: FakeEdge, tmp_path: Path
) -> None:
    catalog = VoiceCatalog(tmp_path)
    assert not catalog.knows("ko-KR-SeoHyeonNeural")  # not built in
    assert catalog.refresh_if_stale()
    assert fake_edge.list_requests == 1
    assert catalog.knows("ko-KR-SeoHyeonNeural")
    kept = json.loads((tmp_path / CACHE_NAME).read_text(encoding="utf-8"))
    assert len(kept["voices"]) == len(VOICES)
    again = VoiceCatalog(tmp_path)
    assert again.from_service
    assert again.knows("ko-KR-SeoHyeonNeural")
    assert again.refresh_if_stale()  # fresh: no request
    assert fake_edge.list_requests == 1
    assert next(v.name for v in again.for_language("ko")) == "ko-KR-SunHiNeural"


def test_a_stale_list_is_refreshed_and_a_failed_refresh_keeps_the_old_one(
    fake_edge: FakeEdge, tmp_path: Path
) -> None:
    VoiceCatalog(tmp_path).refresh()
    old = time.time() - 30 * 24 * 3600
    path = tmp_path / CACHE_NAME
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["fetched"] = old
    path.write_text(json.dumps(raw), encoding="utf-8")
    catalog = VoiceCatalog(tmp_path)
    assert catalog.stale
    fake_edge.reject_tokens = True
    assert not catalog.refresh_if_stale()
    assert catalog.knows("ko-KR-SeoHyeonNeural")  # the kept list stays in use
    assert catalog.stale
    fake_edge.reject_tokens = False
    fake_edge.list_script = ["bad-json"]
    with pytest.raises(EngineError) as err:
        catalog.refresh()
    assert err.value.code == "speech.malformed"
    fake_edge.list_script = ["forbidden"]  # one refusal: edge-tts corrects its clock and asks again
    assert catalog.refresh_if_stale()
    assert not catalog.stale


def test_a_list_that_hangs_times_out(fake_edge: FakeEdge, tmp_path: Path) -> None:
    fake_edge.list_script = ["stall"]
    fake_edge.silence = 3.0
    with pytest.raises(EngineError) as err:
        VoiceCatalog(tmp_path).refresh(timeout=0.5)
    assert err.value.code == "speech.timeout"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[]",
        b'{"voices": "no"}',
        b'{"voices": [], "fetched": 1}',
        b"\xff\xfe\x00",
        b"x" * 100,
    ],
)
def test_a_damaged_cache_file_means_the_builtin_list(tmp_path: Path, content: bytes) -> None:
    (tmp_path / CACHE_NAME).write_bytes(content)
    catalog = VoiceCatalog(tmp_path)
    assert catalog.voices() == BUILTIN
    assert catalog.stale


def test_entries_that_are_not_voices_are_dropped() -> None:
    entries = [
        {"ShortName": "ko-KR-SunHiNeural", "Locale": "ko-KR", "Gender": "Female"},
        {"ShortName": "ko-KR-SunHiNeural", "Locale": "ko-KR"},  # a duplicate
        {"ShortName": "en-US-OldNeural", "Locale": "en-US", "Status": "Deprecated"},
        {"ShortName": "../../etc/passwd", "Locale": "ko-KR"},
        {"ShortName": "ko-KR-X'Neural", "Locale": "ko-KR"},
        {"ShortName": "en-US-GuyNeural", "Locale": "ko-KR"},  # locale does not match
        {"ShortName": 5, "Locale": "ko-KR"},
        "ko-KR-SunHiNeural",
        {"ShortName": "en-US-GuyNeural", "Locale": "en-US", "Gender": "Robot", "FriendlyName": ["x"]},
    ]
    voices = parse_voices(entries)
    assert [(v.name, v.gender, v.label) for v in voices] == [
        ("ko-KR-SunHiNeural", "Female", ""),
        ("en-US-GuyNeural", "", ""),
    ]


def test_the_choice_is_remembered_per_language(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    remember_voice(settings, "ko-KR", "ko-KR-InJoonNeural")
    remember_voice(settings, "en", "en-GB-RyanNeural")
    with pytest.raises(ValueError, match="not a natural voice"):
        remember_voice(settings, "ko", "InJoon")
    again = Settings.load(tmp_path / "settings.json")
    assert chosen_voices(again) == {"ko": "ko-KR-InJoonNeural", "en": "en-GB-RyanNeural"}
    engine = make_engine("natural", again)
    assert isinstance(engine, NaturalEngine)
    assert engine.voice_name("ko") == "ko-KR-InJoonNeural"
    assert engine.voice_name("en-US") == "en-GB-RyanNeural"
    assert engine.voice_name("ja") == "ja-JP-NanamiNeural"  # no choice: the language's default


def test_a_hand_edited_choice_that_is_not_a_voice_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"tts_natural_voices": {"ko": "<script>", "en": 3, "7": "ko-KR-NoSuchNeural"}}),
        encoding="utf-8",
    )
    settings = Settings.load(path)
    assert chosen_voices(settings) == {"7": "ko-KR-NoSuchNeural"}
    engine = make_engine("natural", settings)
    assert isinstance(engine, NaturalEngine)
    assert engine.voice_name("ko") == "ko-KR-SunHiNeural"


def test_a_voice_unknown_to_the_list_falls_back_to_the_default(tmp_path: Path) -> None:
    engine = NaturalEngine({"ko": "ko-KR-RetiredNeural"})
    assert engine.voice_name("ko") == "ko-KR-SunHiNeural"


def test_a_preview_speaks_a_sample_sentence_in_that_voice(fake_edge: FakeEdge, app_context) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine("natural", app_context)
    assert isinstance(engine, NaturalEngine)
    clip = engine.preview("ko-KR-InJoonNeural")
    assert clip.fmt == "mp3"
    assert clip.words
    [request] = fake_edge.requests
    assert request.text == sample_text("ko")
    assert "InJoonNeural" in request.voice
    en = engine.preview("en-GB-SoniaNeural")  # a sample in the voice's own language
    assert fake_edge.requests[1].text == sample_text("en")
    assert en.voice == "en-GB-SoniaNeural"
    assert engine.requests_sent == 2  # one budget with the engine's sentences
    with pytest.raises(EngineError, match="not a natural voice"):
        engine.preview("Bob")


def test_cache_file_is_not_written_outside_the_cache_folder(fake_edge: FakeEdge, tmp_path: Path) -> None:
    VoiceCatalog(tmp_path / "cache").refresh()
    assert sorted(os.listdir(tmp_path / "cache")) == [CACHE_NAME]
