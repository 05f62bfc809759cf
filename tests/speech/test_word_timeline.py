"""Word times on the displayed sentence: estimates for Google's voice, the timeline the window uses,
the session's word reports and the word .srt of an offline export (real espeak-ng, gTTS against its
fake endpoint, real pygame on SDL's dummy driver, real lame and sox)."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.settings import SCHEMA_BY_NAME, Settings
from reader.speech.cache import AudioCache
from reader.speech.engines import EspeakEngine, GoogleEngine
from reader.speech.engines.base import WordMark
from reader.speech.engines.wordtimes import from_events, spread, syllables
from reader.speech.export import export_audio
from reader.speech.player import Player
from reader.speech.sentences import split_article
from reader.speech.session import PLAYING, Callbacks, ReadAloudSession
from reader.speech.synth import Synthesizer
from reader.speech.words import HIGHLIGHT_UNITS, WordTimeline, highlight_unit, word_at
from tests.speech.audio_gaps import cues
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3

pytestmark = pytest.mark.core
__all__ = ["fake_google", "google_mp3"]

TOOLS = ("espeak-ng", "sox", "lame", "ffmpeg")
needs_espeak = pytest.mark.skipif(not all(shutil.which(t) for t in TOOLS), reason=", ".join(TOOLS))


# -- estimates -------------------------------------------------------------------------------------


def test_syllables_follow_how_the_word_is_read() -> None:
    assert syllables("도서관이") == 4
    assert syllables("2025년") == len("이천이십오") + 1
    assert syllables("3.5%") == len("삼") + 2  # 삼 점 오 (the sign is its own word in the notation)
    assert syllables("IMF") == len("아이엠에프")
    assert syllables("economy", korean=False) == 4
    assert syllables("—") == 1  # never nothing


def test_spread_shares_the_sound_by_syllables_and_leaves_the_pauses_between_words() -> None:
    text = "도서관이 문을 연다, 평일에는 밤까지."
    marks = spread(text, 4.0, lead=0.2, tail=0.3)
    assert [text[m.text_start : m.text_end] for m in marks] == text.split()
    assert all(m.estimated for m in marks)
    assert marks[0].start == pytest.approx(0.2)
    assert marks[-1].end == pytest.approx(3.7)
    assert all(a.end <= b.start for a, b in itertools.pairwise(marks))
    comma = next(i for i, m in enumerate(marks) if m.text.endswith(","))
    gaps = [b.start - a.end for a, b in itertools.pairwise(marks)]
    assert gaps[comma] > 0.1  # the comma's pause
    assert max(g for i, g in enumerate(gaps) if i != comma) < 1e-6
    durations = [m.end - m.start for m in marks]
    assert durations[0] / durations[1] == pytest.approx(4 / 2, abs=1e-3)  # 도서관이 : 문을


def test_from_events_never_runs_backwards_and_fills_the_words_it_was_not_told() -> None:
    text = "하나 둘 셋 넷"
    # four sounds of 0.1 s, each after 10 ms of silence
    pcm = (b"\x00\x00" * 220 + b"\x00\x10" * 2205) * 4
    events = [(0, 1, 2), (4850, 6, 1), (4900, 6, 1), (7275, 4, 1)]  # 셋 twice; 둘 after 셋: not believed
    marks = from_events(text, events, pcm, 22050)
    assert [m.text for m in marks] == ["하나", "둘", "셋", "넷"]
    assert [m.estimated for m in marks] == [False, True, False, True]
    assert all(a.start <= b.start for a, b in itertools.pairwise(marks))
    assert marks[0].start == pytest.approx(0.01, abs=0.0001)  # where its sound starts, not the event
    assert marks[1].start == pytest.approx(0.22 * 2 / 3, abs=0.001)  # 하나 : 둘 = 2 : 1 syllables
    assert marks[0].end <= marks[1].start
    assert marks[2].start == pytest.approx(0.22, abs=0.0001)
    assert marks[2].end == pytest.approx(0.33, abs=0.0101)  # where its sound ends, not the next start


# -- Google's voice --------------------------------------------------------------------------------


def test_google_clips_carry_estimated_marks_over_their_sound(fake_google: FakeGoogle, tmp_path: Path) -> None:
    synth = Synthesizer(GoogleEngine(min_interval=0), AudioCache(tmp_path / "c", 10**8))
    spoken = (
        "시립도서관이 올봄부터 야간 열람실을 새로 연다며 평일에는 밤 열한 시까지 문을 열고, "
        "주말에는 오후 여섯 시에 닫는다고 밝혔는데 이용자들은 대체로 반기는 분위기이며 연장 운영을 바란다."
    )
    clip = synth.clip_for(spoken, "ko")
    assert fake_google.count == 2  # two pieces of at most 100 characters
    marks = synth.words_for(clip)
    assert marks is not None
    assert all(m.estimated for m in marks)
    assert [spoken[m.text_start : m.text_end] for m in marks] == spoken.split()
    assert all(a.start <= b.start for a, b in itertools.pairwise(marks))
    from reader.speech.audio import duration

    assert marks[-1].end <= duration(clip) + 0.01
    # the second piece's words start after the first piece's clip (the fake answers the same clip twice)
    first_of_second = fake_google.requests[1][0].split()[0]
    second = next(m for m in marks if m.text == first_of_second)
    assert second.start >= duration(clip) / 2


# -- the timeline on the displayed sentence --------------------------------------------------------


def test_the_timeline_places_spoken_words_on_the_displayed_ones() -> None:
    display = "김 기자 = 3개 기관이 1.22(목) 문을 연다."
    spoken = "3개 기관이 1월 22일 목요일 문을 연다."
    words = ["3개", "기관이", "1월", "22일", "목요일", "문을", "연다."]
    marks: list[WordMark] = []
    pos = 0
    for n, w in enumerate(words):
        at = spoken.index(w, pos)
        marks.append(WordMark(0.5 * n, 0.5 * n + 0.4, at, at + len(w), w))
        pos = at + len(w)
    timeline = WordTimeline(marks, spoken, display)
    shown = [display[w.text_start : w.text_end] for w in timeline.words]
    assert shown == ["3개", "기관이", "1.22(목)", "문을", "연다."]  # the rewritten date is one word on screen
    assert timeline.word_at(-1.0) is None
    assert timeline.word_at(0.0) == (display.index("3개"), display.index("3개") + 2)
    date = (display.index("1.22"), display.index("1.22") + len("1.22(목)"))
    assert timeline.word_at(1.0) == date  # 1월
    assert timeline.word_at(2.45) == date  # still 목요일, after its end: the earlier word stays
    assert timeline.word_at(99) == (display.index("연다."), len(display))
    assert timeline.words[2].end == pytest.approx(2.4)  # from 1월's start to 목요일's end


def test_highlight_unit_comes_from_the_settings_and_the_schema() -> None:
    assert HIGHLIGHT_UNITS == SCHEMA_BY_NAME["tts_highlight_unit"].choices == ("word", "sentence", "off")
    settings = Settings(None)
    assert highlight_unit(settings) == "word"
    settings.set("tts_highlight_unit", "sentence")
    assert highlight_unit(settings) == "sentence"
    settings.set("tts_highlight", False)  # the older switch still turns it off
    assert highlight_unit(settings) == "off"
    with pytest.raises(ValueError, match="tts_highlight_unit"):
        settings.set("tts_highlight_unit", "syllable")


# -- the session reports the word being spoken -----------------------------------------------------


@needs_espeak
def test_the_session_reports_each_word_in_order_on_the_displayed_text(tmp_path: Path) -> None:
    article = Article(
        title="",
        lang="ko",
        blocks=[Paragraph("(서울=연합뉴스) 시립도서관이 야간 열람실을 연다. 평일에는 밤 11시까지 연다.")],
    )
    sentences = split_article(article, include_title=False)
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp_path / "c", 10**8))
    words: list[tuple[int, tuple[int, int] | None]] = []
    done = threading.Event()
    lock = threading.Lock()

    def on_word(i: int, span: tuple[int, int] | None) -> None:
        with lock:
            words.append((i, span))

    player = Player()
    session = ReadAloudSession(
        sentences,
        synth,
        "ko",
        player=player,
        callbacks=Callbacks(on_word=on_word, on_finished=done.set),
    )
    try:
        session.play()
        assert done.wait(30)
    finally:
        session.close()
        player.close()
    text = article.blocks[0].plain_text()
    with lock:
        seen = [(i, span) for i, span in words if span is not None]
    assert seen, "no word was reported"
    spoken = [s for s in sentences if not s.skip]
    for s in spoken:
        clip = synth.clip_for(s.spoken, "ko")
        timeline = WordTimeline.for_clip(synth, clip, s)
        assert timeline is not None
        first = timeline.words[0]
        assert word_at(synth, clip, s, first.start) == (first.text_start, first.text_end)
        assert word_at(synth, clip, s, -0.1) is None
        expected = [(s.start + w.text_start, s.start + w.text_end) for w in timeline.words]
        got = [span for i, span in seen if i == s.index]
        assert got, f"no word of sentence {s.index}"
        assert got == [e for e in expected if e in got]  # in speaking order, nothing invented
        assert all(s.start <= a < b <= s.end for a, b in got)
    assert "서울" not in " ".join(text[a:b] for _i, (a, b) in seen)  # the dateline is not read, not marked
    assert any(text[a:b] == "11시까지" for _i, (a, b) in seen)  # the displayed form, not 열한 시까지


@needs_espeak
def test_sentence_and_off_units_report_no_words(tmp_path: Path) -> None:
    article = Article(title="", lang="ko", blocks=[Paragraph("비가 온다. 바람이 분다.")])
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp_path / "c", 10**8))
    reported: list[object] = []
    playing = threading.Event()
    done = threading.Event()
    player = Player()
    session = ReadAloudSession(
        split_article(article, include_title=False),
        synth,
        "ko",
        player=player,
        highlight_unit="sentence",
        callbacks=Callbacks(
            on_word=lambda i, span: reported.append(span),
            on_state=lambda st: playing.set() if st == PLAYING else None,
            on_finished=done.set,
        ),
    )
    try:
        session.play()
        assert playing.wait(20)
        time.sleep(0.3)
        assert session.current_word() is None
        session.set_highlight_unit("word")
        deadline = time.monotonic() + 5
        while session.current_word() is None and time.monotonic() < deadline and not done.is_set():
            time.sleep(0.01)
        session.set_highlight_unit("off")
        assert session.current_word() is None
        with pytest.raises(ValueError, match="highlight unit"):
            session.set_highlight_unit("letter")
        assert done.wait(20)
    finally:
        session.close()
        player.close()
    assert all(span is None for span in reported[-1:])  # leaving "word" took the word away


# -- the word .srt of an offline export ------------------------------------------------------------


def _level(wav: Path, start: float, length: float) -> float:
    proc = subprocess.run(
        ["sox", str(wav), "-n", "trim", f"{start:.3f}", f"{length:.3f}", "stats"],
        capture_output=True,
        text=True,
        check=True,
    )
    m = re.search(r"Pk lev dB\s+(-?[\d.]+|-inf)", proc.stderr)
    assert m, proc.stderr
    return float(m.group(1)) if m.group(1) != "-inf" else -200.0


@needs_espeak
def test_the_word_srt_of_an_offline_export_is_timed_on_the_audio(tmp_path: Path) -> None:
    article = Article(
        title="",
        lang="ko",
        blocks=[
            Paragraph("(서울=연합뉴스) 김민수 기자 = 시립도서관이 올봄부터 야간 열람실(24석)을 새로 연다."),
            Paragraph("평일에는 오후 11시까지, 주말에는 오후 6시까지 문을 연다."),
        ],
    )
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp_path / "c", 10**8))
    out = tmp_path / "a.mp3"
    result = export_audio(article, out, synth, word_srt=True)
    assert result.word_srt is not None
    word_cues = cues(result.word_srt)
    sentence_cues = cues(out.with_suffix(".srt"))
    shown = " ".join(text for _a, _b, text in word_cues)
    assert "기자" not in shown  # credits are neither read nor transcribed
    assert "서울" not in shown
    assert "11시까지," in shown  # as displayed, not as spoken (열한 시까지)
    assert len(word_cues) >= 14
    assert all(a < b for a, b, _t in word_cues)
    assert all(b1 <= a2 + 1e-3 for (_a1, b1, _t1), (a2, _b2, _t2) in itertools.pairwise(word_cues))
    # every word cue lies inside its sentence's cue, and the audio sounds at its start
    wav = tmp_path / "a.wav"  # decoded as players do: without the encoder's delay (sox keeps it)
    decode = ["ffmpeg", "-loglevel", "error", "-i", str(out), str(wav)]
    subprocess.run(decode, check=True, capture_output=True)
    for a, b, text in word_cues:
        assert any(sa - 0.002 <= a and b <= sb + 0.002 for sa, sb, _s in sentence_cues), text
        assert _level(wav, a + 0.01, min(0.08, b - a)) > -30, (a, b, text)


def test_google_export_words_fall_back_to_whole_sentences(fake_google: FakeGoogle, tmp_path: Path) -> None:
    article = Article(title="", lang="ko", blocks=[Paragraph("비가 온다. 바람이 분다.")])
    synth = Synthesizer(GoogleEngine(min_interval=0), AudioCache(tmp_path / "c", 10**8))
    result = export_audio(article, tmp_path / "g.mp3", synth, word_srt=True)
    assert result.word_srt is not None
    assert [t for _a, _b, t in cues(result.word_srt)] == ["비가 온다.", "바람이 분다."]  # estimates stay out
