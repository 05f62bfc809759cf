"""Credits, bylines, photo sources, datelines and copyright lines: shown, never read aloud.

:func:`credit_spans` finds them inside a sentence or caption (not only as whole blocks), as
offsets into the displayed text; the spoken text and the transcript leave them out while the
sentence keeps its exact place on screen.
"""

from __future__ import annotations

import re

_AGENCIES = (  # case-sensitive inside case-insensitive patterns: "ePA" is not EPA, "map" not AP
    r"(?-i:연합뉴스|뉴스1|뉴시스|뉴스핌|이데일리|머니투데이|매일경제|한국경제|한국일보|조선일보|중앙일보|동아일보|"
    r"한겨레|경향신문|서울신문|국민일보|세계일보|문화일보|헤럴드경제|아시아경제|파이낸셜뉴스|노컷뉴스|"
    r"게티이미지(?:뱅크|코리아)?|셔터스톡|AP|AFP|EPA|UPI|로이터|신화|교도|Reuters|Getty\s?Images|Yonhap|"
    r"Shutterstock|Xinhua|Kyodo|EPA-EFE|AFP\s?Photo|AP\s?Photo)"
)
_NAME = r"[가-힣]{2,4}"
_NAMES = rf"{_NAME}(?:\s*[·,ㆍ]\s*{_NAME})*"
# What a byline may open with: 글·사진 홍길동 기자, 사진=홍길동 기자, 취재 홍길동 기자.
_BYLINE_HEAD = (
    r"(?:(?:글\s*[·ㆍ,]\s*사진|사진\s*[·ㆍ,]\s*글|글|사진|영상|그래픽|취재|정리|편집|촬영)\s*[=:]?\s*)?"
)
_ROLE = r"(?:선임|수석|전문|객원|인턴|사진|영상|취재)?\s*(?:기자|특파원|통신원|논설위원|칼럼니스트|앵커|PD)"
_CREDIT_WORD = (
    r"(?:사진\s*출처|글\s*[·ㆍ]\s*사진|사진|이미지|그래픽|인포그래픽|자료|영상|출처|일러스트|그림|제공|촬영|편집|디자인|"
    r"캡처|정리|취재|글|Photo|Image|Source|Credit)"
)
_OPEN = r"[\[(〈<‹《【]"
_CLOSE = r"[\])〉>›》】]"
# Bounded (linear on hostile runs) and ASCII: an address glued to a particle ("제보는 jebo@kbs.co.kr로
#받는다") is part of the sentence, read out (web.py), not a byline's contact.
_EMAIL = (
    r"(?<![\w.+-])[A-Za-z0-9_.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?!\.?[A-Za-z0-9-]|[가-힣])"
)

_PATTERNS = [
    # [사진 출처 = 연합뉴스], (사진=뉴스1), 〈그래픽=홍길동 기자〉, [자료: 통계청]
    rf"\s*{_OPEN}\s*{_CREDIT_WORD}\s*(?:제공|출처|설명)?\s*[=:/]\s*[^\[\]()〈〉<>‹›《》【】]{{0,60}}{_CLOSE}",
    # [연합뉴스 제공], (연합뉴스 자료사진), [AP=연합뉴스], (Reuters)
    rf"\s*{_OPEN}\s*(?:[^\[\]()〈〉<>]{{1,30}}\s*(?:제공|자료사진|캡처|촬영)|(?:{_AGENCIES})(?:\s*=\s*(?:{_AGENCIES}))?"
    rf"(?:\s*(?:자료사진|사진|제공|포토))?)\s*{_CLOSE}",
    # 〈홍길동 기자〉, ‹이종화 기자>, [김철수·이영희 기자]
    rf"\s*{_OPEN}\s*{_NAMES}\s*{_ROLE}\s*(?:{_EMAIL})?\s*{_CLOSE}",
    # /사진=뉴스1, 사진=연합뉴스 at the end
    rf"(?:(?<=[.!?])|^|\s*/)\s*{_CREDIT_WORD}\s*(?:제공|출처)?\s*[=:]\s*[^\s=][^=]{{0,30}}$",
    # 인천=연합뉴스, 워싱턴=AP 뉴시스 closing a caption or a paragraph
    rf"(?:(?<=[.!?])|^)\s*[가-힣A-Za-z]{{1,8}}\s?=\s?(?:{_AGENCIES})(?:\s+(?:{_AGENCIES}))*\s*$",
    # /뉴스1, /AP 연합뉴스 at the end
    rf"\s*/\s*(?:{_AGENCIES})(?:\s+(?:{_AGENCIES}))*\s*$",
    # 홍길동 기자 외 3명, 홍길동 기자 hong@example.com (a byline closing a paragraph)
    rf"(?:(?<=[.!?。”\"'’])|^)\s*{_BYLINE_HEAD}{_NAMES}\s*{_ROLE}(?:\s*외\s*\d+\s*명)?\s*(?:{_EMAIL})?\s*$",
    # Yonhap's end mark: (끝), <끝>
    r"\s*[(\[<〈]\s*끝\s*[)\]>〉]\s*$",
    # a wire story's revision tag, the desk's and not the story's: (종합), (종합2보), (2보), (상보), [종합]
    r"\s*[(\[]\s*(?:종합\s?(?:\d{1,2}\s?보)?|\d{1,2}\s?보|상보|재송고)\s*[)\]](?![가-힣])",
    # an e-mail address with the photo date before it: 2025.3.3 hong@yna.co.kr
    rf"\s*(?:(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}}\.?\s*)?(?:{_NAMES}\s*{_ROLE}\s*)?{_EMAIL}",
    # (AP Photo/Evan Vucci), (Getty Images)
    r"\s*\(\s*(?-i:AP|AFP|Reuters|EPA|Getty|Yonhap|Xinhua|UPI)\b[^()]{0,60}\)",
    # ※ 기사와 관련 없는 자료사진
    r"\s*[※*]?\s*(?:이\s*)?(?:사진은\s*)?(?:기사|본문)(?:\s*내용)?(?:과|와)\s*(?:직접\s*)?(?:관련|관계)\s*(?:없|이\s*없)[가-힣]*"
    r"(?:\s*(?:자료)?사진(?:입니다|임)?)?\.?",
    # copyright lines inline
    r"\s*[<\[(]?\s*(?:저작권자|ⓒ|©|Copyright)[^<>\[\]()]{0,60}(?:무단\s*전재|재배포|금지|reserved)[^<>\[\]()]{0,30}[>\])]?",
    r"\s*(?:ⓒ|©)\s*\S+(?:\s\S+)?\s*$",
    # (서울=연합뉴스) 홍길동 기자 = at any place in a caption or sentence
    rf"\s*[\[(【]\s*[^\[\]()【】=]{{1,15}}\s*=\s*(?:{_AGENCIES}|[^\[\]()【】]{{1,12}})\s*[\])】]\s*(?:{_NAMES}\s*{_ROLE}\s*=?)?",
]
_CREDIT_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# Only in a caption: the agency alone at the end, and the photo's date there.
_PHOTO_DATE = r"(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?"
_CAPTION_TAIL = re.compile(
    rf"(?:(?<=\s)|(?<=[.!?])|^)(?:{_PHOTO_DATE}\s*)?(?:{_AGENCIES})(?:\s*[/·]?\s*(?:{_AGENCIES}))*\s*$"
    rf"|(?:(?<=\s)|^){_PHOTO_DATE}\s*$"
)


def credit_spans(text: str, caption: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every credit in ``text``, merged and sorted."""
    spans = [(m.start(), m.end()) for m in _CREDIT_RE.finditer(text) if m.end() > m.start()]
    if caption:
        m = _CAPTION_TAIL.search(text)
        if m and m.end() > m.start() and text[m.start() : m.end()].strip():
            spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def without_credits(text: str, caption: bool = False) -> str:
    """``text`` with its credits cut out (each replaced by one space)."""
    spans = credit_spans(text, caption)
    if not spans:
        return text
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        out.append(" ")
        pos = b
    out.append(text[pos:])
    return " ".join("".join(out).split())


# Non-content: read on screen, not aloud.
_EMAIL_RE = re.compile(_EMAIL)
_CREDIT = re.compile(
    r"^[\[(<]?\s*(?:사진|그래픽|자료|영상|출처|일러스트|제공|촬영|편집|디자인|Photo|Image|Source|Credit)"
    r"\s*(?:제공|출처|설명)?\s*[=:/]",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"^[\[(<]?[^\[\]()<>]{1,30}?\s*(?:제공|자료사진|캡처|촬영|사진)\s*[\])>]?$")
_CREDIT_EN = re.compile(
    r"^(?:Photos?|Images?|Video)\s+(?:by|courtesy of)\b"
    r"|\((?:AP|Reuters|AFP|EPA|Getty|Yonhap)[^()]{0,60}\)\s*$"
    r"|^(?:[\w .'-]{1,40}/)?(?:Getty Images|AP Photo|Reuters|AFP|Shutterstock)(?:/[\w .'-]{1,40})?\s*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:무단\s*전재|재배포\s*금지|저작권자|ⓒ|©|Copyright|All rights reserved|AI\s*학습\s*이용\s*금지)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*[\[(【]\s*[^\[\]()【】=]{1,15}\s*=\s*[^\[\]()【】]{1,20}[\])】]\s*"
    r"(?:[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:기자|특파원|통신원)\s*=?\s*)?"
    r"|^\s*\[[^\[\]]{1,20}\s+[가-힣]{2,4}\s*(?:기자|특파원)\]\s*"
    r"|^\s*[A-Z][A-Z .,'-]{2,40}\s*\((?:AP|Reuters|AFP|UPI|Yonhap)\)\s*[—–-]+\s*"
)
_BYLINE = re.compile(
    rf"^[\[(/\s]*{_BYLINE_HEAD}[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}})*\s*(?:선임|수석|전문|객원)?\s*(?:기자|특파원|통신원)"
    r"(?:\s*외\s*\d+\s*명)?[\])\s]*$"
)


def is_non_content(text: str) -> bool:
    """A whole sentence or block that is only a credit, byline, dateline, e-mail or copyright line."""
    stripped = text.strip()
    if _EMAIL_RE.search(stripped) and len(_EMAIL_RE.sub("", stripped).strip()) <= 40:
        return True
    if _CREDIT_TAIL.match(stripped) and (
        stripped[:1] in "[(<" or (len(stripped) <= 20 and re.search(r"(?:제공|자료사진)$", stripped))
    ):
        return True  # "[연합뉴스 제공]", "(연합뉴스 자료사진)", "자료사진"
    dateline = _DATELINE.match(stripped)
    if dateline and dateline.end() == len(stripped):
        return True  # a dateline on its own line: "【서울=뉴시스】"
    if (_CREDIT.match(stripped) or _CREDIT_EN.search(stripped)) and len(stripped) <= 80:
        return True
    if _COPYRIGHT.search(stripped) and len(stripped) <= 120:
        return True
    return bool(_BYLINE.match(stripped))


def dateline_end(text: str, a: int, b: int) -> int:
    """End offset of a leading "(서울=연합뉴스) 홍길동 기자 =" dateline in text[a:b], else a."""
    m = _DATELINE.match(text[a:b])
    if not m or m.end() >= b - a:
        return a
    return a + m.end()
