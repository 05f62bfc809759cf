"""The generic main-content path: trafilatura on our already-parsed tree, its XML turned into our blocks."""

from __future__ import annotations

import logging
import re

from lxml.html import HtmlElement

from reader.articles.extract.blocks import BuildOptions, build_blocks
from reader.articles.extract.engines import load_trafilatura
from reader.articles.model import Block

log = logging.getLogger(__name__)
# trafilatura reports every page it declines at WARNING; for us that is an expected outcome, not news.
for _name in ("trafilatura", "trafilatura.core", "trafilatura.utils", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


_OPTS = {"images": False, "formatting": False, "links": False}


def generic_blocks(
    tree: HtmlElement, url: str | None, *, precision: bool = True, fast: bool = False
) -> list[Block]:
    """Main content by trafilatura (settings measured with benchmarks/extraction.py)."""
    bare_extraction = load_trafilatura().bare_extraction  # a broken install is an error, not a fallback
    unhide_embedded_posts(tree)
    try:
        doc = bare_extraction(
            tree,
            url=url,
            favor_precision=precision,
            fast=fast,
            include_comments=False,
            include_tables=True,
            include_images=_OPTS["images"],
            include_formatting=_OPTS["formatting"],
            include_links=_OPTS["links"],
            output_format="xml",
            with_metadata=False,
        )
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        log.debug("trafilatura failed: %s", exc)
        return []
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return []
    return build_blocks(body, BuildOptions(base_url=url, tei=True))


_EMBED_CLASS = re.compile(r"tweet|instagram|social|embed", re.I)


def unhide_embedded_posts(tree: HtmlElement) -> None:
    """Quoted social posts (blockquote.twitter-tweet) are part of the story; trafilatura's class filters
    discard them, so their marker classes are cleared (measured: +recall on pages quoting posts)."""
    for bq in tree.iter("blockquote"):
        cls = bq.get("class") or ""
        if "tweet" not in cls and "instagram" not in cls:
            continue
        del bq.attrib["class"]
        for anc in bq.iterancestors():
            if anc.tag in ("article", "main", "body"):
                break
            if _EMBED_CLASS.search(anc.get("class") or ""):
                anc.set("class", "")
