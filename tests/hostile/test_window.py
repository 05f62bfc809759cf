"""The window cases: with Load Images on a page reads no local file; a damaged settings file and a
config folder that cannot be written do not stop the window — it says so in its message bar."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.gui_helpers import make_window
from tests.hostile.test_local_resources import hostile_page
from tests.hostile_support import REPO, Tripwire, mount_wrapper

pytestmark = pytest.mark.gui


def _context(base: Path) -> Any:
    from reader.context import AppContext

    return AppContext.create(str(base))


def test_load_images_on_reads_no_local_file(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from reader.gui.printing.render import load_local_image, pdf_bytes
    from reader.printing import build_print_model

    wire = Tripwire(tmp_path / "pipe.png")
    try:
        page = tmp_path / "yna.html"
        page.write_text(hostile_page(wire), encoding="utf-8")
        ctx = _context(tmp_path / "base")
        ctx.settings.set("show_images", True)
        window = make_window(qtbot, ctx)
        if not window.view.images_on:
            window.actions["toggle_images"].trigger()
        assert window.open_article_now(str(page))
        qtbot.wait(400)
        window.view.viewport().repaint()
        # the view's own resource loading and print's image loading, asked directly for the FIFO
        image = QTextDocument.ResourceType.ImageResource.value
        for name in (wire.uri, str(wire.path), "pipe.png", "file://localhost" + str(wire.path)):
            assert window.view.loadResource(image, QUrl(name)) is None
            assert load_local_image(name) is None
        data, pages = pdf_bytes(build_print_model(window.article))
        assert pages >= 1
        assert data.startswith(b"%PDF")
        qtbot.wait(100)
    finally:
        wire.close()
    assert wire.opened == 0, "the window opened a local file a page pointed at"


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 200_000,
        b'{"font_size": Infinity, "tts_rate": NaN, "line_height": NaN, "theme": 7}',
        b'{"font_size": ' + b"9" * 400 + b"}",
        b"\xef\xbb\xbf{not json",
    ],
)
def test_a_damaged_settings_file_does_not_stop_the_window(content: bytes, qtbot: Any, tmp_path: Path) -> None:
    from reader.gui.app import install_features

    base = tmp_path / "base"
    (base / "config").mkdir(parents=True)
    (base / "config" / "settings.json").write_bytes(content)
    ctx = _context(base)
    window = make_window(qtbot, ctx)
    install_features(window)  # the player bar, print and the library read the settings too
    from tests.gui_helpers import rich_article

    window.show_article(rich_article(5))
    window.actions["font_bigger"].trigger()
    assert window.message_bar.kind == "warning"
    text = window.message_bar.text
    assert "defaults are in use" in text or "reset or brought into range" in text


def test_a_config_folder_that_is_a_file_does_not_stop_the_window(qtbot: Any, tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    (base / "config").write_text("not a folder")
    ctx = _context(base)
    window = make_window(qtbot, ctx)
    assert "config folder" in window.message_bar.text
    ctx.settings.set("theme", "dark")  # the change holds for the session, and is said once
    assert ctx.settings.get("theme") == "dark"
    assert "cannot be saved" in window.message_bar.text


SCRIPT = textwrap.dedent(
    """
    import json, sys
    from reader.context import AppContext
    from reader.gui.app import build_window
    ctx = AppContext.create(sys.argv[1])
    app, window = build_window(ctx)
    window.resize(800, 600)
    window.show()
    app.processEvents()
    window.actions["font_bigger"].trigger()
    window.settings.flush()
    ctx.settings.set("theme", "sepia")
    app.processEvents()
    print(json.dumps({"kind": window.message_bar.kind, "text": window.message_bar.text,
                      "size": ctx.settings.get("font_size"), "theme": ctx.settings.get("theme")}))
    window.close()
    """
)


def test_a_read_only_config_folder_does_not_stop_the_window(tmp_path: Path) -> None:
    base = tmp_path / "base"
    config = base / "config"
    config.mkdir(parents=True)
    before = json.dumps({"font_size": 20, "theme": "light"})
    (config / "settings.json").write_text(before)
    import os

    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", ARTICLE_READER_NO_EARLY="1")
    env.pop("ARTICLE_READER_BASEDIR", None)
    proc = subprocess.run(
        [*mount_wrapper(read_only=[config]), sys.executable, "-c", SCRIPT, str(base)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    shown = json.loads(proc.stdout.strip().splitlines()[-1])
    assert shown["kind"] == "warning"
    assert "cannot be saved" in shown["text"]
    assert shown["size"] > 20
    assert shown["theme"] == "sepia"
    assert (config / "settings.json").read_text() == before
