"""Choosing the natural voice for each language: the catalogue's voices for a language, a short
preview of one, and the choice remembered per language (``tts_natural_voices``).

The list is the cached one (refreshed from the service in the background when it is old, but
only once the reader allowed the natural voice: asking for the list is a request to Microsoft
too); before any fetch, or offline, the built-in list of Korean, English and a few more stands in
(reader.speech.voices). A preview says one sample sentence, never the article's text; using a
voice from here while the voice is Automatic counts as saying yes to the natural voice, which the
dialog says before the reader chooses.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from reader.gui.api import ReaderWindow
from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.tasks import Progress
from reader.gui.wording import word
from reader.speech.engines import EngineError, natural_consented
from reader.speech.engines.base import primary_lang
from reader.speech.voices import Voice, VoiceCatalog, chosen_voices, remember_voice

log = logging.getLogger(__name__)

PREVIEW_FILE = "natural-voice-preview.mp3"
LANGUAGE_LABELS = {  # languages the built-in list holds, in the reader's language
    "ko": QT_TRANSLATE_NOOP("ReadAloud", "Korean"),
    "en": QT_TRANSLATE_NOOP("ReadAloud", "English"),
    "ja": QT_TRANSLATE_NOOP("ReadAloud", "Japanese"),
    "zh": QT_TRANSLATE_NOOP("ReadAloud", "Chinese"),
    "fr": QT_TRANSLATE_NOOP("ReadAloud", "French"),
    "de": QT_TRANSLATE_NOOP("ReadAloud", "German"),
    "es": QT_TRANSLATE_NOOP("ReadAloud", "Spanish"),
}
GENDERS = {
    "Female": QT_TRANSLATE_NOOP("ReadAloud", "female"),
    "Male": QT_TRANSLATE_NOOP("ReadAloud", "male"),
}
FIRST = ("ko", "en")


def voice_text(voice: Voice) -> str:
    """ "SunHi · female · ko-KR" in the reader's language."""
    person = voice.person
    if person.endswith(" (multilingual)"):  # the core's English for a voice that speaks several languages
        multi = translate("ReadAloud", "{person} (multilingual)")
        person = multi.format(person=person.removesuffix(" (multilingual)"))
    parts = [person]
    if voice.gender in GENDERS:
        parts.append(translate("ReadAloud", GENDERS[voice.gender]))
    parts.append(voice.locale)
    return " · ".join(parts)


class VoicePicker(QDialog):
    """``play(path)`` plays a preview (the controller's player, after stopping the reading)."""

    def __init__(self, window: ReaderWindow, lang: str, play: Callable[[Path], None]) -> None:
        super().__init__(window.widget)
        self.setObjectName("voicePicker")
        self.reader = window
        self.settings = window.settings
        self.play = play
        self.catalog = VoiceCatalog(window.ctx.paths.cache_dir)
        self._preview: object | None = None  # the preview task under way

        self.language = QComboBox(self)
        self.language.setObjectName("voiceLanguage")
        self.voices = QListWidget(self)
        self.voices.setObjectName("voiceList")
        self.voices.itemDoubleClicked.connect(lambda _item: self.use())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("voiceStatus")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("voicePreview")
        self.preview_button.clicked.connect(self.preview)
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("voiceUse")
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.use_button.clicked.connect(self.use)
        self.close_button.clicked.connect(self.reject)

        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.voices_label = QLabel(self)
        self.voices_label.setBuddy(self.voices)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.voices_label)
        lay.addWidget(self.voices, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)

        self._fill_languages(primary_lang(lang))
        self.language.currentIndexChanged.connect(lambda _i: self._fill_voices())
        self.retranslate()
        self._fill_voices()
        self.resize(460, 420)
        if natural_consented(self.settings):
            self._refresh_list()

    # -- the lists -----------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return str(self.language.currentData() or "en")

    def _fill_languages(self, wanted: str) -> None:
        have = {v.language for v in self.catalog.voices()}
        langs = [la for la in FIRST if la in have] + sorted(have - set(FIRST))
        self.language.blockSignals(True)
        self.language.clear()
        for la in langs:
            self.language.addItem("", la)
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.language.blockSignals(False)

    def _fill_voices(self) -> None:
        lang = self.lang
        chosen = chosen_voices(self.settings).get(lang)
        default = self.catalog.default_for(lang)
        current = chosen if chosen and self.catalog.knows(chosen) else (default.name if default else "")
        self.voices.clear()
        for voice in self.catalog.for_language(lang):
            item = QListWidgetItem(voice_text(voice), self.voices)
            item.setData(Qt.ItemDataRole.UserRole, voice.name)
            item.setToolTip(voice.label or voice.name)
            if voice.name == current:
                self.voices.setCurrentItem(item)
        enabled = self.voices.count() > 0
        self.use_button.setEnabled(enabled)
        self.preview_button.setEnabled(enabled)

    def selected(self) -> str:
        item = self.voices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, name: str) -> bool:
        for i in range(self.voices.count()):
            if self.voices.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.voices.setCurrentRow(i)
                return True
        return False

    def _refresh_list(self) -> None:
        catalog = self.catalog

        def job(_cancel: threading.Event, _progress: Progress) -> bool:
            return catalog.refresh_if_stale()

        def done(fresh: object) -> None:
            if fresh and self.isVisible():
                keep, lang = self.selected(), self.lang
                self._fill_languages(lang)
                self._fill_voices()
                if keep:
                    self.select(keep)

        self.reader.tasks.run(job, on_result=done, name="natural-voice-list")

    # -- choosing and hearing ------------------------------------------------------------------
    def use(self) -> None:
        name = self.selected()
        if not name:
            return
        remember_voice(self.settings, self.lang, name)
        if self.settings.get("tts_engine") == "auto" and not self.settings.get("tts_natural_consent"):
            self.settings.set("tts_natural_consent", True)  # the note said so before the choice
        self.accept()

    def preview(self) -> None:
        name = self.selected()
        if not name or self._preview is not None:
            return
        from reader.speech.engines import make_natural

        engine = make_natural(self.reader.ctx, voice=name)
        out = self.reader.ctx.paths.cache_dir / PREVIEW_FILE

        def job(_cancel: threading.Event, _progress: Progress) -> Path:
            clip = engine.preview(name)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(clip.data)
            return out

        def done(path: object) -> None:
            self.status.setText("")
            if isinstance(path, Path):
                self.play(path)

        def failed(exc: BaseException) -> None:
            reason = word(exc) if isinstance(exc, EngineError) else str(exc)
            self.status.setText(
                translate("ReadAloud", "The preview could not be made: {reason}").format(reason=reason)
            )

        def finished() -> None:
            self._preview = None
            self.preview_button.setEnabled(self.voices.count() > 0)

        self.status.setText(translate("ReadAloud", "Asking Microsoft's speech service for a sample…"))
        self.preview_button.setEnabled(False)
        self._preview = self.reader.tasks.run(
            job, on_result=done, on_error=failed, on_finished=finished, name="natural-voice-preview"
        )

    # -- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("ReadAloud", "Natural Voice"))
        self.language_label.setText(translate("ReadAloud", "&Language"))
        self.voices_label.setText(translate("ReadAloud", "&Voices"))
        self.voices.setAccessibleName(translate("ReadAloud", "Natural voices"))
        for i in range(self.language.count()):
            la = str(self.language.itemData(i))
            self.language.setItemText(
                i, translate("ReadAloud", LANGUAGE_LABELS[la]) if la in LANGUAGE_LABELS else la
            )
        self.preview_button.setText(translate("ReadAloud", "&Preview"))
        self.preview_button.setToolTip(translate("ReadAloud", "Hear a short sample sentence in this voice"))
        self.use_button.setText(translate("ReadAloud", "&Use This Voice"))
        self.close_button.setText(translate("ReadAloud", "Close"))
        self.note.setText(
            translate(
                "ReadAloud",
                "The natural voice sends the text of each sentence to Microsoft's speech service. "
                "The choice is kept for each language; using a voice here lets Automatic use it.",
            )
        )
