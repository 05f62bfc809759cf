"""``article-reader render``: the reader view to a PNG, headless, atomic, one-line errors."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from reader.paths import sample_article
from reader.style import themes
from tests.conftest import REPO

pytestmark = pytest.mark.gui


def _run(*args: str, base: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env["ARTICLE_READER_BASEDIR"] = str(base)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen itself
    return subprocess.run(
        [sys.executable, "-m", "reader", "render", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_render_sample_at_16_and_96_px(tmp_path: Path) -> None:
    for size in (16, 96):
        out = tmp_path / f"ko-{size}.png"
        proc = _run(
            str(sample_article("ko")),
            "-o",
            str(out),
            "--font-size",
            str(size),
            "--width",
            "900",
            "--height",
            "700",
            base=tmp_path / "base",
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        assert _png_size(out) == (900, 700)
    # The big rendering has far more ink per line than the small one.
    small, big = QImage(str(tmp_path / "ko-16.png")), QImage(str(tmp_path / "ko-96.png"))
    assert _dark_fraction(big) > _dark_fraction(small)
    # The user's settings were read, not written.
    assert not (tmp_path / "base" / "config" / "settings.json").exists()


def test_render_theme_colours(tmp_path: Path) -> None:
    out = tmp_path / "dark.png"
    proc = _run(str(sample_article("en")), "-o", str(out), "--theme", "dark", base=tmp_path / "base")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    bg = QColor(themes.THEMES["dark"].background)
    assert image.pixelColor(image.width() - 30, image.height() // 2) == bg  # the page, beside the column
    toolbar = image.pixelColor(image.width() - 6, 40)
    assert toolbar.lightness() < 100  # the window chrome follows the dark theme


def _dark_fraction(image: QImage) -> float:
    dark = total = 0
    for y in range(80, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark / total


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["missing.html", "-o", "{out}"], 2, "missing.html"),
        (["{sample}", "-o", "{out}", "--font-size", "200"], 1, "--font-size"),
        (["{sample}", "-o", "{tmp}/page.jpg"], 1, ".png"),
        (["{sample}", "-o", "{tmp}/no/such/dir/page.png"], None, "page.png"),
    ],
)
def test_render_errors_are_one_line(tmp_path: Path, args: list[str], code: Any, words: str) -> None:
    out = tmp_path / "out.png"
    filled = [a.format(out=out, sample=sample_article("ko"), tmp=tmp_path) for a in args]
    if "no/such/dir" in filled[2]:
        (tmp_path / "no").write_text("a file where a folder should be")
    proc = _run(*filled, base=tmp_path / "base")
    assert proc.returncode != 0
    if code is not None:
        assert proc.returncode == code
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert words in lines[0]
    assert not out.exists()
    assert not list(tmp_path.glob("**/.*.tmp"))
