"""Signs the voice must say or must not: minus and plus, currencies, scores and ratios, fractions,
arrows and the up/down triangles of market reports, ±, ×, =.

-3.2% -> 마이너스 3.2%; -5℃ -> 영하 5℃; $3.5 -> 3.5달러; €20 -> 20유로; 2:1 -> 2 대 1; 3-2로 ->
3 대 2로; 1/3 -> 3분의 1; 1/4분기 -> 1사분기; ▲12.3 -> 12.3 상승; △3억 -> 마이너스 3억;
3%→5% -> 3%에서 5%로; ±3.1%p -> 플러스마이너스 3.1%p.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import final_is_rieul, fit_particle, has_final_consonant, sino

_NUM = r"\d[\d,]{0,24}(?:\.\d{1,12})?"  # bounded: a hostile run of digits stays linear
_BIG = r"(?:\s?[십백천만억조]+)?"
_MINUS = "-−–"
_TEMP_UNIT = r"(?=\s?(?:℃|°C|°|도(?![가-힣])|도[가-힣]{0,2}(?:[\s,.)]|$)))"
_TEMPERATURE = re.compile(rf"(?:(영하|영상|섭씨)\s?)?(?<![\w.])([{_MINUS}+])\s?({_NUM}){_TEMP_UNIT}")
_SIGNED = re.compile(rf"(?:(?<=^)|(?<=[\s(\[~∼〜:,/]))(?<!\d\s)([{_MINUS}+±])\s?(?=\d)")
_CURRENCY_BEFORE = {
    "US$": "달러", "$": "달러", "€": "유로", "¥": "엔", "£": "파운드", "₩": "원", "￦": "원",
}  # fmt: skip
_CURRENCY = re.compile(
    r"(US\$|[$€¥£₩￦])\s?(" + _NUM + _BIG + r")"
    r"(?:(으로|을|를|이(?!다|며|고|라)|가|은|는|과|와|로)(?![가-힣]))?"
)
_RATIO = re.compile(r"(?<![\d:.])(\d{1,3})\s?:\s?(\d{1,3})(?![\d:])")
# A score: N-M before (으)로 and a verb (3-1로 꺾었다), before a result word (2-2 무승부, 3-0 완승), after a
# score word (세트스코어 3-0), or beside another score (6-4 6-3으로: tennis sets).
_RESULT_WORDS = "무승부|승리|패배|완승|완패|역전|신승|석패|대승|대패|압승|승부차기|동점|리드|스코어"
_SCORE = re.compile(
    r"(?<![\d.\w-])(\d{1,3})\s?[-–]\s?(\d{1,3})"
    rf"(?=\s?(?:으로|로)\s?(?:[가-힣])|\s?(?:{_RESULT_WORDS})|\s?[승패무](?![가-힣]))"  # 2-1 리드를, 3-1 승
)
_SCORE_AFTER_WORD = re.compile(
    r"((?:스코어|점수|전적|전반|후반|연장)\s?)(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d.-])"
)
_SCORE_BESIDE = re.compile(r"(?<![\d.\w-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?=[\s,]+\d{1,3} 대 \d)")
_QUARTER_FRACTION = re.compile(r"(?<![\d/])([1-4])\s?/\s?4\s?분기")
_FRACTION = re.compile(r"(?<![\d/.])(\d{1,3})\s?/\s?(\d{1,3})(?![\d/.])")
# Fraction characters: ½ -> 2분의 1, ¾ -> 4분의 3, 1½ -> 1과 2분의 1.
_VULGAR = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
    "⅞": (7, 8), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10),
}  # fmt: skip
_VULGAR_RE = re.compile("(?:(\\d)\\s?)?([" + "".join(_VULGAR) + "])")
_TRIANGLE = re.compile(rf"([▲▼↑↓])\s?({_NUM}{_BIG}(?:\s?(?:%p|%|포인트|원|달러|배|명|개))?)")
_TRIANGLE_AFTER = re.compile(rf"({_NUM}{_BIG}(?:\s?(?:%p|%|포인트|원|달러|배))?)\s?([▲▼↑↓])")
_DELTA_MINUS = re.compile(r"△\s?(?=\d)")
_ARROW = re.compile(r"([^\s→]{1,40})\s?(?:→|->|⇒)\s?([^\s→]{1,40})")
_EXCHANGE = re.compile(rf"({_NUM}{_BIG}\s?(?:달러|유로|엔|위안|파운드|원))\s?=\s?(?={_NUM})")
_TIMES = re.compile(r"(?<=\d)\s?[×xX]\s?(?=\d)")
_UP_DOWN = {"▲": "상승", "↑": "상승", "▼": "하락", "↓": "하락"}


def _temperature(m: re.Match[str]) -> str:
    word, sign, number = m[1], m[2], m[3]
    below = sign in _MINUS
    if word in ("영하", "영상"):
        return f"{word} {number}"
    head = "섭씨 " if word == "섭씨" else ""
    return f"{head}{'영하' if below else '영상'} {number}"


def _currency(m: re.Match[str]) -> str:
    """$100억을 -> 100억 달러를: the currency moves behind the number, so the particle after it changes."""
    word = _CURRENCY_BEFORE[m[1]]
    return f"{m[2]} {word}" + (fit_particle(word, m[3]) if m[3] else "")


def _fraction(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    if 0 < a < b:
        return f"{b}분의 {a}"
    if 1 <= a <= 12 and 1 <= b <= 31:
        return f"{a}월 {b}일"  # 12/25
    return f"{m[1]} {m[2]}"


def to_particle(word: str) -> str:
    """에서 … 로 / 으로: the particle after ``word`` as it will be read."""
    last = word.rstrip(")]%")
    if word.endswith("%"):
        return "로"  # 퍼센트
    if last[-1:].isdigit():
        reading = sino(int(last[-1])) if last[-1] != "0" else "영"
        if len(last) >= 2 and last[-2].isdigit() and last[-1] == "0":
            reading = "십"
        return "으로" if has_final_consonant(reading) and not final_is_rieul(reading) else "로"
    return "으로" if has_final_consonant(last) and not final_is_rieul(last) else "로"


def _arrow(m: re.Match[str]) -> str:
    a, b = m[1], m[2]
    trail = ""
    while b and b[-1] in ",.)":
        trail, b = b[-1] + trail, b[:-1]
    if re.search(r"(?:으로|로)$", b):
        return f"{a}에서 {b}{trail}"  # 3%→5%로: the particle is there already
    return f"{a}에서 {b}{to_particle(b)}{trail}"


def _vulgar(m: re.Match[str]) -> str:
    a, b = _VULGAR[m[2]]
    return f"{m[1]}과 {b}분의 {a}" if m[1] else f"{b}분의 {a}"


def read_signs(text: str) -> str:
    if any(c in text for c in _VULGAR):
        text = _VULGAR_RE.sub(_vulgar, text)
    text = _TEMPERATURE.sub(_temperature, text)
    text = _CURRENCY.sub(_currency, text)
    if "=" in text:
        text = _EXCHANGE.sub(r"\1에 ", text)
    text = _QUARTER_FRACTION.sub(r"\1사분기", text)
    if "-" in text or "–" in text:
        text = _SCORE.sub(r"\1 대 \2", text)
        text = _SCORE_AFTER_WORD.sub(r"\1\2 대 \3", text)
        for _ in range(5):  # a match of five sets at most
            text, n = _SCORE_BESIDE.subn(r"\1 대 \2", text)
            if not n:
                break
    text = _RATIO.sub(r"\1 대 \2", text)
    text = _FRACTION.sub(_fraction, text)
    if any(c in text for c in _UP_DOWN):
        text = _TRIANGLE.sub(lambda m: f"{m[2]} {_UP_DOWN[m[1]]}", text)
        text = _TRIANGLE_AFTER.sub(lambda m: f"{m[1]} {_UP_DOWN[m[2]]}", text)
    text = _DELTA_MINUS.sub("마이너스 ", text)
    text = _SIGNED.sub(lambda m: {"+": "플러스 ", "±": "플러스마이너스 "}.get(m[1], "마이너스 "), text)
    if "→" in text or "->" in text or "⇒" in text:
        text = _ARROW.sub(_arrow, text)
    text = _TIMES.sub(" 곱하기 ", text)
    return text.replace("±", " 플러스마이너스 ").replace("=", " ")
