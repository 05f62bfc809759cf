"""What the read-aloud highlight marks — the word being spoken, the sentence, or nothing — in the
words of the player's Options menu and of Reading Settings, and the one way both change it.

The choice is the ``tts_highlight_unit`` setting (reader.speech.words.HIGHLIGHT_UNITS); the older
``tts_highlight`` switch, when off, still means "off", so choosing a unit turns it back on.
"""

from __future__ import annotations

from reader.gui.i18n import QT_TRANSLATE_NOOP, translate
from reader.gui.settings_bridge import SettingsBridge
from reader.speech.words import HIGHLIGHT_UNITS, highlight_unit

__all__ = ["HIGHLIGHT_UNITS", "choose", "current", "label", "menu_label"]

# In menus (title case, as the other options read)
MENU_LABELS = {
    "word": QT_TRANSLATE_NOOP("ReadAloud", "The Word Being Spoken"),
    "sentence": QT_TRANSLATE_NOOP("ReadAloud", "The Sentence Only"),
    "off": QT_TRANSLATE_NOOP("ReadAloud", "Nothing"),
}
MENU_LETTERS = {"word": "W", "sentence": "S", "off": "N"}
# In Reading Settings (sentence case, as its other choices read)
LABELS = {
    "word": QT_TRANSLATE_NOOP("Settings", "The word being spoken, in its sentence"),
    "sentence": QT_TRANSLATE_NOOP("Settings", "The sentence being read"),
    "off": QT_TRANSLATE_NOOP("Settings", "Nothing"),
}


def menu_label(unit: str) -> str:
    return translate("ReadAloud", MENU_LABELS.get(unit, unit))


def label(unit: str) -> str:
    return translate("Settings", LABELS.get(unit, unit))


def current(settings: SettingsBridge) -> str:
    return highlight_unit(settings)


def choose(settings: SettingsBridge, unit: str) -> None:
    """Mark ``unit`` from now on (the session hears it through the setting and changes at once)."""
    if unit not in HIGHLIGHT_UNITS:
        raise ValueError(f"not a highlight unit: {unit!r}")
    if not settings.get("tts_highlight"):
        settings.set("tts_highlight", True)
    settings.set("tts_highlight_unit", unit)
