"""The PyInstaller one-folder app builds and runs on its own.

One full build per test run, into a temp folder, with PyInstaller's own cache pointed there too, so
nothing from an earlier run is reused. The built program then runs from outside the checkout,
without PYTHONPATH, on the sample that travels inside the bundle.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from reader import __version__
from tests.conftest import REPO
from tests.packaging_helpers import assert_outside_repo, outside_env, png_size, run

pytestmark = [pytest.mark.slow, pytest.mark.core]

SPEC = REPO / "packaging" / "pyinstaller" / "article-reader.spec"


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if sys.platform != "linux":
        pytest.skip("CI builds the Linux one-folder app")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = outside_env(work / "base")
    env["PYINSTALLER_CONFIG_DIR"] = str(work / "config")  # its bincache: fresh every run
    proc = run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC),
        ],
        cwd=REPO,
        env=env,
        timeout=1800,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    app = work / "dist" / "article-reader"
    assert (app / "article-reader").is_file()
    return app


def _sample(app: Path, lang: str) -> Path:
    sample = app / "_internal" / "reader" / "resources" / "samples" / f"sample-{lang}.html"
    assert sample.is_file(), "resources/ did not make it into the bundle"
    assert_outside_repo(sample)
    return sample


def test_frozen_version(frozen_app: Path, tmp_path: Path) -> None:
    proc = run([str(frozen_app / "article-reader"), "--version"], cwd=tmp_path, env=outside_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"article-reader {__version__}"


def test_frozen_bundle_has_qt_plugins(frozen_app: Path) -> None:
    plugins = frozen_app / "_internal" / "PySide6" / "Qt" / "plugins"
    assert list((plugins / "platforms").glob("libqoffscreen*"))
    assert list((plugins / "platforms").glob("libqxcb*"))
    assert list((plugins / "imageformats").glob("libqsvg*"))
    assert list((plugins / "printsupport").glob("*"))
    assert (frozen_app / "_internal" / "reader" / "resources" / "icons" / "article-reader.svg").is_file()


def test_frozen_extract(frozen_app: Path, tmp_path: Path) -> None:
    proc = run(
        [str(frozen_app / "article-reader"), "extract", str(_sample(frozen_app, "ko")), "--format", "json"],
        cwd=tmp_path,
        env=outside_env(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    article = json.loads(proc.stdout)
    assert article["title"]
    assert article["blocks"]


def test_frozen_render(frozen_app: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.png"
    proc = run(
        [str(frozen_app / "article-reader"), "render", str(_sample(frozen_app, "ko")), "-o", str(out),
         "--width", "900", "--height", "700"],
        cwd=tmp_path,
        env=outside_env(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    assert png_size(out) == (900, 700)
    # a blank window compresses to a few kilobytes; a page of Hangul text does not
    assert out.stat().st_size > 40_000, out.stat().st_size


def test_frozen_pdf(frozen_app: Path, tmp_path: Path) -> None:
    """Printing needs Qt's printsupport in the bundle; the Korean text must come out as text."""
    out = tmp_path / "article.pdf"
    proc = run(
        [str(frozen_app / "article-reader"), "pdf", str(_sample(frozen_app, "ko")), "-o", str(out)],
        cwd=tmp_path,
        env=outside_env(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    text = run(["pdftotext", str(out), "-"], cwd=tmp_path, env=outside_env(tmp_path)).stdout
    assert "시립도서관" in text


def test_frozen_speak_offline(frozen_app: Path, tmp_path: Path) -> None:
    """The lazily imported speech engines are in the bundle and drive the system's espeak-ng."""
    out = tmp_path / "article.mp3"
    proc = run(
        [str(frozen_app / "article-reader"), "speak", str(_sample(frozen_app, "en")), "-o", str(out),
         "--engine", "espeak", "-q"],
        cwd=tmp_path,
        env=outside_env(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    stats = run(["sox", str(out), "-n", "stats"], cwd=tmp_path, env=outside_env(tmp_path)).stderr
    length = float(next(line.split()[-1] for line in stats.splitlines() if line.startswith("Length s")))
    assert length > 30, stats
