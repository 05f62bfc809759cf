"""UI language: Korean or English from Qt .qm catalogues, following the system locale unless chosen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")
_TRANSLATORS_ATTR = "_reader_translators"


def choose_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        primary = name.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary
    return "en"


def install(app: QApplication, lang: str) -> str:
    """Swap the app's translators for ``lang``; widgets relabel on the LanguageChange event."""
    for tr in getattr(app, _TRANSLATORS_ATTR, []):
        app.removeTranslator(tr)
    translators: list[QTranslator] = []
    if lang != "en":
        ours = QTranslator(app)
        qm = resource_path("i18n", f"article-reader_{lang}.qm")
        if ours.load(str(qm)):
            translators.append(ours)
        else:
            log.warning("no translation catalogue %s", qm)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
            translators.append(qt)
    for tr in translators:
        app.installTranslator(tr)
    setattr(app, _TRANSLATORS_ATTR, translators)
    app.setProperty("readerLanguage", lang)
    return lang


def current_language(app: QApplication) -> str:
    value = app.property("readerLanguage")
    return str(value) if value else "en"
