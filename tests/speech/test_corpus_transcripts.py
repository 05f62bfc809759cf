"""The .srt of the three longest Korean corpus articles (extracted with our own extractor) holds no
credit, byline, photo source or dateline, and no caption unless the caption setting is on.

The corpus is read from ../shared/corpus beside the repository (never copied here); skipped without it.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from reader.articles.extract import extract_article
from reader.articles.model import Article, Image
from reader.speech.cache import AudioCache
from reader.speech.engines import EspeakEngine
from reader.speech.export import export_audio
from reader.speech.synth import Synthesizer
from tests.speech.audio_gaps import cues

pytestmark = [pytest.mark.core, pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng")]

_REPO = Path(__file__).resolve().parents[2]


def _corpus() -> Path | None:
    for parent in _REPO.parents:
        if (parent / "shared" / "corpus" / "ko" / "index.json").is_file():
            return parent / "shared" / "corpus" / "ko"
    return None


CORPUS = _corpus()

# Written apart from the code that removes them: what a credit looks like in a transcript.
_CREDIT_MARKS = [
    re.compile(r"[가-힣]{2,4}\s?(?:기자|특파원|통신원)(?![들가-힣])"),  # a byline (not 기자들, 기자회견)
    re.compile(r"사진\s?(?:출처|제공)|사진\s?=|그래픽\s?=|자료\s?=|제공\s?[\])]"),
    re.compile(
        r"=\s?(?:연합뉴스|뉴스1|뉴시스)|[(\[【][^()\[\]【】]{1,12}=\s?[^()\[\]【】]{1,12}[)\]】]"
    ),  # datelines
    re.compile(r"@|ⓒ|©|무단\s?전재|재배포"),
    re.compile(r"(?:연합뉴스|뉴스1|뉴시스|게티이미지)\]?\s*$"),
]


def _load(page: dict[str, str]) -> Article:
    assert CORPUS is not None
    charset = (page.get("declared_charset") or "utf-8").lower()
    if charset in ("euc-kr", "ks_c_5601-1987", "x-windows-949"):
        charset = "cp949"
    html = (CORPUS / page["file"]).read_bytes().decode(charset, errors="replace")
    return extract_article(html, page.get("url"))


def _longest(n: int) -> list[Article]:
    assert CORPUS is not None
    pages = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    articles = [_load(p) for p in pages]
    return sorted(articles, key=lambda a: len(a.text), reverse=True)[:n]


@pytest.fixture(scope="module")
def longest() -> list[Article]:
    if CORPUS is None:
        pytest.skip("../shared/corpus is not present")
    return _longest(3)


def _transcript(article: Article, tmp: Path, captions: bool) -> list[str]:
    synth = Synthesizer(EspeakEngine(rate=3.0), AudioCache(tmp / "cache", 10**9))
    out = tmp / f"{'with' if captions else 'without'}.mp3"
    export_audio(article, out, synth, read_captions=captions)
    return [text for _a, _b, text in cues(out.with_suffix(".srt"))]


@pytest.mark.parametrize("captions", [False, True], ids=["default", "captions-on"])
def test_transcripts_hold_no_credit_and_captions_only_when_asked(
    longest: list[Article], tmp_path: Path, captions: bool
) -> None:
    for n, article in enumerate(longest):
        lines = _transcript(article, tmp_path / str(n), captions)
        assert len(lines) > 10
        for line in lines:
            for mark in _CREDIT_MARKS:
                assert not mark.search(line), (mark.pattern, line)
        caption_words = [
            re.sub(r"\s*\[[^\]]*\]\s*$", "", b.caption).split(". ")[0][:20]
            for b in article.blocks
            if isinstance(b, Image) and len(b.caption.strip()) > 30
        ]
        heard = [w for w in caption_words if any(w in line for line in lines)]
        if captions:
            assert heard == caption_words  # every real caption is read (without its credit)
        else:
            assert heard == []


def test_speak_cli_reads_captions_only_when_asked(tmp_path: Path) -> None:
    if CORPUS is None:
        pytest.skip("../shared/corpus is not present")
    from tests.speech.test_export import cli

    pages = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))

    def captions(article: Article) -> list[str]:
        return [b.caption for b in article.blocks if isinstance(b, Image) and len(b.caption) > 30]

    # the shortest page that has a caption
    article, page = min(((a, p) for p in pages if captions(a := _load(p))), key=lambda ap: len(ap[0].text))
    source = str(CORPUS / page["file"])
    caption = captions(article)[0]
    start = caption[:12]
    for flag, expected in (("--no-captions", False), ("--captions", True)):
        out = tmp_path / f"{flag}.mp3"
        proc = cli("speak", source, "-o", str(out), "--engine", "espeak", "--rate", "1.0", flag)
        assert proc.returncode == 0, proc.stderr
        lines = [text for _a, _b, text in cues(out.with_suffix(".srt"))]
        assert any(start in line for line in lines) is expected, (flag, start)


def test_no_corpus_page_speaks_or_transcribes_a_credit() -> None:
    """Every Korean corpus page, captions read: the spoken sentences' transcripts hold no credit."""
    if CORPUS is None:
        pytest.skip("../shared/corpus is not present")
    from reader.speech.sentences import split_article

    pages = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    checked = 0
    for page in pages:
        for s in split_article(_load(page), read_captions=True):
            if s.skip:
                continue
            checked += 1
            for mark in _CREDIT_MARKS:
                assert not mark.search(s.transcript), (page["id"], mark.pattern, s.text)
    assert checked > 200
