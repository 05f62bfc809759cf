"""Signs the voice must say or must not: minus and plus, currencies, scores and ratios, fractions,
arrows and the up/down triangles of market reports, ±, ×, =.

-3.2% -> 마이너스 3.2%; -5℃ -> 영하 5℃; $3.5 -> 3.5달러; €20 -> 20유로; 2:1 -> 2 대 1; 3-2로 ->
3 대 2로; 1/3 -> 3분의 1; 1/4분기 -> 1사분기; ▲12.3 -> 12.3 상승; △3억 -> 마이너스 3억;
3%→5% -> 3%에서 5%로; ±3.1%p -> 플러스마이너스 3.1%p.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import final_is_rieul, has_final_consonant, sino

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
_SCORE = re.compile(r"(?<![\d.\w-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?=\s?(?:으로|로)\s?(?:[가-힣]))")
_QUARTER_FRACTION = re.compile(r"(?<![\d/])([1-4])\s?/\s?4\s?분기")
_FRACTION = re.compile(r"(?<![\d/.])(\d{1,3})\s?/\s?(\d{1,3})(?![\d/.])")
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


_PARTICLE_PAIRS = {"을": "를", "이": "가", "은": "는", "과": "와", "으로": "로"}


def _currency(m: re.Match[str]) -> str:
    """$100억을 -> 100억 달러를: the currency moves behind the number, so the particle after it changes."""
    word = _CURRENCY_BEFORE[m[1]]
    return f"{m[2]} {word}" + (fit_particle(word, m[3]) if m[3] else "")


def fit_particle(word: str, particle: str) -> str:
    """The form of ``particle`` (을/를, 이/가 …) that follows ``word`` as it is read."""
    vowel_form = {**_PARTICLE_PAIRS, **{v: v for v in _PARTICLE_PAIRS.values()}}
    consonant_form = {v: k for k, v in _PARTICLE_PAIRS.items()} | {k: k for k in _PARTICLE_PAIRS}
    if particle not in vowel_form:
        return particle
    if particle in ("로", "으로"):
        return "으로" if has_final_consonant(word) and not final_is_rieul(word) else "로"
    return consonant_form[particle] if has_final_consonant(word) else vowel_form[particle]


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


def read_signs(text: str) -> str:
    text = _TEMPERATURE.sub(_temperature, text)
    text = _CURRENCY.sub(_currency, text)
    if "=" in text:
        text = _EXCHANGE.sub(r"\1에 ", text)
    text = _QUARTER_FRACTION.sub(r"\1사분기", text)
    text = _SCORE.sub(r"\1 대 \2", text)
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
