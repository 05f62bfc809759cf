"""The wheel is complete: installed into a fresh virtual environment, it runs from anywhere.

Builds the sdist and, from it, the wheel with the standard build frontend, so a file missing from
either shows up here. The fresh environment reuses the dependencies the test runner already has
(like --system-site-packages, but also when the runner itself is in a virtual environment) while
article-reader itself comes only from the wheel, and every command runs from a folder outside the
checkout.
"""

from __future__ import annotations

import json
import site
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from reader import __version__
from tests.conftest import REPO
from tests.packaging_helpers import (
    assert_outside_repo,
    outside_env,
    png_size,
    run,
)

pytestmark = [pytest.mark.slow, pytest.mark.core]

PROBE = """
import json, reader, reader.paths as p
print(json.dumps({"reader": reader.__file__, "version": reader.__version__,
                  "ko": str(p.sample_article("ko")), "en": str(p.sample_article("en")),
                  "icon": str(p.app_icon_files()[0])}))
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    env = outside_env(tmp_path_factory.mktemp("build-home"))
    proc = run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)], cwd=out, env=env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheels = list(out.glob("article_reader-*.whl"))
    sdists = list(out.glob("article_reader-*.tar.gz"))
    assert len(wheels) == 1
    assert len(sdists) == 1
    return {"wheel": wheels[0], "sdist": sdists[0]}


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("venv")
    env_dir = root / "env"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    env = outside_env(root / "appbase")
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=root, env=env
    ).stdout.strip()
    # The runner's site folders go on the venv's path after its own site-packages. A folder named
    # in a .pth file gets none of its own .pth files run, so an editable install of the checkout
    # there (a .pth hook) stays invisible and `reader` can only come from the wheel.
    parent_sites = [p for p in (*site.getsitepackages(), site.getusersitepackages()) if Path(p).is_dir()]
    (Path(purelib) / "runner-site.pth").write_text("\n".join(parent_sites) + "\n", encoding="utf-8")
    proc = run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(built["wheel"])],
        cwd=root,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return {"root": root, "python": python, "script": bindir / "article-reader"}


def test_wheel_carries_resources(built: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    resources = sorted(
        str(p.relative_to(REPO / "resources")) for p in (REPO / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert resources
    missing = [r for r in resources if f"reader/resources/{r}" not in names]
    assert not missing, f"resources missing from the wheel: {missing}"
    assert "reader/py.typed" in names
    assert not any("__pycache__" in n for n in names)


def test_sdist_rebuilds_everything(built: dict[str, Path]) -> None:
    with tarfile.open(built["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in (
        "setup.py",
        "pyproject.toml",
        "MANIFEST.in",
        "LICENSE",
        "README.md",
        "resources/samples/sample-ko.html",
        "resources/icons/article-reader.svg",
        "packaging/linux/io.github.articlereader.ArticleReader.desktop",
        "packaging/linux/io.github.articlereader.ArticleReader.metainfo.xml",
        "packaging/pyinstaller/article-reader.spec",
    ):
        assert needed in names, f"{needed} missing from the sdist"


def test_installed_package_finds_its_resources(installed: dict[str, Path]) -> None:
    cwd = installed["root"]
    proc = run([str(installed["python"]), "-c", PROBE], cwd=cwd, env=outside_env(cwd / "base"))
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["version"] == __version__
    for key in ("reader", "ko", "en", "icon"):
        path = Path(info[key])
        assert path.is_relative_to(installed["root"]), f"{key} resolved to {path}, not the venv"
        assert path.is_file()
        assert_outside_repo(path)


def test_installed_script_version(installed: dict[str, Path]) -> None:
    cwd = installed["root"]
    proc = run([str(installed["script"]), "--version"], cwd=cwd, env=outside_env(cwd / "base"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"article-reader {__version__}"


def _installed_sample(installed: dict[str, Path], lang: str) -> Path:
    cwd = installed["root"]
    code = f"from reader.paths import sample_article; print(sample_article({lang!r}))"
    proc = run([str(installed["python"]), "-c", code], cwd=cwd, env=outside_env(cwd / "base"))
    assert proc.returncode == 0, proc.stderr
    sample = Path(proc.stdout.strip())
    assert sample.is_relative_to(installed["root"])
    return sample


def test_installed_script_extracts_the_bundled_sample(installed: dict[str, Path]) -> None:
    cwd = installed["root"]
    for lang in ("ko", "en"):
        sample = _installed_sample(installed, lang)
        proc = run(
            [str(installed["script"]), "extract", str(sample), "--format", "json"],
            cwd=cwd,
            env=outside_env(cwd / "base"),
        )
        assert proc.returncode == 0, proc.stderr
        article = json.loads(proc.stdout)
        assert article["title"]
        assert article["blocks"]
        assert article["lang"].startswith(lang)


def test_installed_script_renders(installed: dict[str, Path]) -> None:
    cwd = installed["root"]
    sample = _installed_sample(installed, "ko")
    out = cwd / "page.png"
    proc = run(
        [str(installed["script"]), "render", str(sample), "-o", str(out),
         "--width", "900", "--height", "700"],
        cwd=cwd,
        env=outside_env(cwd / "base"),
    )
    assert proc.returncode == 0, proc.stderr
    assert png_size(out) == (900, 700)
    # a blank window compresses to a few kilobytes; a page of Hangul text does not
    assert out.stat().st_size > 40_000, out.stat().st_size
