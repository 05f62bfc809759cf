"""Latin letters in Korean text: acronyms said as words or letter by letter, digits inside names.

Both voices: names mixing digits and letters (5G 파이브지, 3D 쓰리디, G7 지세븐, G20 지이십, F-35
에프 삼십오), K- compounds (K-팝 케이팝), and & between letters (R&D 알앤디).
Only the offline voice: every acronym in Hangul, from the table of those said as words (NASA 나사,
NATO 나토) or else letter by letter (IMF 아이엠에프); espeak-ng would switch to English for them,
and English reads IMF as one word.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import english_number, sino

LETTERS: dict[str, str] = {
    "A": "에이", "B": "비", "C": "시", "D": "디", "E": "이", "F": "에프", "G": "지", "H": "에이치",
    "I": "아이", "J": "제이", "K": "케이", "L": "엘", "M": "엠", "N": "엔", "O": "오", "P": "피",
    "Q": "큐", "R": "알", "S": "에스", "T": "티", "U": "유", "V": "브이", "W": "더블유", "X": "엑스",
    "Y": "와이", "Z": "제트",
}  # fmt: skip

# Acronyms and names said as words, as Korean newsrooms say them.
WORDS: dict[str, str] = {
    "NASA": "나사", "NATO": "나토", "FIFA": "피파", "UNESCO": "유네스코", "UNICEF": "유니세프",
    "OPEC": "오펙", "ASEAN": "아세안", "APEC": "에이펙", "KOSPI": "코스피", "KOSDAQ": "코스닥",
    "NASDAQ": "나스닥", "KAIST": "카이스트", "POSTECH": "포스텍", "UNIST": "유니스트", "DGIST": "디지스트",
    "GIST": "지스트", "POSCO": "포스코", "THAAD": "사드", "GSOMIA": "지소미아", "SARS": "사스",
    "MERS": "메르스", "AIDS": "에이즈", "OLED": "올레드", "DRAM": "디램", "NAND": "낸드", "LASER": "레이저",
    "RADAR": "레이더", "SWIFT": "스위프트", "INTERPOL": "인터폴", "IPEF": "아이펙", "AUKUS": "오커스",
    "QUAD": "쿼드", "BRICS": "브릭스", "KOTRA": "코트라", "KOICA": "코이카", "KORAIL": "코레일",
    "KEPCO": "켑코", "NIMBY": "님비", "PIMFY": "핌피", "TOEIC": "토익", "TOEFL": "토플", "NAFTA": "나프타",
    "COVID": "코비드", "UNCTAD": "엉크타드", "FRAND": "프랜드", "ARAMCO": "아람코", "CHIPS": "칩스",
    "KIA": "기아", "EXO": "엑소", "TWICE": "트와이스", "NEET": "니트", "SCOPUS": "스코퍼스", "SAT": "샛",
    "UAE": "아랍에미리트", "Fed": "연준", "FED": "연준", "MOU": "엠오유", "AI": "에이아이", "CEO": "시이오",
    "Google": "구글", "Apple": "애플", "Tesla": "테슬라", "Microsoft": "마이크로소프트", "Amazon": "아마존",
    "Meta": "메타", "Nvidia": "엔비디아", "NVIDIA": "엔비디아", "OpenAI": "오픈에이아이",
    "ChatGPT": "챗지피티",
    "YouTube": "유튜브", "Netflix": "넷플릭스", "iPhone": "아이폰", "Galaxy": "갤럭시", "Samsung": "삼성",
    "Hyundai": "현대", "Intel": "인텔", "Qualcomm": "퀄컴", "Huawei": "화웨이", "Sony": "소니",
    "Toyota": "도요타", "Facebook": "페이스북", "Instagram": "인스타그램", "TikTok": "틱톡", "X": "엑스",
    "Naver": "네이버", "NAVER": "네이버", "Kakao": "카카오", "Coupang": "쿠팡", "IoT": "아이오티",
    "mRNA": "엠알엔에이", "iOS": "아이오에스", "eSIM": "이심", "Wi-Fi": "와이파이", "WiFi": "와이파이",
    "e스포츠": "이스포츠", "S-OIL": "에쓰오일", "CJ": "씨제이", "CNN": "씨엔엔", "CGV": "씨지브이",
    "CU": "씨유", "SOFA": "소파", "COEX": "코엑스", "BEXCO": "벡스코", "KINTEX": "킨텍스", "NEIS": "나이스",
    "UNIDO": "유니도", "CITES": "사이테스", "EXPO": "엑스포", "NEOM": "네옴", "START": "스타트",
    "DART": "다트", "KOSIS": "코시스", "KOFIC": "코픽", "KOSEF": "코세프", "KORUS": "코러스",
}  # fmt: skip
# Names whose number is said digit by digit.
_CODED = re.compile(r"(코로나|COVID)-?19(?!\d)")

_K_COMPOUND = re.compile(r"(?<![A-Za-z])([A-Z])-(?=[가-힣])")
_AMPERSAND = re.compile(r"(?<![A-Za-z])([A-Z]{1,3})\s?&\s?([A-Z]{1,3})(?![A-Za-z])")
_LETTER_DIGIT_LETTER = re.compile(r"(?<![A-Za-z\d])([A-Z]{1,2})(\d)([A-Z]{1,2})(?![A-Za-z\d])")  # B2B, P2P
_DIGIT_LETTERS = re.compile(r"(?<![\w.])(\d)([A-Z]{1,2})(?![A-Za-z\d])")  # 5G, 3D, 4K
# G7, F-35, A380, and a model letter after the number: F-35A, GPT-4o (the digits never split: not F-3 + 5A)
_LETTERS_DIGITS = re.compile(
    r"(?<![\w.])([A-Z]{1,4})-?(\d{1,4})(?!\d)(?![.,]\d)(?:-?([A-Z]{1,2}|[a-z]{1,2}))?(?![A-Za-z%])"
)
_WORD_RE = re.compile(
    r"(?<![A-Za-z])("
    + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_ACRONYM = re.compile(r"(?<![A-Za-z])([A-Z]{2,7})(?![a-z])")
_PLURAL = re.compile(r"(?<![A-Za-z])([A-Z]{2,6})s(?![A-Za-z])")
_LONE_LETTER = re.compile(r"(?<![A-Za-z])([A-Z])(?![A-Za-z])")


def spell(letters: str) -> str:
    return "".join(LETTERS[c] for c in letters.upper() if c in LETTERS)


def _letters_digits(m: re.Match[str]) -> str:
    letters, number, suffix = m[1], m[2], m[3]
    if letters in ("AM", "PM"):
        return m.group(0)
    head = WORDS.get(letters) or spell(letters)
    tail = f" {spell(suffix)}" if suffix else ""
    if len(number) == 1:
        return head + english_number(int(number)) + tail  # G7 지세븐, K2 케이투, GPT-4o 지피티포 오
    if len(number) >= 3 and not number.endswith("00"):
        return f"{head} {''.join('공일이삼사오육칠팔구'[int(d)] for d in number)}{tail}"  # A380 에이 삼팔공
    return f"{head} {sino(int(number))}{tail}"  # G20 지 이십, F-35A 에프 삼십오 에이


def read_latin_names(text: str) -> str:
    """For both voices: the Latin-and-digit names a voice cannot guess."""
    text = _CODED.sub(lambda m: ("코로나" if m[1] == "코로나" else "코비드") + " 일구", text)
    text = re.sub(r"(?<![A-Za-z])D-(\d{1,3})(?!\d)", r"디 마이너스 \1", text)
    text = _AMPERSAND.sub(lambda m: f"{spell(m[1])}앤{spell(m[2])}", text)
    text = _K_COMPOUND.sub(lambda m: LETTERS[m[1]], text)
    text = _LETTER_DIGIT_LETTER.sub(lambda m: spell(m[1]) + english_number(int(m[2])) + spell(m[3]), text)
    text = _DIGIT_LETTERS.sub(lambda m: english_number(int(m[1])) + spell(m[2]), text)
    text = _LETTERS_DIGITS.sub(_letters_digits, text)
    return re.sub(r"(?<![A-Za-z])([A-Z]{2,})-([A-Z])(?![A-Za-z])", r"\1 \2", text)  # GTX-A


def hangul_latin(text: str) -> str:
    """For the offline voice: every acronym and known name in Hangul."""
    text = _WORD_RE.sub(lambda m: WORDS[m[1]], text)
    text = _PLURAL.sub(lambda m: spell(m[1]) + "스", text)
    text = _ACRONYM.sub(lambda m: spell(m[1]), text)
    return _LONE_LETTER.sub(lambda m: LETTERS[m[1]], text)
