"""UI language: Korean or English from Qt .qm catalogues, following the system locale unless chosen.

Every visible string goes through :func:`translate` with a context named for the feature it belongs
to ("Window", "ReadAloud", "Library", "Print", …), never for the class that happens to show it, so
moving code between classes or modules leaves the catalogues alone. The context must be a string
literal at the call: that is how ``pyside6-lupdate`` finds it. Messages with a plural form
("%n page(s)") live in :class:`Plurals`.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from reader.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")

# The stable translation contexts (tests check that the catalogue uses no others).
CONTEXTS = (
    "Actions", "Menus", "Window", "View", "Help", "Settings", "ReadAloud", "Library", "Print", "Messages",
    "Plurals",
)  # fmt: skip


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue without translating it yet (tables translated when shown)."""
    return text


_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^)&]\)")  # Korean style: 파일 열기(&O)


def without_mnemonic(text: str) -> str:
    """A label as a toolbar or a list shows it: "파일 열기(&O)…" -> "파일 열기…", "&Open" -> "Open"."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches ``text`` with ("&Open" -> "o", "열기(&O)" -> "o"), None without one."""
    i = 0
    while True:
        i = text.find("&", i)
        if i < 0 or i + 1 >= len(text):
            return None
        if text[i + 1] == "&":
            i += 2
            continue
        return text[i + 1].lower()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; ``n`` picks the plural form of a ``%n`` message."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Plurals(QObject):
    """The messages with a plural form, in the context "Plurals".

    lupdate marks a message plural only when it is written ``self.tr(text, "", n)``, and takes the
    context of such a call from its class; this class exists to give them a name that stays put.
    """

    def lines_clear(self, n: int) -> str:
        return self.tr("%n line(s) clear", "", n)

    def pdf_saved(self, n: int) -> str:
        return self.tr("Saved PDF: {path} (%n page(s))", "", n)

    def articles(self, n: int) -> str:
        return self.tr("%n article(s)", "", n)

    def to_listen(self, n: int) -> str:
        return self.tr("%n article(s) to listen to.", "", n)

    def mp3_saved(self, n: int) -> str:
        return self.tr("Saved {name} ({minutes}:{seconds:02d}, %n sentence(s)).", "", n)


def plurals() -> Plurals:
    return Plurals()


TRANSLATOR_NAME = "readerTranslator"


def choose_language(setting: str, *, hangul_font: bool = True) -> str:
    """The interface language: the setting, else the system's; English for a Korean system that
    has no font to draw Hangul with (a chosen "ko" stays Korean: the reader asked for it)."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        primary = name.replace("_", "-").split("-")[0].lower()
        if primary in LANGUAGES:
            return primary if primary != "ko" or hangul_font else "en"
    return "en"


def install(app: QApplication, lang: str) -> str:
    """Swap the app's translators for ``lang``; widgets relabel on the LanguageChange event."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):  # ours, from the last install
        app.removeTranslator(old)
        old.deleteLater()
    translators: list[QTranslator] = []
    # English is the source language; its catalogue only gives plural forms ("1 line", "3 lines").
    ours = QTranslator(app)
    qm = resource_path("i18n", f"article-reader_{lang}.qm")
    if ours.load(str(qm)):
        translators.append(ours)
    else:
        ours.deleteLater()
        log.warning("no translation catalogue %s", qm)
    if lang != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
            translators.append(qt)
        else:
            qt.deleteLater()
    for tr in translators:
        tr.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(tr)
    app.setProperty("readerLanguage", lang)
    # X11 and Wayland append the display name to a title that does not end with it: ours ends with
    # the program's name in the interface language, so the title reads "… — 기사 리더", once.
    app.setApplicationDisplayName(translate("Window", "Article Reader"))
    return lang


# Parts Qt builds inside its own widgets and labels once, in the language of the moment: after a
# switch they are relabelled here with Qt's own catalogue (its contexts, not ours).
_QT_PARTS: dict[str, tuple[str, str, str]] = {
    "qt_dockwidget_floatbutton": ("QDockWidget", "Float", "Undocks and re-attaches the dock widget"),
    "qt_dockwidget_closebutton": ("QDockWidget", "Close", "Closes the dock widget"),
    "ScrollLeftButton": ("QTabBar", "Scroll Left", ""),
    "ScrollRightButton": ("QTabBar", "Scroll Right", ""),
}


def relabel_qt_parts(root: QWidget) -> None:
    """Relabel the inner buttons of docks and tab bars under ``root`` in the interface language."""
    for widget in root.findChildren(QWidget):
        part = _QT_PARTS.get(widget.objectName())
        if part is None:
            continue
        context, name, description = part
        qt_translate = QCoreApplication.translate  # Qt's contexts: not for our catalogue's lupdate
        label = qt_translate(context, name)
        widget.setAccessibleName(label)
        if widget.toolTip():
            widget.setToolTip(label)
        if description:
            widget.setAccessibleDescription(qt_translate(context, description))


def current_language(app: QApplication) -> str:
    value = app.property("readerLanguage")
    return str(value) if value else "en"
