"""프린트하기 in the window: print preview with page setup, print the selection only, Export PDF.

``install(window, ctx)`` plugs into the main window's contract: it takes over the ``print`` and
``export_pdf`` actions, adds "Print Selection…" to the File menu and reports through
``window.show_message``. Everything that can go wrong is said in a sentence, never a traceback.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QToolBar,
    QWidget,
)

from reader.errors import ReaderError
from reader.gui.printing.render import ImageSource, PrintRenderer, apply_page_setup, write_pdf
from reader.printing import NothingToPrintError, PrintModel, PrintOptions, build_print_model
from reader.printing.options import LARGE_PRINT_PT, MAX_PT, MIN_PT, options_from_settings

log = logging.getLogger(__name__)


def _ko(window: Any, ctx: Any) -> bool:
    """Korean words when the window speaks Korean (the language app.py chose), else English."""
    features = getattr(window, "features", None)
    lang = features.get("language") if isinstance(features, dict) else None
    if not isinstance(lang, str):
        from reader.gui.i18n import choose_language

        lang = choose_language(str(ctx.settings.get("ui_language")))
    return lang == "ko"


class _Text:
    """The controller's words in the interface language."""

    def __init__(self, ko: bool) -> None:
        t = (lambda k, e: k) if ko else (lambda k, e: e)
        self.preview_title = t("인쇄 미리 보기", "Print Preview")
        self.selection_only = t("선택 부분만", "Selection only")
        self.size = t("글자 크기", "Type size")
        self.large = t("큰 글씨", "Large print")
        self.images = t("그림", "Images")
        self.print_selection = t("선택 부분 인쇄…", "Print Selection…")
        self.export_title = t("PDF로 내보내기", "Export PDF")
        self.no_article = t("먼저 기사를 여세요.", "Open an article first.")
        self.no_printer = t(
            "이 컴퓨터에 설치된 프린터가 없습니다. 대신 PDF로 저장할 수 있습니다.",
            "No printer is installed on this computer. You can save the article as a PDF instead.",
        )
        self.save_pdf = t("PDF로 저장…", "Save as PDF…")
        self.preview_anyway = t("미리 보기", "Preview")
        self.pdf_filter = t("PDF 문서 (*.pdf)", "PDF documents (*.pdf)")

    def saved(self, path: Path, pages: int, ko: bool) -> str:
        return (
            f"PDF 저장: {path} ({pages}쪽)" if ko else f"Saved PDF: {path} ({pages} page{'s' * (pages != 1)})"
        )


class PrintController(QObject):
    """Owns the print actions of one window."""

    def __init__(self, window: Any, ctx: Any, image_source: ImageSource | None = None) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.ctx = ctx
        self.image_source = image_source
        self._ko = _ko(window, ctx)
        self.text = _Text(self._ko)
        self.printer: QPrinter | None = None
        self.last_dialog: QPrintPreviewDialog | None = None
        self.last_pdf_dir: Path | None = None
        self.selection_action: QAction | None = None
        self._skip_printer_check = False

    # ----- helpers ---------------------------------------------------------------------------

    def message(self, text: str, error: bool = False, actions: list[tuple[str, Any]] | None = None) -> None:
        """The window's message bar (never a modal box, never a traceback)."""
        show = getattr(self.window, "show_message", None)
        if callable(show):
            show(text, "error" if error else "info", actions)
            return
        log.warning("%s", text)

    def options(self) -> PrintOptions:
        return options_from_settings(self.ctx.settings)

    def selection_text(self) -> str:
        view = getattr(self.window, "view", None)
        if view is None:
            return ""
        cursor = view.textCursor()
        return cursor.selectedText() if cursor.hasSelection() else ""

    def build_model(self, options: PrintOptions, selection_only: bool) -> PrintModel | None:
        article = getattr(self.window, "article", None)
        if article is None:
            self.message(self.text.no_article, error=True)
            return None
        selection = self.selection_text() if selection_only else None
        try:
            return build_print_model(article, options, selection=selection)
        except NothingToPrintError as exc:
            self.message(exc.message, error=True)
            return None

    # ----- print -----------------------------------------------------------------------------

    def print_article(self) -> None:
        """프린트하기 / Ctrl+P: the selection only when there is one, else the whole article."""
        self.open_preview(selection_only=bool(self.selection_text().strip()))

    def print_selection(self) -> None:
        self.open_preview(selection_only=True)

    def open_preview(self, selection_only: bool = False) -> QPrintPreviewDialog | None:
        options = self.options()
        if self.build_model(options, selection_only) is None:
            return None
        if not QPrinterInfo.availablePrinters() and not self._skip_printer_check:
            # Say so and offer the PDF; the preview stays one click away (it can print to a file).
            self.message(
                self.text.no_printer,
                actions=[
                    (self.text.save_pdf, lambda: self.export_pdf()),
                    (self.text.preview_anyway, lambda: self._preview_without_printer(selection_only)),
                ],
            )
            return None
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self.printer
        apply_page_setup(printer, options)
        printer.setDocName(getattr(self.window.article, "title", "") or "article")
        dialog = PrintPreview(self, printer, options, selection_only)
        self.last_dialog = dialog
        dialog.exec()
        self._remember_page_setup(printer)
        return dialog

    def _preview_without_printer(self, selection_only: bool) -> None:
        self._skip_printer_check = True
        try:
            self.open_preview(selection_only)
        finally:
            self._skip_printer_check = False

    def _remember_page_setup(self, printer: QPrinter) -> None:
        """Keep the paper and orientation the user picked in page setup for next time."""
        layout = printer.pageLayout()
        size_id = layout.pageSize().id()
        settings = self.ctx.settings
        with contextlib.suppress(ValueError, KeyError):
            if size_id == QPageSize.PageSizeId.A4 and settings.get("print_paper") not in ("auto", "A4"):
                settings.set("print_paper", "A4")
            elif size_id == QPageSize.PageSizeId.Letter and settings.get("print_paper") != "Letter":
                settings.set("print_paper", "Letter")
            landscape = layout.orientation() == QPageLayout.Orientation.Landscape
            settings.set("print_orientation", "landscape" if landscape else "portrait")

    # ----- PDF ---------------------------------------------------------------------------------

    def default_pdf_path(self) -> Path:
        title = getattr(getattr(self.window, "article", None), "title", "") or "article"
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
        name = " ".join(name.split())[:80].strip(" .") or "article"
        folder = self.last_pdf_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        return folder / f"{name}.pdf"

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """File → Export PDF: the whole article, laid out as it prints, as a PDF."""
        model = self.build_model(self.options(), selection_only=False)
        if model is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window if isinstance(self.window, QWidget) else None,
                self.text.export_title,
                str(self.default_pdf_path()),
                self.text.pdf_filter,
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            pages = write_pdf(model, target, image_source=self.image_source)
        except ReaderError as exc:
            self.message(exc.message, error=True)
            return None
        self.last_pdf_dir = target.parent
        self.message(self.text.saved(target, pages, self._ko))
        return target


class PrintPreview(QPrintPreviewDialog):
    """The preview with the print choices a reader expects next to it: size, large print, images."""

    def __init__(
        self, controller: PrintController, printer: QPrinter, options: PrintOptions, selection_only: bool
    ) -> None:
        parent = controller.window if isinstance(controller.window, QWidget) else None
        super().__init__(printer, parent)
        self.controller = controller
        self.options = options
        self.selection_only = selection_only
        self.renderer: PrintRenderer | None = None
        self.pages_painted = 0
        text = controller.text
        self.setWindowTitle(text.preview_title)
        self.resize(900, 1000)
        self.paintRequested.connect(self._paint)

        bar = self.findChild(QToolBar)
        host: QToolBar | None = bar if isinstance(bar, QToolBar) else None
        self.size_box = QDoubleSpinBox()
        self.size_box.setRange(MIN_PT, MAX_PT)
        self.size_box.setSingleStep(0.5)
        self.size_box.setDecimals(1)
        self.size_box.setSuffix(" pt")
        self.size_box.setValue(options.font_size_pt)
        self.size_box.valueChanged.connect(self._size_changed)
        self.large_box = QCheckBox(text.large)
        self.large_box.setChecked(options.font_size_pt >= LARGE_PRINT_PT)
        self.large_box.toggled.connect(self._large_toggled)
        self.images_box = QCheckBox(text.images)
        self.images_box.setChecked(options.images)
        self.images_box.toggled.connect(self._images_toggled)
        self.selection_box = QCheckBox(text.selection_only)
        self.selection_box.setChecked(selection_only)
        self.selection_box.setEnabled(bool(controller.selection_text().strip()))
        self.selection_box.toggled.connect(self._selection_toggled)
        if host is not None:
            host.addSeparator()
            host.addWidget(QLabel(f" {text.size} "))
            for w in (self.size_box, self.large_box, self.images_box, self.selection_box):
                host.addWidget(w)

    @property
    def preview_widget(self) -> QPrintPreviewWidget | None:
        w = self.findChild(QPrintPreviewWidget)
        return w if isinstance(w, QPrintPreviewWidget) else None

    def _refresh(self) -> None:
        self.renderer = None
        widget = self.preview_widget
        if widget is not None:
            widget.updatePreview()

    def _size_changed(self, value: float) -> None:
        self.options = dataclasses.replace(self.options, font_size_pt=float(value))
        settings = self.controller.ctx.settings
        with contextlib.suppress(ValueError):
            settings.set("print_follow_reader", False)
            settings.set("print_font_size", float(value))
        self.large_box.blockSignals(True)
        self.large_box.setChecked(value >= LARGE_PRINT_PT)
        self.large_box.blockSignals(False)
        self._refresh()

    def _large_toggled(self, on: bool) -> None:
        self.controller.ctx.settings.set("print_large", on)
        if on:
            self.options = self.options.large_print()
        else:
            base = options_from_settings(self.controller.ctx.settings)
            self.options = dataclasses.replace(
                self.options,
                font_size_pt=min(self.options.font_size_pt, base.font_size_pt),
                line_height=base.line_height,
            )
        self.size_box.blockSignals(True)
        self.size_box.setValue(self.options.font_size_pt)
        self.size_box.blockSignals(False)
        self._refresh()

    def _images_toggled(self, on: bool) -> None:
        self.controller.ctx.settings.set("print_images", on)
        self.options = dataclasses.replace(self.options, images=on, captions=on and self.options.captions)
        self._refresh()

    def _selection_toggled(self, on: bool) -> None:
        self.selection_only = on
        self._refresh()

    def _paint(self, printer: QPrinter) -> None:
        model = self.controller.build_model(self.options, self.selection_only)
        if model is None:
            return
        if self.renderer is None or self.renderer.model != model:
            self.renderer = PrintRenderer(model, self.controller.image_source)
        pages = None
        if printer.fromPage() > 0:
            pages = range(printer.fromPage(), (printer.toPage() or printer.fromPage()) + 1)
        try:
            self.pages_painted = self.renderer.paint(printer, pages)
        except ReaderError as exc:
            self.controller.message(exc.message, error=True)


def _cached_images(window: Any) -> ImageSource:
    """Images the window already holds (fetched when the user turned images on); never a fetch."""

    def lookup(src: str) -> Any:
        view = getattr(window, "view", None)
        cache = getattr(view, "_remote_images", None)
        return cache.get(src) if isinstance(cache, dict) else None

    return lookup


def install(window: Any, ctx: Any, image_source: ImageSource | None = None) -> PrintController:
    """Wire 프린트하기 (Ctrl+P), Print Selection and File → Export PDF into ``window``."""
    controller = PrintController(window, ctx, image_source or _cached_images(window))
    claim = getattr(window, "claim_action", None)
    actions = getattr(window, "actions", None)
    print_action: QAction | None = None
    if callable(claim):
        print_action = claim("print", controller.print_article)
        claim("export_pdf", lambda _checked=False: controller.export_pdf())
    elif isinstance(actions, dict):
        print_action = actions.get("print")
        pdf_action = actions.get("export_pdf")
        if print_action is not None:
            print_action.setEnabled(True)
            print_action.triggered.connect(controller.print_article)
        if pdf_action is not None:
            pdf_action.setEnabled(True)
            pdf_action.triggered.connect(lambda _checked=False: controller.export_pdf())
    if print_action is not None and print_action.shortcut().isEmpty():
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))

    selection_action = QAction(controller.text.print_selection, controller)
    selection_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    selection_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    selection_action.triggered.connect(controller.print_selection)
    selection_action.setEnabled(False)
    controller.selection_action = selection_action
    view = getattr(window, "view", None)
    if view is not None and hasattr(view, "selectionChanged"):
        view.selectionChanged.connect(lambda: selection_action.setEnabled(view.textCursor().hasSelection()))
    hooks = getattr(view, "context_menu_hooks", None)
    if isinstance(hooks, list):

        def add_to_context_menu(menu: Any, _pos: Any) -> None:
            if view is not None and view.textCursor().hasSelection():
                menu.addAction(selection_action)

        hooks.append(add_to_context_menu)
    menus = getattr(window, "menus", None)
    file_menu = menus.get("file") if isinstance(menus, dict) else None
    if file_menu is not None:
        items = file_menu.actions()
        if print_action is not None and print_action in items and items.index(print_action) + 1 < len(items):
            file_menu.insertAction(items[items.index(print_action) + 1], selection_action)
        else:
            file_menu.addAction(selection_action)
    if isinstance(window, QWidget):
        window.addAction(selection_action)
    features = getattr(window, "features", None)
    if isinstance(features, dict):
        features["print"] = controller
    return controller
