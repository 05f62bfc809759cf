"""Displayed sentence -> text to say: the entry point kept for callers; the rules live in
:mod:`reader.speech.reading` (one normalizer for every engine, with a profile per engine)."""

from reader.speech.reading.pipeline import for_offline, is_korean, normalize, tidy

__all__ = ["for_offline", "is_korean", "normalize", "tidy"]
