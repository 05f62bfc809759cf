"""Headline cleaning: strip the site name (and a section label beside it) from page titles.

Site names are learned from the page itself (og:site_name, JSON-LD publisher, application-name, the
domain) and from the segment that the title candidates repeat but the headline does not; the fixed list
of section words only helps recognise "-정치ㅣ한국일보"-style tails.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Separators between a headline and the site name; "ㅣ" (Hangul letter) is used as a bar by Korean sites.
_SEP = (
    r"(?:\s+[-–—|｜ㅣ:·•/»]+\s+|\s*[|｜ㅣ]\s*|\s*::\s*|\s+-\s*|\s*-\s+|\s*–\s*|\s*—\s*|\s*:\s+"
    r"|\s*<\s*|\s*>\s*)"
)
_SECTION_WORDS = frozenset(
    {
        "정치", "경제", "사회", "국제", "세계", "문화", "스포츠", "연예", "오피니언", "사설", "칼럼", "생활",
        "전국", "지역", "산업", "증권", "부동산", "금융", "it", "과학", "it·과학", "라이프", "기업", "정책",
        "북한", "world", "politics", "business", "sport", "sports", "opinion", "tech", "technology", "news",
        "culture", "science", "health", "entertainment", "economy", "markets", "local",
    }
)  # fmt: skip


_DECORATION = re.compile(rf"(?:{_SEP}|\s)*[^\n]{{0,40}}")
_SECTION_TAIL = re.compile(r"^(.*?\S)\s*[-–—|｜ㅣ:·/>]\s*(\S{1,12})$")
_SUFFIX_SEGMENT = re.compile(rf"{_SEP}([^|｜ㅣ:]{{2,40}})$")


def _norm(s: str) -> str:
    return re.sub(r"[\s\W_]+", "", s).lower()


def site_name_variants(site_name: str, host: str | None) -> list[str]:
    names: list[str] = []
    if site_name:
        names.append(site_name.strip())
    if host:
        host = host.lower().split(":")[0]
        if host.startswith("www."):
            host = host[4:]
        names.append(host)
        label = host.split(".")[0]
        if len(label) > 2:
            names.append(label)
    return [n for n in names if n]


@lru_cache(maxsize=256)
def _name_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    n = re.escape(name)
    return (
        re.compile(rf"^(.*?\S){_SEP}\W*{n}\W*$", re.I),  # "제목 - 사이트"
        re.compile(rf"^\W*{n}\W*?{_SEP}(\S.*)$", re.I),  # "사이트 :: 제목"
        re.compile(rf"^[\[(]\s*{n}\s*[\])]\s*(\S.*)$", re.I),  # "[사이트] 제목"
    )


def _strip_once(title: str, names: list[str]) -> str:
    for name in names:
        if name.lower() not in title.lower():
            continue
        for pattern in _name_patterns(name):
            m = pattern.match(title)
            if m and m.group(1).strip():
                return m.group(1).strip()
    return title


def clean_title(raw: str, site_names: list[str], sections: set[str], headline_hint: str = "") -> str:
    """Remove site-name prefixes/suffixes; keep tags like "[속보]" that belong to the headline."""
    title = " ".join(raw.split())
    if not title:
        return ""
    if headline_hint:
        hint = " ".join(headline_hint.split())
        # the h1 / JSON-LD headline sits inside the page title: everything around it is decoration
        if hint and hint != title and hint in title and len(hint) >= 4:
            rest = title.replace(hint, "", 1)
            if _DECORATION.fullmatch(rest) and _looks_like_decoration(rest, site_names):
                return hint
    cleaned = _strip_once(title, site_names)
    if cleaned != title:
        # "제목-정치ㅣ한국일보": a section label left next to where the site name was
        m = _SECTION_TAIL.match(cleaned)
        if m and (m.group(2).lower() in sections or m.group(2).lower() in _SECTION_WORDS):
            cleaned = m.group(1).strip()
        if _norm(cleaned) and not any(_norm(cleaned) == _norm(n) for n in site_names):
            return cleaned
        return title
    return title


def _looks_like_decoration(rest: str, site_names: list[str]) -> bool:
    words = _norm(rest)
    if not words:
        return True
    return any(_norm(n) and _norm(n) in words for n in site_names) or len(rest.strip()) <= 30


def common_suffix_segment(candidates: list[str]) -> str:
    """A trailing segment repeated by all title candidates (e.g. " - Example News"): a learned site name."""
    segs: list[str] = []
    for c in candidates:
        m = _SUFFIX_SEGMENT.search(c)
        if not m:
            return ""
        segs.append(m.group(1).strip())
    if len(segs) >= 2 and len(set(segs)) == 1:
        return segs[0]
    return ""
