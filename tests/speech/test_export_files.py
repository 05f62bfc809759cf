"""Export files: chapters in reading order as ffprobe lists them; modes that follow the umask."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.articles.model import Article, Heading, Paragraph
from reader.speech.cache import AudioCache
from reader.speech.engines import EspeakEngine
from reader.speech.export import export_audio
from reader.speech.synth import Synthesizer

pytestmark = [
    pytest.mark.core,
    pytest.mark.skipif(not shutil.which("espeak-ng") or not shutil.which("ffprobe"), reason="espeak-ng"),
]


def _article(sections: int) -> Article:
    blocks: list = []
    for n in range(sections):
        # titles of very different lengths: mutagen orders frames by size, which shuffled chapters
        blocks.append(Heading(f"제{n + 1}장 " + "긴 제목 " * ((n * 7) % 5)))
        blocks.append(Paragraph(f"{n + 1}번째 부분의 첫 문장이다. 둘째 문장이다."))
    return Article(title="장 순서 시험", blocks=blocks, lang="ko")


def test_ffprobe_lists_chapters_in_reading_order(tmp_path: Path) -> None:
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp_path / "c", 10**8))
    out = tmp_path / "a.mp3"
    article = _article(7)
    export_audio(article, out, synth)
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    chapters = json.loads(probe.stdout)["chapters"]
    titles = [c["tags"]["title"] for c in chapters]
    assert titles == ["장 순서 시험"] + [b.text.strip() for b in article.blocks if isinstance(b, Heading)]
    starts = [float(c["start_time"]) for c in chapters]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)


def test_mp3_and_srt_follow_the_umask(tmp_path: Path) -> None:
    synth = Synthesizer(EspeakEngine(), AudioCache(tmp_path / "c", 10**8))
    old = os.umask(0o022)
    try:
        out = tmp_path / "b.mp3"
        export_audio(_article(1), out, synth)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    assert out.with_suffix(".srt").stat().st_mode & 0o777 == 0o644
    # Replacing a file keeps the mode the user gave it.
    out.chmod(0o600)
    export_audio(_article(1), out, synth)
    assert out.stat().st_mode & 0o777 == 0o600
