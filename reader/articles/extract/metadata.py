"""Article metadata: headline, deck, authors, dates, site name, canonical URL, language.

Each field has its own reader below; :func:`read_meta` only calls them in order. The headline is chosen by
agreement: the page states it several times (JSON-LD, og:title, dc:title, twitter:title, <title>, the
visible <h1>), and a candidate that another source confirms wins over one that stands alone (a JSON-LD
"headline" that is really a short description, a logo <h1>).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlparse

from lxml import etree
from lxml.html import HtmlElement

from reader.articles.extract.bylines import BY_LINE, clean_names, dom_bylines, headline_bylines
from reader.articles.extract.dom import text_of
from reader.articles.extract.titles import (
    choose_title,
    clean_title,
    common_suffix_segment,
    site_name_variants,
)

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BYLINE = re.compile(r"([가-힣]{2,4})\s*(?:기자|특파원|선임기자|논설위원|객원기자|통신원|인턴기자)")
# meta names that carry the author, most specific first (Dublin Core, as Readability reads it, leads)
_AUTHOR_KEYS = (
    "dc:creator", "dcterm:creator", "dcterms.creator", "author", "article:author", "article:author_name",
    "byl", "parsely-author", "sailthru.author", "dable:author", "dc.creator",
)  # fmt: skip
_TITLE_KEYS = (("dc", ("dc:title", "dcterm:title", "dcterms.title", "dc.title")), ("og", ("og:title",)))


@dataclass
class Meta:
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    site_name: str = ""
    url: str | None = None
    lang: str = ""
    site_names: list[str] = field(default_factory=list)
    description: str = ""


def read_meta(tree: HtmlElement, url: str | None, ld: dict[str, Any] | None) -> Meta:
    metas = _metas(tree)
    ld = ld or {}
    meta = Meta()
    meta.url = _canonical_url(tree, metas, url)
    host = urlparse(meta.url or url or "").hostname
    meta.site_name, meta.site_names = _site_names(metas, ld, host)
    meta.title = _title(tree, metas, ld, meta.site_names)
    meta.subtitle = _str(ld.get("alternativeHeadline")) or _first(
        metas, "subtitle", "dc.description.abstract"
    )
    if not meta.subtitle:
        meta.subtitle = _deck(tree)
    meta.description = _first(metas, "og:description", "description", "twitter:description")
    meta.authors = _authors(tree, metas, ld, meta.site_names)
    meta.published = _published(tree, metas, ld)
    meta.updated = (
        _str(ld.get("dateModified"))
        or _first(metas, "article:modified_time", "og:updated_time", "article:modified", "datemodified")
        or None
    )
    meta.lang = _lang(tree, metas, ld)
    return meta


# ---- reading the page's <meta> and JSON-LD values ------------------------------------------------------


def _metas(tree: HtmlElement) -> dict[str, list[str]]:
    """Every <meta> value by key; ``property="og:title twitter:title"`` names two keys."""
    out: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        keys = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if not keys or content is None or not content.strip():
            continue
        value = " ".join(content.split())
        for key in keys.split():
            out.setdefault(key, []).append(value)
    return out


def _first(metas: dict[str, list[str]], *keys: str) -> str:
    for k in keys:
        if metas.get(k):
            return metas[k][0]
    return ""


def _names(value: Any) -> list[str]:
    out: list[str] = []
    stack = [value]
    while stack:
        cur = stack.pop(0)
        if isinstance(cur, str):
            if cur.strip() and not cur.startswith("http"):
                out.append(" ".join(cur.split()))
        elif isinstance(cur, list):
            stack.extend(cur)
        elif isinstance(cur, dict):
            name = cur.get("name")
            if isinstance(name, str):
                stack.append(name)
    return out


def _str(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list) and value:
        return _str(value[0])
    return ""


# ---- fields --------------------------------------------------------------------------------------------


def _canonical_url(tree: HtmlElement, metas: dict[str, list[str]], url: str | None) -> str | None:
    canon = ""
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower().split() == ["canonical"] and link.get("href"):
            canon = link.get("href", "").strip()
            break
    canon = canon or _first(metas, "og:url")
    if canon and url:
        canon = urljoin(url, canon)
    return canon if canon.startswith(("http://", "https://")) else url


def _site_names(metas: dict[str, list[str]], ld: dict[str, Any], host: str | None) -> tuple[str, list[str]]:
    """The site's name as the page gives it, and every spelling of it a title may carry."""
    publisher = _names(ld.get("publisher"))
    site_name = _first(
        metas, "og:site_name", "application-name", "al:android:app_name", "twitter:app:name:iphone"
    ) or (publisher[0] if publisher else "")
    names = site_name_variants(site_name, host)
    twitter_site = _first(metas, "twitter:site").lstrip("@")
    for extra in [*publisher, _first(metas, "application-name"), twitter_site]:
        if extra and extra not in names:
            names.append(extra)
    return site_name, names


def _visible_h1s(tree: HtmlElement) -> list[str]:
    """The page's <h1> texts, those inside the article's container first (a logo <h1> sits outside)."""
    inside: list[str] = []
    outside: list[str] = []
    for h in tree.iter("h1"):
        text = text_of(h)
        if not 4 <= len(text) <= 300:
            continue
        in_article = any(a.tag in ("article", "main") or a.get("role") == "main" for a in h.iterancestors())
        (inside if in_article else outside).append(text)
    return inside + outside


def _board_titles(tree: HtmlElement) -> list[str]:
    """The value of a post's "제목" / "Title" field, where a notice board or press-release page sets its
    fields out in a table: the visible headline of a page with no <h1> of its own."""
    found: list[str] = []
    for th in tree.iter("th"):
        if not _TITLE_FIELD.match(text_of(th)):
            continue
        cell = th.getnext()
        while cell is not None and cell.tag not in ("td", "th"):
            cell = cell.getnext()
        if cell is not None and cell.tag == "td" and 4 <= len(text := text_of(cell)) <= 300:
            found.append(text)
    return found[:1]


_TITLE_FIELD = re.compile(r"^(?:제\s*목|글\s*제목|title|subject)\s*[:：]?$", re.I)


def _title(tree: HtmlElement, metas: dict[str, list[str]], ld: dict[str, Any], names: list[str]) -> str:
    h1s = _visible_h1s(tree) or _board_titles(tree)
    headline = _str(ld.get("headline")) or _str(ld.get("name"))
    og = _first(metas, "og:title")
    twitter = _first(metas, "twitter:title")
    page_title = " ".join((tree.findtext(".//title") or "").split())
    learned = common_suffix_segment([c for c in (og, page_title, twitter) if c])
    if learned and learned not in names and not any(learned in h for h in [*h1s, headline]):
        names = [*names, learned]
    sections = {
        s.lower()
        for k in ("article:section", "content_category", "section", "category")
        for s in metas.get(k, [])
    }
    hint = headline or (h1s[0] if len(h1s) == 1 else "")
    raw: list[tuple[str, str]] = []
    if headline and not headline.endswith(("…", "...")):
        raw.append(("ld", headline))
    for source, keys in _TITLE_KEYS:
        value = _first(metas, *keys)
        if value:
            raw.append((source, value))
    # og:title and twitter:title written in one tag are one statement, not two that agree
    if twitter and twitter != og:
        raw.append(("twitter", twitter))
    if page_title:
        raw.append(("title", page_title))
    candidates = [(src, clean_title(text, names, sections, hint if src != "ld" else "")) for src, text in raw]
    return choose_title(candidates, h1s[:2], names)


def _authors(
    tree: HtmlElement, metas: dict[str, list[str]], ld: dict[str, Any], site_names: list[str]
) -> list[str]:
    """JSON-LD author, then the author <meta> tags, then the page's byline element, then a "By …" line
    under the headline."""
    found = clean_names(_names(ld.get("author")) or _names(ld.get("creator")), site_names)
    if found:
        return found
    for key in _AUTHOR_KEYS:
        values = [v for v in metas.get(key, []) if not v.startswith(("http", "@"))]
        korean = [n for v in values for n in _BYLINE.findall(v)]
        found = clean_names(korean or values, site_names)
        if found:
            return found
    return clean_names(dom_bylines(tree), site_names, first_only=True) or clean_names(
        headline_bylines(tree), site_names, first_only=True
    )


def _published(tree: HtmlElement, metas: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    return (
        _str(ld.get("datePublished"))
        or _first(metas, "article:published_time", "og:article:published_time", "pubdate", "publishdate",
                  "datepublished", "dc.date.issued", "date", "article:published", "sailthru.date")
        or _time_element(tree)
        or _stamp_date(tree)
        or None
    )  # fmt: skip


def _lang(tree: HtmlElement, metas: dict[str, list[str]], ld: dict[str, Any]) -> str:
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    if not lang:
        lang = _first(metas, "og:locale", "content-language", "language", "dc.language")
    if not lang and isinstance(ld.get("inLanguage"), str):
        lang = ld["inLanguage"]
    return re.split(r"[-_]", lang)[0].lower() if lang else ""


def detect_lang(text: str) -> str:
    sample = text[:4000]
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    total = hangul + latin + kana + han
    if not total:
        return ""
    if hangul / total > 0.2:
        return "ko"
    if kana / total > 0.1:
        return "ja"
    if han / total > 0.3:
        return "zh"
    return "en" if latin / total > 0.5 else ""


_DECK_CLASS = re.compile(
    r"standfirst|(?:^|[\s_-])de(?:c)?k(?:$|[\s_-])|sub[-_]?title|sub[-_]?head(?:line|ing)|article-summary",
    re.I,
)


_DENSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_DECK_TAGS = frozenset({"p", "h2", "h3", "h4", "div", "span"})
_BODY_BEGUN = 150  # characters of a paragraph's own text that say the body has begun


def _body_begun(text: str | None) -> bool:
    """A run of text long enough to be the body's (Hangul and kanji count twice: they say more a letter)."""
    if not text or len(text) < _BODY_BEGUN // 2:
        return False
    t = text.strip()
    return len(t) + len(_DENSE.findall(t)) >= _BODY_BEGUN


def _deck(tree: HtmlElement) -> str:
    """The standfirst under the headline, when the page marks it with one of the usual class names; looked
    for above the body only (a "subheading" inside the text heads a section)."""
    for el in tree.iter():
        if _body_begun(el.tail):
            break  # the body's loose text (lines split by <br>) has begun
        if el.tag not in _DECK_TAGS:
            continue
        if el.tag == "p" and _body_begun(el.text):
            break
        cls = el.get("class")
        if cls and _DECK_CLASS.search(cls):
            text = "\n".join(line for line in _lines(el).split("\n") if not BY_LINE.match(line))
            if (8 if _DENSE.search(text) else 20) <= len(text) <= 300:  # Hangul and kanji say more a letter
                return text
    return ""


_NOT_DECK = frozenset({"figure", "figcaption", "script", "style", "button", "noscript", "template"})
_LINE_BREAKS = frozenset({"br", "p", "div", "li", "h2", "h3", "h4", "h5", "h6"})


def _lines(el: HtmlElement) -> str:
    """The element's text with its line breaks (a deck of two lines split by <br>), spaces collapsed."""
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _LINE_BREAKS:
            parts.append("\n")
        if event == "start" and tag in _NOT_DECK and node is not el:
            walker.skip_subtree()  # its end still comes, with its tail
            parts.append("\n")
        elif event == "start":
            parts.append((node.text or "") if tag else "")
        elif node is not el:
            parts.append(node.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _time_element(tree: HtmlElement) -> str:
    for t in tree.iter("time"):
        dt = t.get("datetime")
        if dt and len(dt) >= 8:
            return dt.strip()
    return ""


# "입력 2025.07.25 (12:01)", "기사입력 2025-07-25 오후 3:05", "Published 2025/07/25 09:30": the page's own
# date stamp, for pages that give no date in their metadata
_STAMP_LABEL = (
    r"(?:기사\s*입력|최초\s*입력|입력|등록|송고|게재|발행|published|posted)\s*(?:일시|일)?\s*[:：]?\s*"
)
_STAMP = re.compile(  # after a label, or opening the text of an element named as the date
    rf"(?:{_STAMP_LABEL}|^\s*(?=\d{{4}}\s*[.\-/년]\s*\d{{1,2}}\s*[.\-/월]\s*\d{{1,2}}\b))"
    r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?\.?\s*(?:\(\s*[월화수목금토일]\s*\)\s*)?"
    r"(?:\(?\s*(오전|오후|am|pm)?\s*(\d{1,2}):(\d{2})(?!\d))?",
    re.I,
)
_DATE_CLASS = re.compile(r"date|publish|posted|time", re.I)
_YEAR = re.compile(r"\d{4}")
_STAMP_TAGS = ("em", "span", "li", "p", "div", "time", "dd", "small", "strong", "td")


def _stamp_date(tree: HtmlElement) -> str:
    """The first date stamp in a small element, as ISO 8601. Only the element's own text and its children's
    are read (a stamp split deeper is found in the inner element), so the scan stays linear in the page."""
    for el in tree.iter(_STAMP_TAGS):
        if len(el) > 3:
            continue
        text = (el.text or "") + "".join((c.text or "") + (c.tail or "") for c in el)
        if len(text) > 100 or len(text) < 8 or not _YEAR.search(text):  # cheap tests before the pattern
            continue
        m = _STAMP.search(text)
        if not m:
            continue
        if not m.group(0)[:1].isalpha() and not _DATE_CLASS.search(el.get("class") or ""):
            continue  # a bare date counts only in an element named as the date
        y, mo, d, half, h, mi = m.groups()
        if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
            continue
        date = f"{y}-{int(mo):02d}-{int(d):02d}"
        if h is None or int(h) > 23 or int(mi) > 59:
            return date
        hour = int(h) % 12 + 12 if (half or "").lower() in ("오후", "pm") else int(h)
        if (half or "").lower() in ("오전", "am") and int(h) == 12:
            hour = 0
        return f"{date}T{hour:02d}:{mi}"
    return ""


def byline_authors(text: str) -> list[str]:
    return _BYLINE.findall(text)
