"""Help → Show Log, and "details are in the log" messages that lead there."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit

from reader.logs import RotatingLog, add_log_file, remove_log_file
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui


def test_an_unexpected_failure_points_to_the_log_it_was_written_to(qtbot: Any, app_context: Any) -> None:
    handler = add_log_file(app_context.paths.log_file)
    assert handler is not None
    try:
        window = make_window(qtbot, app_context)
        window.opener._failed("/some/page.html", RuntimeError("a bug, not a bad page"))
        assert "Details are in the log" in window.message_bar.text
        (button,) = [b for b in window.message_bar.buttons if b.text() == "Show Log"]
        handler.flush()
        button.click()
        dialog = window.findChild(QDialog, "logDialog")
        assert dialog is not None
        assert dialog.isVisible()
        text = dialog.findChild(QPlainTextEdit, "logText").toPlainText()
        assert "unexpected failure opening /some/page.html" in text
        assert "RuntimeError: a bug, not a bad page" in text  # the traceback is there, not in the window
        dialog.close()
    finally:
        remove_log_file(handler)


def test_help_menu_shows_the_log(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    assert window.actions["show_log"] in window.menus["help"].actions()
    window.actions["show_log"].trigger()
    dialog = window.findChild(QDialog, "logDialog")
    assert dialog is not None
    assert dialog.isVisible()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(app_context.paths.log_file) in labels
    assert dialog.findChild(QPlainTextEdit, "logText").toPlainText() == "Nothing has been logged yet."


def test_the_window_started_from_the_command_line_logs_to_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui adds the rotating file under AppPaths before anything else."""
    import argparse

    from reader.context import AppContext
    from reader.gui import app as app_mod

    ctx = AppContext.create()
    seen: list[Any] = []
    monkeypatch.setattr(app_mod, "_run_gui", lambda args, c, early: seen.append(c) or 0)
    before = list(logging.getLogger().handlers)
    try:
        assert app_mod.run_gui(argparse.Namespace(source=None), ctx) == 0
        added = [h for h in logging.getLogger().handlers if h not in before]
        files = [h.path for h in added if isinstance(h, RotatingLog)]
        assert files == [ctx.paths.log_file]
    finally:
        for h in logging.getLogger().handlers:
            if h not in before:
                remove_log_file(h)
