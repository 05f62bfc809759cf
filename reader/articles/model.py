"""The Article: the one structure the window, the narrator, print and the library all read.

Blocks hold plain text (exactly what is displayed, so sentence offsets from the speech core
line up with the screen) plus optional inline marks (emphasis, links) as character ranges.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from reader.articles.imagesrc import safe_image_src, safe_link_href
from reader.errors import Notice

MarkKind = Literal["em", "strong", "link", "sup", "sub", "code"]


@dataclass(frozen=True)
class Mark:
    """An inline range; a link's ``href`` passes :func:`reader.articles.imagesrc.safe_link_href` when the
    mark is made (extraction, the cache, the library alike), and a refused link becomes plain text."""

    start: int
    end: int
    kind: MarkKind
    href: str | None = None

    def __post_init__(self) -> None:
        if self.href is not None:
            allowed = safe_link_href(self.href)
            if allowed != self.href:
                object.__setattr__(self, "href", allowed)


@dataclass(frozen=True)
class Paragraph:
    text: str
    marks: tuple[Mark, ...] = ()
    type: ClassVar[str] = "paragraph"

    def plain_text(self) -> str:
        return self.text


@dataclass(frozen=True)
class Heading:
    """A section head: <h2>, or a Korean marker line such as "< 지역 AX 조찬 간담회 >" or "■ …"."""

    text: str
    level: int = 2
    type: ClassVar[str] = "heading"

    def plain_text(self) -> str:
        return self.text


@dataclass(frozen=True)
class Quote:
    text: str
    cite: str | None = None
    marks: tuple[Mark, ...] = ()
    type: ClassVar[str] = "quote"

    def plain_text(self) -> str:
        return self.text


@dataclass(frozen=True)
class ListBlock:
    items: tuple[str, ...]
    ordered: bool = False
    type: ClassVar[str] = "list"

    def plain_text(self) -> str:
        return "\n".join(self.items)


@dataclass(frozen=True)
class Note:
    """A note line ("* 협동로봇 기반 …", "※ …"): shown smaller, read aloud like a paragraph."""

    text: str
    type: ClassVar[str] = "note"

    def plain_text(self) -> str:
        return self.text


@dataclass(frozen=True)
class Image:
    """A picture: ``src`` is a web address or an embedded ``data:image`` (see reader.articles.imagesrc);
    anything else a page gives (a local path, ``file:``, ``javascript:``) is dropped here, when the block
    is made, so nothing that shows, prints or exports an article can be led to read a local file."""

    src: str
    alt: str = ""
    caption: str = ""
    type: ClassVar[str] = "image"

    def __post_init__(self) -> None:
        allowed = safe_image_src(self.src)
        if allowed != self.src:
            object.__setattr__(self, "src", allowed)

    def plain_text(self) -> str:
        return self.caption


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = False
    type: ClassVar[str] = "table"

    def plain_text(self) -> str:
        return "\n".join("\t".join(r) for r in self.rows)


Block: TypeAlias = Paragraph | Heading | Quote | ListBlock | Note | Image | Table

_BLOCK_TYPES: dict[str, type[Any]] = {
    cls.type: cls for cls in (Paragraph, Heading, Quote, ListBlock, Note, Image, Table)
}


def block_to_dict(block: Block) -> dict[str, Any]:
    d = asdict(block)
    d = {"type": block.type, **d}
    if "marks" in d and not d["marks"]:
        del d["marks"]
    return d


def block_from_dict(d: dict[str, Any]) -> Block:
    d = dict(d)
    cls = _BLOCK_TYPES[d.pop("type")]
    if "marks" in d:
        d["marks"] = tuple(Mark(**m) for m in d["marks"])
    if cls is ListBlock:
        d["items"] = tuple(d["items"])
    if cls is Table:
        d["rows"] = tuple(tuple(r) for r in d["rows"])
    block: Block = cls(**d)
    return block


@dataclass
class Article:
    title: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601 as found on the page
    updated: str | None = None
    site_name: str = ""
    url: str | None = None  # canonical URL, else the final URL after redirects
    lang: str = ""  # BCP 47 primary tag, e.g. "ko", "en"
    is_article: bool = True  # False: no article found, blocks are the page's visible text
    extractor: str = ""  # which path produced it: "jsonld", "next-data", "site:<name>", "generic", "text"
    # what the reader should know about how it was read (bytes that were not valid UTF-8); not stored
    notices: list[Notice] = field(default_factory=list, compare=False, repr=False)

    @property
    def text(self) -> str:
        """The body prose: blocks separated by one blank line; no headline, no image captions.

        Captions stay in their Image blocks (the window and print show them) but are not body text:
        that is what article-extraction ground truth and a listener expect.
        """
        return "\n\n".join(t for b in self.blocks if not isinstance(b, Image) and (t := b.plain_text()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": self.published,
            "updated": self.updated,
            "site_name": self.site_name,
            "url": self.url,
            "lang": self.lang,
            "is_article": self.is_article,
            "extractor": self.extractor,
            "text": self.text,
            "blocks": [block_to_dict(b) for b in self.blocks],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            title=d.get("title", ""),
            subtitle=d.get("subtitle", ""),
            authors=list(d.get("authors", [])),
            published=d.get("published"),
            updated=d.get("updated"),
            site_name=d.get("site_name", ""),
            url=d.get("url"),
            lang=d.get("lang", ""),
            is_article=d.get("is_article", True),
            extractor=d.get("extractor", ""),
            blocks=[block_from_dict(b) for b in d.get("blocks", [])],
        )
