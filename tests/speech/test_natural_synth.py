"""The natural voice through the synthesizer, the cache and the export: speed without stretching,
word marks kept beside the clip and carried to the displayed sentence, a per-word .srt, and a
30-minute article streamed sentence by sentence."""

from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.speech.cache import WORDS_SUFFIX, AudioCache
from reader.speech.engines import EngineError, NaturalEngine
from reader.speech.engines.base import AudioClip, WordMark
from reader.speech.engines.marks import align_words, source_spans, word_cues, word_index_at
from reader.speech.export import export_audio
from reader.speech.sentences import split_article
from reader.speech.synth import Synthesizer
from tests.speech.fake_edge import FakeEdge, edge_clock, fake_edge, fast_edge

pytestmark = pytest.mark.core
__all__ = ["edge_clock", "fake_edge", "fast_edge"]


def cache(tmp_path: Path, cap: int = 200_000_000) -> AudioCache:
    return AudioCache(tmp_path / "cache", cap)


def engine(**kw: object) -> NaturalEngine:
    opts: dict[str, object] = {"connect_timeout": 2.0, "silence_timeout": 2.0, "min_interval": 0.0}
    opts.update(kw)
    return NaturalEngine(**opts)  # type: ignore[arg-type]


def parse_srt(text: str) -> list[tuple[float, float, str]]:
    def secs(t: str) -> float:
        h, m, rest = t.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        m = re.fullmatch(r"(\S+) --> (\S+)", lines[1])
        assert m, lines[1]
        cues.append((secs(m[1]), secs(m[2]), "\n".join(lines[2:])))
    return cues


# -- marks --------------------------------------------------------------------------------------


def test_words_are_found_in_order_and_a_word_the_text_lacks_takes_the_next_token() -> None:
    text = "그는 그 말을 3번 했다."
    marks = align_words(text, [(0.0, 0.3, "그는"), (0.3, 0.5, "그"), (0.5, 0.8, "말을"), (0.8, 1.0, "세"),
                               (1.0, 1.2, "번"), (1.2, 1.5, "했다.")])  # fmt: skip
    assert [text[m.text_start : m.text_end] for m in marks] == ["그는", "그", "말을", "3", "번", "했다."]
    assert all(a.text_start <= b.text_start for a, b in itertools.pairwise(marks))
    assert align_words("abc", [(0, 1, "  ")]) == ()
    # A run of words the text lacks shares what lies between the found ones, in order.
    text = "값은 1,234원이다."
    marks = align_words(
        text, [(0, 1, "값은"), (1, 2, "천"), (2, 3, "이백"), (3, 4, "삼십사"), (4, 5, "원이다.")]
    )
    assert [text[m.text_start : m.text_end] for m in marks] == ["값은", "1,234", "1,234", "1,234", "원이다."]
    assert [m.text_start for m in marks] == sorted(m.text_start for m in marks)


def test_the_word_at_a_playback_time() -> None:
    marks = [WordMark(0.1, 0.4, 0, 2), WordMark(0.5, 0.9, 3, 5), WordMark(1.0, 1.4, 6, 8)]
    assert word_index_at(marks, 0.0) is None
    assert word_index_at(marks, 0.1) == 0
    assert word_index_at(marks, 0.45) == 0  # between words the earlier one stays marked
    assert word_index_at(marks, 0.5) == 1
    assert word_index_at(marks, 9.0) == 2
    assert word_index_at([], 1.0) is None


def test_spans_in_the_spoken_text_map_back_to_the_displayed_sentence() -> None:
    display = "음성 안내기 15대가 1.22(목) 설치된다."
    spoken = "음성 안내기 15대가 1월 22일 목요일 설치된다."
    words = spoken.split()
    marks = align_words(spoken, [(i * 0.5, i * 0.5 + 0.4, w) for i, w in enumerate(words)])
    spans = source_spans(marks, spoken, display)
    shown = [display[a:b] for a, b in spans]
    assert shown[:3] == ["음성", "안내기", "15대가"]
    assert shown[-1] == "설치된다."
    for a, b in spans[3:6]:  # the rewritten date: inside "1.22(목)"
        assert display.index("1.22(목)") <= a < b <= display.index("1.22(목)") + len("1.22(목)")
    cues = word_cues(marks, spoken, display, 10.0, 14.0)
    assert cues[0][0] == pytest.approx(10.0)
    assert all(c[1] <= 14.0 for c in cues)
    assert " ".join(c[2] for c in cues).replace(" ", "").startswith("음성안내기15대가")


# -- synthesizer and cache ----------------------------------------------------------------------


def test_speed_goes_to_the_service_and_the_clip_is_not_stretched(fake_edge: FakeEdge, tmp_path: Path) -> None:
    synth = Synthesizer(engine(), cache(tmp_path))
    spoken = "시립도서관이  올봄부터\n야간 열람실을 연다."
    path = synth.clip_for(spoken, "ko", 1.5)
    assert path.suffix == ".mp3"  # the service's own MP3: a stretched clip would be WAV
    assert [r.rate for r in fake_edge.requests] == ["+50%"]  # one request, at the speed: no 1x clip first
    assert fake_edge.requests[0].text == "시립도서관이 올봄부터 야간 열람실을 연다."
    marks = synth.words_for(path)
    assert marks is not None
    assert [spoken[m.text_start : m.text_end] for m in marks] == spoken.split()  # spans in the spoken text
    assert synth.clip_for(spoken, "ko", 1.5) == path
    assert fake_edge.count == 1  # from the cache
    other = synth.clip_for(spoken, "ko", 1.0)
    assert other != path
    assert fake_edge.requests[1].rate == "+0%"
    pitched = Synthesizer(engine(pitch=8), synth.cache).clip_for(spoken, "ko", 1.0)
    assert pitched not in (path, other)
    assert fake_edge.requests[2].pitch == "+8Hz"


def test_word_marks_live_and_die_with_their_clip(fake_edge: FakeEdge, tmp_path: Path) -> None:
    store = cache(tmp_path)
    synth = Synthesizer(engine(), store)
    path = synth.clip_for("안녕하세요 여러분.", "ko")
    sidecar = path.with_name(path.stem + WORDS_SUFFIX)
    assert sidecar.is_file()
    assert json.loads(sidecar.read_text(encoding="utf-8"))["version"] == 1
    sidecar.write_text('{"version": 1, "words": [[0, -1, 0, 1, "x"]]}', encoding="utf-8")
    assert synth.words_for(path) is None  # hostile content: no marks rather than nonsense
    sidecar.write_text("[[[", encoding="utf-8")
    assert synth.words_for(path) is None
    store.set_cap(1)  # evicts everything
    assert not path.exists()
    assert not sidecar.exists()
    # An orphan left by a crash between the two writes is cleaned on the next start.
    orphan = tmp_path / "cache" / "ab" / ("ab" + "0" * 62 + WORDS_SUFFIX)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_text("{}", encoding="utf-8")
    AudioCache(tmp_path / "cache", 10_000_000).close()
    assert not orphan.exists()


def test_a_clip_without_marks_clears_stale_ones(tmp_path: Path) -> None:
    store = cache(tmp_path)
    key = "c" * 64
    store.put(key, AudioClip(b"x" * 10, "mp3", words=(WordMark(0, 1, 0, 1, "a"),)))
    path = store.put(key, AudioClip(b"y" * 10, "mp3"))
    assert store.words_for(path) is None


def test_the_word_srt_times_each_word_inside_its_sentence(fake_edge: FakeEdge, tmp_path: Path) -> None:
    art = Article(
        title="",
        lang="ko",
        blocks=[
            Paragraph("시립도서관이 야간 열람실을 연다. 음성 안내기 15대가 1.22(목) 설치된다."),
            Paragraph("참여는 무료다."),
        ],
    )
    out = tmp_path / "a.mp3"
    result = export_audio(art, out, Synthesizer(engine(), cache(tmp_path)), word_srt=True)
    assert result.word_srt == tmp_path / "a.words.srt"
    sentences = parse_srt((tmp_path / "a.srt").read_text(encoding="utf-8"))
    words = parse_srt(result.word_srt.read_text(encoding="utf-8"))
    assert len(sentences) == result.sentences == 3  # the sentence .srt is as before
    assert len(words) > 3 * len(sentences)
    assert all(a < b for a, b, _ in words)
    assert all(b1 <= a2 + 1e-3 for (_, b1, _), (a2, _, _) in itertools.pairwise(words))
    for start, end, text in sentences:  # every sentence's words lie inside it and spell it
        inside = [w for w in words if start - 1e-3 <= w[0] and w[1] <= end + 1e-3]
        assert inside
        assert "".join(w[2] for w in inside).replace(" ", "") == text.replace(" ", "")
    assert any(w[2] == "1.22(목)" or "1.22" in w[2] for w in words)  # worded as displayed, not as spoken


def test_a_30_minute_article_streams_sentence_by_sentence(fast_edge: FakeEdge, tmp_path: Path) -> None:
    """About 500 sentences (half an hour at the service's pace), one connection at a time, each
    closed before the next; every clip cached with its marks; nothing left open."""
    fast_edge.audio_chunk_frames = 40
    base = [
        "시립도서관이 올봄부터 야간 열람실을 새로 연다고 이날 밝혔다.",
        "평일에는 밤 열한 시까지, 주말에는 오후 여섯 시까지 문을 연다.",
        "도서관 측은 퇴근 뒤에 책을 빌리려는 직장인 이용자가 크게 늘었다고 설명했다.",
        "지난해 설문에서 응답자의 절반가량이 저녁 시간 운영을 원한다고 답했다.",
        "큰 글자 책을 두 배로 들여오고 돋보기와 독서대도 빌려준다.",
    ]
    paragraphs = [" ".join(f"{s[:-1]} ({n}-{i})." for i, s in enumerate(base)) for n in range(100)]
    art = Article(title="", lang="ko", blocks=[Paragraph(p) for p in paragraphs])
    sentences = [s for s in split_article(art, include_title=False) if not s.skip]
    assert len(sentences) >= 480
    fds_before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    synth = Synthesizer(engine(), cache(tmp_path))
    total = 0.0
    for s in sentences:
        path = synth.clip_for(s.spoken, "ko", 1.0)
        marks = synth.words_for(path)
        assert marks
        assert marks[-1].text_end <= len(s.spoken)
        total += marks[-1].end
    assert total >= 30 * 60
    assert fast_edge.count == len(sentences)
    assert fast_edge.max_open == 1
    assert fast_edge.open_connections == 0
    if fds_before:
        assert len(os.listdir("/proc/self/fd")) <= fds_before + 5  # no socket or loop left behind
    assert synth.synthesized == len(sentences)


def test_a_new_speed_while_the_service_is_away_stretches_what_was_heard(
    fake_edge: FakeEdge, tmp_path: Path
) -> None:
    synth = Synthesizer(engine(max_retries=0), cache(tmp_path))
    spoken = "시립도서관이 야간 열람실을 연다."
    base = synth.clip_for(spoken, "ko", 1.0)
    base_marks = synth.words_for(base)
    assert base_marks
    fake_edge.script = ["drop"]
    faster = synth.clip_for(spoken, "ko", 2.0)
    assert faster.suffix == ".wav"  # stretched here, pitch kept
    marks = synth.words_for(faster)
    assert marks is not None
    assert marks[-1].end == pytest.approx(base_marks[-1].end / 2, abs=0.01)  # the marks follow the stretch
    assert synth.clip_for(spoken, "ko", 2.0) == synth.cached(spoken, "ko", 2.0)  # the service's own, now
    assert fake_edge.requests[-1].rate == "+100%"
    fake_edge.script = ["drop"]
    with pytest.raises(EngineError):
        synth.clip_for("들어 본 적 없는 문장.", "ko", 2.0)  # nothing heard to stretch: the error stands
