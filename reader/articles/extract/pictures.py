"""Which picture an <img> stands for, and whether it is one of the article's pictures at all.

A page gives a picture several ways: ``src`` (often a placeholder while a lazy loader waits), ``data-src``
and its kin, a ``srcset`` of sizes, and a small thumbnail wrapped in a link to the full picture. The best of
them is the largest candidate the one image rule (reader.articles.imagesrc) allows. Pictures that are not
the article's — tracking pixels, icons, author avatars, share buttons, the picture inside a hover card set
into a sentence — are told by their size, their names and where they sit, never by a site.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml import etree

from reader.articles.imagesrc import embedded_image, safe_image_src

_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-full-src", "data-hi-res-src", "data-url")
_SRCSET_ATTRS = ("srcset", "data-srcset", "data-lazy-srcset")
# a picture file's name; "File:Map.jpg" (a colon) names a page about the picture, not the picture
_IMAGE_FILE = re.compile(r"(?:^|/)[^/:]+\.(?:jpe?g|png|webp|gif|avif|bmp)$", re.I)
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$", re.I)
MAX_SRCSET_WIDTH = 2400  # larger candidates are print masters, not what a reader shows
MIN_DATA_BYTES = 1024  # an inline data: picture smaller than this is a placeholder
SMALL = 64  # a picture this small on both sides (or 2 px on one) is an icon or a pixel
_INLINE = frozenset(
    {"span", "a", "em", "strong", "b", "i", "u", "small", "font", "label", "sup", "sub", "cite"}
)
# names that say a picture (or the box around it) is not the article's
_NOT_ARTICLE = re.compile(
    r"(?:^|[\s_/.-])(?:avatars?|gravatar|authors?|byline|profile|userpic|icons?|favicon|logos?|emoji|emoticons?|"
    r"smiley|badges?|sprites?|spacer|pixel|tracking|tracker|beacon|share|sharing|social|btn|button|rating|stars?|"
    r"blank|transparent|1x1)(?:$|[\s_/.-]|\d)",
    re.I,
)
_NOT_URL = re.compile(r"[\s\"'{}<>]")  # a JSON or template value in a data-* attribute is no address
_JSON_SRC = re.compile(r'"(?:src|url)"\s*:\s*"([^"]+)"')
# a size asked of an image server in the address ("?w=20"): a blurred placeholder or an icon
_URL_SIZE = re.compile(r"[?&](?:w|width|h|height)=(\d{1,4})(?:&|$)", re.I)
# folders of pictures that are never an article's
_NOT_ARTICLE_DIR = re.compile(
    r"/(?:avatars?|gravatar|authors?|userpics?|profiles?|icons?|emoji|emoticons?|logos?|sprites?|badges?)/",
    re.I,
)
_AROUND = 4  # how many containers above a picture are read for such names


def _number(value: str | None) -> int | None:
    if not value:
        return None
    m = re.match(r"\s*(\d+)\s*(?:px)?\s*$", value)
    return int(m.group(1)) if m else None


def allowed_src(src: str, base: str | None) -> str:
    """``src`` made absolute against ``base``, when the image rule allows it; else "" (a relative address
    with no base, ``file:``, ``javascript:``, a placeholder ``data:`` picture)."""
    src = src.strip()
    if not src or _NOT_URL.search(src):
        return ""
    if src[:5].lower() == "data:":
        found = embedded_image(src)
        return src if found is not None and found[1] >= MIN_DATA_BYTES else ""
    return safe_image_src(urljoin(base, src) if base else src)


_CANDIDATE = re.compile(r"(\S+)([^,]*)(?:,|$)")


def srcset_best(value: str, base: str | None) -> str:
    """The largest allowed candidate of a ``srcset`` (widths up to MAX_SRCSET_WIDTH, or densities).

    A candidate's address runs to the first white space (it may hold commas: "?resize=630,420"), its
    descriptors to the next comma."""
    ranked: list[tuple[float, float, str]] = []
    for m in _CANDIDATE.finditer(value):
        width, density = 0.0, 1.0
        for d in m.group(2).split():
            dm = _DESCRIPTOR.match(d)
            if dm and dm.group(2).lower() == "w":
                width = float(dm.group(1))
            elif dm:
                density = float(dm.group(1))
        if width <= MAX_SRCSET_WIDTH:
            ranked.append((width, density, m.group(1).rstrip(",")))
    ranked.sort(key=lambda c: (c[0], c[1]), reverse=True)
    for _, _, candidate in ranked:  # the largest first; resolved and checked only until one is allowed
        if url := allowed_src(candidate, base):
            return url
    return ""


def _linked_larger(el: etree._Element, base: str | None) -> str:
    """A thumbnail inside a link to a picture file stands for that picture."""
    parent = el.getparent()
    for anc in (parent, parent.getparent() if parent is not None else None):
        if anc is None or anc.tag != "a":
            continue
        href = (anc.get("href") or "").strip()
        if href and _IMAGE_FILE.search(urlsplit(href).path) and len("".join(anc.itertext()).strip()) < 3:
            return allowed_src(href, base)
        return ""
    return ""


def noscript_picture(container: etree._Element, base: str | None) -> tuple[str, str]:
    """(address, alt) of the picture a lazy loader's <noscript> holds inside ``container``, if any: the
    real picture, where the script-side <img> is a blurred placeholder."""
    for ns in container.iter("noscript"):
        img = ns.find(".//img")
        if img is not None and (src := image_source(img, base)):
            return src, " ".join((img.get("alt") or "").split())
    return "", ""


def image_source(el: etree._Element, base: str | None) -> str:
    """The address that shows this <img> best, or "" when it has none the image rule allows."""
    after = el.getnext()
    if after is not None and after.tag == "noscript":
        src, _ = noscript_picture(after, base)
        if src:
            return src
    larger = _linked_larger(el, base)
    if larger:
        return larger
    for attr in _SRCSET_ATTRS:
        value = el.get(attr)
        if value:
            best = srcset_best(value, base)
            if best:
                return best
    for attr in _LAZY_ATTRS:
        value = (el.get(attr) or "").strip()
        if value.startswith("{"):  # a lazy loader's JSON of sizes: its first address
            m = _JSON_SRC.search(value)
            value = m.group(1) if m else ""
        if value and (found := allowed_src(value, base)):
            return found
    return allowed_src(el.get("src") or "", base)


@lru_cache(maxsize=4096)
def _names_not_article(value: str) -> bool:
    return bool(_NOT_ARTICLE.search(value))


def not_article_image(el: etree._Element, src: str) -> bool:
    """A tracking pixel, an icon, an avatar, a share button: by size, by name, by the boxes around it."""
    w, h = _number(el.get("width")), _number(el.get("height"))
    if (w is not None and w <= 2) or (h is not None and h <= 2):
        return True
    if w is not None and h is not None and w <= SMALL and h <= SMALL:
        return True
    if not src.startswith("data:"):
        parts = urlsplit(src)
        name = parts.path.rsplit("/", 1)[-1]
        if (name and _names_not_article(name)) or _NOT_ARTICLE_DIR.search(parts.path):
            return True
        if any(int(n) <= SMALL for n in _URL_SIZE.findall(parts.query and "?" + parts.query)):
            return True
    for attr in ("class", "id"):
        value = el.get(attr)
        if value and _names_not_article(value):
            return True
    anc = el.getparent()
    for _ in range(_AROUND):
        if anc is None or anc.tag in ("article", "main", "body", "figure"):
            break
        for attr in ("class", "id"):
            value = anc.get(attr)
            if value and _names_not_article(value):
                return True
        anc = anc.getparent()
    return False


def hover_cards(root: etree._Element) -> set[etree._Element]:
    """Inline boxes set into a sentence that hold a picture and several links: a linked name's hover card
    (its photo, the name again, headlines of other stories). The sentence reads without them."""
    cards: set[etree._Element] = set()
    for img in root.iter("img"):
        card: etree._Element | None = None
        cur = img.getparent()
        while cur is not None and cur.tag in _INLINE:
            if card is None and cur.tag != "a" and sum(1 for _ in cur.iter("a")) >= 2:
                card = cur
            cur = cur.getparent()
        if card is None or cur is None or card in cards:
            continue
        outside = len(" ".join(cur.itertext()).split()) - len(" ".join(card.itertext()).split())
        if outside >= 4:  # the box it sits in is a sentence, not a gallery of linked pictures
            cards.add(card)
    return cards
