"""Displayed sentence -> what a voice says: the shared notation, then the engine's profile.

The screen keeps the article exactly as published; only the spoken copy is rewritten. The
notation stage makes what every voice needs explicit (hanja, signs, ranges, phone numbers, units,
dates, names mixing letters and digits, glosses, credits); :func:`for_profile` then writes out what
one engine's voice still misreads. Steps run in a fixed order because they feed each other: phone
numbers before ranges (010-1234-5678 is not a range), dates before ratios (14:30 is a time),
units before ranges (10~20km), and all of them before quotes and brackets turn into pauses.
"""

from __future__ import annotations

import re

from reader.speech.lexicon import Lexicon
from reader.speech.reading.acronyms import hangul_latin, read_latin_names
from reader.speech.reading.counters import hangul_numbers
from reader.speech.reading.dates import read_dates
from reader.speech.reading.hanja import read_hanja
from reader.speech.reading.numerals import CODE_DIGITS, PARTICLE, fit_particle
from reader.speech.reading.phones import read_phones
from reader.speech.reading.profile import ESPEAK, GOOGLE, Profile
from reader.speech.reading.ranges import read_ranges
from reader.speech.reading.signs import read_signs
from reader.speech.reading.units import read_units
from reader.speech.reading.web import read_web

_HANGUL = "가-힣"
_CIRCLED = {
    **{chr(0x2460 + i): str(i + 1) for i in range(20)},  # ① .. ⑳
    **{chr(0x2776 + i): str(i + 1) for i in range(10)},  # ❶ .. ❿
    **{chr(0x2780 + i): str(i + 1) for i in range(10)},  # ➀ .. ➉
    **{chr(0x278A + i): str(i + 1) for i in range(10)},  # ➊ .. ➓
    **{chr(0x24EB + i): str(i + 11) for i in range(10)},  # ⓫ .. ⓴
}
_RANGE_NUM_EN = re.compile(r"(\d[^\s~∼〜]{0,6})\s?[~∼〜]\s?(?=\d)")
# One-syllable shorthands joined by interpuncts are one word: 한·미·일 한미일, 부·울·경 부울경, 찬·반 찬반.
# (Possessive, and never starting inside a chain: a hostile run of "글·" stays linear.)
_SYLLABLE_CHAIN = re.compile(
    r"(?<![가-힣·ㆍ∙・])(?<![·ㆍ∙・]\s)[가-힣](?:\s?[·ㆍ∙・]\s?[가-힣])++(?![가-힣·ㆍ∙・])"
)
# An exchange rate's two currencies are one word (원·달러 환율 -> 원달러 환율), said without a pause.
_CURRENCY_PAIR = re.compile(
    r"(?<![가-힣])(원|달러|엔|위안|유로|파운드|루블|루피|페소|바트|동|헤알)\s?[·ㆍ∙・/]\s?"
    r"(?=(?:원|달러|엔|위안|유로|파운드|루블|루피|페소|바트|동|헤알)(?:화)?\s?(?:환율|가치|거래|시장|선물|스와프))"
)
_INTERPUNCT = re.compile(rf"(?<=[{_HANGUL}A-Za-z0-9])\s?[·ㆍ∙・]\s?(?=[{_HANGUL}A-Za-z0-9])")
# A gloss glued between a word and its particle: "인공지능(AI)을", "친명(이재명)계", "'다구리(몰매)'로".
_GLUED_GLOSS = re.compile(r"(?<=[^\s(])\(([^()]{1,24})\)(?=['’”\"]?[가-힣])")
# A phone number in brackets glued to its word is what the sentence tells, not a gloss: it is said,
# and the particle after it follows its last digit ("고객센터(1588-1234)로" -> "고객센터 1588-1234로").
_PHONE_ASIDE = re.compile(
    rf"(?<=[^\s(])\(\s*(\(?0?\d{{1,4}}\)?[-.\s]?\d{{3,4}}[-.]\d{{4}})\s*\)({PARTICLE})?"
)
# A Latin gloss after a Korean word says the same thing again: 사회관계망서비스(SNS) 라이브.
_LATIN_GLOSS = re.compile(r"(?<=[가-힣])\(\s*([A-Za-z][A-Za-z0-9 .&'-]{0,40})\s*\)")
_INITIALS = re.compile(r"\b((?:[A-Z]\.){2,})")
_DOT_BETWEEN_CAPS = re.compile(r"(?<=(?<![A-Za-z])[A-Z])\.(?=[A-Z]{2,}(?![A-Za-z]))")
_BULLET = re.compile(r"^\s*(?:[-–—•■□▶▷►●○◆◇◎※*☞▲△▼▽]+|\d{1,2}\)|[가-하]\.|\(\d{1,2}\))\s+")
_MID_BULLET = re.compile(r"(?:(?<=\s)|^)[▲△▶■□◆◇●○※☞]\s?(?=[가-힣A-Za-z\"“‘'])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_WEEKDAY_ONLY = re.compile("[월화수목금토일]")


def is_korean(lang: str, text: str) -> bool:
    if lang:
        return lang.lower().startswith("ko")
    return bool(re.search(f"[{_HANGUL}]", text))


def notation(text: str, lang: str = "ko", *, lexicon: Lexicon | None = None) -> str:
    """The announcer's notation of one displayed sentence, shared by every voice."""
    if lexicon is not None:
        text = lexicon.apply(text)
    korean = is_korean(lang, text)
    text = text.replace("\t", ", ").replace("\n", ". ")
    text = _BULLET.sub("", text)
    text = "".join(_CIRCLED.get(c, c) for c in text)
    # Section markers and title brackets are visual: 『5극3특』, 「법」, < 간담회 >.
    text = re.sub(r"[『』「」《》〈〉【】]", " ", text)
    text = re.sub(r"<\s*([^<>]{1,80}?)\s*>", r"\1", text)
    text = re.sub(r"(?<=[A-Za-z])’(?=[A-Za-z])", "'", text)  # don’t: an apostrophe, not a quote
    # An address is not read character by character: "https://www.example.com/a/1" -> "example.com".
    text = re.sub(r"\bhttps?://(?:www\.)?([^/\s]+)\S*", r"\1", text)
    text = text.replace("…", "...")
    if korean:
        text = _korean(text)
    else:
        text = re.sub(r"[“”\"‘’]", "", text)
        text = text.replace("&", " and ")
        text = re.sub(r"(\d)\s?%\s?p\b", r"\1 percentage points", text)
        text = _RANGE_NUM_EN.sub(lambda m: f"{m[1]} to ", text)
        text = _INTERPUNCT.sub(", ", text)
    text = re.sub(r"[~∼〜·ㆍ∙・]", " ", text)
    text = _THOUSANDS.sub("", text)
    # Parentheses become short pauses: "M.AX(제조AX)" -> "M AX, 제조AX,".
    text = re.sub(r"\s*[(\[]\s*", ", ", text)
    text = re.sub(r"\s*[)\]]\s*", ", ", text)
    return tidy(text)


def _korean(text: str) -> str:
    text = re.sub(r"[·ㆍ∙・]{2,}", "...", text)  # "불발···" is an ellipsis
    text = _MID_BULLET.sub(", ", text)  # "▲정치 ▲경제": list marks inside a line
    text = read_hanja(text)
    text = text.replace("㈜", "주식회사 ").replace("(주)", "주식회사 ").replace("(사)", "사단법인 ")
    text = re.sub(r"(?<=\s)vs\.?(?=\s)", "대", text)
    text = _LATIN_GLOSS.sub(lambda m: "" if not m.string[m.end() : m.end() + 1].isalnum() else m[0], text)
    text = _PHONE_ASIDE.sub(_phone_aside, text)
    text = _GLUED_GLOSS.sub(lambda m: "" if not _WEEKDAY_ONLY.fullmatch(m[1]) else m[0], text)
    text = read_phones(text)
    text = read_dates(text)
    text = read_signs(text)
    text = read_units(text)
    text = read_ranges(text)
    text = read_latin_names(text)
    text = re.sub(r"[“”\"‘’]", "", text)
    text = re.sub(r"(?<![A-Za-z])'|'(?![A-Za-z])", "", text)
    text = text.replace("&", " 앤드 ")
    text = _CURRENCY_PAIR.sub(r"\1", text)
    text = _SYLLABLE_CHAIN.sub(lambda m: re.sub(r"[\s·ㆍ∙・]", "", m[0]), text)
    text = _INTERPUNCT.sub(", ", text)
    text = _INITIALS.sub(lambda m: m[1].replace(".", ""), text)  # U.S. -> US
    text = _DOT_BETWEEN_CAPS.sub(" ", text)  # M.AX -> M AX
    return re.sub(r"(?<=[가-힣])\s?/\s?(?=[가-힣])", " ", text)  # 원/달러 환율


def _phone_aside(m: re.Match[str]) -> str:
    number, particle = m[1], m[2]
    return f" {number}" + (fit_particle(CODE_DIGITS[number[-1]], particle) if particle else "")


def for_profile(text: str, lang: str, profile: Profile) -> str:
    """What one engine is given, from the shared notation. Idempotent."""
    if not is_korean(lang, text):
        return tidy(text)
    if profile.hangul_latin:
        text = hangul_latin(read_web(text))
    if profile.hangul_numbers:
        text = hangul_numbers(text)
    if profile.plain_symbols:
        text = re.sub(r"[/#*@+=<>|\\^_{}\[\]-]", " ", text)
    if profile.fold_inner_pauses:
        text = _fold_inner_pauses(text)
    return tidy(text)


def _fold_inner_pauses(text: str) -> str:
    """Sentence punctuation inside a sentence becomes a comma: espeak-ng pauses ~0.3 s and falls at
    each full stop, which inside one sentence is heard as two."""
    text = text.strip()
    end = re.search(r"[.!?]+$", text)
    body, final = (text[: end.start()], end.group(0)[-1]) if end else (text, "")
    body = re.sub(r"\s*(?:\.{2,}|[.!?;:]+)(?=\s|$)", ",", body)
    return body + final


def normalize(
    text: str,
    lang: str = "ko",
    *,
    offline: bool = False,
    lexicon: Lexicon | None = None,
    profile: Profile | None = None,
) -> str:
    """The spoken form of one displayed sentence ("" when nothing is left to say)."""
    spoken = notation(text, lang, lexicon=lexicon)
    chosen = profile or (ESPEAK if offline else None)
    if chosen is None or chosen is GOOGLE:
        return spoken
    return for_profile(spoken, lang if lang else ("ko" if is_korean("", text) else "en"), chosen)


def for_offline(text: str, lang: str = "ko") -> str:
    """Extra rewriting for espeak-ng. Idempotent, so it may run on already-normalized text."""
    return for_profile(text, lang, ESPEAK)


def tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\s+([,.!?])", r"\1", text)
    text = re.sub(r"(,\s*){2,}", ", ", text)
    text = re.sub(r",\s*([.!?])", r"\1", text)
    text = text.strip(" ,")
    if not re.search(r"[\w]", text):
        return ""
    return text
