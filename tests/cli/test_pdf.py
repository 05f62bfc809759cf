"""`article-reader pdf`: a real subprocess writing a real PDF; failures are one line, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.paths import sample_article
from tests.conftest import REPO
from tests.print_support import needs_poppler, page_texts, pdf_info, pdf_pages, squash

pytestmark = [pytest.mark.gui, needs_poppler]


def cli(*args: str, basedir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "ARTICLE_READER_BASEDIR": str(basedir)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "reader", "pdf", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_pdf_command_writes_the_article(tmp_path: Path) -> None:
    out = tmp_path / "ko.pdf"
    proc = cli(str(sample_article("ko")), "-o", str(out), basedir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    text = squash("".join(page_texts(out)))
    assert squash("큰글자책 서가 두 배로") in text
    assert squash("모든 공지문을 음성으로도 제공할 계획이다.") in text
    assert not list(tmp_path.glob(".ko.pdf.*"))  # no temp file left behind


def test_pdf_options_paper_size_and_images(tmp_path: Path) -> None:
    small, big = tmp_path / "small.pdf", tmp_path / "big.pdf"
    src = str(sample_article("en"))
    assert (
        cli(src, "-o", str(small), "--font-size", "8", "--paper", "letter", basedir=tmp_path).returncode == 0
    )
    assert cli(src, "-o", str(big), "--font-size", "20", "--no-images", basedir=tmp_path).returncode == 0
    assert pdf_info(small)["Page size"].startswith("612 x 792")
    assert pdf_info(big)["Page size"].startswith("595")
    assert pdf_pages(big) > pdf_pages(small)


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["missing.html", "-o", "{tmp}/x.pdf"], 2, "missing.html"),
        (["{sample}", "-o", "{tmp}/blocker/x.pdf"], 4, "is not a folder"),
        (["{sample}", "-o", "{tmp}"], 4, "folder"),
        (["{sample}", "-o", "{tmp}/x.pdf", "--paper", "B5"], 1, "A4 or Letter"),
        (["{sample}", "-o", "{tmp}/x.pdf", "--font-size", "99"], 1, "between 6 and 36"),
        (["{sample}", "-o", "{tmp}/x.html"], 1, "must be a .pdf file"),
        (["{empty}", "-o", "{tmp}/x.pdf"], None, "article-reader:"),
    ],
)
def test_pdf_failures_are_one_line(tmp_path: Path, args: list[str], code: int | None, words: str) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><article><p> </p></article></body></html>", encoding="utf-8")
    subs = {"{tmp}": str(tmp_path), "{sample}": str(sample_article("ko")), "{empty}": str(empty)}
    argv = [a for a in args]
    for k, v in subs.items():
        argv = [a.replace(k, v) for a in argv]
    proc = cli(*argv, basedir=tmp_path)
    assert proc.returncode != 0
    if code is not None:
        assert proc.returncode == code
    assert "Traceback" not in proc.stderr
    # One line of ours; third-party log lines (trafilatura warns on empty pages) are not ours to count.
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("article-reader:")]
    assert len(lines) == 1, proc.stderr
    assert words in lines[0]
    assert not (tmp_path / "x.pdf").exists()


def test_failure_leaves_an_existing_pdf_untouched(tmp_path: Path) -> None:
    out = tmp_path / "keep.pdf"
    assert cli(str(sample_article("ko")), "-o", str(out), basedir=tmp_path).returncode == 0
    before = out.read_bytes()
    assert cli("missing.html", "-o", str(out), basedir=tmp_path).returncode == 2
    assert out.read_bytes() == before


def test_the_pdf_command_has_its_own_defaults_and_follows_the_window_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What was last ticked in the print preview (large print, landscape, 20 pt, Letter) does not leak
    into the command; --use-window-settings starts from it, and flags still apply on top."""
    import json

    (tmp_path / "config").mkdir()
    window_choices = {"print_large": True, "print_orientation": "landscape", "print_font_size": 20.0,
                      "print_follow_reader": False, "print_paper": "Letter"}  # fmt: skip
    (tmp_path / "config" / "settings.json").write_text(json.dumps(window_choices))
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")  # the command's own paper: A4 in Korea
    src = str(sample_article("ko"))
    own, window, both = tmp_path / "own.pdf", tmp_path / "window.pdf", tmp_path / "both.pdf"
    assert cli(src, "-o", str(own), basedir=tmp_path).returncode == 0
    assert cli(src, "-o", str(window), "--use-window-settings", basedir=tmp_path).returncode == 0
    assert (
        cli(src, "-o", str(both), "--use-window-settings", "--paper", "A4", basedir=tmp_path).returncode == 0
    )

    def size(path: Path) -> tuple[int, int]:
        w, _, h = pdf_info(path)["Page size"].split()[:3]
        return round(float(w)), round(float(h))

    assert size(own) == (595, 842)  # A4 portrait: the command's defaults
    assert size(window) == (792, 612)  # Letter landscape, as the window last printed
    assert size(both) == (842, 595)  # the flag wins over the window's paper, the rest stays
    assert pdf_pages(window) > pdf_pages(own)  # 20 pt large print takes more pages


def test_pdf_help_names_every_option_and_the_defaults() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "pdf", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    for flag in (
        "--use-window-settings",
        "--columns",
        "--justify",
        "--no-captions",
        "--landscape",
        "--large-print",
    ):
        assert flag in proc.stdout
    assert "own defaults" in proc.stdout
