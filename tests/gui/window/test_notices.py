"""Notices show when their condition holds, and only then are remembered as shown: no Hangul font,
a damaged settings file, an audio cache that cannot be used — each in a window started that way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui

needs_fontconfig = pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig tools missing")


def latin_only_fonts(folder: Path) -> Path:
    """A fontconfig setup that knows only fonts without Hangul: a folder of them and a fonts.conf."""
    korean = set(subprocess.run(["fc-list", ":lang=ko", "-f", "%{file}\n"], capture_output=True,
                                text=True, check=True).stdout.split())  # fmt: skip
    files = subprocess.run(["fc-list", ":lang=en", "-f", "%{file}\n"], capture_output=True, text=True,
                           check=True).stdout.split()  # fmt: skip
    latin = sorted(f for f in files if f not in korean and f.lower().endswith((".ttf", ".otf")))
    if not latin:
        pytest.skip("no font without Hangul is installed to build the test setup from")
    fonts = folder / "fonts"
    fonts.mkdir(parents=True)
    for f in latin[:4]:
        shutil.copy(f, fonts)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{fonts}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n"
    )
    return conf


START = textwrap.dedent(
    """
    import json, sys
    from reader.context import AppContext
    from reader.gui import fonts
    from reader.gui.app import build_window, install_features
    from reader.paths import sample_article
    ctx = AppContext.create(sys.argv[1])
    app, window = build_window(ctx, features=False)
    window.resize(900, 700)
    window.show()
    window.open_article_now(str(sample_article("ko")))   # the start-up path: the first article opens
    install_features(window)
    for _ in range(20):
        app.processEvents()
    out = {"bar": window.message_bar.text, "kind": window.message_bar.kind,
           "hangul": fonts.hangul_family("sans"), "language": window.language,
           "shown_before_close": ctx.state().notice_shown("hangul_font")}
    if "--dismiss" in sys.argv:
        window.message_bar.dismiss()
        out["after_dismiss"] = window.message_bar.text
    window.close()
    out["shown_after_close"] = ctx.state().notice_shown("hangul_font")
    print(json.dumps(out, ensure_ascii=False))
    """
)


def start(base: Path, env_extra: dict[str, str], *args: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", ARTICLE_READER_NO_EARLY="1")
    env.pop("ARTICLE_READER_BASEDIR", None)
    env.update(env_extra)
    proc = subprocess.run(
        [sys.executable, "-c", START, str(base), *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=REPO,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


@needs_fontconfig
@pytest.mark.parametrize("language", ["ko", "system"])
def test_no_hangul_font_says_so_and_remembers_it_only_once_seen(tmp_path: Path, language: str) -> None:
    conf = latin_only_fonts(tmp_path / "fc")
    base = tmp_path / "base"
    (base / "config").mkdir(parents=True)
    (base / "config" / "settings.json").write_text(json.dumps({"ui_language": language}))
    env = {"FONTCONFIG_FILE": str(conf), "LANG": "ko_KR.UTF-8", "LANGUAGE": "ko"}
    first = start(base, env)
    assert first["hangul"] is None  # the setup really has no Hangul font
    assert "No installed font covers Korean" in first["bar"]  # in English: Hangul cannot be drawn
    assert "fonts-noto-cjk" in first["bar"]
    assert first["kind"] == "warning"
    assert first["shown_before_close"] is False  # not remembered while merely on screen
    assert first["shown_after_close"] is True  # seen: it was on screen when the window closed
    assert first["language"] == ("ko" if language == "ko" else "en")  # boxes are no interface
    again = start(base, env)
    assert "Korean" not in again["bar"]  # once seen, not said again


@needs_fontconfig
def test_with_a_hangul_font_the_notice_is_neither_shown_nor_recorded(tmp_path: Path) -> None:
    base = tmp_path / "base"
    shown = start(base, {"LANG": "ko_KR.UTF-8"})
    assert shown["hangul"] is not None
    assert "Korean" not in shown["bar"]
    assert shown["shown_after_close"] is False


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_damaged_settings_file_is_said_and_not_dismissed_by_the_opening_article(
    tmp_path: Path, language: str
) -> None:
    base = tmp_path / "base"
    (base / "config").mkdir(parents=True)
    (base / "config" / "settings.json").write_bytes(b'{"ui_language": "' + language.encode() + b'", ')
    env = {"LANG": "ko_KR.UTF-8" if language == "ko" else "en_US.UTF-8", "LANGUAGE": language}
    result = start(base, env, "--dismiss")
    expected = "설정 파일을 읽지 못해 기본 설정을" if language == "ko" else "defaults are in use"
    assert result["kind"] == "warning"
    assert expected in result["bar"], result
    assert expected not in result["after_dismiss"]  # the reader closes it; it was the one shown
    assert list((base / "config").glob("settings.json.corrupt-*"))


def test_a_notice_waits_under_a_later_message_and_comes_back(qtbot: Any, tmp_path: Path) -> None:
    from reader.context import AppContext
    from tests.gui_helpers import make_window, rich_article

    base = tmp_path / "base"
    (base / "config").mkdir(parents=True)
    (base / "config" / "settings.json").write_text("[not an object]")
    window = make_window(qtbot, AppContext.create(str(base)))
    assert "defaults are in use" in window.message_bar.text
    window.show_article(rich_article(3))
    window.copy_article_text()  # a transient message over it
    assert "copied" in window.message_bar.text
    window.message_bar.dismiss()
    assert "defaults are in use" in window.message_bar.text  # back, not lost


def _reading_in_korean(qtbot: Any, app_context: Any, said: str) -> str:
    """A Korean window reading a short article aloud with espeak-ng, until ``said`` is in the message bar
    as a warning and the reading has gone on; returns what the bar said."""
    from reader.articles.model import Article, Paragraph
    from reader.gui import i18n
    from reader.gui import speech as speech_ui
    from reader.gui.app import create_app
    from tests.gui_helpers import make_window

    app_context.settings.set("ui_language", "ko")
    app_context.settings.set("tts_engine", "espeak")
    app_context.settings.set("tts_rate", 2.0)
    i18n.install(create_app(), "ko")
    try:
        window = make_window(qtbot, app_context)
        speech_ui.install(window)
        short = Article(title="짧은 기사", lang="ko", blocks=[Paragraph("첫 문장입니다. 둘째 문장.")])
        window.show_article(short)
        controller = window.features.speech
        assert controller.read_article(window.article)
        qtbot.waitUntil(lambda: said in window.message_bar.text, timeout=15000)
        assert window.message_bar.kind == "warning"
        bar_text = window.message_bar.text
        qtbot.waitUntil(lambda: controller.current is not None, timeout=15000)  # reading goes on
        controller.shutdown()
        return bar_text
    finally:
        i18n.install(create_app(), "en")


def test_an_audio_cache_that_cannot_be_used_is_said_while_reading_goes_on(
    qtbot: Any, app_context: Any
) -> None:
    folder = app_context.paths.audio_cache_dir
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the cache folder should be")
    _reading_in_korean(qtbot, app_context, "음성 캐시")


def test_a_damaged_pronunciation_dictionary_is_said_in_the_window_once_and_reading_goes_on(
    qtbot: Any, app_context: Any
) -> None:
    dictionary = app_context.paths.pronunciation_file
    dictionary.parent.mkdir(parents=True, exist_ok=True)
    dictionary.write_text('{"entries": ' * 5 + "broken", encoding="utf-8")
    said = _reading_in_korean(qtbot, app_context, "발음 사전")
    assert "pronunciation.json.corrupt-" in said  # where the old file went
    assert app_context.lexicon().warnings == []  # said once: not again at the next sentence
