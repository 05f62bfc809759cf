"""프린트하기 in the window: print preview with page setup, print the selection only, Export PDF.

``install(window)`` claims the ``print``, ``print_selection`` and ``export_pdf`` rows of the action
table and reports through ``window.show_message``; it registers itself as
``window.features.printing``. Everything that can go wrong is said in a sentence, never a traceback.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QWidget,
)

from reader.errors import ReaderError
from reader.gui import folders
from reader.gui.api import MessageAction, ReaderWindow
from reader.gui.i18n import plurals, translate
from reader.gui.printing.render import ImageSource, PrintRenderer, apply_page_setup, write_pdf
from reader.gui.settings_bridge import spin_range
from reader.gui.wording import Text, worded
from reader.printing import NothingToPrintError, PrintModel, PrintOptions, build_print_model
from reader.printing.options import LARGE_PRINT_PT, options_from_settings

log = logging.getLogger(__name__)


class PrintController(QObject):
    """Owns the print actions of one window."""

    def __init__(self, window: ReaderWindow, image_source: ImageSource | None = None) -> None:
        super().__init__(window.widget)
        self.window = window
        self.settings = window.settings
        self.image_source: ImageSource = image_source or window.view.remote_image
        self.printer: QPrinter | None = None
        self.last_dialog: QPrintPreviewDialog | None = None
        self.last_pdf_dir: Path | None = None
        self.selection_action: QAction | None = None
        self._skip_printer_check = False

    # ----- helpers ---------------------------------------------------------------------------

    def message(self, text: Text, error: bool = False, actions: list[MessageAction] | None = None) -> None:
        """The window's message bar (never a modal box, never a traceback)."""
        self.window.show_message(text, "error" if error else "info", actions)

    def options(self) -> PrintOptions:
        return options_from_settings(self.window.ctx.settings)

    def selection_text(self) -> str:
        cursor = self.window.view.textCursor()
        return cursor.selectedText() if cursor.hasSelection() else ""

    def build_model(self, options: PrintOptions, selection_only: bool) -> PrintModel | None:
        article = self.window.article
        if article is None:
            self.message(lambda: translate("Print", "Open an article first."), error=True)
            return None
        selection = self.selection_text() if selection_only else None
        try:
            return build_print_model(article, options, selection=selection)
        except NothingToPrintError as exc:
            self.message(worded(exc), error=True)
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
                lambda: translate(
                    "Print",
                    "No printer is installed on this computer. You can save the article as a PDF instead.",
                ),
                actions=[
                    (lambda: translate("Print", "Save as PDF…"), lambda: self._export_pdf_dialog()),
                    (
                        lambda: translate("Print", "Preview"),
                        lambda: self._preview_without_printer(selection_only),
                    ),
                ],
            )
            return None
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self.printer
        apply_page_setup(printer, options)
        article = self.window.article
        printer.setDocName((article.title if article is not None else "") or "article")
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
        settings = self.settings
        with contextlib.suppress(ValueError, KeyError):
            if size_id == QPageSize.PageSizeId.A4 and settings.get("print_paper") not in ("auto", "A4"):
                settings.set("print_paper", "A4")
            elif size_id == QPageSize.PageSizeId.Letter and settings.get("print_paper") != "Letter":
                settings.set("print_paper", "Letter")
            landscape = layout.orientation() == QPageLayout.Orientation.Landscape
            settings.set("print_orientation", "landscape" if landscape else "portrait")

    # ----- PDF ---------------------------------------------------------------------------------

    def default_pdf_path(self) -> Path:
        article = self.window.article
        title = (article.title if article is not None else "") or "article"
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
        name = " ".join(name.split())[:80].strip(" .") or "article"
        folder = self.last_pdf_dir or Path(folders.start_folder(self.window.ctx.state(), "export"))
        return folder / f"{name}.pdf"

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """File → Export PDF: the whole article, laid out as it prints, as a PDF."""
        model = self.build_model(self.options(), selection_only=False)
        if model is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window.widget,
                translate("Print", "Export PDF"),
                str(self.default_pdf_path()),
                translate("Print", "PDF documents (*.pdf)"),
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
            self.message(worded(exc), error=True)
            return None
        self.last_pdf_dir = target.parent
        folders.remember(self.window.ctx.state(), "export", target)
        self.message(lambda: plurals().pdf_saved(pages).format(path=target))
        return target

    def _export_pdf_dialog(self) -> None:
        self.export_pdf()


class PrintPreview(QPrintPreviewDialog):
    """The preview with the print choices a reader expects next to it: size, large print, images.

    Qt's own toolbar (pages, zoom, orientation, page setup, print) stays on top; our choices get a
    row of their own at the foot, beside plain Print and Close buttons, so none hides behind the
    toolbar's overflow arrow at the default size.
    """

    def __init__(
        self, controller: PrintController, printer: QPrinter, options: PrintOptions, selection_only: bool
    ) -> None:
        super().__init__(printer, controller.window.widget)
        self.setObjectName("printPreview")
        self.controller = controller
        self.options = options
        self.selection_only = selection_only
        self.renderer: PrintRenderer | None = None
        self.pages_painted = 0
        self.paintRequested.connect(self._paint)

        self.choices = QWidget(self)
        self.choices.setObjectName("printChoices")
        row = QHBoxLayout(self.choices)
        row.setContentsMargins(8, 2, 8, 2)
        self.size_label = QLabel(self.choices)
        self.size_box = QDoubleSpinBox(self.choices)
        self.size_box.setObjectName("printSize")
        spin_range(self.size_box, "print_font_size")
        self.size_box.setValue(options.font_size_pt)
        self.size_box.valueChanged.connect(self._size_changed)
        self.size_label.setBuddy(self.size_box)
        self.large_box = QCheckBox(self.choices)
        self.large_box.setChecked(options.font_size_pt >= LARGE_PRINT_PT)
        self.large_box.toggled.connect(self._large_toggled)
        self.images_box = QCheckBox(self.choices)
        self.images_box.setChecked(options.images)
        self.images_box.toggled.connect(self._images_toggled)
        self.selection_box = QCheckBox(self.choices)
        self.selection_box.setChecked(selection_only)
        self.selection_box.setEnabled(bool(controller.selection_text().strip()))
        self.selection_box.toggled.connect(self._selection_toggled)
        for w in (self.size_label, self.size_box, self.large_box, self.images_box, self.selection_box):
            row.addWidget(w)
        row.addStretch(1)
        std = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(std.Close, self.choices)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self._print_now)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        lay = self.layout()
        if isinstance(lay, QBoxLayout):
            lay.addWidget(self.choices)  # the foot of the dialog: choices, then Print and Close
        self.retranslate()
        self.resize(*preview_size(self))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Print", "Print Preview"))
        self.size_label.setText(translate("Print", "Type &size"))
        self.size_box.setSuffix(translate("Print", " pt"))
        self.size_box.setAccessibleName(translate("Print", "Type size in points"))
        self.large_box.setText(translate("Print", "&Large print"))
        self.images_box.setText(translate("Print", "&Images"))
        self.selection_box.setText(translate("Print", "Selection &only"))
        self.print_button.setText(translate("Print", "&Print…"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(translate("Print", "&Close"))

    def _print_now(self) -> None:
        """What Qt's own print button does: the system's print dialog, then print what is previewed."""
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        widget = self.preview_widget
        if widget is not None:
            widget.print_()
        self.accept()

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
        settings = self.controller.settings
        with contextlib.suppress(ValueError):
            settings.set("print_follow_reader", False)
            settings.set("print_font_size", float(value))
        self.large_box.blockSignals(True)
        self.large_box.setChecked(value >= LARGE_PRINT_PT)
        self.large_box.blockSignals(False)
        self._refresh()

    def _large_toggled(self, on: bool) -> None:
        self.controller.settings.set("print_large", on)
        if on:
            self.options = self.options.large_print()
        else:
            base = self.controller.options()
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
        self.controller.settings.set("print_images", on)
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
            self.controller.message(worded(exc), error=True)


def preview_size(dialog: QWidget) -> tuple[int, int]:
    """900×1000 where the screen allows, else what fits on it (a 1366×768 laptop, 800×600)."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 900, 1000
    room = screen.availableGeometry()
    return min(900, int(room.width() * 0.95)), min(1000, int(room.height() * 0.92))


def install(window: ReaderWindow, image_source: ImageSource | None = None) -> PrintController:
    """Wire 프린트하기 (Ctrl+P), Print Selection (Ctrl+Shift+P) and File → Export PDF into ``window``.

    Images come from what the window already holds (fetched when the reader turned images on);
    printing never fetches.
    """
    controller = PrintController(window, image_source)
    window.claim_action("print", controller.print_article)
    window.claim_action("export_pdf", lambda: controller.export_pdf())
    selection = window.claim_action("print_selection", controller.print_selection)
    selection.setEnabled(False)
    controller.selection_action = selection
    view = window.view
    view.selectionChanged.connect(lambda: selection.setEnabled(view.textCursor().hasSelection()))

    def add_to_context_menu(menu: QMenu, _pos: int) -> None:
        if view.textCursor().hasSelection():
            menu.addAction(selection)

    view.context_menu_hooks.append(add_to_context_menu)
    window.features.printing = controller
    return controller
