"""Who wrote it: the page's byline element, and names cleaned of what bylines carry besides names.

A byline reads "Tech Industry by Jane Roe January 18, 2017 11:00 PM PST @janeroe", "By Jane Roe, MA |
Health News", "홍길동 기자 gildong@example.co.kr": the names are what follows "by", up to a date, a time,
a handle or a separator, split at "and", commas and "&". A name is a few words of letters: never an id
("CC7567"), a date, a handle, a role ("Staff Writer") or the site's own name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from reader.articles.extract.dom import Visibility, text_of

_BYLINE_ATTR = re.compile(r"byline|author(?!i[sz])|writer|dateline|writtenby|reporter|journalist", re.I)
_NOT_BYLINE_ATTR = re.compile(
    r"follow|avatar|image|photo|bio|about|more|other|related|comment|dont.?miss|promo|teaser", re.I
)
_KOREAN_BYLINE = re.compile(r"([가-힣]{2,4})\s*(?:기자|특파원|선임기자|논설위원|객원기자|통신원|인턴기자)")
_BY = re.compile(r"(?:^|\s)(?:by|von|por|par|di|door|av|przez)\s*:?\s+", re.I)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# where the names end: a date, a time, a number, a handle, an address, a separator or a status word
_END = re.compile(
    rf"\b(?:{_MONTHS})\b\.?\s*\d|\d|@|https?:|\||•|—|–|\s-\s|\(|\bupdated\b|\bpublished\b|\bposted\b|\bago\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[.,]\s",
    re.I,
)
# words a date leaves behind when it is cut off ("by Jane Roe on", "par Jane Roe le")
_TRAILING_LINK = re.compile(r"(?:\s+(?:on|at|am|um|le|el|il|em|op|in|the))+\s*$", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|/|、|·|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*", re.I)
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|R\.?N\.?)$")
# an organisation, never a person ("CNN Wire", "National Desk")
_ORG = re.compile(r"\b(?:news|desk|team|wire|service|bureau|press|media|magazine|online)\b", re.I)
# where a person's name ends and their rank or role begins ("Jane Roe Senior Washington Correspondent")
_ROLE_WORD = re.compile(
    r"(?:staff|writers?|reporters?|correspondents?|editors?|contributors?|columnists?|producers?|analysts?|"
    r"editorial|senior|chief|associate|deputy|special|managing|executive|contributing|political|foreign|assistant|"
    r"envoy[ée]e?s?|correspondant(?:e)?s?|r[ée]dact(?:eur|rice)s?|journalistes?|redakteur(?:in)?|"
    r"korrespondent(?:in)?|corresponsal(?:es)?|redactor(?:a)?|periodista|giornalista|inviat[oa])$",
    re.I,
)
_JUNK = frozenset(
    {
        "author", "authors", "admin", "administrator", "staff", "editor", "editors", "username", "user",
        "guest",
        "follow", "follow author", "anonymous", "unknown", "by", "written by", "posted by", "share", "more",
        "contributor", "contributors", "none", "null", "undefined",
    }
)  # fmt: skip
_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "y"}
)
_LETTER = re.compile(r"[^\W\d_]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


_WORDS = ("byline", "author", "writer", "dateline", "writtenby", "reporter", "journalist")
# the elements whose class, id, rel or itemprop holds one of those words (a walk in Python over every
# element of a large page costs more than the rest of the byline search)
_NAMED_LIKE = etree.XPath(
    "descendant-or-self::*[re:test(concat(@class, ' ', @id, ' ', @rel, ' ', @itemprop), $words, 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
    smart_strings=False,
)


def _named_like_bylines(root: HtmlElement) -> list[HtmlElement]:
    found = _NAMED_LIKE(root, words="|".join(_WORDS))
    return found if isinstance(found, list) else []


def dom_bylines(tree: HtmlElement, limit: int = 12) -> list[str]:
    """Texts of the page's byline elements in page order: rel/itemprop author, byline or author classes."""
    out: list[str] = []
    visibility = Visibility()
    body = tree.find("body")
    for el in _named_like_bylines(body if body is not None else tree):  # in page order, found in C
        low = " ".join(
            filter(None, (el.get("class"), el.get("id"), el.get("rel"), el.get("itemprop")))
        ).lower()
        if not any(w in low for w in _WORDS) or not isinstance(el.tag, str) or el.tag in _NOT_TEXT:
            continue
        rel = (el.get("rel") or "").lower().split()
        itemprop = (el.get("itemprop") or "").lower().split()
        named = _BYLINE_ATTR.search(low) and not _NOT_BYLINE_ATTR.search(low)
        if not ("author" in rel or "author" in itemprop or named) or visibility.hidden(el):
            continue
        if _in_other_box(el):  # each commenter is marked as an author too
            continue
        text = text_of(el)
        if 2 <= len(text) <= 120:
            out.append(text)
            if len(out) >= limit:
                break
    return out


_NOT_TEXT = frozenset({"script", "style", "meta", "link", "img", "body"})
BY_LINE = re.compile(r"^(?:by|von|por|par|door|av|przez)\s*:?\s+\S", re.I)
_BY_START = re.compile(r"^(?:by|von|por|par|door|av|przez)\s*:?(?:\s|$)", re.I)
_HEADLINE_REACH = 40  # elements after the headline looked at: the byline sits right under it
_LINE_TAGS = frozenset({"p", "div", "span", "address", "li", "section", "header", "small", "strong", "em"})


# boxes whose author marks name other people: commenters, the writers of other stories
_OTHER_BOX = re.compile(
    r"comment|repl(?:y|ies)|discussion|disqus|respons|forum|talkback|related|promo|teaser|recirc|"
    r"dont.?miss|recommend",
    re.I,
)


def _in_other_box(el: HtmlElement) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("article", "main", "body"):
            return False
        if _OTHER_BOX.search(" ".join(filter(None, (anc.get("class"), anc.get("id"))))):
            return True
    return False


def headline_bylines(tree: HtmlElement) -> list[str]:
    """A "By Jane Roe · 7 March 2026" line just under the first <h1>, for pages that mark their byline with
    no class at all: short, starting with "by", and reached before the body's first long paragraph."""
    body = tree.find("body")
    h1 = next((el for el in (body if body is not None else tree).iter("h1")), None)
    if h1 is None:
        return []
    seen = 0
    for el in _after(h1):
        if not isinstance(el.tag, str) or el.tag not in _LINE_TAGS:
            continue
        seen += 1
        if seen > _HEADLINE_REACH:
            break
        if el.tag == "p" and len(el.text or "") > 200:  # the body has begun
            break
        if not _BY_START.match((el.text or "").lstrip()):  # cheap: its own first word is "by"
            continue
        text = text_of(el)
        if 4 <= len(text) <= 120 and BY_LINE.match(text):
            return [text]
    return []


def _after(el: HtmlElement) -> Iterable[HtmlElement]:
    """The elements that follow ``el`` in document order (not its own descendants)."""
    node: HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            yield sib
            yield from sib.iterdescendants()
        node = node.getparent()


def clean_names(raw: Iterable[str], site_names: Iterable[str] = (), *, first_only: bool = False) -> list[str]:
    """The person names in byline texts, in order, each once.

    ``first_only``: the texts are alternatives (byline elements of the page, the first being the article's
    own), so the first text that yields a name wins; otherwise they are one list (JSON-LD authors). Page
    texts carry labels ("입력 2026.02.05"), so a Korean name is taken from them only as "홍길동 기자".
    """
    sites = {_key(s) for s in site_names if s}
    out: list[str] = []
    for text in raw:
        names = [n for n in _names_in(text, labels=first_only) if _key(n) not in sites]
        out.extend(names)
        if names and first_only:
            break
    return list(dict.fromkeys(out))


def _names_in(text: str, labels: bool) -> list[str]:
    text = " ".join(text.split())
    korean = _KOREAN_BYLINE.findall(text)
    if korean:
        return korean
    m = _BY.search(text)
    if m:
        text = text[m.end() :]
        if m.start() == 0:
            labels = False  # "by 한울": the page says it is a name
    end = _END.search(text)
    if end:
        text = text[: end.start()]
    text = _TRAILING_LINK.sub("", text)
    out: list[str] = []
    for part in _SPLIT.split(text):
        name = _before_role(part.strip(" .:-'\""))
        if _is_name(name) and not (labels and _HANGUL.search(name)):
            out.append(name)
    return out


def _before_role(name: str) -> str:
    """The name without the rank, role or place that follows it: words up to the first role word or the
    first lower-case word (a Latin-script name is capitalised word by word, "van" and "de" aside)."""
    words = name.split()
    for i, w in enumerate(words):
        bare = w.strip(".,")
        lower = bare[:1].islower() and bare.lower() not in _PARTICLES
        if _ROLE_WORD.match(bare) or lower:
            return " ".join(words[:i]) if i >= 2 else ("" if _ROLE_WORD.match(bare) else name)
    return name


def _is_name(name: str) -> bool:
    if not name or _key(name) in _JUNK or _CREDENTIAL.match(name) or not _LETTER.search(name):
        return False
    words = name.split()
    if not 1 <= len(words) <= 5 or not 2 <= len(name) <= 60:
        return False
    if _ORG.search(name) or any(_ROLE_WORD.match(w) for w in words):
        return False
    latin = [w for w in words if w[0].isascii() and w[0].isalpha()]
    # a Latin-script name is capitalised word by word ("van" and "de" aside)
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in latin)


def _key(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()
