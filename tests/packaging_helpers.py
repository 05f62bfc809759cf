"""Shared by the packaging tests: a clean environment for programs run outside the source tree."""

from __future__ import annotations

import os
import struct
import subprocess
from pathlib import Path

from tests.conftest import REPO


def outside_env(base: Path) -> dict[str, str]:
    """The test's environment without anything that would lead Python back to the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["ARTICLE_READER_BASEDIR"] = str(base)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["SDL_AUDIODRIVER"] = "dummy"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def assert_outside_repo(path: Path) -> None:
    resolved = path.resolve()
    assert not resolved.is_relative_to(REPO.resolve()), f"{resolved} comes from the source tree"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run(
    cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
