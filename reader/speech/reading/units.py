"""Units after a number, or after 만/천/억 (10만㎡, 5천t): their Korean names.

Per-hour and per-volume units put their "per" first, as Koreans say them: 100km/h -> 시속 100킬로미터,
10m/s -> 초속 10미터, 35㎍/㎥ -> 세제곱미터당 35마이크로그램. ℉ is 화씨 … 도.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import PARTICLE, fit_particle, has_final_consonant

UNITS: dict[str, str] = {
    "km²": "제곱킬로미터",
    "㎢": "제곱킬로미터",
    "km2": "제곱킬로미터",
    "m²": "제곱미터",
    "㎡": "제곱미터",
    "m2": "제곱미터",
    "cm²": "제곱센티미터",
    "㎠": "제곱센티미터",
    "m³": "세제곱미터",
    "㎥": "세제곱미터",
    "m3": "세제곱미터",
    "kWh": "킬로와트시",
    "㎾h": "킬로와트시",
    "MWh": "메가와트시",
    "GWh": "기가와트시",
    "TWh": "테라와트시",
    "mAh": "밀리암페어시",
    # air pressure, radiation and its dose: 950hPa 헥토파스칼, 1,500Bq 베크렐, 0.12μSv 마이크로시버트
    "hPa": "헥토파스칼",
    "㍱": "헥토파스칼",
    "kPa": "킬로파스칼",
    "MPa": "메가파스칼",
    "GPa": "기가파스칼",
    "Pa": "파스칼",
    "kBq": "킬로베크렐",
    "Bq": "베크렐",
    "㏃": "베크렐",
    "mSv": "밀리시버트",
    "μSv": "마이크로시버트",
    "µSv": "마이크로시버트",
    "Sv": "시버트",
    # an engine's power and a reaction's time: 300hp 마력, 1ms 밀리초
    "hp": "마력",
    "PS": "마력",
    "ms": "밀리초",
    "μs": "마이크로초",
    "ns": "나노초",
    "km": "킬로미터",
    "㎞": "킬로미터",
    "kg": "킬로그램",
    "㎏": "킬로그램",
    "mg": "밀리그램",
    "㎎": "밀리그램",
    "㎍": "마이크로그램",
    "μg": "마이크로그램",
    "µg": "마이크로그램",
    "cm": "센티미터",
    "㎝": "센티미터",
    "mm": "밀리미터",
    "㎜": "밀리미터",
    "nm": "나노미터",
    "㎚": "나노미터",
    "μm": "마이크로미터",
    "㎛": "마이크로미터",
    "ml": "밀리리터",
    "mL": "밀리리터",
    "㎖": "밀리리터",
    "dL": "데시리터",
    "㎗": "데시리터",
    "kW": "킬로와트",
    "㎾": "킬로와트",
    "MW": "메가와트",
    "㎿": "메가와트",
    "GW": "기가와트",
    "TW": "테라와트",
    "kV": "킬로볼트",
    "TB": "테라바이트",
    "GB": "기가바이트",
    "MB": "메가바이트",
    "KB": "킬로바이트",
    "kB": "킬로바이트",
    "Gbps": "기가비피에스",
    "Mbps": "메가비피에스",
    "GHz": "기가헤르츠",
    "MHz": "메가헤르츠",
    "kHz": "킬로헤르츠",
    "Hz": "헤르츠",
    "dB": "데시벨",
    "㏈": "데시벨",
    "kcal": "킬로칼로리",
    "㎉": "킬로칼로리",
    "cal": "칼로리",
    "ppm": "피피엠",
    "ppb": "피피비",
    "bp": "베이시스포인트",
    "ha": "헥타르",
    "㏊": "헥타르",
    "cc": "시시",
    "㏄": "시시",
    "TEU": "티이유",
    "rpm": "알피엠",
    "mph": "마일",
    "ft": "피트",
    "lb": "파운드",
    "oz": "온스",
    "℃": "도",
    "°C": "도",
    "°": "도",
    "kt": "킬로톤",
    "Mt": "메가톤",
    "m": "미터",
    "g": "그램",
    "t": "톤",
    "L": "리터",
    "ℓ": "리터",
    "W": "와트",
    "V": "볼트",
}
_PER = {"h": "시속", "s": "초속"}
_VOLUME = {
    "㎥": "세제곱미터당", "m³": "세제곱미터당", "m3": "세제곱미터당", "L": "리터당", "ℓ": "리터당",
    "kWh": "킬로와트시당",
}  # fmt: skip

_NUMBER = r"\d[\d,]{0,24}(?:\.\d{1,12})?(?:\s?[십백천만억조]{1,4})?"  # bounded, so hostile runs stay linear
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# Each unit keeps the particle glued after it, refitted to the unit's spoken name (35㎍/㎥를 -> …그램을).
# A quantity per volume or per energy says its "per" first: 35㎍/㎥ 세제곱미터당 35마이크로그램, and a
# car's mileage too, 15.2km/L 리터당 15.2킬로미터, 5.1km/kWh 킬로와트시당 5.1킬로미터.
_SPEED = re.compile(rf"(?<![\d.])({_NUMBER})\s?(km|㎞|m)/(h|s)(?![A-Za-z])({PARTICLE})?")
_CONCENTRATION = re.compile(
    rf"(?<![\d.])({_NUMBER})\s?(㎍|μg|µg|mg|㎎|g|km|㎞)\s?/\s?(㎥|m³|m3|L|ℓ|kWh)(?![A-Za-z])({PARTICLE})?"
)
_SIGN_UNIT = re.compile(
    "("
    + "|".join(re.escape(u) for u in UNITS if not u.isascii() and len(u) == 1 and u != "°")
    + ")(당|\\s|$)"
)
_FAHRENHEIT = re.compile(rf"(?<![\d.])({_NUMBER})\s?(?:℉|°F)")
# A rate's trailing zeros are the table's precision, not words: 연 3.50% is said 3.5%, 0.50%p 0.5%p
# (a range's first rate too, 3.50~3.75%); one zero alone after the point is said (2.0%, 67.0%).
_RATE_ZEROS = re.compile(
    r"(?<![\d.])(\d[\d,]{0,24}\.\d{0,11}[1-9])0{1,12}(?=\s?(?:%|[~∼〜]\s?\d[\d.]{0,24}\s?%))"
)
# The copula after a unit written as letters follows the word it is read as: 300hp다 -> 300마력이다.
_COPULA = r"다(?![가-힣])|였|며(?![가-힣])|라는|라고"
_UNIT = re.compile(rf"(?<=[\d십백천만억조])(\s?)({_UNIT_ALT})(?![A-Za-z²³])({PARTICLE}|{_COPULA})?")


# A number glued to letters before it (F-16, KF21, A4) is a model's: a letter after it is the model's too.
_MODEL_NUMBER = re.compile(r"(?<![A-Za-z])[A-Z]{1,4}-?\d{1,5}$")


def _with_particle(word: str, particle: str | None) -> str:
    if particle and not re.fullmatch(PARTICLE, particle):  # the copula: 다, 였, 며, 라는, 라고
        if not has_final_consonant(word):
            return word + particle
        return word + ("이었" if particle == "였" else "이" + particle)
    return word + (fit_particle(word, particle) if particle else "")


def _speed(m: re.Match[str]) -> str:
    """100km/h -> 시속 100킬로미터; 시속 120㎞/h already says its 시속, which is not said twice."""
    per = _PER[m[3]]
    said_before = re.search(rf"{per}\s?$", m.string[: m.start()])
    return f"{'' if said_before else per + ' '}{m[1]}{_with_particle(UNITS[m[2]], m[4])}"


def read_units(text: str) -> str:
    if "/" in text:
        text = _SPEED.sub(_speed, text)
        text = _CONCENTRATION.sub(
            lambda m: f"{_VOLUME[m[3]]} {m[1]}{_with_particle(UNITS[m[2]], m[4])}", text
        )
    if "℉" in text or "°F" in text:
        text = _FAHRENHEIT.sub(r"화씨 \g<1>도", text)
    if "%" in text:
        text = _RATE_ZEROS.sub(r"\1", text)
    text = re.sub(r"(\d)\s?%\s?(?:p|포인트)(?![A-Za-z])", r"\1퍼센트포인트", text)
    text = re.sub(r"(\d)\s?‰", r"\1퍼밀", text)
    text = re.sub(r"(\d)\s?%", r"\1퍼센트", text)

    def unit(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        # 만/천/억 are numbers only after a digit: "5천t" yes, "천m" of a word no
        if not before[-1:].isdigit() and not re.search(r"\d\s?[십백천만억조]+$", before):
            return m.group(0)
        if m.group(2).isascii() and _MODEL_NUMBER.search(before[-30:]):
            return m.group(0)  # F-16V, A4L: a model's letter, not volts or litres
        return _with_particle(UNITS[m.group(2)], m.group(3))

    text = _UNIT.sub(unit, text)
    # A unit sign with no number before it (㎏당, ㎡당 가격) is still a word, never a symbol to spell.
    return _SIGN_UNIT.sub(lambda m: UNITS[m[1]] + m[2], text)
