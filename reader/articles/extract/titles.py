"""Headline cleaning: strip the site name (and a section label beside it) from page titles.

Site names are learned from the page itself (og:site_name, JSON-LD publisher, application-name, the
domain) and from the segment that the title candidates repeat but the headline does not; the fixed list
of section words only helps recognise "-정치ㅣ한국일보"-style tails.
"""

from __future__ import annotations

import re

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


_HEAD_SEP = re.compile(rf"^(.*?\S){_SEP}\W*$")  # "제목 - " before a trailing site name
_SEP_TAIL = re.compile(rf"^\W*?{_SEP}(\S.*)$")  # " :: 제목" after a leading site name
_BRACKET_TAIL = re.compile(r"^\s*[\])]\s*(\S.*)$")  # "] 제목" after "[사이트"
_NON_WORD = re.compile(r"^\W*$")
_FRAMED_PREFIX = re.compile(
    r"^\s*[:=*#~·•|]{3,}\s*(?P<site>[^:=*#~·•|]{1,24}?)\s*[:=*#~·•|]{3,}\s*(?P<rest>\S.{3,})$"
)


def _strip_once(title: str, names: list[str]) -> str:
    """The title less a site name at its end ("제목 - 사이트") or start ("사이트 :: 제목", "[사이트] 제목")"""
    low = title.lower()
    if len(low) != len(title):  # a case mapping that changes length: compare as written
        low = title
    for name in names:
        n = name.lower() if low is not title else name
        if not n:
            continue
        i = low.rfind(n)
        if i > 0 and _NON_WORD.match(title[i + len(n) :]):
            m = _HEAD_SEP.match(title[:i])
            if m:
                return m.group(1).strip()
        j = low.find(n)
        if j >= 0 and _NON_WORD.match(title[:j]):
            rest = title[j + len(n) :]
            opener = title[:j].strip()
            m = _BRACKET_TAIL.match(rest) if opener in ("[", "(") else _SEP_TAIL.match(rest)
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
    framed = _FRAMED_PREFIX.match(title)
    if framed:  # ":::: 남도일보 :::: 제목": a name set in runs of marks ahead of the headline
        title = framed.group("rest").strip()
    cleaned = title
    for _ in range(3):  # "Headline | Section | Site": one name at a time
        stripped = _strip_once(cleaned, site_names)
        if stripped == cleaned:
            break
        cleaned = stripped
    if cleaned == title:
        for _ in range(2):  # "Headline | Section | Site": the site, then the section left at the end
            stripped = strip_site_like_suffix(cleaned)
            if stripped == cleaned:
                break
            cleaned = stripped
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


# ---- a site suffix the page never names, and choosing among the page's statements of its headline ----

_SITE_WORDS = re.compile(
    r"\b(?:website|site|blog|blogs|news|newsroom|magazine|online|times|post|journal|daily|weekly|tribune|herald|"
    r"gazette|tv|radio|media|press|wiki\w*|review|today|network|official)\b|^[\w-]+(?:\.[a-z]{2,12}){1,2}$|"
    r"블로그|뉴스|신문|일보|닷컴|방송|포털|카페",
    re.I,
)
_SUFFIX = re.compile(r"^(.*?\S)(\s+[-–—|·•»]\s+|\s*[|｜ㅣ]\s*|\s+:\s+)([^-–—|｜ㅣ·•»:]{1,40})$")


def strip_site_like_suffix(title: str) -> str:
    """ "Headline – My website", "Headline | Code | Example": a last segment that reads as a site's name
    (a site word, a domain, or short Title Case words after a bar) goes, if a real headline is left."""
    m = _SUFFIX.match(title)
    if not m:
        return title
    head, sep, tail = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
    words = tail.split()
    if len(head.split()) < 3 and len(_CJK.findall(head)) < 6:
        return title
    site_like = bool(_SITE_WORDS.search(tail)) or (
        sep in ("|", "｜", "ㅣ")
        and len(words) <= 4
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )
    return head if site_like else title


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_LIST_TAIL = re.compile(r"^\s*,\s*\S")
# the order in which statements of the headline are trusted when none confirms another
_PRIORITY = ("ld", "dc", "og", "twitter", "title")


def same_headline(a: str, b: str) -> bool:
    """Two spellings of one headline: equal but for punctuation and case, one inside the other, or
    sharing most of their words."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or (min(len(na), len(nb)) >= 8 and (na in nb or nb in na)):
        return True
    wa, wb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return len(wa & wb) / max(1, len(wa | wb)) >= 0.75


def choose_title(candidates: list[tuple[str, str]], h1s: list[str], site_names: list[str]) -> str:
    """The headline the page's statements agree on.

    ``candidates`` are (source, cleaned text) in trust order; ``h1s`` the visible headlines. A statement
    confirmed by another source or by a visible <h1> wins; the visible <h1> replaces a statement that only
    adds decoration to it (a keyword list, a site name the page never names). With no agreement at all, trust
    order decides, except that a lone JSON-LD headline (often a short description) yields to the others.
    """
    sites = {_norm(n) for n in site_names}
    cands = [(src, t) for src, t in candidates if t and _norm(t) not in sites]
    h1s = [h for h in h1s if _norm(h) not in sites]
    if not cands:
        return h1s[0] if h1s else ""

    def support(i: int) -> int:
        src, text = cands[i]
        others = sum(
            1 for j, (s2, t2) in enumerate(cands) if j != i and s2 != src and same_headline(text, t2)
        )
        return others + 2 * sum(same_headline(text, h) for h in h1s)

    scores = [support(i) for i in range(len(cands))]
    if max(scores) > 0:
        best = next(i for i in range(len(cands)) if scores[i] > 0)
        return _visible_form(cands[best][1], h1s)
    ranked = sorted(cands, key=lambda c: (c[0] == "ld" and len(cands) > 1, _rank(c[0])))
    return _visible_form(ranked[0][1], h1s)


def _rank(source: str) -> int:
    return _PRIORITY.index(source) if source in _PRIORITY else len(_PRIORITY)


def _visible_form(title: str, h1s: list[str]) -> str:
    """The visible headline when ``title`` is it plus decoration ("Headline, kw1, kw2," or "Headline - X")."""
    for h in h1s:
        if len(h) >= 4 and title.startswith(h) and title != h:
            rest = title[len(h) :]
            if _LIST_TAIL.match(rest) or _DECORATION.fullmatch(rest):
                return h
    return title
