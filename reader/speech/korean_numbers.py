"""Korean number reading for the offline voice.

espeak-ng's Korean voice reads "3개" as "삼 개" and stumbles over "2,093" and "27.9"; Google
does not. So on the offline path we write numbers out in Hangul ourselves: native numerals
before counters that take them (세 개, 두 명, 다섯 시), Sino-Korean everywhere else.
"""

from __future__ import annotations

import re

_DIGITS = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
_SMALL_UNITS = ["", "십", "백", "천"]
_BIG_UNITS = ["", "만", "억", "조", "경"]

_NATIVE_ONES = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]
_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]

# Counters read with native numerals (1-99). "시" only for clock hours up to 12.
NATIVE_COUNTERS = (
    "개",
    "명",
    "시간",
    "시",
    "살",
    "마리",
    "권",
    "잔",
    "병",
    "번째",
    "번",
    "가지",
    "곳",
    "척",
    "채",
    "벌",
    "켤레",
    "그루",
    "송이",
    "달",
    "군데",
    "사람",
)


def sino(n: int) -> str:
    """12345 -> 만이천삼백사십오 (1 before 십/백/천/만 is silent, as Koreans say it)."""
    if n == 0:
        return "영"
    if n < 0:
        return "마이너스 " + sino(-n)
    out = []
    group_index = 0
    while n > 0:
        group = n % 10000
        n //= 10000
        if group:
            words = []
            for pos in range(3, -1, -1):
                d = (group // 10**pos) % 10
                if d == 0:
                    continue
                digit = "" if d == 1 and pos > 0 else _DIGITS[d]
                words.append(digit + _SMALL_UNITS[pos])
            text = "".join(words)
            if group_index == 1 and group == 1:
                text = ""  # 만, not 일만
            out.append(text + _BIG_UNITS[group_index])
        group_index += 1
    return "".join(reversed(out))


def sino_decimal(text: str) -> str:
    """'2,093' -> 이천구십삼; '27.9' -> 이십칠 점 구 (fraction digits one by one)."""
    text = text.replace(",", "")
    if "." in text:
        whole, frac = text.split(".", 1)
        frac_words = " ".join("영" if c == "0" else _DIGITS[int(c)] for c in frac if c.isdigit())
        return f"{sino(int(whole or '0'))} 점 {frac_words}"
    return sino(int(text))


def native(n: int) -> str:
    """1..99 as a native numeral in its counter form: 1 -> 한, 20 -> 스무, 25 -> 스물다섯."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    if n == 20:
        return "스무"
    return _NATIVE_TENS[tens] + _NATIVE_ONES[ones]


_MONTH_SPECIAL = {6: "유월", 10: "시월"}

# What must not follow a counter for it to be one: 개월 and 달러 are Sino, 번지 is an address.
_NOT_AFTER = {"개": "월", "달": "러", "번": "지호", "시": "즌", "명": "단"}
_COUNTER_RE = re.compile(
    r"(?<![\d.,])(\d{1,2})\s?("
    + "|".join(
        re.escape(c) + (f"(?![{_NOT_AFTER[c]}])" if c in _NOT_AFTER else "")
        for c in sorted(NATIVE_COUNTERS, key=len, reverse=True)
    )
    + r")"
)
_MONTH_RE = re.compile(r"(?<![\d.,])(\d{1,2})\s?월")
_NUMBER_RE = re.compile(r"(?<![\d])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")


def read_numbers(text: str) -> str:
    """Every digit sequence in ``text`` written out in Hangul."""

    def counter(m: re.Match[str]) -> str:
        n, unit = int(m.group(1)), m.group(2)
        if n == 0 or (unit == "시" and n > 12):
            return f"{sino(n)} {unit}"
        return f"{native(n)} {unit}"

    def month(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return _MONTH_SPECIAL.get(n, sino(n) + "월") if 1 <= n <= 12 else f"{sino(n)}월"

    text = _COUNTER_RE.sub(counter, text)
    text = _MONTH_RE.sub(month, text)
    return _NUMBER_RE.sub(lambda m: sino_decimal(m.group(1) + (m.group(2) or "")), text)
