"""Case 2: a damaged settings.json never stops a command; any JSON gives valid settings."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from reader.settings import SCHEMA, SCHEMA_BY_NAME, Settings
from tests.hostile_support import assert_one_line_error, cli, page

pytestmark = pytest.mark.core


def _all_valid(settings: Settings) -> None:
    """Every value is one the schema allows: finite, in range, of its type, among its choices."""
    for opt in SCHEMA:
        value = settings.get(opt.name)
        if opt.type is bool:
            assert isinstance(value, bool), opt.name
        elif opt.type in (int, float):
            assert isinstance(value, opt.type), (opt.name, value)
            assert not isinstance(value, bool), opt.name
            assert math.isfinite(value), opt.name
            assert opt.min is None or value >= opt.min, (opt.name, value)
            assert opt.max is None or value <= opt.max, (opt.name, value)
        elif opt.type is str:
            assert isinstance(value, str), opt.name
            assert opt.choices is None or value in opt.choices, (opt.name, value)
        elif opt.type is list:
            assert isinstance(value, list), opt.name
            assert all(isinstance(v, str | dict) for v in value), opt.name


def _write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


VALUE_CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "infinity": ('{"font_size": Infinity}', {"font_size": 20}),
    "minus-infinity": ('{"tts_rate": -Infinity}', {"tts_rate": 1.0}),
    "nan": ('{"tts_rate": NaN, "print_font_size": NaN, "line_height": NaN}', {"tts_rate": 1.0}),
    "400 digits": ('{"font_size": ' + "9" * 400 + "}", {"font_size": 96}),
    "5000 digits": ('{"content_width": -' + "9" * 5000 + "}", {"content_width": 20}),
    "float too big": ('{"tts_cache_mb": 1e400}', {"tts_cache_mb": 200}),
    "out of range": ('{"font_size": 500, "tts_rate": 0.01}', {"font_size": 96, "tts_rate": 0.5}),
    "wrong types": (
        '{"font_size": "big", "justify": 1, "theme": 3, "recent_sources": {"a": 1}, "tts_volume": [1]}',
        {"font_size": 20, "justify": False, "theme": "system", "recent_sources": []},
    ),
    "bool for number": ('{"font_size": true}', {"font_size": 20}),
    "unknown choice": (
        '{"theme": "neon", "ui_language": "fr"}',
        {"theme": "system", "ui_language": "system"},
    ),
    "bad list items": (
        '{"recent_sources": ["/a.html", 3, null, "", "/a.html", {"source": "/c.html", "title": "t"},'
        ' {"source": [1]}, "/b.html"]}',
        {"recent_sources": ["/a.html", {"source": "/c.html", "title": "t"}, "/b.html"]},
    ),
    "deep value": ('{"font_size": ' + "[" * 50 + "]" * 50 + "}", {"font_size": 20}),
}


@pytest.mark.parametrize("case", list(VALUE_CASES))
def test_bad_values_give_valid_settings_and_one_notice(case: str, tmp_path: Path) -> None:
    text, expected = VALUE_CASES[case]
    path = tmp_path / "settings.json"
    _write(path, text)
    settings = Settings.load(path)
    _all_valid(settings)
    for name, value in expected.items():
        assert settings.get(name) == value, name
    assert len(settings.notices) == 1, settings.notices
    notice = settings.notices[0]
    assert notice.code == "settings.values_fixed"
    assert notice.params["count"] >= 1
    assert path.exists()  # a file with some bad values is not set aside: its good values are kept


def test_good_values_next_to_bad_ones_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write(path, '{"font_size": NaN, "theme": "dark", "line_height": 2.0, "future_option": {"x": 1}}')
    settings = Settings.load(path)
    assert settings.get("theme") == "dark"
    assert settings.get("line_height") == 2.0
    assert settings.notices[0].params["names"] == "font_size"


DAMAGED: dict[str, bytes] = {
    "not json": b"{not json",
    "deep nesting": b"[" * 200_000,
    "deep object": b'{"a":' * 100_000,
    "a list": b"[1, 2, 3]",
    "a number": b"42",
    "not utf-8": b'{"theme": "\xff\xfe"}',
    "huge": b'{"font_family": "' + b"a" * (2 * 1024 * 1024) + b'"}',
    "binary": bytes(range(256)) * 4,
}


@pytest.mark.parametrize("case", list(DAMAGED))
def test_an_unreadable_file_is_set_aside_with_the_promised_message(case: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write(path, DAMAGED[case])
    settings = Settings.load(path)
    _all_valid(settings)
    assert settings.as_dict() == Settings(None).as_dict()
    assert len(settings.notices) == 1
    notice = settings.notices[0]
    assert notice.code == "settings.reset"
    assert "defaults are in use" in notice.text
    aside = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == DAMAGED[case]
    assert notice.params["kept_as"] == aside[0].name
    assert not path.exists()


def test_a_byte_order_mark_is_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write(path, b"\xef\xbb\xbf" + json.dumps({"theme": "sepia", "font_size": 24}).encode())
    settings = Settings.load(path)
    assert settings.get("theme") == "sepia"
    assert settings.get("font_size") == 24
    assert settings.notices == []
    assert path.exists()


def test_two_damaged_files_in_one_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for text in (b"{bad one", b"{bad two"):
        _write(path, text)
        Settings.load(path)
    kept = sorted(p.read_bytes() for p in tmp_path.glob("settings.json.corrupt-*"))
    assert kept == [b"{bad one", b"{bad two"]


def test_the_schema_is_the_one_source_of_choices_and_bounds() -> None:
    assert SCHEMA_BY_NAME["theme"].choices == ("system", "light", "sepia", "dark", "contrast")
    assert SCHEMA_BY_NAME["font_preset"].choices == ("sans", "serif", "mono", "custom")
    size = SCHEMA_BY_NAME["font_size"]
    assert (size.min, size.max) == (10, 96)
    assert len(size.steps) == 26
    assert size.steps[0] == size.min
    assert size.steps[-1] == size.max
    rate = SCHEMA_BY_NAME["tts_rate"]
    assert (rate.min, rate.max, rate.step) == (0.5, 3.0, 0.1)
    assert SCHEMA_BY_NAME["line_focus_lines"].steps == (1, 3, 5)
    for opt in SCHEMA:
        if opt.type in (int, float):
            assert opt.min is not None, opt.name
            assert opt.max is not None, opt.name
            assert opt.min <= opt.default <= opt.max, opt.name
        if opt.choices is not None:
            assert opt.default in opt.choices, opt.name


def test_setting_a_non_finite_value_in_code_is_refused() -> None:
    settings = Settings(None)
    with pytest.raises(ValueError):
        settings.set("tts_rate", float("nan"))
    assert settings.get("tts_rate") == 1.0


def test_a_settings_folder_that_cannot_be_written_keeps_the_session_going(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    settings = Settings.load(blocker / "settings.json")
    heard = []
    settings.subscribe_notices(heard.append)
    settings.set("theme", "dark")  # must not raise
    settings.set("font_size", 24)
    assert settings.get("theme") == "dark"
    assert settings.get("font_size") == 24
    assert [n.code for n in heard] == ["settings.not_saved"]  # said once, not on every change
    assert blocker.read_text() == "a file where the folder should be"


# -- every command with a damaged settings file ------------------------------------------------

COMMAND_CASES = {
    "infinity": '{"font_size": Infinity}',
    "nan everywhere": '{"tts_rate": NaN, "print_font_size": NaN, "font_size": NaN, "print_margins_mm": NaN,'
    ' "tts_paragraph_pause": NaN, "line_height": NaN}',
    "400 digits": '{"print_font_size": ' + "9" * 400 + ', "tts_rate": ' + "9" * 400 + "}",
    "deep nesting": "[" * 200_000,
    "bom": '\ufeff{"theme": "dark"}',
}


@pytest.fixture
def news(tmp_path: Path) -> Path:
    src = tmp_path / "news.html"
    src.write_text(page("시청 앞 주말 장터", "서울시는 주말마다 시청 앞에서 장터를 연다."), encoding="utf-8")
    return src


PAIRS = [("extract", case) for case in COMMAND_CASES] + [
    (command, case)
    for command in ("pdf", "render", "speak", "library")
    for case in ("nan everywhere", "400 digits", "deep nesting")
]


@pytest.mark.parametrize(("command", "case"), PAIRS)
def test_every_command_runs_with_a_damaged_settings_file(
    case: str, command: str, tmp_path: Path, news: Path
) -> None:
    base = tmp_path / "base"
    _write(base / "config" / "settings.json", COMMAND_CASES[case])
    args = {
        "extract": ["extract", str(news)],
        "pdf": ["pdf", str(news), "-o", str(tmp_path / "a.pdf")],
        "render": ["render", str(news), "-o", str(tmp_path / "a.png")],
        "speak": ["speak", str(news), "-o", str(tmp_path / "a.mp3"), "--engine", "espeak", "-q"],
        "library": ["library", "add", str(news)],
    }[command]
    run = cli(*args, basedir=base)
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    warnings = [ln for ln in run.err.splitlines() if "settings" in ln.lower()]
    if case == "bom":
        assert warnings == []
    else:
        assert len(warnings) == 1, run.err
        assert warnings[0].startswith("article-reader: warning: "), run.err
    # a second run is quiet: bad values are gone once the file is written, a damaged file was set aside
    if case in ("deep nesting",):
        again = cli(*args, basedir=base)
        assert again.code == 0, again.err
        assert "settings" not in again.err.lower(), again.err


def test_a_nan_rate_in_the_settings_is_not_blamed_on_the_option(tmp_path: Path, news: Path) -> None:
    base = tmp_path / "base"
    _write(base / "config" / "settings.json", '{"tts_rate": NaN}')
    run = cli("speak", str(news), "-o", str(tmp_path / "a.mp3"), "--engine", "espeak", "-q", basedir=base)
    assert run.code == 0, run.err
    assert "--rate" not in run.err
    run = cli("speak", str(news), "-o", str(tmp_path / "b.mp3"), "--rate", "nan", basedir=base)
    assert "--rate" in assert_one_line_error(run, 1)
