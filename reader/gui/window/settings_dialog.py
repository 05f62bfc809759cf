"""The reading-settings dialog: every typographic and display choice, applied live, saved at once.

Bounds and choices come from the settings schema (reader.settings), so the dialog offers exactly
what the file may hold; only the words for them live here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.gui import fonts
from reader.gui import highlight_unit as units
from reader.gui.i18n import QT_TRANSLATE_NOOP, plurals, translate, without_mnemonic
from reader.gui.settings_bridge import SettingsBridge, spin_range
from reader.gui.window.chrome import theme_label
from reader.settings import SCHEMA_BY_NAME

# Off, then the bands the schema offers.
LINE_FOCUS_CHOICES: tuple[int, ...] = (0, *(int(n) for n in SCHEMA_BY_NAME["line_focus_lines"].steps))
PRESET_LABELS = {
    "sans": QT_TRANSLATE_NOOP("Settings", "Sans serif"),
    "serif": QT_TRANSLATE_NOOP("Settings", "Serif"),
    "mono": QT_TRANSLATE_NOOP("Settings", "Monospace"),
    "custom": QT_TRANSLATE_NOOP("Settings", "Chosen family"),
}
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}  # each in its own language


def _choices(key: str) -> tuple[str, ...]:
    return SCHEMA_BY_NAME[key].choices or ()


TYPO_KEYS = (
    "font_size",
    "font_preset",
    "font_family",
    "line_height",
    "content_width",
    "justify",
    "paragraph_spacing",
    "letter_spacing",
    "word_spacing",
    "line_focus",
    "line_focus_lines",
    "theme",
    "ui_language",
    "show_images",
    "tts_highlight_unit",
    "tts_highlight",
)


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self._updating = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}

        self.font_size = QSpinBox(self)
        size = SCHEMA_BY_NAME["font_size"]
        self.font_size.setRange(int(size.min or 0), int(size.max or 0))
        self.font_size.valueChanged.connect(lambda v: self._set("font_size", int(v)))

        self.font_preset = QComboBox(self)
        for key in _choices("font_preset"):
            self.font_preset.addItem("", key)
        self.font_preset.currentIndexChanged.connect(
            lambda _i: self._set("font_preset", self.font_preset.currentData())
        )
        self.font_family = QFontComboBox(self)
        self.font_family.setWritingSystem(self.font_family.writingSystem())
        self.font_family.currentFontChanged.connect(self._family_chosen)
        self.drawn = QLabel(self)  # what the page is really drawn in, whatever the choice says
        self.drawn.setObjectName("fontDrawnIn")
        self.drawn.setWordWrap(True)

        self.line_height = QDoubleSpinBox(self)
        self._range(self.line_height, "line_height")
        self.line_height.valueChanged.connect(lambda v: self._set("line_height", round(float(v), 2)))

        self.content_width = QSpinBox(self)
        width = SCHEMA_BY_NAME["content_width"]
        self.content_width.setRange(int(width.min or 0), int(width.max or 0))
        self.content_width.setSingleStep(int(width.step or 1))
        self.content_width.setSuffix(" em")
        self.content_width.valueChanged.connect(lambda v: self._set("content_width", int(v)))

        self.paragraph_spacing = QDoubleSpinBox(self)
        self._range(self.paragraph_spacing, "paragraph_spacing")
        self.paragraph_spacing.setSuffix(" em")
        self.paragraph_spacing.valueChanged.connect(
            lambda v: self._set("paragraph_spacing", round(float(v), 2))
        )

        self.letter_spacing = QDoubleSpinBox(self)
        self._range(self.letter_spacing, "letter_spacing")
        self.letter_spacing.setSuffix(" em")
        self.letter_spacing.valueChanged.connect(lambda v: self._set("letter_spacing", round(float(v), 2)))

        self.word_spacing = QDoubleSpinBox(self)
        self._range(self.word_spacing, "word_spacing")
        self.word_spacing.setSuffix(" em")
        self.word_spacing.valueChanged.connect(lambda v: self._set("word_spacing", round(float(v), 2)))

        self.line_focus = QComboBox(self)
        for lines in LINE_FOCUS_CHOICES:
            self.line_focus.addItem("", lines)
        self.line_focus.currentIndexChanged.connect(lambda _i: self._line_focus_chosen())

        self.justify = QCheckBox(self)
        self.justify.toggled.connect(lambda on: self._set("justify", bool(on)))

        self.theme = QComboBox(self)
        for key in _choices("theme"):
            self.theme.addItem("", key)
        self.theme.currentIndexChanged.connect(lambda _i: self._set("theme", self.theme.currentData()))

        self.ui_language = QComboBox(self)
        for key in _choices("ui_language"):
            self.ui_language.addItem("", key)
        self.ui_language.currentIndexChanged.connect(
            lambda _i: self._set("ui_language", self.ui_language.currentData())
        )

        self.show_images = QCheckBox(self)
        self.show_images.toggled.connect(lambda on: self._set("show_images", bool(on)))

        self.highlight_unit = QComboBox(self)  # what read-aloud marks: word / sentence / nothing
        self.highlight_unit.setObjectName("highlightUnit")
        for unit in units.HIGHLIGHT_UNITS:
            self.highlight_unit.addItem("", unit)
        self.highlight_unit.currentIndexChanged.connect(lambda _i: self._unit_chosen())

        self.rows: list[tuple[str, QWidget]] = [
            ("font_size", self.font_size),
            ("font_preset", self.font_preset),
            ("font_family", self.font_family),
            ("font_drawn", self.drawn),
            ("line_height", self.line_height),
            ("content_width", self.content_width),
            ("paragraph_spacing", self.paragraph_spacing),
            ("letter_spacing", self.letter_spacing),
            ("word_spacing", self.word_spacing),
            ("justify", self.justify),
            ("line_focus", self.line_focus),
            ("theme", self.theme),
            ("ui_language", self.ui_language),
            ("show_images", self.show_images),
            ("highlight_unit", self.highlight_unit),
        ]
        for key, widget in self.rows:
            label = QLabel(self)
            if key != "font_drawn":
                label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)

        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Close | std.RestoreDefaults, self)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        self.buttons = buttons
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(buttons)
        settings.changed.connect(self._changed)
        self.retranslate()
        self.load()

    def _range(self, box: QDoubleSpinBox, key: str) -> None:
        """Bounds and step from the schema; as many decimals as the step has."""
        spin_range(box, key)

    def _set(self, key: str, value: Any) -> None:
        if self._updating or value is None:
            return
        self.settings.set(key, value)

    def _line_focus_chosen(self) -> None:
        if self._updating:
            return
        lines = int(self.line_focus.currentData())
        if lines:
            self.settings.set("line_focus_lines", lines)
        self.settings.set("line_focus", bool(lines))

    def _unit_chosen(self) -> None:
        if not self._updating:
            units.choose(self.settings, str(self.highlight_unit.currentData()))

    def _family_chosen(self, font: QFont) -> None:
        if self._updating:
            return
        self.settings.set("font_family", font.family())
        self.settings.set("font_preset", "custom")

    def _changed(self, name: str, _value: Any) -> None:
        if name in TYPO_KEYS:
            self.load()

    def load(self) -> None:
        s = self.settings
        self._updating = True
        try:
            self.font_size.setValue(int(s.get("font_size")))
            preset, custom = str(s.get("font_preset")), str(s.get("font_family") or "")
            self.font_preset.setCurrentIndex(max(0, self.font_preset.findData(preset)))
            # the family box shows the family in use: the chosen one, else the preset's Hangul family
            shown = custom if preset == "custom" and custom else fonts.hangul_family(preset) or custom
            if shown:
                self.font_family.setCurrentFont(QFont(shown))
            self._show_drawn()
            self.line_height.setValue(float(s.get("line_height")))
            self.content_width.setValue(int(s.get("content_width")))
            self.paragraph_spacing.setValue(float(s.get("paragraph_spacing")))
            self.letter_spacing.setValue(float(s.get("letter_spacing")))
            self.word_spacing.setValue(float(s.get("word_spacing")))
            self.justify.setChecked(bool(s.get("justify")))
            lines = int(s.get("line_focus_lines")) if s.get("line_focus") else 0
            if self.line_focus.findData(lines) < 0:  # a count set elsewhere (the settings file)
                self.line_focus.addItem(str(lines), lines)
                self._name_line_focus_items()
            self.line_focus.setCurrentIndex(self.line_focus.findData(lines))
            self.theme.setCurrentIndex(max(0, self.theme.findData(s.get("theme"))))
            self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(s.get("ui_language"))))
            self.show_images.setChecked(bool(s.get("show_images")))
            self.highlight_unit.setCurrentIndex(max(0, self.highlight_unit.findData(units.current(s))))
        finally:
            self._updating = False

    def _show_drawn(self) -> None:
        hangul, latin = fonts.drawn_families(
            str(self.settings.get("font_preset")), str(self.settings.get("font_family") or "")
        )
        none = translate("Settings", "no installed font")
        if hangul == latin or latin is None:
            text = translate("Settings", "Korean and Latin letters: {family}").format(family=hangul or none)
        else:
            text = translate("Settings", "Korean letters: {hangul}; Latin letters: {latin}").format(
                hangul=hangul or none, latin=latin
            )
        self.drawn.setText(text)

    def restore_defaults(self) -> None:
        for key in TYPO_KEYS:
            self.settings.reset(key)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Settings", "Reading Settings"))
        texts = {
            "font_size": translate("Settings", "Text &size"),
            "font_preset": translate("Settings", "Font st&yle"),
            "font_family": translate("Settings", "Font &family"),
            "font_drawn": translate("Settings", "Drawn in"),
            "line_height": translate("Settings", "&Line height"),
            "content_width": translate("Settings", "Column &width"),
            "paragraph_spacing": translate("Settings", "&Paragraph spacing"),
            "letter_spacing": translate("Settings", "Le&tter spacing"),
            "word_spacing": translate("Settings", "W&ord spacing"),
            "justify": translate("Settings", "&Justify"),
            "line_focus": translate("Settings", "Line foc&us"),
            "theme": translate("Settings", "&Colours"),
            "ui_language": translate("Settings", "Lan&guage"),
            "show_images": translate("Settings", "&Images"),
            "highlight_unit": translate("Settings", "&Highlight while reading aloud"),
        }
        for key, widget in self.rows:
            self.labels[key].setText(texts[key])
            widget.setAccessibleName(without_mnemonic(texts[key]))
        self.font_size.setSuffix(translate("Settings", " px"))
        for i in range(self.font_preset.count()):
            key = str(self.font_preset.itemData(i))
            self.font_preset.setItemText(i, translate("Settings", PRESET_LABELS.get(key, key)))
        for i in range(self.theme.count()):
            self.theme.setItemText(i, without_mnemonic(theme_label(str(self.theme.itemData(i)))))
        for i in range(self.ui_language.count()):
            key = str(self.ui_language.itemData(i))
            name = LANGUAGE_NAMES.get(key) or without_mnemonic(theme_label("system"))
            self.ui_language.setItemText(i, name)
        self._show_drawn()
        self._name_line_focus_items()
        for i in range(self.highlight_unit.count()):
            self.highlight_unit.setItemText(i, units.label(str(self.highlight_unit.itemData(i))))
        self.justify.setText(translate("Settings", "Justify paragraphs to both edges"))
        self.show_images.setText(
            translate("Settings", "Load images from the web (off: nothing remote is loaded)")
        )
        self.note.setText(translate("Settings", "Changes apply at once and are saved automatically."))
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setAccessibleName(
            translate("Settings", "Restore defaults")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("Settings", "Close")
        )

    def _name_line_focus_items(self) -> None:
        for i in range(self.line_focus.count()):
            lines = int(self.line_focus.itemData(i))
            text = (
                translate("Settings", "Off")
                if lines == 0
                else plurals().lines_clear(lines)
            )
            self.line_focus.setItemText(i, text)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)
