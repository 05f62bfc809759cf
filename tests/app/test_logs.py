"""The log file: rotating, under AppPaths, our messages from INFO and others' warnings, readable back."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.logs import LOG_BACKUPS, RotatingLog, add_log_file, read_tail, remove_log_file

pytestmark = pytest.mark.core


def test_records_reach_the_file_and_the_stderr_handler_keeps_its_level(tmp_path: Path) -> None:
    root = logging.getLogger()
    before_level = root.level
    stderr = logging.StreamHandler()
    root.addHandler(stderr)
    root.setLevel(logging.WARNING)
    path = tmp_path / "log" / "article-reader.log"
    handler = add_log_file(path)
    assert handler is not None
    try:
        assert add_log_file(path) is handler  # once
        logging.getLogger("reader.test").info("an info line of ours")
        logging.getLogger("somelib").info("chatter from a library")
        logging.getLogger("somelib").warning("a library warning")
        handler.flush()
        text = read_tail(path)
        assert "an info line of ours" in text
        assert "a library warning" in text
        assert "chatter" not in text
        assert stderr.level == logging.WARNING  # what stderr showed before, it still shows
    finally:
        remove_log_file(handler)
        root.removeHandler(stderr)
        root.setLevel(before_level)


def test_the_file_rotates_and_the_tail_starts_at_a_line(tmp_path: Path) -> None:
    path = tmp_path / "a.log"
    handler = add_log_file(path)
    assert isinstance(handler, RotatingLog)
    handler.max_bytes = 2000
    log = logging.getLogger("reader.rotate")
    try:
        for i in range(400):
            log.warning("line %d %s", i, "x" * 40)
    finally:
        remove_log_file(handler)
    assert len(list(tmp_path.glob("a.log.*"))) == LOG_BACKUPS
    tail = read_tail(path, max_bytes=300)
    assert tail.splitlines()[0].split()[2] == "WARNING"  # a whole line, not the middle of one
    assert "line 399" in tail


def test_no_log_file_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert add_log_file(blocker / "log" / "a.log") is None
    assert read_tail(tmp_path / "missing.log") == ""
