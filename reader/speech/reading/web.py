"""Web and e-mail addresses inside a sentence, said the way one dictates them in Korean.

"www.korea.kr" -> 더블유더블유더블유 점 코리아 점 케이알; "jebo@kbs.co.kr" -> 제이이비오 골뱅이
케이비에스 점 시오 점 케이알. A label Koreans say as a word (com, korea, naver) is that word, a short
one is spelled letter by letter, a long unknown one is left in Latin letters (the voice says it as an
English word, as one would). Only for the offline voice: Google reads addresses itself. The notation
has already cut "https://" and the path (pipeline.notation); credits.py has already left out the
e-mail of a byline, so what is left here is part of what the sentence says.
"""

from __future__ import annotations

import re

from reader.speech.reading.acronyms import spell
from reader.speech.reading.numerals import digits

_TLD = r"(?:com|net|org|kr|jp|cn|uk|us|io|ai|tv|me|info|biz|gov|edu|int|eu|de|fr)"
_ADDRESS = re.compile(
    r"(?<![\w@.+-])(?:([A-Za-z0-9_.+-]{1,64})@)?((?:[A-Za-z0-9-]{1,63}\.){1,8}" + _TLD + r")(?![A-Za-z0-9-])"
)
# Labels said as words.
WORDS: dict[str, str] = {
    "www": "더블유더블유더블유", "com": "컴", "net": "넷", "korea": "코리아", "naver": "네이버",
    "daum": "다음", "kakao": "카카오", "google": "구글", "gmail": "지메일", "hanmail": "한메일",
    "youtube": "유튜브", "news": "뉴스", "nate": "네이트", "info": "인포", "seoul": "서울",
    "busan": "부산", "korail": "코레일",
}  # fmt: skip
_VOWELS = re.compile(r"[aeiouy]", re.IGNORECASE)


def _label(label: str) -> str:
    low = label.lower()
    if low in WORDS:
        return WORDS[low]
    if low.isdigit():
        return digits(low)
    if len(low) <= 4 or not _VOWELS.search(low):
        return " ".join(spell(c) if c.isalpha() else digits(c) for c in low if c.isalnum()).replace(" ", "")
    return label  # a word: left for the voice to say


def _address(m: re.Match[str]) -> str:
    user, domain = m[1], m[2]
    said = " 점 ".join(_label(p) for p in domain.split("."))
    if user:
        said = " 점 ".join(_label(p) for p in user.split(".")) + " 골뱅이 " + said
    return said


def read_web(text: str) -> str:
    if "." not in text:
        return text
    return _ADDRESS.sub(_address, text)
