"""The program's own state (window geometry, one-time notices), kept apart from the settings."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from reader.state import HANGUL_FONT_NOTICE, AppState

pytestmark = pytest.mark.core


def test_round_trip_and_atomic_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "state.json"
    state = AppState.load(path)
    assert state.geometry == b""
    assert not state.notice_shown("x")
    state.set_geometry(b"\x01\xd9\xd0\xcb geometry")
    state.mark_notice("x")
    again = AppState.load(path)
    assert again.geometry == b"\x01\xd9\xd0\xcb geometry"
    assert again.notice_shown("x")
    assert not list(path.parent.glob(".*.tmp"))


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe", b"[1, 2]", b'{"geometry": "%%%", "notices": "no"}', b'{"notices": [1, "ok", null]}'],
)
def test_damaged_state_starts_afresh(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state = AppState.load(path)
    assert state.geometry == b""
    assert state.notices <= {"ok"}
    state.mark_notice("seen")  # and it can be written again
    assert AppState.load(path).notice_shown("seen")


def test_geometry_and_font_notice_come_over_once_from_old_settings(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    geo = base64.b64encode(b"old geometry").decode()
    settings.write_text(json.dumps({"window_geometry": geo, "font_notice_shown": True, "font_size": 30}))
    path = tmp_path / "state.json"
    state = AppState.load(path, legacy_settings=settings)
    assert state.geometry == b"old geometry"
    assert state.notice_shown(HANGUL_FONT_NOTICE)
    state.set_geometry(b"new")
    assert AppState.load(path, legacy_settings=settings).geometry == b"new"  # the state file wins from now on


def test_scratch_state_writes_nothing_and_counts_notices_seen(tmp_path: Path) -> None:
    state = AppState.scratch()
    assert state.notice_shown("anything")
    state.set_geometry(b"x")
    state.mark_notice("y")
    assert not list(tmp_path.iterdir())


def test_unwritable_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    state = AppState.load(blocker / "state.json")
    state.set_geometry(b"kept in memory")
    assert state.geometry == b"kept in memory"
