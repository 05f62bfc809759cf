"""Ranges with ~ (and - between quantities): the way an announcer joins the two ends.

- Consecutive small numbers before a counting word are one approximate numeral: 1~2시간 -> 한두
  시간, 3~4명 -> 서너 명; before 일/년/개월/주 the Sino pair: 2~3일 -> 이삼 일.
- Dates and times: 1월 23일 금요일~1월 25일 일요일 -> …부터 …까지; 2020~2023년 -> 2020년부터
  2023년까지; 오후 2~4시 -> 2시부터 4시까지.
- Quantities with a counter repeat it: 3~5명 -> 3명에서 5명; with a unit it is said once:
  10~20% -> 10에서 20퍼센트.
"""

from __future__ import annotations

import re

from reader.speech.reading.counters import NATIVE
from reader.speech.reading.numerals import NATIVE_PAIRS, SINO_PAIRS
from reader.speech.reading.units import UNITS

_TILDE = "~∼〜～"
_DATE = (
    r"(?:\d{1,4}년\s?)?(?:\d{1,2}월\s?)?\d{1,2}일(?:\s?[월화수목금토일]요일)?|(?:\d{1,4}년\s?)?\d{1,2}월"
    r"|(?:\d{1,2}시(?:\s?\d{1,2}분)?)"
)
_DATE_RANGE = re.compile(
    rf"(?<!\d)({_DATE})\s?[{_TILDE}]\s?((?:오전|오후|새벽|밤)?\s?(?:{_DATE}))(?![\d가-힣])"
)
_UNIT_WORDS = sorted({*UNITS.values(), "퍼센트포인트", "퍼센트", "퍼밀"}, key=len, reverse=True)
_COUNTERS = sorted(
    {*NATIVE, "년", "개월", "월", "일", "주", "분", "초", "세", "층", "위", "회", "차", "원", "달러", "배",
     "엔", "유로", "위안", "개국", "개사", "개소", "만", "억", "조", "천"},
    key=len, reverse=True,
)  # fmt: skip
_NUM = r"\d[\d,]{0,24}(?:\.\d{1,12})?"
_RANGE = re.compile(
    rf"(?<![\d.,\w-])({_NUM})(\s?(?:{'|'.join(_UNIT_WORDS)}|[가-힣]{{1,3}}))?\s?([{_TILDE}]|-(?=\d))\s?"
    rf"({_NUM})(\s?(?:{'|'.join(_UNIT_WORDS)}))?([가-힣]*)"
)
# The place name an address number follows: 역삼동, 봉담읍 상리, 세종대로, 테헤란로7길, 종로1가.
_ADDRESS_BEFORE = re.compile(r"[가-힣\d](?:동|리|가|읍|면|로|길|번지)\s?$")
_SINO_PAIR_COUNTERS = ("일", "년", "개월", "월", "주", "개국", "세", "층", "위", "배", "차", "회")
_SPAN_COUNTERS = ("년", "월", "일", "시")


def _split_counter(word: str) -> tuple[str, str]:
    for c in _COUNTERS:
        if word.startswith(c):
            return c, word[len(c) :]
    return "", word


def _range(m: re.Match[str]) -> str:
    a, a_unit, sep, b, b_unit, tail = m[1], (m[2] or "").strip(), m[3], m[4], (m[5] or "").strip(), m[6]
    if a_unit and a_unit not in _UNIT_WORDS and _split_counter(a_unit)[0] != a_unit:
        return m.group(0)  # "3명~" is fine, "3학년~" with an unknown word: leave it
    bare = not (a_unit or b_unit or _split_counter(tail)[0])
    if sep == "-" and bare and _ADDRESS_BEFORE.search(m.string[max(0, m.start() - 8) : m.start()]):
        return f"{a}의 {b}{tail}"  # 역삼동 123-45, 세종대로 10-1: a lot or building number
    if sep == "-" and not (b_unit or _split_counter(tail)[0]):
        return m.group(0)  # a bare "10-20" is not surely a range
    if sep == "-" and re.match(r"(?:번지|번길|호|동|길)", tail):
        return f"{a}의 {b}{tail}"  # 1234-5번지, 101-1502호: an address, not a range
    if a_unit and a_unit not in _UNIT_WORDS:
        return f"{a}{a_unit}에서 {b}{b_unit}{tail}"  # 3명~5명
    unit = b_unit or a_unit
    if unit:  # 10~20퍼센트, 10퍼센트~20퍼센트
        return f"{a}{a_unit}에서 {b}{unit}{tail}"
    counter, rest = _split_counter(tail)
    if not counter:
        return f"{a}에서 {b}{tail}"
    if len(a) == 1 and len(b) == 1 and int(b) == int(a) + 1 and int(a) in NATIVE_PAIRS:
        if counter in NATIVE and counter not in ("시", "대", "번", "기", "점", "째", "번째"):
            return f"{NATIVE_PAIRS[int(a)]} {counter}{rest}"
        if counter in _SINO_PAIR_COUNTERS:
            return f"{SINO_PAIRS[int(a)]} {counter}{rest}"
    if counter in _SPAN_COUNTERS and not rest and (counter != "년" or len(b) == 4):
        end = m.string[m.end() : m.end() + 1]
        if not end or not ("가" <= end <= "힣"):
            return f"{a}{counter}부터 {b}{counter}까지"
    return f"{a}{counter}에서 {b}{counter}{rest}"


_WEEKDAY_RANGE = re.compile(rf"(?<![가-힣])([월화수목금토일])\s?[{_TILDE}]\s?([월화수목금토일])(?![가-힣])")


def read_ranges(text: str) -> str:
    text = _WEEKDAY_RANGE.sub(r"\1요일부터 \2요일까지", text)
    text = _DATE_RANGE.sub(lambda m: f"{m[1]}부터 {m[2].strip()}까지", text)
    text = _RANGE.sub(_range, text)
    return re.sub(rf"\s?[{_TILDE}]\s?", "에서 ", text)
