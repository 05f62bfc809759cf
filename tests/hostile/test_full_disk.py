"""A disk that fills up in the middle of a save: the file that was there is kept byte for byte, no
temporary is left beside it, and the user hears it once. The failure is made where the kernel would
report it (the write, the sync or the rename), on every path a file is saved through."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from reader import atomicio
from reader.errors import WriteError
from reader.settings import Settings
from reader.state import AppState

pytestmark = pytest.mark.core

STAGES = ["write", "fsync", "replace"]


def _fill_disk_at(stage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_: Any, **__: Any) -> Any:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if stage == "write":
        real_fdopen = os.fdopen

        class FullFile:
            def __init__(self, fh: Any) -> None:
                self._fh = fh

            def __enter__(self) -> FullFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self._fh.close()

            def write(self, data: bytes) -> int:
                self._fh.write(data[: len(data) // 2])  # half of it reached the disk
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            def __getattr__(self, name: str) -> Any:
                return getattr(self._fh, name)

        monkeypatch.setattr(atomicio.os, "fdopen", lambda fd, mode="rb": FullFile(real_fdopen(fd, mode)))
    elif stage == "fsync":
        monkeypatch.setattr(atomicio.os, "fsync", full)
    else:
        monkeypatch.setattr(atomicio.os, "replace", full)


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("stage", STAGES)
def test_settings_survive_a_full_disk(stage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.set("theme", "sepia")
    before = path.read_bytes()
    _fill_disk_at(stage, monkeypatch)
    heard = []
    settings.subscribe_notices(heard.append)
    settings.set("theme", "dark")
    settings.set("font_size", 30)
    assert settings.get("theme") == "dark"  # the change holds for the session
    assert [n.code for n in heard] == ["settings.not_saved"]
    assert path.read_bytes() == before
    assert _only(tmp_path) == ["settings.json"]
    monkeypatch.undo()
    assert json.loads(path.read_text())["theme"] == "sepia"


@pytest.mark.parametrize("stage", STAGES)
def test_the_state_file_survives_a_full_disk(
    stage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state.json"
    state = AppState.load(path)
    state.mark_notice("hangul_font")
    before = path.read_bytes()
    _fill_disk_at(stage, monkeypatch)
    state.set_geometry(b"\x01" * 60)  # logged, never raised
    assert path.read_bytes() == before
    assert _only(tmp_path) == ["state.json"]


@pytest.mark.parametrize("stage", STAGES)
def test_an_output_survives_a_full_disk(stage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.cli.output import write_output

    out = tmp_path / "article.pdf"
    out.write_bytes(b"%PDF-1.7 the reader's earlier export")
    _fill_disk_at(stage, monkeypatch)
    with pytest.raises(WriteError) as info:
        write_output(out, b"%PDF-1.7 " + b"x" * 100_000)
    assert info.value.params.get("errno") == "ENOSPC"
    assert out.read_bytes() == b"%PDF-1.7 the reader's earlier export"
    assert _only(tmp_path) == ["article.pdf"]
