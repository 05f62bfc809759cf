"""What the natural voice is given: the shared announcer's notation under its own profile, SSML-safe
characters, sentences in requests edge-tts does not split, and word marks that land on the
displayed sentence through the normalizer's rewriting (the real edge-tts code, the fake service)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.speech.cache import AudioCache
from reader.speech.engines import NaturalEngine
from reader.speech.engines.natural import sendable
from reader.speech.reading import GOOGLE, NATURAL, for_profile, profile_for
from reader.speech.sentences import split_article
from reader.speech.synth import Synthesizer
from reader.speech.words import WordTimeline
from tests.speech.fake_edge import FakeEdge, edge_clock, fake_edge, fast_edge
from tests.speech.reading_table import load, right, said

pytestmark = pytest.mark.core
__all__ = ["edge_clock", "fake_edge", "fast_edge"]


def engine() -> NaturalEngine:
    return NaturalEngine(connect_timeout=2.0, silence_timeout=2.0, min_interval=0.0)


def test_the_natural_voice_has_a_profile_of_its_own_with_the_whole_shared_notation() -> None:
    assert profile_for(engine()) is NATURAL
    # none of espeak-ng's extras: digits, Latin names and sentence punctuation go as to Google
    assert NATURAL.name == "natural"
    extras = (NATURAL.hangul_numbers, NATURAL.hangul_latin, NATURAL.fold_inner_pauses, NATURAL.plain_symbols)
    assert extras == (False, False, False, False)


def test_the_reading_table_holds_on_the_natural_path() -> None:
    """The announcer's table (tests/speech/data): what the natural voice is given is right as often
    as on the online path (the same notation; nothing of it left out for this voice)."""
    cases = load()
    wrong = [c.text for c in cases if not right(c, "online")]
    assert len(wrong) / len(cases) <= 0.02
    for case in cases:
        given = said(case, "online")
        assert for_profile(given, "ko", NATURAL) == for_profile(given, "ko", GOOGLE)


def test_characters_ssml_cannot_carry_become_spaces_in_place(fake_edge: FakeEdge) -> None:
    hostile = "안녕 \uffff 하세요 \ufffe 그리고 \ud800 끝 \x00\x0b 이다 A & B < C"
    assert len(sendable(hostile)) == len(hostile)
    clip = engine().synthesize(hostile, "ko")
    received = fake_edge.requests[-1].text
    assert received == sendable(hostile)  # the fake parses the SSML as XML: it would refuse the rest
    assert clip.words is not None
    words = [hostile[m.text_start : m.text_end] for m in clip.words]
    assert words == ["안녕", "하세요", "그리고", "끝", "이다", "A", "&", "B", "<", "C"]


def test_a_sentence_longer_than_a_request_is_cut_at_a_clause_and_keeps_its_words(
    fast_edge: FakeEdge, tmp_path: Path
) -> None:
    clause = "시립도서관이 올봄부터 야간 열람실을 새로 열고 평일에는 밤 열한 시까지 문을 연다고 밝혔으며, "
    spoken = (clause * 30).rstrip(", ") + "."
    assert len(spoken) > NATURAL_LIMIT
    synth = Synthesizer(engine(), AudioCache(tmp_path / "c", 10**9))
    clip = synth.clip_for(spoken, "ko")
    texts = [r.text for r in fast_edge.requests]
    assert len(texts) == 2
    assert all(len(t.encode()) <= 4096 for t in texts)  # edge-tts would split a longer one anywhere
    assert texts[0].endswith(",")  # at a clause, not inside a phrase
    marks = synth.words_for(clip)
    assert marks is not None
    assert [spoken[m.text_start : m.text_end] for m in marks] == spoken.split()
    assert all(a.start < b.start for a, b in itertools.pairwise(marks))


NATURAL_LIMIT = int(NaturalEngine.max_chars or 0)


def test_word_marks_land_on_the_displayed_words_through_the_rewriting(
    fake_edge: FakeEdge, tmp_path: Path
) -> None:
    display = "(서울=연합뉴스) 김민수 기자 = 與 대표가 1.22(목) 02-123-4567로 3~5명을 불렀다."
    article = Article(title="", lang="ko", blocks=[Paragraph(display)])
    sentence = next(s for s in split_article(article, include_title=False) if not s.skip)
    synth = Synthesizer(engine(), AudioCache(tmp_path / "c", 10**8))
    clip = synth.clip_for(sentence.spoken, "ko")
    assert "여당" in fake_edge.requests[-1].text  # the shared notation went to the voice
    timeline = WordTimeline.for_clip(synth, clip, sentence)
    assert timeline is not None
    text = sentence.text
    shown = [text[w.text_start : w.text_end] for w in timeline.words]
    assert shown[0] == "與"  # 여당: the hanja it was read from
    assert "1.22(목)" in shown
    assert "02-123-4567로" in shown
    assert "불렀다." in shown
    assert not any("기자" in w or "서울" in w for w in shown)  # the credits are not spoken, never marked
    starts = [w.text_start for w in timeline.words]
    assert starts == sorted(starts)
