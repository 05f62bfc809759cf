"""Start-up extraction in a forked child: it leaves exactly the article the window would extract in the
cache, fails quietly (the window then reports the error itself), and never leaves a process behind.

The fork happens in a fresh interpreter: this test process has Qt loaded (pytest-qt), where forking is
refused on purpose.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.articles.cache import cache_file
from reader.paths import sample_article
from tests.conftest import REPO

pytestmark = [pytest.mark.core, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")]

SCRIPT = r"""
import json, os, sys, time
from pathlib import Path
from reader.articles.early import start_early_extraction

page, cache, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
load = None
if mode == "slow":
    load = lambda src: time.sleep(60)
elif mode == "fail":
    def load(src):
        raise RuntimeError("broken page")
early = start_early_extraction(page, cache, load=load)
out = {"started": early is not None, "qt": "PySide6.QtCore" in sys.modules}
if early is not None:
    out["ok"] = early.wait(timeout=0.5 if mode == "slow" else 60)
    try:
        os.waitpid(early.pid, os.WNOHANG)
        out["reaped"] = False
    except ChildProcessError:
        out["reaped"] = True
print(json.dumps(out))
"""


def _run(page: Path, cache: Path, mode: str = "real") -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("ARTICLE_READER_NO_EARLY", None)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(page), str(cache), mode], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "page.html"
    page.write_bytes(sample_article("ko").read_bytes())
    return page


def test_child_leaves_the_same_article_in_the_cache(tmp_path: Path) -> None:
    from reader.articles import load_article

    page, cache = _page(tmp_path), tmp_path / "cache"
    out = _run(page, cache)
    assert out == {"started": True, "qt": False, "ok": True, "reaped": True}
    entry = cache_file(cache, page.read_bytes())
    assert json.loads(entry.read_text(encoding="utf-8")) == load_article(str(page)).to_dict()
    # a second start finds the entry: nothing to fork
    assert _run(page, cache) == {"started": False, "qt": False}


@pytest.mark.parametrize("mode", ["fail", "slow"])
def test_a_failing_or_stuck_child_leaves_nothing_and_is_reaped(tmp_path: Path, mode: str) -> None:
    """"fail": the load raises (no traceback reaches the user); "slow": the wait times out and the child
    is killed, so the window extracts the page itself."""
    page, cache = _page(tmp_path), tmp_path / "cache"
    out = _run(page, cache, mode)
    assert out["ok"] is False
    assert out["reaped"] is True
    assert not cache_file(cache, page.read_bytes()).exists()


def test_nothing_is_forked_for_what_is_not_a_local_page(tmp_path: Path) -> None:
    assert _run(tmp_path / "missing.html", tmp_path / "cache") == {"started": False, "qt": False}
    assert _run(tmp_path, tmp_path / "cache") == {"started": False, "qt": False}


def test_no_fork_once_qt_is_loaded(tmp_path: Path) -> None:
    from reader.articles.early import start_early_extraction

    pytest.importorskip("PySide6.QtCore")
    assert start_early_extraction(str(_page(tmp_path)), tmp_path / "cache") is None
