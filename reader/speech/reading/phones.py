"""Telephone numbers and service numbers, read digit by digit with 0 as 공, groups apart.

010-1234-5678 -> 공일공 일이삼사 오육칠팔; (02)123-4567 -> 공이 일이삼 사오육칠; 1588-1234 ->
일오팔팔 일이삼사; 119에 신고 -> 일일구에 신고. A number that merely has dashes (2024-01-05, 10-20%)
is not one: phone numbers start with 0, or are 15xx-18xx service numbers, or follow 전화/문의/☎.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import digits

_AREA = re.compile(r"(?<![\d-])\(?(0\d{1,2})\)?[-.\s)]\s?(\d{3,4})[-.\s](\d{4})(?![\d-])")
_AREA_INTL = re.compile(r"\+82[-\s]?\(?0?(\d{1,2})\)?[-\s](\d{3,4})[-\s](\d{4})(?![\d-])")
_SERVICE = re.compile(r"(?<![\d-])(1[5-8]\d{2})-(\d{4})(?![\d-])")
_LOCAL = re.compile(
    r"((?:☎|전화|연락처|문의|Tel|TEL|tel|팩스|FAX|콜센터|번호)[^\d]{0,6})(?<![\d-])(\d{3,4})-(\d{4})(?![\d-])"
)
# Emergency and public service numbers, when they are used as numbers (신고, 상담, a particle).
_SHORT = re.compile(
    r"(?<![\d,.])(11[0-9]|120|182|1330|1339|1345|1366|1388|1577|1588|1899)"
    r"(?=\s?(?:에|로|으로|번|신고|구급|상황|종합|특수|안전|콜|센터|문자|전화|화재|긴급|상담|로의|와|과|는|가)"
    r"|[\s,.]*$)"
)


def _groups(*parts: str) -> str:
    return " ".join(digits(p) for p in parts)


def read_phones(text: str) -> str:
    text = re.sub(r"[☎☏✆℡]\s?", "", text)  # the phone sign is a picture, not a word
    text = re.sub(r"(?<![A-Za-z])(?:Tel|TEL|tel)\.?(?=\s?[\d(+])", "전화", text)
    text = re.sub(r"(?<![A-Za-z])(?:Fax|FAX|fax)\.?(?=\s?[\d(+])", "팩스", text)
    text = _AREA_INTL.sub(lambda m: "플러스 팔이 " + _groups(m[1], m[2], m[3]), text)
    text = _AREA.sub(lambda m: _groups(m[1], m[2], m[3]), text)
    text = _SERVICE.sub(lambda m: _groups(m[1], m[2]), text)
    text = _LOCAL.sub(lambda m: m[1] + _groups(m[2], m[3]), text)
    return _SHORT.sub(lambda m: digits(m[1]), text)
