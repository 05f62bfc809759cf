"""Article metadata: headline, deck, authors, dates, site name, canonical URL, language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlparse

from lxml.html import HtmlElement

from reader.articles.extract.titles import clean_title, common_suffix_segment, site_name_variants

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BYLINE = re.compile(r"([가-힣]{2,4})\s*(?:기자|특파원|선임기자|논설위원|객원기자|통신원|인턴기자)")


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


def _metas(tree: HtmlElement) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content is not None and content.strip():
            out.setdefault(key, []).append(" ".join(content.split()))
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


def read_meta(tree: HtmlElement, url: str | None, ld: dict[str, Any] | None) -> Meta:
    metas = _metas(tree)
    meta = Meta()
    ld = ld or {}
    # canonical URL
    canon = ""
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower().split() == ["canonical"] and link.get("href"):
            canon = link.get("href", "").strip()
            break
    canon = canon or _first(metas, "og:url")
    if canon and url:
        canon = urljoin(url, canon)
    meta.url = canon if canon.startswith(("http://", "https://")) else url
    host = urlparse(meta.url or url or "").hostname
    # site name
    publisher = ld.get("publisher")
    meta.site_name = _first(
        metas, "og:site_name", "application-name", "al:android:app_name", "twitter:app:name:iphone"
    ) or (_names(publisher)[0] if _names(publisher) else "")
    names = site_name_variants(meta.site_name, host)
    twitter_site = _first(metas, "twitter:site").lstrip("@")
    for extra in [*_names(publisher), _first(metas, "application-name"), twitter_site]:
        if extra and extra not in names:
            names.append(extra)
    # title
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if 4 <= len(h) <= 300]
    headline = _str(ld.get("headline")) or _str(ld.get("name"))
    og = _first(metas, "og:title", "twitter:title")
    page_title = " ".join((tree.findtext(".//title") or "").split())
    learned = common_suffix_segment([c for c in (og, page_title, _first(metas, "twitter:title")) if c])
    if learned and learned not in names and not any(learned in h for h in [*h1s, headline]):
        names.append(learned)
    sections = {
        s.lower()
        for k in ("article:section", "content_category", "section", "category")
        for s in metas.get(k, [])
    }
    hint = headline or (h1s[0] if len(h1s) == 1 else "")
    candidates: list[str] = []
    if headline and not headline.endswith(("…", "...")):
        candidates.append(clean_title(headline, names, sections))
    for raw in (og, page_title):
        if raw:
            candidates.append(clean_title(raw, names, sections, hint))
    if headline:
        candidates.append(clean_title(headline, names, sections))
    candidates.extend(h1s[:1])
    site_norm = {re.sub(r"\W+", "", n).lower() for n in names}
    for c in candidates:
        if c and re.sub(r"\W+", "", c).lower() not in site_norm:
            meta.title = c
            break
    meta.site_names = names
    # deck
    meta.subtitle = _str(ld.get("alternativeHeadline")) or _first(
        metas, "subtitle", "dc.description.abstract"
    )
    if not meta.subtitle:
        meta.subtitle = _deck(tree)
    meta.description = _first(metas, "og:description", "description", "twitter:description")
    # authors
    authors = _names(ld.get("author")) or _names(ld.get("creator"))
    if not authors:
        for key in (
            "author",
            "article:author",
            "byl",
            "dable:author",
            "sailthru.author",
            "parsely-author",
            "dc.creator",
        ):
            for value in metas.get(key, []):
                if value.startswith("http") or value == meta.site_name:
                    continue
                value = re.sub(r"^by\s+", "", value, flags=re.I)
                found = _BYLINE.findall(value)
                parts = found or [p.strip() for p in re.split(r"\s*(?:,|·| and )\s*", value) if p.strip()]
                authors.extend(parts)
            if authors:
                break
    seen: set[str] = set()
    clean_authors: list[str] = []
    for a in authors:
        a = re.sub(r"\s*(기자|특파원)$", "", a).strip()
        if a and a not in seen and a != meta.site_name and len(a) < 60:
            seen.add(a)
            clean_authors.append(a)
    meta.authors = clean_authors
    # dates
    meta.published = (
        _str(ld.get("datePublished"))
        or _first(metas, "article:published_time", "og:article:published_time", "pubdate", "publishdate",
                  "datepublished", "dc.date.issued", "date", "article:published", "sailthru.date")
        or _time_element(tree)
        or None
    )  # fmt: skip
    meta.updated = (
        _str(ld.get("dateModified"))
        or _first(metas, "article:modified_time", "og:updated_time", "article:modified", "datemodified")
        or None
    )
    # language
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    if not lang:
        lang = _first(metas, "og:locale", "content-language", "language", "dc.language")
    if not lang and isinstance(ld.get("inLanguage"), str):
        lang = ld["inLanguage"]
    meta.lang = re.split(r"[-_]", lang)[0].lower() if lang else ""
    return meta


_DECK_CLASS = re.compile(
    r"standfirst|(?:^|[\s_-])de(?:c)?k(?:$|[\s_-])|subtitle|sub-title|sub[-_]?headline|article-summary",
    re.I,
)


def _deck(tree: HtmlElement) -> str:
    """The standfirst under the headline, when the page marks it with one of the usual class names."""
    for el in tree.iter("p", "h2", "div", "span"):
        cls = el.get("class")
        if cls and _DECK_CLASS.search(cls):
            text = " ".join(el.text_content().split())
            if 20 <= len(text) <= 300:
                return text
    return ""


def _time_element(tree: HtmlElement) -> str:
    for t in tree.iter("time"):
        dt = t.get("datetime")
        if dt and len(dt) >= 8:
            return dt.strip()
    return ""


def byline_authors(text: str) -> list[str]:
    return _BYLINE.findall(text)
