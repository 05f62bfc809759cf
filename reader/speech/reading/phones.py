"""Telephone numbers, service numbers and other codes, read digit by digit with 0 as 공, groups apart.

010-1234-5678 -> 공일공 일이삼사 오육칠팔; (02)123-4567 -> 공이 일이삼 사오육칠; 1588-1234 ->
일오팔팔 일이삼사; 119에 신고 -> 일일구에 신고. A number that merely has dashes (2024-01-05, 10-20%)
is not one: phone numbers start with 0, or are 15xx-18xx service numbers, or follow 전화/문의/☎.

Codes are read the same way: a number named as one (ISBN, 우편번호, 계좌번호, 인증번호 …), three or
more groups joined by hyphens that are not a date (ISBN 978-89-364-1234-5, 123-45-67890, a 4-3-3
formation), and a number written with leading zeros (03154, 007).
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
_SHORT_NUMBER = (
    # not a building number after a road name: 세종대로 110, 테헤란로 119, 세종로1길 112
    r"(?<![\d,.])(?<![가-힣][로길]\s)(?<![가-힣][로길])(11[0-9]|120|182|1330|1339|1345|1366|1388|1577|1588|1899)"
)
_SHORT = re.compile(
    _SHORT_NUMBER
    + r"(?=\s?(?:에|로|으로|번|신고|구급|상황|종합|특수|안전|콜|센터|문자|전화|화재|긴급|상담|로의|와|과|는"
    r"|가)|[\s,.]*$)"
    # 국번 없이 (no area code) says what follows is a number to dial: 국번 없이 1330
    r"|(?:(?<=국번 없이 )|(?<=국번없이 ))" + _SHORT_NUMBER + r"(?![\d,.]\d)"
)
# Beside one of them, the others listed with it are numbers to call too: "범죄는 112, 화재는 119로",
# "112나 119에", "112 또는 119" (a tally like "찬성 112, 반대 98" has none beside it).
_SHORT_LISTED = re.compile(
    _SHORT_NUMBER + r"(?=\s?(?:,(?!\d)|[·ㆍ/]|(?:이나|나|또는|혹은|및|이랑|랑)(?![가-힣])))"
)


_CODE_LABEL = re.compile(
    r"((?:ISBN|ISSN|우편번호|계좌번호|계좌|사업자등록번호|사업자번호|법인등록번호|주민등록번호|인증번호|비밀번호|"
    r"고유번호|등록번호|회원번호|운송장번호|송장번호|접수번호|일련번호|주문번호|예약번호|승인번호|관리번호|"
    r"사건번호|품번|학번|군번)(?:은|는|이|가|:|：)?\s?(?:-13|-10)?\s?:?\s?)"
    r"(\d{1,20}(?:[-\s]\d{1,20}){0,6})(?![\d.,])"
)
_CODE_CHAIN = re.compile(r"(?<![\d.,-])(\d{1,9}(?:-\d{1,9}){2,6})(?![\d-]|\.\d)")
_DATE_LIKE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_LEADING_ZERO = re.compile(r"(?<![\w.,:/-])(0\d{2,19})(?![\d:]|[.,/-]\d)")


def _code_chain(m: re.Match[str]) -> str:
    if _DATE_LIKE.fullmatch(m[1]):
        return m[1]
    return _groups(*m[1].split("-"))


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
    text, called = _SHORT.subn(lambda m: digits(next(g for g in m.groups() if g)), text)
    if called:
        text = _SHORT_LISTED.sub(lambda m: digits(m[1]), text)
    text = _CODE_LABEL.sub(lambda m: m[1] + _groups(*re.split(r"[-\s]", m[2])), text)
    if "-" in text:
        text = _CODE_CHAIN.sub(_code_chain, text)
    return _LEADING_ZERO.sub(lambda m: digits(m[1]), text)
