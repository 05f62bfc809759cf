"""Starting and ending the window on a real machine: no display is one line and exit 2 (never Qt's
core dump), SIGTERM / SIGINT close it like its Close button (settings and reading place saved, exit 0),
and ``--help`` says what no command does."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), ARTICLE_READER_NO_EARLY="1")
    env.pop("ARTICLE_READER_BASEDIR", None)
    env.update(extra)
    return env


def _without(env: dict[str, str], *names: str) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in names}


def _free_display() -> str:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    raise AssertionError("no free X display number")


@pytest.mark.parametrize(
    ("setting", "wanted"),
    [
        ({"QT_QPA_PLATFORM": "xcb"}, "neither DISPLAY"),  # the case that used to dump core (134)
        ({}, "neither DISPLAY"),
        ({"DISPLAY": "__dead__"}, "no display server answers at DISPLAY=:"),  # set, but nothing there
    ],
    ids=["xcb", "default", "dead-display"],
)
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, setting: dict[str, str], wanted: str) -> None:
    env = _without(_env(), "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if setting.get("DISPLAY") == "__dead__":
        setting = {"DISPLAY": _free_display()}
    env.update(setting)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--basedir", str(tmp_path)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    line = lines[0]
    assert line.startswith("article-reader: no display")
    for words in ("DISPLAY", "Wayland", "QT_QPA_PLATFORM=offscreen", wanted):
        assert words in line
    assert "Traceback" not in proc.stderr


def test_display_problem_reads_the_environment() -> None:
    from reader.gui.app import display_problem

    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None  # screenless platforms need none
    assert display_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}) is None
    assert "neither DISPLAY" in (display_problem({}) or "")
    assert "DISPLAY is not set" in (display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}) or "")
    runtime = Path(f"/tmp/ar-wayland-{os.getpid()}")
    runtime.mkdir(exist_ok=True)
    (runtime / "wayland-9").touch()
    try:
        assert display_problem({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(runtime)}) is None
    finally:
        shutil.rmtree(runtime)


def test_help_says_what_no_command_and_a_source_do() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--help"], env=_env(), cwd=REPO, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0
    out = proc.stdout
    assert "SOURCE" in out
    assert "opens the window" in out
    assert "sample article" in out  # what no SOURCE opens
    for command in ("extract", "render", "speak", "pdf", "library"):
        assert command in out


# A window started through the real entry point, which changes a setting, scrolls the article and
# says READY; the test then signals it at once, well inside the 0.6 s the setting waits to be saved.
HOOKED = textwrap.dedent(
    """
    import sys
    import reader.gui.app as app_module
    original = app_module.build_window

    def build(ctx, argv=None, features=True):
        app, window = original(ctx, argv, features)
        from PySide6.QtCore import QTimer

        def ready():
            window.library.release()
            window.view.scroll_to_block(6)
            window.reading.save_top()          # the place in the article, as a reader leaves it
            window.view.step_text_size(+1)          # written 0.6 s after the last step, unless closed first
            print("READY", window.settings.get("font_size"), flush=True)

        window.view.first_painted.connect(lambda: QTimer.singleShot(300, ready))
        return app, window

    app_module.build_window = build
    from reader.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.fixture(params=["offscreen", "xcb"])
def platform_env(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The offscreen platform, and a real X server (Xvfb) when one is installed."""
    if request.param == "offscreen":
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    display = _free_display()
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_saving_what_it_holds(
    tmp_path: Path, platform_env: dict[str, str], sig: signal.Signals
) -> None:
    base = tmp_path / "base"
    env = _without(_env(**platform_env), "WAYLAND_DISPLAY")
    if "DISPLAY" not in platform_env:
        env.pop("DISPLAY", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOOKED, "--basedir", str(base)],
        env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("READY"), (line, proc.stderr.read() if proc.stderr else "")
        size = int(line.split()[1])
        proc.send_signal(sig)  # at once: the 0.6 s save has not happened yet
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    settings = json.loads((base / "config" / "settings.json").read_text())
    assert settings["font_size"] == size  # the step made just before the signal
    state = json.loads((base / "data" / "state.json").read_text())
    assert state["geometry"]  # the window's size and place
    from reader.library import Library

    with Library(base / "data" / "library.sqlite3") as lib:
        entries = lib.history.entries(limit=5)
        assert entries, "the article opened is in the history"
        from reader.articles import load_article
        from reader.paths import sample_article

        article = load_article(str(sample_article("en")))
        place = lib.places.get(article, str(sample_article("en")))
        assert place is not None
        assert place.top_block >= 3  # where the reader was


def test_no_socket_is_left_behind_by_the_signal_handling(tmp_path: Path) -> None:
    """The wake-up socket pair is closed with the event loop (a second loop in one process works)."""
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from reader.gui.app import create_app, quit_on_signals
        app = create_app(["t"])
        before = len(os.listdir("/proc/self/fd"))
        for _ in range(3):
            with quit_on_signals(app):
                QTimer.singleShot(10, app.quit)
                app.exec()
        print(len(os.listdir("/proc/self/fd")) - before)
        """
    )
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc")
    proc = subprocess.run([sys.executable, "-c", code], env=_env(), cwd=REPO, capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip().splitlines()[-1]) <= 0
    assert socket  # the module the handler uses
