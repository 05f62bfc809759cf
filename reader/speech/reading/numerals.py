"""Korean numerals: Sino-Korean (일, 이, 삼 …) and native (한, 두, 세 …), and digits read one by one.

The counters decide which of the two a number takes (counters.py); this module only spells.
"""

from __future__ import annotations

DIGITS = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
_SMALL_UNITS = ["", "십", "백", "천"]
_BIG_UNITS = ["", "만", "억", "조", "경"]
_NATIVE_ONES = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]
_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
# Digit by digit, as phone numbers and codes are read: 0 is 공.
CODE_DIGITS = dict(
    zip("0123456789", ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"], strict=True)
)
# Consecutive pairs read as one approximate numeral: 한두 시간, 서너 명, 대여섯 개; 이삼 일, 오륙 년.
NATIVE_PAIRS = {
    1: "한두",
    2: "두세",
    3: "서너",
    4: "네다섯",
    5: "대여섯",
    6: "예닐곱",
    7: "일고여덟",
    8: "여덟아홉",
}
SINO_PAIRS = {1: "일이", 2: "이삼", 3: "삼사", 4: "사오", 5: "오륙", 6: "육칠", 7: "칠팔", 8: "팔구"}
ENGLISH_DIGITS = ["제로", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인"]


def sino(n: int) -> str:
    """12345 -> 만이천삼백사십오 (1 before 십/백/천/만 is silent, as Koreans say it)."""
    if n == 0:
        return "영"
    if n < 0:
        return "마이너스 " + sino(-n)
    if n >= 10**20:  # past 경: no Korean number word; read the digits
        return " ".join(DIGITS[int(d)] or "영" for d in str(n))
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
                digit = "" if d == 1 and pos > 0 else DIGITS[d]
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
    if len(text.split(".")[0]) > 20:  # a code or a run of digits, not an amount
        return " ".join(CODE_DIGITS.get(c, "점") for c in text)
    if "." in text:
        whole, frac = text.split(".", 1)
        frac_words = "".join("영" if c == "0" else DIGITS[int(c)] for c in frac if c.isdigit())
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


def digits(text: str) -> str:
    """'010' -> 공일공: every digit on its own."""
    return "".join(CODE_DIGITS.get(c, "") for c in text)


def english_number(n: int) -> str:
    """How a digit is said inside a Latin name: 5G 파이브지, G7 지세븐, K2 케이투."""
    return ENGLISH_DIGITS[n] if 0 <= n <= 9 else sino(n)


def has_final_consonant(word: str) -> bool:
    """True when the last Hangul syllable of ``word`` has a final consonant (받침)."""
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 != 0
    return False


def final_is_rieul(word: str) -> bool:
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 == 8
    return False


_PARTICLE_PAIRS = {"을": "를", "이": "가", "은": "는", "과": "와", "으로": "로"}
# A particle glued to a word, and ending it (또는 followed by 의/도/만/는/서: 미국과의, 톤으로는).
PARTICLE = r"(?:으로|로|은|는|이|가|을|를|과|와)(?=(?:의|도|만|는|서)?(?![가-힣]))"


def fit_particle(word: str, particle: str) -> str:
    """The form of ``particle`` (을/를, 이/가 …) that follows ``word`` as it is read.

    A rewrite that changes how a word ends (美 -> 미국, ㎥ -> 마이크로그램, $ -> 달러) must change the
    particle the writer chose for the written form: 美와 -> 미국과, 35㎍/㎥를 -> …마이크로그램을.
    """
    vowel_form = {**_PARTICLE_PAIRS, **{v: v for v in _PARTICLE_PAIRS.values()}}
    consonant_form = {v: k for k, v in _PARTICLE_PAIRS.items()} | {k: k for k in _PARTICLE_PAIRS}
    if particle not in vowel_form:
        return particle
    if particle in ("로", "으로"):
        return "으로" if has_final_consonant(word) and not final_is_rieul(word) else "로"
    return consonant_form[particle] if has_final_consonant(word) else vowel_form[particle]
