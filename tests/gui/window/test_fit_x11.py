"""The window under a real X server with a window manager (Xvfb + openbox): its first size is a
share of the screen, a remembered geometry from a larger screen comes back onto this one, and
opening read-aloud, the library or the settings never changes its width, at scale 1 and 2.

Each case runs the window in a child process on its own virtual display; skipped only where Xvfb
is not installed (packaging/system-deps.sh installs it and openbox).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.gui.window import sizing
from tests.conftest import REPO
from tests.layout_support import XServer

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]

STEPS = ["read", "library", "settings"]


def _run(x: XServer, base: Path, spec: dict[str, Any], scale: int = 1) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        DISPLAY=x.display, QT_QPA_PLATFORM="xcb", ARTICLE_READER_BASEDIR=str(base), PYTHONPATH=str(REPO),
        SDL_AUDIODRIVER="dummy",
    )  # fmt: skip
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_SCALE_FACTOR", None)
    if scale != 1:
        env["QT_SCALE_FACTOR"] = str(scale)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.window.x11_window", json.dumps(spec)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _inside(outer: list[int], inner: list[int]) -> bool:
    ox, oy, ow, oh = outer
    x, y, w, h = inner
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_first_size_is_a_share_of_the_screen_and_never_grows(tmp_path: Path, lang: str) -> None:
    with XServer((1366, 768)) as x:
        got = _run(x, tmp_path, {"lang": lang, "steps": STEPS})
    available = got["available"]
    assert _inside(available, got["frame"]), got
    expected = round(available[2] * sizing.WIDTH_SHARE)
    assert abs(got["geometry"][2] - expected) <= 2, got
    assert set(got["widths"].values()) == {got["geometry"][2]}, got["widths"]  # nothing widened it
    assert _inside(available, got["frame_after"]), got
    assert got["problems"] == []
    assert {"read", "replay", "font_bigger", "font_smaller", "print"} <= set(got["toolbar_shown"])


def test_a_geometry_saved_on_a_larger_screen_opens_on_this_one(tmp_path: Path) -> None:
    with XServer((1920, 1080)) as x:
        first = _run(x, tmp_path, {"lang": "ko", "move_to": [1300, 500, 1300, 900]})
    assert first["moved"][0] >= 1000  # it was far to the right, past where a small screen ends
    with XServer((1024, 768)) as x:
        again = _run(x, tmp_path, {"lang": "ko", "steps": ["library"]})
    assert _inside(again["available"], again["frame"]), again
    assert _inside(again["available"], again["frame_after"]), again
    assert again["problems"] == []


def test_scale_2_opens_at_a_share_of_the_screen_and_stays_put(tmp_path: Path) -> None:
    with XServer((2732, 1536)) as x:
        got = _run(x, tmp_path, {"lang": "ko", "steps": STEPS}, scale=2)
    assert got["ratio"] == 2
    available = got["available"]  # logical pixels: 1366×768
    assert available[2] == 1366
    assert _inside(available, got["frame"]), got
    assert abs(got["geometry"][2] - round(1366 * sizing.WIDTH_SHARE)) <= 2
    assert set(got["widths"].values()) == {got["geometry"][2]}, got["widths"]
    assert got["problems"] == []
    assert {"read", "replay", "font_bigger", "font_smaller"} <= set(got["toolbar_shown"])


def test_a_500x400_screen_maximised(tmp_path: Path) -> None:
    with XServer((500, 400)) as x:
        got = _run(x, tmp_path, {"lang": "en", "maximised": True, "steps": STEPS})
    assert _inside(got["available"], got["frame_after"]), got
    assert len(set(got["widths"].values())) == 1, got["widths"]
    assert got["problems"] == []
