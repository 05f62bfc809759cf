"""Offline export at default settings, measured with real espeak-ng and sox: a paragraph break is
heard clearly longer than a sentence break, and no sentence has a long pause inside it (espeak-ng
gets whole sentences, and inner full stops are folded into commas)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.articles.model import Article, Heading, Paragraph
from reader.settings import SCHEMA_BY_NAME
from reader.speech.cache import AudioCache
from reader.speech.engines import EspeakEngine
from reader.speech.export import export_audio
from reader.speech.synth import Synthesizer
from tests.speech.audio_gaps import cues, gap_at, inner_pauses, silences

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="espeak-ng and sox"),
]

ARTICLE = Article(
    title="시립도서관, 야간 열람실 연다",
    lang="ko",
    blocks=[
        Paragraph(
            "(서울=연합뉴스) 김민수 기자 = 시립도서관이 올봄부터 야간 열람실(24석)을 새로 연다. "
            "평일에는 오후 11시까지, 주말에는 오후 6시까지 문을 연다. "
            "도서관 측은 “직장인 이용자가 지난해보다 1.5배 늘었다. "
            "저녁 운영을 원하는 목소리가 컸다”고 설명했다."
        ),
        Paragraph(
            "열람실 좌석은 모두 120석이며, 예약은 누리집(www.example.go.kr)과 전화(02-123-4567)로 받는다. "
            "美·中 도서관 협회 관계자 3~5명이 다음 달 1.23(금)~1.25(일) 방문해 운영 방식을 살펴볼 예정이며, "
            "시는 이를 계기로 해외 도서관과의 교류를 넓히고 "
            "장기적으로는 열람실을 두 배로 늘리는 방안도 검토하고 있다."
        ),
        Heading("어린이 자료실도 바뀐다"),
        Paragraph("그림책 서가를 낮췄다. 바닥 쉼터도 넓혔다... 보호자 의자도 놓았다. 참여는 무료다!"),
        Paragraph("의견은 안내 창구에서 받는다. 문의는 평일 오전 9시~오후 6시."),
    ],
)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("gaps")
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp / "cache", 10**8))
    out = tmp / "article.mp3"
    pause = float(SCHEMA_BY_NAME["tts_paragraph_pause"].default)  # the default setting
    export_audio(ARTICLE, out, synth, paragraph_pause=pause)
    return out


def _boundaries(out: Path) -> tuple[list[float], list[float]]:
    """Heard gaps after each sentence: (sentence gaps, paragraph gaps)."""
    from reader.speech.sentences import split_article

    spoken = [s for s in split_article(ARTICLE) if not s.skip]
    times = cues(out.with_suffix(".srt"))
    assert len(times) == len(spoken)
    runs = silences(out)
    sentence, paragraph = [], []
    for s, (_a, end, _t), (nxt, _b, _u) in zip(spoken, times, times[1:], strict=False):
        gap = gap_at(runs, (end + nxt) / 2)
        (paragraph if s.paragraph_end else sentence).append(gap)
    return sentence, paragraph


def test_paragraph_gaps_are_clearly_longer_than_sentence_gaps(export: Path) -> None:
    sentence, paragraph = _boundaries(export)
    assert len(sentence) >= 5
    assert len(paragraph) >= 4
    assert min(sentence) > 0.3  # a sentence break is heard
    assert min(paragraph) >= max(sentence) + 0.3, (sentence, paragraph)


def test_no_long_pause_inside_a_sentence(export: Path) -> None:
    runs = silences(export)
    times = cues(export.with_suffix(".srt"))
    longest = max((p.length for cue in times for p in inner_pauses(runs, cue)), default=0.0)
    assert longest <= 0.2, [(c[2], [round(p.length, 2) for p in inner_pauses(runs, c)]) for c in times]
