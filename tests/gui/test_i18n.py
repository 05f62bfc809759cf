"""Korean and English UI: complete catalogues, up to date, switchable live, following the system."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui

TS = REPO / "resources" / "i18n" / "article-reader_ko.ts"
QM = REPO / "resources" / "i18n" / "article-reader_ko.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%\d")


def _messages(path: Path) -> list[tuple[str, str, str | None, str]]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")]  # plural messages ("%n line(s)")
            text = " / ".join(forms) if forms else (tr.text or "")
            out.append((name, msg.findtext("source") or "", tr.get("type"), text))
    return out


def test_catalogue_is_complete_and_placeholders_match() -> None:
    messages = _messages(TS)
    assert len(messages) > 80
    for context, source, kind, text in messages:
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source)
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_catalogue_has_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    files = sorted(str(p.relative_to(REPO)) for p in (REPO / "reader" / "gui").rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", *files, "-ts", str(fresh), "-no-obsolete"],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    ours = {(c, s) for c, s, _k, _t in _messages(TS)}
    new = [(c, s) for c, s, k, _t in _messages(fresh) if (c, s) not in ours]
    assert new == [], (
        "new interface text: run `pyside6-lupdate reader/gui/*.py -ts resources/i18n/article-reader_ko.ts "
        "-no-obsolete`, translate the new entries, then `pyside6-lrelease` the .ts to the .qm"
    )


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
def test_compiled_catalogue_is_current(tmp_path: Path) -> None:
    out = tmp_path / "ko.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TS), "-qm", str(out)], check=True, capture_output=True, timeout=120
    )
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts file"


def test_switching_language_relabels_the_toolbar(qtbot: Any, app_context: Any) -> None:
    from reader.gui import i18n

    app_context.settings.set("ui_language", "en")
    window = make_window(qtbot, app_context, features=True)
    assert window.actions["read"].text() == "Read Aloud"
    app_context.settings.set("ui_language", "ko")
    qtbot.waitUntil(lambda: window.actions["read"].text() == "기사 읽어주기")
    a = window.actions
    assert a["replay"].text() == "다시듣기"
    assert a["font_bigger"].text() == "폰트 확대"
    assert a["font_smaller"].text() == "폰트 축소"
    assert a["print"].iconText() == "프린트하기"
    assert window.menus["file"].title() == "파일(&F)"
    assert i18n.current_language(QApplication.instance()) == "ko"
    app_context.settings.set("ui_language", "en")
    qtbot.waitUntil(lambda: window.actions["read"].text() == "Read Aloud")


def test_system_locale_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from reader.gui import i18n

    class FakeLocale:
        def __init__(self, langs: list[str]) -> None:
            self.langs = langs

        def uiLanguages(self) -> list[str]:
            return self.langs

    assert i18n.choose_language("ko") == "ko"
    assert i18n.choose_language("en") == "en"
    for langs, expected in ((["ko-KR", "en-US"], "ko"), (["de-DE", "en-GB"], "en"), (["fr-FR"], "en")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda langs=langs: FakeLocale(langs)))
        assert i18n.choose_language("system") == expected
