"""The window under a real X server, driven step by step; prints what it measured as JSON.

Run by test_fit_x11.py in a child process (``python -m tests.gui.window.x11_window '<json>'``) with
DISPLAY set to an Xvfb server with a window manager. The JSON names the interface language,
whether to maximise, the steps to take (read, library, settings) and, optionally, a geometry to
move the window to before it closes (and saves it).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def main(spec: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QRect

    from reader.context import AppContext
    from reader.gui.app import build_window
    from reader.paths import AppPaths, sample_article
    from reader.settings import Settings
    from tests.layout_support import layout_problems

    paths = AppPaths.from_basedir(Path(os.environ["ARTICLE_READER_BASEDIR"]))
    paths.ensure()
    settings = Settings.load(paths.settings_file)
    settings.set("ui_language", spec.get("lang", "ko"))
    settings.set("tts_engine", "espeak")
    settings.set("tts_rate", 2.0)
    ctx = AppContext(paths=paths, settings=settings)
    app, window = build_window(ctx)

    def spin(ms: int) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            app.processEvents()
            time.sleep(0.01)

    def rect(r: QRect) -> list[int]:
        return [r.x(), r.y(), r.width(), r.height()]

    if spec.get("maximised"):
        window.showMaximized()
    else:
        window.show()
    spin(800)
    window.open_article_now(str(sample_article(spec.get("lang", "ko"))))
    spin(300)
    out: dict[str, Any] = {
        "available": rect(window.screen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "geometry": rect(window.geometry()),
        "widths": {"shown": window.width()},
        "ratio": window.devicePixelRatioF(),
    }
    for step in spec.get("steps", []):
        if step == "read":
            speech = window.features.speech
            window.actions["read"].trigger()
            for _ in range(400):
                spin(20)
                if speech.current is not None:
                    break
            window.actions["read"].trigger()
        elif step == "library":
            window.actions["library_panel"].trigger()
        elif step == "settings":
            window.open_settings()
        spin(600)
        out["widths"][step] = window.width()
    out["frame_after"] = rect(window.frameGeometry())
    out["problems"] = layout_problems(window)
    out["toolbar_shown"] = [n for n, b in window.chrome.fitting.buttons.items() if b.isVisible()]
    out["minimum"] = [window.minimumSizeHint().width(), window.minimumSizeHint().height()]
    if "move_to" in spec:
        x, y, w, h = spec["move_to"]
        window.setGeometry(x, y, w, h)
        spin(600)
        out["moved"] = rect(window.frameGeometry())
    if window.features.speech is not None:
        window.features.speech.shutdown()
    window.close()
    spin(200)
    return out


if __name__ == "__main__":
    result = main(json.loads(sys.argv[1]))
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the window is closed and its state saved; skip Qt's slow teardown
