"""Korean numerals (kept for callers): see reader.speech.reading.numerals and .counters."""

from reader.speech.reading.counters import NATIVE as NATIVE_COUNTERS
from reader.speech.reading.counters import hangul_numbers as read_numbers
from reader.speech.reading.numerals import native, sino, sino_decimal

__all__ = ["NATIVE_COUNTERS", "native", "read_numbers", "sino", "sino_decimal"]
