"""Displayed sentence -> text to say.

The screen keeps the article exactly as published; only the spoken copy is rewritten. Google's
voice reads numbers, dates and counters well once the notation is unambiguous ("1.22(목)" is
not), so :func:`normalize` makes notation explicit. espeak-ng misreads much more, so
:func:`for_offline` additionally writes numbers out in Hangul and spells Latin acronyms.
"""

from __future__ import annotations

import re

from reader.speech.korean_numbers import read_numbers, sino
from reader.speech.lexicon import Lexicon

_HANGUL = "가-힣"
_WEEKDAYS = "월화수목금토일"

_CIRCLED = {
    **{chr(0x2460 + i): str(i + 1) for i in range(20)},  # ① .. ⑳
    **{chr(0x2776 + i): str(i + 1) for i in range(10)},  # ❶ .. ❿
    **{chr(0x2780 + i): str(i + 1) for i in range(10)},  # ➀ .. ➉
    **{chr(0x278A + i): str(i + 1) for i in range(10)},  # ➊ .. ➓
    **{chr(0x24EB + i): str(i + 11) for i in range(10)},  # ⓫ .. ⓴
}

# Single Hanja used as abbreviations in Korean headlines (全권역, 美 대선, 與野).
_HANJA = {
    "全": "전", "與": "여", "野": "야", "美": "미", "中": "중", "日": "일", "韓": "한", "北": "북",
    "南": "남", "英": "영", "佛": "불", "獨": "독", "靑": "청", "檢": "검", "軍": "군", "前": "전",
    "現": "현", "新": "신", "故": "고", "總": "총", "對": "대", "反": "반", "親": "친", "非": "비",
    "無": "무", "高": "고", "低": "저", "株": "주", "稅": "세", "號": "호", "社": "사", "省": "성",
    "州": "주", "市": "시", "區": "구", "郡": "군", "道": "도", "號外": "호외",
}  # fmt: skip

# Units read after a number (Korean voice). Longest first so "km" wins over "m".
_UNITS_KO = {
    "km²": "제곱킬로미터", "㎢": "제곱킬로미터", "m²": "제곱미터", "㎡": "제곱미터", "m2": "제곱미터",
    "m³": "세제곱미터", "㎥": "세제곱미터", "km/h": "킬로미터", "kWh": "킬로와트시", "MWh": "메가와트시",
    "GWh": "기가와트시", "km": "킬로미터", "㎞": "킬로미터", "kg": "킬로그램", "㎏": "킬로그램",
    "mg": "밀리그램", "㎎": "밀리그램", "cm": "센티미터", "㎝": "센티미터", "mm": "밀리미터",
    "㎜": "밀리미터", "ml": "밀리리터", "mL": "밀리리터", "㎖": "밀리리터", "kW": "킬로와트",
    "MW": "메가와트", "GW": "기가와트", "TB": "테라바이트", "GB": "기가바이트", "MB": "메가바이트",
    "ha": "헥타르", "㏊": "헥타르", "℃": "도", "°C": "도", "°": "도", "m": "미터", "g": "그램",
    "t": "톤", "L": "리터", "ℓ": "리터",
}  # fmt: skip
_UNIT_RE_KO = re.compile(
    r"(\d)\s?(" + "|".join(re.escape(u) for u in sorted(_UNITS_KO, key=len, reverse=True)) + r")(?![A-Za-z])"
)

_LETTER_NAMES_KO = {
    "A": "에이", "B": "비", "C": "씨", "D": "디", "E": "이", "F": "에프", "G": "지", "H": "에이치",
    "I": "아이", "J": "제이", "K": "케이", "L": "엘", "M": "엠", "N": "엔", "O": "오", "P": "피",
    "Q": "큐", "R": "알", "S": "에스", "T": "티", "U": "유", "V": "브이", "W": "더블유", "X": "엑스",
    "Y": "와이", "Z": "지",
}  # fmt: skip

_DATE_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{1,2})\.?(?!\d)"
    rf"(?:\s?\(([{_WEEKDAYS}])\))?"
)
_DATE_MD_WEEKDAY = re.compile(rf"(?<![\d.])(\d{{1,2}})\s?\.\s?(\d{{1,2}})\.?\s?\(([{_WEEKDAYS}])\)")
_DAY_WEEKDAY = re.compile(rf"(\d{{1,2}}일)\s?\(([{_WEEKDAYS}])\)")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_RANGE_NUM = re.compile(r"(\d[^\s~∼〜]{0,6})\s?[~∼〜]\s?(?=\d)")
_INTERPUNCT_HANGUL = re.compile(rf"(?<=[{_HANGUL}A-Za-z0-9])\s?[·ㆍ∙・]\s?(?=[{_HANGUL}A-Za-z0-9])")
# Events named by their date, "5·18", "12·3", "6·25": the month in Sino-Korean, then the day digit
# by digit (오일팔, 십이삼, 육이오) — how Koreans say them, and Google reads "12·3" as a list.
_EVENT_DATE = re.compile(r"(?<![\d.,])(1[0-2]|[1-9])\s?[·ㆍ∙・]\s?([1-9]|[12]\d|3[01])(?=\s?(?:[가-힣]|$))")
_EVENT_DIGITS = "영일이삼사오육칠팔구"
# A gloss glued between a word and its particle: "인공지능(AI)을", "친명(이재명)계", "'다구리(몰매)'로".
# Read in place it splits the word; the word itself already says it.
_GLUED_GLOSS = re.compile(r"(?<=[^\s(])\(([^()]{1,24})\)(?=['’”\"]?[가-힣])")
_INITIALS = re.compile(r"\b((?:[A-Z]\.){2,})")
_DOT_BETWEEN_CAPS = re.compile(r"(?<=(?<![A-Za-z])[A-Z])\.(?=[A-Z]{2,}(?![A-Za-z]))")
_ACRONYM = re.compile(r"(?<![A-Za-z])([A-Z]{2,6})(?![a-z])")
_BULLET = re.compile(r"^\s*(?:[-–—•■□▶▷►●○◆◇◎※*☞▲△▼▽]+|\d{1,2}\)|[가-하]\.|\(\d{1,2}\))\s+")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")


def _is_korean(lang: str, text: str) -> bool:
    if lang:
        return lang.lower().startswith("ko")
    return bool(re.search(f"[{_HANGUL}]", text))


def normalize(text: str, lang: str = "ko", *, offline: bool = False, lexicon: Lexicon | None = None) -> str:
    """The spoken form of one displayed sentence ("" when nothing is left to say)."""
    if lexicon is not None:
        text = lexicon.apply(text)
    korean = _is_korean(lang, text)
    text = text.replace("\t", ", ").replace("\n", ". ")
    text = _BULLET.sub("", text)
    text = "".join(_CIRCLED.get(c, c) for c in text)
    # Section markers and title brackets are visual: 『5극3특』, 「법」, < 간담회 >.
    text = re.sub(r"[『』「」《》〈〉【】]", " ", text)
    text = re.sub(r"<\s*([^<>]{1,80}?)\s*>", r"\1", text)
    text = re.sub(r"(?<=[A-Za-z])’(?=[A-Za-z])", "'", text)  # don’t: an apostrophe, not a quote
    text = re.sub(r"[“”\"‘’]", "", text)
    # An address is not read character by character: "https://www.example.com/a/1" -> "example.com".
    text = re.sub(r"\bhttps?://(?:www\.)?([^/\s]+)\S*", r"\1", text)
    text = text.replace("…", "...").replace("&", " and " if not korean else " 앤드 ")
    if korean:
        text = re.sub(r"[·ㆍ∙・]{2,}", "...", text)  # "불발···" is an ellipsis
        text = "".join(_HANJA.get(c, c) for c in text)
        text = text.replace("㈜", "주식회사 ").replace("(주)", "주식회사 ").replace("(사)", "사단법인 ")
        text = re.sub(r"(?<=\s)vs\.?(?=\s)", "대", text)
        text = _GLUED_GLOSS.sub(lambda m: "" if not _WEEKDAY_ONLY.fullmatch(m[1]) else m[0], text)
        text = _DATE_YMD.sub(_ymd, text)
        text = _DATE_MD_WEEKDAY.sub(lambda m: f"{int(m[1])}월 {int(m[2])}일 {m[3]}요일", text)
        text = _DAY_WEEKDAY.sub(lambda m: f"{m[1]} {m[2]}요일", text)
        text = _EVENT_DATE.sub(_event_date, text)
        text = re.sub(r"(?<![A-Za-z])'|'(?![A-Za-z])", "", text)
        text = _TIME.sub(lambda m: f"{int(m[1])}시" + (f" {int(m[2])}분" if int(m[2]) else ""), text)
        text = re.sub(r"(\d)\s?%\s?p\b", r"\1퍼센트포인트", text)
        text = re.sub(r"(\d)\s?%", r"\1퍼센트", text)
        text = _UNIT_RE_KO.sub(lambda m: f"{m[1]}{_UNITS_KO[m[2]]}", text)
        text = _RANGE_NUM.sub(lambda m: f"{m[1]}에서 ", text)
        text = _INTERPUNCT_HANGUL.sub(", ", text)
    else:
        text = re.sub(r"(\d)\s?%\s?p\b", r"\1 percentage points", text)
        text = _RANGE_NUM.sub(lambda m: f"{m[1]} to ", text)
        text = _INTERPUNCT_HANGUL.sub(", ", text)
    text = re.sub(r"[~∼〜·ㆍ∙・]", " ", text)
    if korean:  # an English voice reads "U.S." itself, and "US" as the word "us"
        text = _INITIALS.sub(lambda m: m[1].replace(".", ""), text)  # U.S. -> US
        text = _DOT_BETWEEN_CAPS.sub(" ", text)  # M.AX -> M AX
    text = _THOUSANDS.sub("", text)
    # Parentheses become short pauses: "M.AX(제조AX)" -> "M AX, 제조AX,".
    text = re.sub(r"\s*[(\[]\s*", ", ", text)
    text = re.sub(r"\s*[)\]]\s*", ", ", text)
    if offline:
        text = for_offline(text, lang if lang else ("ko" if korean else "en"))
    return _tidy(text)


_WEEKDAY_ONLY = re.compile(rf"[{_WEEKDAYS}]")


def _event_date(m: re.Match[str]) -> str:
    return sino(int(m[1])) + "".join(_EVENT_DIGITS[int(d)] for d in m[2])


def _ymd(m: re.Match[str]) -> str:
    out = f"{int(m[1])}년 {int(m[2])}월 {int(m[3])}일"
    return out + (f" {m[4]}요일" if m[4] else "")


def for_offline(text: str, lang: str = "ko") -> str:
    """Extra rewriting for espeak-ng. Idempotent, so it may run on already-normalized text."""
    if not _is_korean(lang, text):
        return _tidy(text)
    text = _ACRONYM.sub(lambda m: "".join(_LETTER_NAMES_KO[c] for c in m[1]), text)
    text = re.sub(r"\b([A-Z])\b", lambda m: _LETTER_NAMES_KO[m[1]], text)
    text = read_numbers(text)
    return _tidy(text)


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\s+([,.!?])", r"\1", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    text = re.sub(r",\s*([.!?])", r"\1", text)
    text = text.strip(" ,")
    if not re.search(r"[\w]", text):
        return ""
    return text
