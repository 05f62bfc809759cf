"""A tag with thousands of attributes keeps only its first few hundred, before any parser sees it.

libxml2's HTML parser (under lxml, trafilatura and readability) checks each new attribute against
all the earlier ones of its tag: a single ``<p a0=1 a1=1 … a199999=1>`` of 2.6 MB takes minutes to
parse, several times over. No page has a real use for more than a few dozen attributes on one
element, so the rest are cut before extraction; the tag itself and its first attributes (id, class,
src, where they are) stay. Ordinary pages are returned untouched, after one linear scan.
"""

from __future__ import annotations

import re

MAX_ATTRIBUTES = 500
_LONG_TAG = 8 * 1024  # a tag shorter than this cannot hold MAX_ATTRIBUTES attributes worth cutting

# an opening tag's text up to (not including) its ">": each "<" scans only to the next "<" or ">",
# so the search is linear in the page
_LONG_TAG_RE = re.compile(rf"<[A-Za-z][^<>]{{{_LONG_TAG},}}")
_ATTRIBUTE_RE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


def cap_attributes(html: str, limit: int = MAX_ATTRIBUTES) -> str:
    """``html`` with every tag's attributes past the first ``limit`` removed."""
    if len(html) < _LONG_TAG:
        return html
    return _LONG_TAG_RE.sub(lambda m: _cap_tag(m.group(0), limit), html)


def _cap_tag(tag: str, limit: int) -> str:
    """``<name attr …`` (no closing ``>``) cut after its ``limit``-th attribute."""
    name = _ATTRIBUTE_RE.match(tag, 1)
    if name is None:
        return tag
    pos = name.end()
    for count, attr in enumerate(_ATTRIBUTE_RE.finditer(tag, pos), start=1):
        if count > limit:
            return tag[:pos]
        pos = attr.end()
    return tag
