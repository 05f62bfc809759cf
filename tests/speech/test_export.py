"""Export to one MP3 with ID3 tags and chapters plus an .srt, and the speak CLI."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.articles.model import Article, Heading, Paragraph
from reader.errors import OutputError, ReaderError
from reader.speech.cache import AudioCache
from reader.speech.engines import EspeakEngine, GoogleEngine
from reader.speech.export import ExportCancelled, export_audio
from reader.speech.synth import Synthesizer
from tests.conftest import REPO
from tests.speech_fakes import FakeGoogle, fake_google, google_mp3, pcm_stats, refused_url

pytestmark = pytest.mark.core
__all__ = ["fake_google", "google_mp3"]


def article() -> Article:
    return Article(
        title="도서관, 큰글자책 두 배로",
        site_name="한빛일보",
        published="2026-01-22T09:00:00+09:00",
        url="https://news.example/a/1",
        lang="ko",
        blocks=[
            Paragraph("(서울=한빛뉴스) 김하늘 기자 = 시립도서관이 서가를 늘린다. 3개 분관도 참여한다."),
            Heading("낭독 봉사자 두 배로"),
            Paragraph("도서관은 봉사자 40명을 모집한다."),
            Paragraph("< 음성 안내기 대여 >"),
            Paragraph("음성 안내기 15대가 1.22(목) 설치된다."),
            Paragraph("김하늘 기자 sky.kim@hanbit.example"),
        ],
    )


def parse_srt(text: str) -> list[tuple[float, float, str]]:
    def secs(t: str) -> float:
        h, m, rest = t.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        assert lines[0].isdigit()
        m = re.fullmatch(r"(\S+) --> (\S+)", lines[1])
        assert m, lines[1]
        cues.append((secs(m[1]), secs(m[2]), "\n".join(lines[2:])))
    return cues


def espeak_synth(tmp_path: Path) -> Synthesizer:
    return Synthesizer(EspeakEngine(), AudioCache(tmp_path / "cache", 100_000_000))


def test_export_writes_tagged_mp3_with_chapters_and_timed_srt(
    fake_google: FakeGoogle, tmp_path: Path
) -> None:
    from mutagen.id3 import ID3
    from mutagen.mp3 import MP3

    synth = Synthesizer(GoogleEngine(timeout=(1, 2), min_interval=0), AudioCache(tmp_path / "c", 10**8))
    out = tmp_path / "article.mp3"
    seen: list[tuple[int, int]] = []
    result = export_audio(article(), out, synth, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 7)
    assert seen[-1] == (7, 7)
    assert result.sentences == 7  # dateline and e-mail byline are skipped
    assert fake_google.count == 7
    assert "1월 22일 목요일" in " ".join(t for t, _ in fake_google.requests)

    tags = ID3(out)
    assert str(tags["TIT2"]) == "도서관, 큰글자책 두 배로"
    assert str(tags["TPE1"]) == "한빛일보"
    assert str(tags["TDRC"]) == "2026-01-22"
    toc = tags.getall("CTOC")[0]
    chapters = {c.element_id: c for c in tags.getall("CHAP")}
    ordered = [chapters[i] for i in toc.child_element_ids]
    titles = [str(c.sub_frames["TIT2"]) for c in ordered]
    assert titles == ["도서관, 큰글자책 두 배로", "낭독 봉사자 두 배로", "음성 안내기 대여"]
    starts = [c.start_time for c in ordered]
    assert starts == sorted(starts)
    assert starts[0] == 0
    length = MP3(out).info.length
    assert ordered[-1].end_time == pytest.approx(length * 1000, abs=120)

    cues = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))
    assert len(cues) == 7
    assert cues[1][2] == "시립도서관이 서가를 늘린다."
    assert (
        cues[-1][2] == "음성 안내기 15대가 1.22(목) 설치된다."
    )  # the transcript shows the text as displayed
    for (s1, e1, _), (s2, _e2, _) in itertools.pairwise(cues):
        assert s1 < e1 <= s2
    assert cues[-1][1] <= length + 0.1
    # Chapter starts line up with the first sentence of each section.
    assert starts[1] / 1000 == pytest.approx(cues[3][0], abs=0.01)

    seconds, rms = pcm_stats(out)
    assert seconds == pytest.approx(length, abs=0.2)
    assert rms > 200  # not silent
    stats = subprocess.run(["sox", str(out), "-n", "stats"], capture_output=True, text=True, check=True)
    rms_db = float(re.search(r"RMS lev dB\s+(-?[\d.]+)", stats.stderr)[1])  # type: ignore[index]
    assert rms_db > -40

    # Exporting again is served from the cache: no request.
    export_audio(article(), tmp_path / "again.mp3", synth)
    assert fake_google.count == 7


def test_export_offline_at_double_speed_is_shorter(tmp_path: Path) -> None:
    synth = espeak_synth(tmp_path)
    normal = export_audio(article(), tmp_path / "n.mp3", synth, write_srt=False)
    fast = export_audio(article(), tmp_path / "f.mp3", synth, rate=2.0, write_srt=False)
    assert not (tmp_path / "n.srt").exists()
    speech_normal = normal.seconds - 6 * 0.6
    assert fast.seconds < speech_normal * 0.65 + 6 * 0.6


def test_cancel_writes_nothing_and_keeps_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "article.mp3"
    out.write_bytes(b"old")
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(ExportCancelled):
        export_audio(article(), out, espeak_synth(tmp_path), cancel=cancel)
    assert out.read_bytes() == b"old"
    assert not out.with_suffix(".srt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.mp3", "cache"]


def test_bad_outputs_and_empty_articles_fail_clearly(tmp_path: Path) -> None:
    synth = espeak_synth(tmp_path)
    with pytest.raises(OutputError, match="does not exist"):
        export_audio(article(), tmp_path / "missing" / "a.mp3", synth)
    with pytest.raises(OutputError, match="folder"):
        export_audio(article(), tmp_path, synth)
    empty = Article(title="", blocks=[Paragraph("김하늘 기자 sky.kim@hanbit.example")])
    with pytest.raises(ReaderError, match="no text"):
        export_audio(empty, tmp_path / "e.mp3", synth)
    assert not (tmp_path / "e.mp3").exists()


# -- the CLI -------------------------------------------------------------------------------


def cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


SAMPLE = str(REPO / "resources" / "samples" / "sample-ko.html")


def test_speak_cli_offline(tmp_path: Path) -> None:
    out = tmp_path / "sample.mp3"
    proc = cli("speak", SAMPLE, "-o", str(out), "--engine", "espeak", "--rate", "1.5")
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout
    assert out.stat().st_size > 10_000
    cues = parse_srt(out.with_suffix(".srt").read_text(encoding="utf-8"))
    assert len(cues) > 5
    assert all(a < b for a, b, _ in cues)
    _, rms = pcm_stats(out)
    assert rms > 200


def test_speak_cli_auto_uses_google_then_its_cache(fake_google: FakeGoogle, tmp_path: Path) -> None:
    env = {"ARTICLE_READER_TTS_ENDPOINT": fake_google.url, "NO_PROXY": "127.0.0.1"}
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "a.mp3"), "--engine", "auto", env_extra=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no fallback notice
    first = fake_google.count
    assert first > 5
    proc = cli("speak", SAMPLE, "-o", str(tmp_path / "b.mp3"), "--engine", "auto", env_extra=env)
    assert proc.returncode == 0, proc.stderr
    assert fake_google.count == first  # the second run is read from the persistent cache


def test_speak_cli_auto_falls_back_with_a_notice(tmp_path: Path) -> None:
    out = tmp_path / "a.mp3"
    proc = cli("speak", SAMPLE, "-o", str(out), env_extra={"ARTICLE_READER_TTS_ENDPOINT": refused_url()})
    assert proc.returncode == 0, proc.stderr
    assert "offline voice" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["speak", "no-such-file.html", "-o", "{tmp}/a.mp3", "--engine", "espeak"], 2, "no-such-file"),
        (["speak", SAMPLE, "-o", "{tmp}/missing/a.mp3", "--engine", "espeak"], 4, "does not exist"),
        (["speak", SAMPLE, "-o", "{tmp}/a.mp3", "--rate", "5"], 1, "--rate"),
        (["speak", SAMPLE, "-o", "{tmp}/a.wav", "--engine", "espeak"], 1, ".mp3"),
        (["speak", "{tmp}/empty.html", "-o", "{tmp}/a.mp3", "--engine", "espeak"], None, ""),
    ],
)
def test_speak_cli_bad_cases_print_one_line(
    args: list[str], code: int | None, message: str, tmp_path: Path
) -> None:
    (tmp_path / "empty.html").write_text(
        "<html><head><title>t</title></head><body><article><h1>t</h1>"
        "<p>김하늘 기자 sky.kim@hanbit.example</p></article></body></html>",
        encoding="utf-8",
    )
    proc = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert proc.returncode != 0
    if code is not None:
        assert proc.returncode == code
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("article-reader: ")
    assert message in lines[0]
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.glob("*.mp3"))


def test_engine_failure_midway_writes_nothing(fake_google: FakeGoogle, tmp_path: Path) -> None:
    synth = Synthesizer(
        GoogleEngine(timeout=(1, 2), min_interval=0, max_retries=0), AudioCache(tmp_path / "c", 10**8)
    )
    fake_google.script = ["ok", "ok", 403]
    out = tmp_path / "a.mp3"
    with pytest.raises(ReaderError, match="403"):
        export_audio(article(), out, synth)
    assert not out.exists()
    assert not out.with_suffix(".srt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]


def test_speak_cli_without_any_voice_says_so(tmp_path: Path) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    proc = cli(
        "speak",
        SAMPLE,
        "-o",
        str(tmp_path / "a.mp3"),
        "--engine",
        "espeak",
        env_extra={"PATH": str(empty_bin), "ARTICLE_READER_ESPEAK_LIBRARY": "none"},  # nor the library
    )
    assert proc.returncode == 1
    assert (
        proc.stderr.strip()
        == "article-reader: the offline voice is not installed (install the espeak-ng package)"
    )
    assert not (tmp_path / "a.mp3").exists()
