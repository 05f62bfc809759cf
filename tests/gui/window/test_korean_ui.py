"""The Korean interface, walked: every widget, action, tooltip, message-bar text and core error, in
a window started in Korean and in one switched to Korean live, has no English word left but names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui.test_wording import scan_codes
from tests.httpserver import LocalServer
from tests.korean_text import english_words, sample_params
from tests.speech_fakes import point_gtts_at, refused_url

pytestmark = pytest.mark.gui

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def korean_article() -> Any:
    """An article with every block type and no English in it (its words are content, not interface)."""
    from reader.articles.model import Article, Heading, Image, ListBlock, Note, Paragraph, Quote, Table

    blocks: list[Any] = [
        Paragraph("첫 문단입니다. 큰 글자로 편하게 읽습니다."),
        Heading("소제목 하나", 2),
        Quote("인용문은 조금 들여 씁니다.", cite="누군가"),
        ListBlock(("첫째 항목", "둘째 항목"), ordered=False),
        Note("* 알림: 작은 글씨로 보이는 주석입니다."),
        Image("https://images.example/photo.jpg", alt="사진", caption="사진 설명입니다."),
        Table((("구분", "수량"), ("큰글자책", "6,500권")), header=True),
    ]
    blocks += [Paragraph(f"{i + 1}번째 문단. " + "한글 문장이 이어집니다. " * 12) for i in range(12)]
    return Article(
        title="시험 기사 제목", subtitle="부제목", authors=["김하늘 기자"], site_name="한빛일보",
        published="2026-11-20T09:30:00+09:00", lang="ko", blocks=blocks,
    )  # fmt: skip


def _font_names() -> set[str]:
    words: set[str] = {"English"}  # the language chooser names each language in itself
    for family in QFontDatabase.families():
        words |= set(family.replace("-", " ").split())
    return words


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every string ``widget`` shows or tells a screen reader."""
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):  # font names are names
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        for attr in ("prefix", "suffix"):
            get = getattr(widget, attr, None)
            if callable(get):
                yield str(get())
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for col in range(columns):
                index = model.index(row, col)
                for role in ROLES:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
        header = getattr(widget, "horizontalHeader", None)
        if callable(header):
            for col in range(columns):
                value = model.headerData(col, Qt.Orientation.Horizontal)
                if isinstance(value, str):
                    yield value


def action_texts(act: QAction) -> Iterator[str]:
    if act.isSeparator():
        return
    yield act.text()
    yield act.iconText()
    yield act.toolTip()
    yield act.statusTip()
    menu = act.menu()
    if isinstance(menu, QMenu):
        yield menu.title()


def english_in(roots: list[QWidget], names: set[str]) -> list[tuple[str, str, list[str]]]:
    """(where, text, English words) for everything under ``roots`` that is not Korean."""
    found = []
    for root in roots:
        widgets = [root, *root.findChildren(QWidget)]
        fonts = {id(v) for f in root.findChildren(QFontComboBox) for v in f.findChildren(QWidget)}
        for w in widgets:
            if id(w) in fonts:  # the font chooser's list: family names
                continue
            if isinstance(w, QTextEdit | QPlainTextEdit) and w.isReadOnly():
                texts = list(widget_texts(w))[:6]  # the article and the log are content, not interface
            else:
                texts = list(widget_texts(w))
            for text in texts:
                words = english_words(text, names)
                if words:
                    found.append((f"{type(w).__name__}#{w.objectName()}", text, words))
        for act in root.findChildren(QAction):
            for text in action_texts(act):
                words = english_words(text, names)
                if words:
                    found.append((f"QAction#{act.objectName()}", text, words))
    return found


@pytest.fixture
def korean_window(qtbot: Any, app_context: Any, request: pytest.FixtureRequest) -> Any:
    """The window with read-aloud, print and the library, a saved article and every panel open;
    started in Korean, or started in English and switched to Korean once everything is on screen."""
    from reader.gui.app import build_window

    switched = request.param == "switched"
    app_context.settings.set("ui_language", "en" if switched else "ko")
    _app, window = build_window(app_context)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.library.release()
    window.show_article(korean_article())
    library = window.features.library
    assert library is not None
    window.actions["library_panel"].setChecked(True)
    library.save_current()
    panel = library.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    speech = window.features.speech
    speech.bar.show()
    speech.bar.set_progress(3, 12, 20.0, 90.0)
    dialog = window.open_settings()
    if switched:
        app_context.settings.set("ui_language", "ko")
        qtbot.waitUntil(lambda: window.actions["read"].iconText() == "기사 읽어주기")
    qtbot.wait(50)
    yield window, dialog
    dialog.close()
    from reader.gui import i18n

    i18n.install(_app, "en")  # the next test starts in English, as the others expect


def switch(window: Any, qtbot: Any, lang: str) -> None:
    window.settings.set("ui_language", lang)
    want = "기사 읽어주기" if lang == "ko" else "Read Aloud"
    qtbot.waitUntil(lambda: window.actions["read"].iconText() == want)


def bar_english(window: Any, names: set[str]) -> list[str]:
    bar = window.message_bar
    texts = [bar.text, *(b.text() for b in bar.buttons)]
    return [w for t in texts for w in english_words(t, names)]


@pytest.mark.parametrize("korean_window", ["started", "switched"], indirect=True)
def test_every_widget_and_action_is_korean(korean_window: Any, qtbot: Any) -> None:
    from reader.gui.printing.controller import PrintPreview
    from reader.gui.window import help as window_help

    window, dialog = korean_window
    names = _font_names()
    printing = window.features.printing
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()  # the preview keeps a pointer to it, not a reference
    preview = PrintPreview(printing, printer, printing.options(), False)
    preview.show()
    shortcuts = window_help.shortcuts_dialog(window, window.actions)
    about = window_help.about_dialog(window)
    url_dialog = window.opener.url_dialog_open()
    from reader.gui.speech.export import ExportDialog

    export = ExportDialog(Path("기사.mp3"), window)
    export.set_progress(3, 40)
    log = window_help.log_dialog(window, window.ctx.paths.log_file)  # its text is the log: content
    from reader.gui.speech.voice_picker import VoicePicker
    from reader.speech.voices import BUILTIN

    picker = VoicePicker(window, "ko", lambda _clip: None)  # the natural voices' picker (nothing fetched)
    picker.show()
    for voice in BUILTIN:  # a voice's name is a name: "SunHi", its id "ko-KR-SunHiNeural"
        names |= {voice.person.removesuffix(" (multilingual)"), *voice.name.split("-")}
    roots = [window, dialog, preview, shortcuts, about, url_dialog, export, log, picker]
    for menu in window.findChildren(QMenu):
        roots.append(menu)
    try:
        found = english_in(roots, names)
        assert found == [], "\n".join(f"{where}: {text!r} {words}" for where, text, words in found)
        assert window.windowTitle().endswith(" — 기사 리더")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        assert app.applicationDisplayName() == "기사 리더"  # X11 appends it to a title not ending so
        rows = [panel_row for panel_row in window.features.library.panel.model.entries]
        assert rows
        text = window.features.library.panel.model.data(
            window.features.library.panel.model.index(0), Qt.ItemDataRole.DisplayRole
        )
        assert "분" in text  # the reading time, "· 3분", not "· 3 min"
    finally:
        for d in (preview, shortcuts, about, url_dialog, export, log, picker):
            d.close()


def message_cases(window: Any, tmp_path: Path, server: LocalServer) -> dict[str, Callable[[], None]]:
    """Ways a message reaches the bar, each through the real code that shows it."""
    from PySide6.QtPrintSupport import QPrinterInfo

    printing = window.features.printing
    speech = window.features.speech
    broken = tmp_path / "깨진.html"
    broken.write_bytes(
        "<html><head><meta charset='utf-8'><title>깨진 글자</title></head>".encode()
        + "<body><article><h1>깨진 글자</h1>".encode()
        + ("<p>" + "문단 글입니다. " * 30 + "</p>").encode() * 4
        + b"<p>\xff\xfe stray bytes</p></article></body></html>"
    )
    server.add("/gone", b"not here", status=404)

    def no_printer() -> None:
        original = QPrinterInfo.availablePrinters
        QPrinterInfo.availablePrinters = staticmethod(lambda: [])  # type: ignore[method-assign]
        try:
            window.actions["print"].trigger()
        finally:
            QPrinterInfo.availablePrinters = original  # type: ignore[method-assign]

    def voice_fallback() -> None:
        synth = speech.playback.make_synthesizer()
        synth.engine.synthesize("안녕하세요", "ko")  # Google refused: the notice goes to the window

    return {
        "no printer": no_printer,
        "saved pdf": lambda: printing.export_pdf(tmp_path / "기사.pdf"),
        "voice fallback": voice_fallback,
        "no server": lambda: window.open_source("https://news.example.invalid/a"),
        "refused": lambda: window.open_source(refused_url() + "/a"),
        "http 404": lambda: window.open_source(server.url("/gone")),
        "decode warning": lambda: window.open_source(str(broken)),
        "copied": window.copy_article_text,
        "natural voice question": speech.consent.ask_once,
    }


EXPECTED = {  # a phrase of the Korean sentence each case must show
    "no printer": "설치된 프린터가 없습니다",
    "saved pdf": "PDF 저장:",
    "voice fallback": "대신 오프라인 음성(espeak-ng)으로 읽습니다",
    "no server": "서버 news.example.invalid을(를) 찾지 못했습니다",
    "refused": "연결을 거부했습니다",
    "http 404": "이 주소의 페이지가 없습니다(HTTP 404)",
    "decode warning": "UTF-8(으)로 읽지 못해",
    "copied": "기사 본문을 복사했습니다",
    "natural voice question": "Microsoft의 자연스러운 목소리로 읽을 수 있습니다",
}


@pytest.mark.parametrize("korean_window", ["started", "switched"], indirect=True)
def test_every_message_is_korean(
    korean_window: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """Each message shown through the real code path; for "switched", shown in English first and
    reworded by the switch."""
    window, _dialog = korean_window
    names = _font_names()
    point_gtts_at(monkeypatch, refused_url())
    window.settings.set("tts_engine", "auto")
    switched = request.node.callspec.params["korean_window"] == "switched"
    with LocalServer() as server:
        for name, show in message_cases(window, tmp_path, server).items():
            window.message_bar.dismiss()
            before = window.message_bar.current_id
            if switched:
                switch(window, qtbot, "en")
            show()
            qtbot.waitUntil(lambda b=before: window.message_bar.current_id not in (0, b), timeout=15000)
            if switched:
                english = window.message_bar.text
                switch(window, qtbot, "ko")
                assert window.message_bar.text != english, name
            assert bar_english(window, names) == [], (name, window.message_bar.text)
            assert EXPECTED[name] in window.message_bar.text, (name, window.message_bar.text)


@pytest.mark.parametrize("korean_window", ["started"], indirect=True)
def test_every_core_error_opening_an_article_is_korean(korean_window: Any, qtbot: Any) -> None:
    """Each code the core raises, as the window says it when an article cannot be opened."""
    from reader.errors import ReaderError
    from reader.gui.wording import WORDS, placeholders

    window, _dialog = korean_window
    names = _font_names()
    found, _ = scan_codes()
    for code in sorted(found):
        params = sample_params(placeholders(WORDS[code]))
        window.opener._failed("기사.html", ReaderError(f"English for {code}", code=code, params=params))
        text = window.message_bar.text
        assert "English for" not in text, code
        assert english_words(text, names) == [], (code, text)
