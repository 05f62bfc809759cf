"""The window's print actions: preview (exec patched, never blocking), selection, PDF export, bad cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.articles.model import Article, Paragraph
from tests.print_support import long_article, needs_poppler, page_texts, squash

pytestmark = pytest.mark.gui


def FakeWindow(ctx: Any, article: Article | None) -> Any:
    """The real main window (no other feature installed), noting every message it is asked to show."""
    from reader.gui.window.main_window import MainWindow

    window = MainWindow(ctx)
    window.messages = []
    window.message_actions = []

    def record(text: Any, kind: str = "info", actions: list[Any] | None = None, *_a: Any, **_k: Any) -> None:
        window.messages.append((text() if callable(text) else text, kind == "error"))  # worded when shown
        window.message_actions = list(actions or [])

    window.show_message = record
    if article is not None:
        window.show_article(article)
    return window


@pytest.fixture
def printers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    from PySide6.QtPrintSupport import QPrinterInfo

    installed: list[Any] = [QPrinterInfo()]
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: list(installed)))
    return installed


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """QPrintPreviewDialog.exec patched: render the preview once, as the dialog would, and return."""
    from reader.gui.printing.controller import PrintPreview

    dialogs: list[Any] = []

    def fake_exec(self: Any) -> int:
        widget = self.preview_widget
        assert widget is not None
        widget.updatePreview()
        self.page_count = widget.pageCount()
        dialogs.append(self)
        return 0

    monkeypatch.setattr(PrintPreview, "exec", fake_exec)
    return dialogs


def install(window: Any) -> Any:
    from reader.gui.printing import install as do_install

    return do_install(window)


def test_ctrl_p_opens_preview_with_pages(
    qapp: Any, app_context: Any, printers: Any, shown: list[Any]
) -> None:
    from PySide6.QtGui import QKeySequence

    window = FakeWindow(app_context, long_article(6, 4))
    controller = install(window)
    action = window.actions["print"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.features.printing is controller
    action.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.page_count >= 2
    assert dialog.pages_painted == dialog.page_count
    assert dialog.selection_only is False
    assert window.messages == []


def test_preview_controls_change_the_layout(
    qapp: Any, app_context: Any, printers: Any, shown: list[Any]
) -> None:
    window = FakeWindow(app_context, long_article(6, 4))
    install(window).print_article()
    dialog = shown[0]
    before = dialog.preview_widget.pageCount()
    dialog.large_box.setChecked(True)
    assert dialog.options.font_size_pt >= 16
    assert dialog.preview_widget.pageCount() > before
    assert app_context.settings.get("print_large") is True
    dialog.size_box.setValue(24.0)
    assert app_context.settings.get("print_font_size") == 24.0
    assert app_context.settings.get("print_follow_reader") is False


def test_selection_only_when_there_is_one(
    qapp: Any, app_context: Any, printers: Any, shown: list[Any]
) -> None:
    from PySide6.QtGui import QTextCursor

    article = long_article(3, 2)
    window = FakeWindow(app_context, article)
    controller = install(window)
    chosen = article.blocks[2].plain_text()
    doc = window.view.document()
    found = doc.find(chosen)
    assert not found.isNull()
    window.view.setTextCursor(found)
    assert controller.selection_action.isEnabled()
    window.actions["print"].trigger()
    dialog = shown[-1]
    assert dialog.selection_only
    assert dialog.selection_box.isEnabled()
    assert dialog.selection_box.isChecked()
    assert dialog.renderer.model.body_texts() == [chosen]
    dialog.selection_box.setChecked(False)
    assert len(dialog.renderer.model.body_texts()) == len(article.blocks)
    window.view.moveCursor(QTextCursor.MoveOperation.End)
    window.actions["print"].trigger()
    assert shown[-1].selection_only is False


@needs_poppler
def test_no_printer_offers_pdf(
    qapp: Any,
    app_context: Any,
    printers: list[Any],
    shown: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    printers.clear()
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = FakeWindow(app_context, long_article(2, 2))
    install(window).print_article()
    assert shown == []  # no preview yet: the message says why and offers the PDF
    text, error = window.messages[-1]
    assert not error
    assert "No printer" in text or "프린터가 없습니다" in text
    labels = [label for label, _ in window.message_actions]
    assert len(labels) == 2
    save_pdf, preview = (cb for _, cb in window.message_actions)
    save_pdf()
    saved = tmp_path / "saved.pdf"
    assert saved.exists()
    assert squash(window.article.title) in squash("".join(page_texts(saved)))
    assert any(str(saved) in m for m, err in window.messages if not err)
    preview()  # the preview can still print to a file
    assert len(shown) == 1
    assert shown[0].page_count >= 1


def test_export_pdf_to_an_unwritable_path(qapp: Any, app_context: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    window = FakeWindow(app_context, long_article(1, 2))
    controller = install(window)
    assert controller.export_pdf(blocker / "out.pdf") is None
    text, error = window.messages[-1]
    assert error
    assert "out.pdf" in text
    assert "could not be written" in text


def test_export_pdf_default_name_and_cancel(
    qapp: Any, app_context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    seen: dict[str, str] = {}

    def fake_dialog(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        seen["start"] = start
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    window = FakeWindow(app_context, long_article(1, 1))
    install(window)
    window.actions["export_pdf"].trigger()
    assert Path(seen["start"]).name.startswith("시립도서관, 큰글자책 서가 두 배로")
    assert Path(seen["start"]).suffix == ".pdf"
    assert window.messages == []


def test_no_article_and_no_text(qapp: Any, app_context: Any, printers: Any, shown: list[Any]) -> None:
    window = FakeWindow(app_context, None)
    controller = install(window)
    window.actions["print"].trigger()
    assert shown == []
    assert window.messages[-1][1] is True
    window.show_article(Article(title="Empty", blocks=[Paragraph("  ")]))
    controller.print_article()
    assert controller.export_pdf("unused.pdf") is None
    assert shown == []
    assert all(err for _, err in window.messages)
    assert "no text" in window.messages[-1][0]


def test_installs_into_the_real_window(qapp: Any, app_context: Any, printers: Any, shown: list[Any]) -> None:
    from reader.gui.window.main_window import MainWindow

    window = MainWindow(app_context)
    assert not window.actions["print"].isEnabled()
    controller = install(window)
    assert window.features.printing is controller
    assert window.actions["print"].isEnabled()
    assert window.actions["export_pdf"].isEnabled()
    assert controller.selection_action in window.menus["file"].actions()
    window.show_article(long_article(4, 3))
    window.actions["print"].trigger()
    assert len(shown) == 1
    assert shown[0].page_count >= 2
    window.close()


@needs_poppler
def test_images_the_window_already_holds_are_printed(qapp: Any, app_context: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage

    from reader.articles.model import Image
    from reader.gui.window.main_window import MainWindow
    from tests.print_support import run

    article = long_article(1, 2)
    article.blocks[2:2] = [
        Image(src="https://img.example.test/held.png", caption="Held picture"),
        Image(src="https://img.example.test/not-held.png", caption="Not fetched picture"),
    ]
    window = MainWindow(app_context)
    controller = install(window)
    window.show_article(article)
    picture = QImage(60, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor(30, 90, 200))
    window.view.add_remote_image(QUrl("https://img.example.test/held.png"), picture)
    out = controller.export_pdf(tmp_path / "with-images.pdf")
    assert out is not None
    assert len(run(["pdfimages", "-list", str(out)]).splitlines()[2:]) == 1
    text = squash("".join(page_texts(out)))
    assert squash("Held picture") in text
    assert squash("Not fetched picture") in text  # its caption, without a fetch
    window.close()


def test_none_outlives_many_void_qt_calls(qapp: Any) -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call; reader.gui pins it."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    code = (
        "import reader.gui\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(200_000): o.setObjectName('x')\n"
        "print('alive')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "alive"


def test_preview_choices_and_close_are_reachable_at_the_default_size(
    qtbot: Any, app_context: Any, printers: Any
) -> None:
    """No choice hides behind the toolbar's overflow arrow; the dialog fits the screen; Close closes."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialogButtonBox

    from reader.gui.printing.controller import PrintPreview

    window = FakeWindow(app_context, long_article(2, 2))
    controller = install(window)
    printer = QPrinter()
    dialog = PrintPreview(controller, printer, controller.options(), False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width()
    assert dialog.height() <= screen.height()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    inside = QRect(QPoint(0, 0), dialog.size())
    for w in (
        dialog.size_box,
        dialog.large_box,
        dialog.images_box,
        dialog.selection_box,
        dialog.print_button,
        close,
    ):
        assert w.isVisible(), w
        corner = w.mapTo(dialog, QPoint(0, 0))
        assert inside.contains(QRect(corner, w.size())), (w, corner, w.size(), dialog.size())
    close.click()
    assert not dialog.isVisible()
