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

I18N = REPO / "resources" / "i18n"
TS = I18N / "article-reader_ko.ts"
QM = I18N / "article-reader_ko.qm"
EN_TS = I18N / "article-reader_en.ts"
EN_QM = I18N / "article-reader_en.qm"
LUPDATE_HINT = "run packaging/update-translations.sh, translate the new entries, then run it again"
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


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["ko", "en"])
def test_catalogue_is_complete_and_placeholders_match(ts: Path) -> None:
    messages = _messages(ts)
    assert len(messages) > (80 if ts == TS else 1)
    for context, source, kind, text in messages:
        assert kind not in ("unfinished", "vanished", "obsolete"), (context, source)
        assert text.strip(), (context, source)
        for form in text.split(" / "):
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form)), source


def test_contexts_are_the_stable_feature_names() -> None:
    """Contexts name features, never classes: moving code between classes leaves the catalogue alone."""
    from reader.gui.i18n import CONTEXTS

    assert {c for c, _s, _k, _t in _messages(TS)} <= set(CONTEXTS)
    assert {c for c, _s, _k, _t in _messages(EN_TS)} == {"Plurals"}


def test_english_plurals_have_both_forms() -> None:
    from PySide6.QtCore import QTranslator

    from reader.gui.i18n import plurals

    app = QApplication.instance() or QApplication([])
    translator = QTranslator()
    assert translator.load(str(EN_QM))
    app.installTranslator(translator)
    try:
        assert plurals().lines_clear(1) == "1 line clear"
        assert plurals().lines_clear(3) == "3 lines clear"
        assert plurals().pdf_saved(1).format(path="a.pdf") == "Saved PDF: a.pdf (1 page)"
        assert (plurals().articles(1), plurals().articles(2)) == ("1 article", "2 articles")
        assert plurals().to_listen(1) == "1 article to listen to."
        saved = plurals().mp3_saved(1).format(name="a.mp3", minutes=0, seconds=4)
        assert saved == "Saved a.mp3 (0:04, 1 sentence)."
    finally:
        app.removeTranslator(translator)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
@pytest.mark.parametrize(("ts", "extra"), [(TS, []), (EN_TS, ["-pluralonly"])], ids=["ko", "en"])
def test_catalogue_has_every_string_in_the_code(tmp_path: Path, ts: Path, extra: list[str]) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts, fresh)
    files = sorted(str(p.relative_to(REPO)) for p in (REPO / "reader" / "gui").rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", *extra, *files, "-ts", str(fresh), "-no-obsolete"],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    ours = {(c, s) for c, s, _k, _t in _messages(ts)}
    theirs = {(c, s) for c, s, _k, _t in _messages(fresh)}
    assert sorted(theirs - ours) == [], f"new interface text: {LUPDATE_HINT}"
    assert sorted(ours - theirs) == [], f"text no longer in the code: {LUPDATE_HINT}"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (EN_TS, EN_QM)], ids=["ko", "en"])
def test_compiled_catalogue_is_current(tmp_path: Path, ts: Path, qm: Path) -> None:
    out = tmp_path / "out.qm"
    cmd = ["pyside6-lrelease", str(ts), "-qm", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == qm.read_bytes(), LUPDATE_HINT


def test_switching_language_relabels_the_toolbar(qtbot: Any, app_context: Any) -> None:
    from reader.gui import i18n

    app_context.settings.set("ui_language", "en")
    window = make_window(qtbot, app_context, features=True)
    assert window.actions["read"].iconText() == "Read Aloud"
    app_context.settings.set("ui_language", "ko")
    qtbot.waitUntil(lambda: window.actions["read"].iconText() == "기사 읽어주기")
    a = window.actions
    assert a["read"].text() == "기사 읽어주기(&E)"  # menus: the Alt letter after the words
    assert a["replay"].iconText() == "다시듣기"
    assert a["font_bigger"].iconText() == "폰트 확대"
    assert a["font_smaller"].iconText() == "폰트 축소"
    assert a["print"].iconText() == "프린트하기"
    assert window.menus["file"].title() == "파일(&F)"
    assert i18n.current_language(QApplication.instance()) == "ko"
    app_context.settings.set("ui_language", "en")
    qtbot.waitUntil(lambda: window.actions["read"].iconText() == "Read Aloud")


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
