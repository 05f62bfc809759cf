"""Numbers written out in Hangul, native or Sino-Korean as the counter after them asks.

Rules by counter class, not by phrase:

- NATIVE counters count things (두 명, 세 개, 다섯 시간, 두 배); up to 99, larger numbers are Sino.
- A counter only counts when it ends the word or a particle follows it: "12개국", "5개년",
  "3권역", "64개사" are other words, read Sino (십이 개국, 오 개년, 삼 권역).
- ORDINAL_OR_COUNT counters are ordinals or labels before a noun (3번 출구, 22대 국회, 3기 신도시)
  and counts after one (세 번 만났다, 차량 두 대, 원전 두 기): decided by the words around them.
- 제 before a number, 여 after it (10여 명 -> 십여 명), a decimal, or a number glued to 만/억/조
  makes it Sino; everything else is Sino too (년, 월, 일, 분, 초, 원, 층, 세, 위, 회 …).
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import native, sino, sino_decimal

# Counters that take native numerals (1-99). "시" only for clock hours up to 12.
NATIVE: frozenset[str] = frozenset(
    {
        "개", "명", "사람", "시간", "시", "살", "마리", "권", "잔", "병", "번째", "번", "가지", "곳",
        "척", "채", "벌", "켤레", "그루", "송이", "달", "군데", "대", "기", "장", "통", "발", "곡",
        "골", "판", "팀", "쌍", "포기", "알", "줄", "칸", "그릇", "봉지", "상자", "박스", "바퀴",
        "걸음", "마디", "자루", "개비", "가구", "경기", "차례", "배", "건", "해", "점", "째", "끼", "표",
        "계단", "자리", "가닥", "모금", "뿌리", "다발", "포대", "톨", "방울", "조각", "주먹", "편",
        # weights and bundles of the market: 금 한 돈, 고기 두 근, 두부 한 모, 한약 스무 첩
        "돈", "근", "냥", "모", "첩", "짝", "접", "두름", "움큼",
    }
)  # fmt: skip

# What may follow a counter for it to be one: particles and the endings of 이다, and a few
# suffixes of quantity. Anything else glued to it makes another word (개국, 권역, 달러, 번지).
_AFTER_COUNTER = tuple(
    sorted(
        {
            "가", "이", "을", "를", "은", "는", "도", "만", "씩", "에", "의", "와", "과", "로", "으로",
            "까지", "부터", "뿐", "이나", "나", "쯤", "가량", "정도", "여", "이상", "이하", "이내",
            "미만", "에서", "보다", "밖에", "이다", "다", "였", "이었", "이며", "며", "이고", "고",
            "이라", "라", "인", "일", "입", "에게", "한테", "께", "간", "동안", "꼴", "남짓", "반",
            "배기", "짜리", "중", "내외", "안팎", "째", "마다", "처럼", "만큼", "이라도", "라도",
            "하고", "이랑", "랑", "조차", "마저", "대로", "야", "이야", "요", "이요", "에요", "이에요",
            "예요", "입니다", "이란", "란", "인데", "인지", "일까", "치", "어치", "당",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip

# Words after an ordinal-or-count counter that still mean a count: "세 번 연속", "두 대 이상".
_COUNT_WORDS = (
    "연속", "가량", "정도", "이상", "이하", "이내", "미만", "남짓", "안팎", "넘게", "넘는", "넘어",
    "모두", "전부", "중", "가운데", "씩", "뿐", "만에", "만의", "째", "더", "밖에", "내외", "쯤",
    "이나", "꼴로", "와", "과", "및",
)  # fmt: skip

# Labels that a number before 번 names rather than counts: 3번 출구, 4번 타자, 1번 국도.
_NUMBERED_LABELS = (
    "출구", "국도", "지방도", "고속도로", "버스", "마을버스", "타자", "타석", "투수", "홀", "게이트",
    "선", "석", "좌석", "트랙", "레인", "구역", "채널", "문제", "항목", "조항", "확진자", "환자",
    "승강장", "플랫폼", "선수", "카드", "방", "칸", "줄", "코스", "노선", "후보", "시드", "번호",
    "창구", "주자", "공약", "과제", "안건", "의안", "사건", "증인", "피고인", "참고인", "국번",
)  # fmt: skip
# Nouns after which 대 / 기 / 점 count (차량 두 대, 원전 두 기, 작품 세 점).
_MACHINES = (
    "차", "차량", "버스", "택시", "트럭", "열차", "전동차", "구급차", "소방차", "자동차", "오토바이",
    "헬기", "드론", "로봇", "컴퓨터", "노트북", "휴대폰", "스마트폰", "폰", "카메라", "장비", "기계",
    "굴착기", "크레인", "탱크", "전차", "자주포", "전투기", "항공기", "비행기", "여객기", "수송기",
    "정찰기", "에어컨", "냉장고", "세탁기", "서버", "단말기", "키오스크", "피아노", "자전거", "킥보드",
    "승용차", "화물차", "레미콘", "덤프트럭", "지게차", "기관차", "셔틀버스", "차들", "차량들",
    "원전", "원자로", "미사일", "탄도미사일", "순항미사일", "위성", "발사대", "엔진", "발전기",
    "풍력발전기", "무덤", "고분", "석탑", "탑", "비석", "조형물", "타워", "기지국",
)  # fmt: skip
_ITEMS = (
    "작품", "그림", "유물", "문화재", "유품", "소장품", "전시품", "회화", "조각", "옷", "의류",
    "제품", "상품", "품목", "사진", "판화", "도자기", "출품작", "작", "보물", "국보",
)  # fmt: skip
# Counters that are an ordinal or a label before a noun and a count after one.
_ORDINAL_OR_COUNT = {"대": _MACHINES, "기": _MACHINES, "점": _ITEMS, "번": ()}
# Of those, the ones that are Sino unless a counting noun comes first (3기 신도시, 90점, 2대 주주).
_SINO_UNLESS_COUNTED = {"기", "점"}

_COUNTERS = sorted(NATIVE, key=len, reverse=True)
_COUNTER_RE = re.compile(
    r"(제\s?)?(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)(?![.,]\d)(\s?)(여\s?)?(" + "|".join(_COUNTERS) + r")"
)
_MONTH_RE = re.compile(r"(?<![\d.,])(\d{1,2})\s?월")
_BIG_ONE_RE = re.compile(r"(?<![\d.,])1(?=\s?[천백만])")
_NUMBER_RE = re.compile(r"(?<![\d])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_ORDINAL_FIRST = {"번째": "첫 번째", "째": "첫째"}
_NATIVE_ORDINAL = {2: "둘째", 3: "셋째", 4: "넷째"}


def _counts(after: str) -> bool:
    """True when the text after a counter shows it is one (end of word or a particle)."""
    if not after or not ("가" <= after[0] <= "힣"):
        return True
    return any(after.startswith(p) and _ends_word(after[len(p) :]) for p in _AFTER_COUNTER)


def _ends_word(rest: str) -> bool:
    return not rest or not ("가" <= rest[0] <= "힣") or any(rest.startswith(p) for p in _AFTER_COUNTER)


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([가-힣A-Za-z]+)\s*$", text[:pos])
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s+([가-힣]+)", text[pos:])
    return m.group(1) if m else ""


def _ordinal_or_label(counter: str, n: int, text: str, start: int, end: int) -> bool:
    """For 대/기/점/번: True when this number names or ranks rather than counts.

    Korean puts a count after its noun (차량 두 대, 원전 두 기, 작품 세 점, 세 번 만났다) and an
    ordinal or a rank before one (22대 국회, 3대 그룹, 3기 신도시, 3번 출구).
    """
    before = _PARTICLE_END.sub("", _word_before(text, start))
    counting_nouns = _ORDINAL_OR_COUNT[counter]
    if counting_nouns and any(before.endswith(w) for w in counting_nouns):
        return False  # 차량 2대, 차량이 2대, 원전 2기, 작품 3점
    after = text[end:]
    nxt = _word_after(text, end)
    if counter == "번":
        return any(nxt.startswith(w) for w in _NUMBERED_LABELS)
    if counter == "대" and n % 10 == 0 and n <= 90:
        return True  # 20대 남성, 30대가: an age group
    if counter in _SINO_UNLESS_COUNTED:
        return True
    if after[:1] and "가" <= after[0] <= "힣":
        return False  # a particle: 2대가, 2대를
    return bool(nxt) and not any(nxt.startswith(w) for w in _COUNT_WORDS)


_PARTICLE_END = re.compile(r"(?:이|가|을|를|은|는|도|만|의|에|에서|으로|로)$")


def _counter(m: re.Match[str]) -> str:
    text = m.string
    prefix, num, yeo, counter = m.group(1), m.group(2), m.group(4), m.group(5)
    if len(num) > 20:
        return m.group(0)  # left for the plain number reading (digit by digit)
    n = int(num.replace(",", ""))
    head = "제" if prefix else ""
    if prefix or yeo or not _counts(text[m.end() :]) or n == 0 or n > 99:
        return f"{head}{sino(n)}{'여' if yeo else ''} {counter}"
    if counter == "시" and n > 12:
        return f"{sino(n)} {counter}"
    if counter == "대" and re.match(r"\s?\d", text[m.end() :]):
        return f"{sino(n)} {counter}"  # 2 대 1: a score
    if counter in _ORDINAL_OR_COUNT and _ordinal_or_label(counter, n, text, m.start(), m.end()):
        return f"{sino(n)} {counter}"
    if n == 1 and counter in _ORDINAL_FIRST:
        return _ORDINAL_FIRST[counter]
    if counter == "째":
        return _NATIVE_ORDINAL.get(n, native(n) + "째")
    return f"{native(n)} {counter}"


_MONTH_SPECIAL = {6: "유월", 10: "시월"}


def hangul_numbers(text: str) -> str:
    """Every digit sequence in ``text`` written out in Hangul."""
    text = _COUNTER_RE.sub(_counter, text)
    text = _MONTH_RE.sub(
        lambda m: _MONTH_SPECIAL.get(int(m[1]), sino(int(m[1])) + "월") if 1 <= int(m[1]) <= 12 else m[0],
        text,
    )
    text = _BIG_ONE_RE.sub("", text)  # 1만 -> 만, 1천만 -> 천만 (but 1억, 1조 keep their 일)
    return _NUMBER_RE.sub(lambda m: sino_decimal(m.group(1) + (m.group(2) or "")), text)
