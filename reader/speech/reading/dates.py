"""Dates, times and years as an announcer says them.

1.22(목) -> 1월 22일 목요일; 2026. 1. 22. -> 2026년 1월 22일; 14:30 -> 14시 30분; '25 -> 2025년;
29일(현지시간) -> 현지 시간 29일; events named by their date are said the way Koreans name them:
5·18 오일팔, 6·25 육이오, 12·12 십이십이, 6·10 육십, 9·11 구일일; 20·30대 -> 20대, 30대;
2030세대 -> 이공삼공 세대; 1Q -> 1분기.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import digits, sino

_WEEKDAYS = "월화수목금토일"
_DATE_YMD = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{1,2})\.?(?![\d])"
    rf"(?:\s?\(([{_WEEKDAYS}])\))?"
)
# 1.22(목), 3/1(토): the weekday makes it a date, never a decimal or a fraction
_DATE_MD_WEEKDAY = re.compile(
    rf"(?<![\d./])(1[0-2]|0?[1-9])\s?[./]\s?([12]\d|3[01]|0?[1-9])\.?\s?\(([{_WEEKDAYS}])\)"
)
_DAY_WEEKDAY = re.compile(rf"(\d{{1,2}}일)\s?\(([{_WEEKDAYS}])\)")
_LOCAL_TIME = re.compile(r"(\d{1,2}일)\s?\((현지|한국|미국|동부|서부|중부)\s?시[간각]\)")
# 3.1절, 8.15 광복: an event named by its date written with a full stop.
_EVENT_DOT = re.compile(
    r"(?<![\d.])(1[0-2]|[1-9])\.([1-9]|[12]\d|3[01])(?=\s?(?:절|운동|항쟁|혁명|사태|선언|참사|테러|광복|민주))"
)
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])")
_YEAR_APOSTROPHE = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"]))['’‘](\d{2})(?=년|\s|$|[,.)\]A-Za-z-])")
_EVENT_DATE = re.compile(
    r"(?<![\d.,·])(1[0-2]|[1-9])\s?[·ㆍ∙・]\s?([1-9]|[12]\d|3[01])(?![\d·])(?=\s?(?:[가-힣]|$))"
)
_DECADES = re.compile(r"(?<![\d.,])([1-9])0\s?[·ㆍ∙・,]\s?([1-9])0\s?대")
_GENERATION = re.compile(r"(?<![\d])([1-9]0[1-9]0)(?=\s?세대)")
_QUARTER = re.compile(r"(?<![A-Za-z\d])(?:([1-4])Q|Q([1-4]))(?![A-Za-z\d])")
_EVENT_DAY_WORDS = {"10": "십", "12": "십이"}


def _ymd(m: re.Match[str]) -> str:
    out = f"{int(m[1])}년 {int(m[2])}월 {int(m[3])}일"
    return out + (f" {m[4]}요일" if m[4] else "")


def _event(m: re.Match[str]) -> str:
    day = _EVENT_DAY_WORDS.get(m[2]) or "".join("영일이삼사오육칠팔구"[int(d)] for d in m[2])
    return sino(int(m[1])) + day


def _year(m: re.Match[str]) -> str:
    yy = int(m[1])
    year = 2000 + yy if yy <= 40 else 1900 + yy
    rest = m.string[m.end() : m.end() + 1]
    return f"{year}" if rest == "년" else f"{year}년"


def read_dates(text: str) -> str:
    text = _YEAR_APOSTROPHE.sub(_year, text)
    text = _DATE_YMD.sub(_ymd, text)
    text = _DATE_MD_WEEKDAY.sub(lambda m: f"{int(m[1])}월 {int(m[2])}일 {m[3]}요일", text)
    text = _DAY_WEEKDAY.sub(lambda m: f"{m[1]} {m[2]}요일", text)
    text = _LOCAL_TIME.sub(lambda m: f"{m[2]} 시간 {m[1]}", text)
    text = _EVENT_DOT.sub(_event, text)
    text = _DECADES.sub(lambda m: f"{m[1]}0대, {m[2]}0대", text)
    text = _GENERATION.sub(lambda m: digits(m[1]), text)
    text = _EVENT_DATE.sub(_event, text)
    text = _QUARTER.sub(lambda m: f"{m[1] or m[2]}분기", text)
    return _TIME.sub(lambda m: f"{int(m[1])}시" + (f" {int(m[2])}분" if int(m[2]) else ""), text)
