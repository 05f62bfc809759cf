"""What each engine is sent for one sentence: Google pieces of at most 100 characters with no stub
and no number cut apart; espeak-ng the whole sentence; the offline text idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.speech.cache import AudioCache
from reader.speech.chunks import MIN_PIECE, chunk_text
from reader.speech.engines.base import AudioClip
from reader.speech.reading import ESPEAK, for_profile
from reader.speech.synth import Synthesizer
from tests.speech.reading_table import load, said

pytestmark = pytest.mark.core

LONG = (
    "서울시는 내년 예산으로 총 1조 2345억 원을 편성했다고 밝혔고, "
    "시의회 야당 의원들은 이에 대해 강하게 반발하며 "
    "예산 심사 과정에서 대폭 삭감하겠다고 예고했다. 그는 말했다."
)


@pytest.mark.parametrize("limit", [100, 80, 60, 40])
def test_google_pieces_have_no_stub_and_keep_numbers_whole(limit: int) -> None:
    pieces = chunk_text(LONG, limit)
    assert " ".join(pieces) == " ".join(LONG.split())
    assert all(len(p) <= limit for p in pieces)
    assert all(len(p) >= MIN_PIECE for p in pieces), pieces  # no "말했다." on its own
    assert any("1조 2345억 원" in p for p in pieces), pieces


def test_big_amounts_are_never_cut() -> None:
    for text in (
        "가" * 90 + " 3억 5000만 원을 냈다.",
        "가" * 95 + " 1조 2345억 달러",
        "가" * 92 + " 12조 3456억 9000만 원",
    ):
        pieces = chunk_text(text, 100)
        joined = "|".join(pieces)
        for amount in ("3억 5000만", "1조 2345억", "12조 3456억 9000만"):
            if amount in text:
                assert amount in joined, pieces


class _Recorder:
    def __init__(self, name: str, offline: bool, max_chars: int | None) -> None:
        self.name = name
        self.offline = offline
        self.max_chars = max_chars
        self.reading_profile = name
        self.texts: list[str] = []

    def voice_id(self, lang: str) -> str:
        return lang

    def synthesize(self, text: str, lang: str) -> AudioClip:
        self.texts.append(text)
        import io
        import wave

        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(22050)
            w.writeframes(b"\0\0" * 2205)
        return AudioClip(buf.getvalue(), "wav", engine=self.name)


def test_espeak_gets_the_whole_sentence_and_google_pieces(tmp_path: Path) -> None:
    sentence = LONG * 2  # well past 100 characters
    espeak = _Recorder("espeak", True, None)
    Synthesizer(espeak, AudioCache(tmp_path / "a", 10**7)).clip_for(sentence, "ko")
    assert len(espeak.texts) == 1
    assert espeak.texts[0] == for_profile(sentence, "ko", ESPEAK)
    assert not any(c.isdigit() for c in espeak.texts[0])
    google = _Recorder("google", False, 100)
    Synthesizer(google, AudioCache(tmp_path / "b", 10**7)).clip_for(sentence, "ko")
    assert len(google.texts) >= 3
    assert all(len(t) <= 100 for t in google.texts)


def test_the_offline_profile_is_idempotent() -> None:
    for case in load():
        once = said(case, "offline")
        assert for_profile(once, "ko", ESPEAK) == once, case.text
