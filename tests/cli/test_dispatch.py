"""The dispatcher finds the command word wherever the global options stand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import _first_positional
from tests.conftest import REPO

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--basedir", "x", "extract", "a.html"], "extract"),
        (["-v", "extract", "a.html"], "extract"),
        (["--basedir", "x"], None),
        (["page.html"], "page.html"),
        (["-"], "-"),
    ],
)
def test_first_positional(argv: list[str], expected: str | None) -> None:
    assert _first_positional(argv) == expected


def test_basedir_before_the_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    sample = REPO / "resources" / "samples" / "sample-en.html"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--basedir",
            str(tmp_path),
            "extract",
            str(sample),
            "--format",
            "text",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("City library doubles")


def test_options_between_sources(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    samples = REPO / "resources" / "samples"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "extract",
            str(samples / "sample-ko.html"),
            "--format",
            "jsonl",
            str(samples / "sample-en.html"),
            "--basedir",
            str(tmp_path),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["lang"] for line in lines] == ["ko", "en"]
