"""Structured data embedded in pages: JSON-LD objects and framework payloads (Next.js, Nuxt).

Pages often carry the whole article in a script: JSON-LD ``articleBody``, ``__NEXT_DATA__`` props, or the
streamed Next.js app-router chunks (``self.__next_f.push``), sometimes as the ONLY copy of the body.
These helpers find such bodies; whether one is complete enough to use is decided by the caller.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from reader.articles.model import Block, Heading, Paragraph

log = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
        "techarticle", "report", "liveblogposting", "socialmediaposting", "posting", "webpage",
    }
)  # fmt: skip
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|br|div|h[2-4]|img|span|a|em|strong)\b", re.I)
_HTML_TAG = re.compile(r"<(p|br|div|h[2-4]|figure|img|blockquote|ul|ol)\b", re.I)


@dataclass
class Payload:
    """A body found in a script: plain text or an HTML fragment."""

    source: str  # "jsonld", "next-data", "nuxt", "next-flight"
    text: str = ""
    html: str = ""


def loads_lenient(raw: str) -> Any:
    """json.loads that tolerates what real pages ship: comments, CDATA, trailing commas, raw newlines."""
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:]
    if raw.endswith("-->"):
        raw = raw[:-3]
    raw = raw.replace("<![CDATA[", "").replace("]]>", "").strip().rstrip(";")
    for attempt in range(3):
        try:
            return json.loads(raw, strict=False)
        except RecursionError:
            log.debug("JSON nested too deeply; ignored")
            return None
        except json.JSONDecodeError as exc:
            if attempt == 0:
                raw = _TRAILING_COMMA.sub(r"\1", _CTRL.sub(" ", raw))
            elif attempt == 1:
                # several objects back to back: wrap them into a list
                try:
                    return _decode_many(raw)
                except (json.JSONDecodeError, RecursionError):
                    log.debug("unparseable JSON-LD: %s", exc)
                    return None
    return None


def _decode_many(raw: str) -> list[Any]:
    dec = json.JSONDecoder(strict=False)
    out: list[Any] = []
    idx = 0
    while idx < len(raw):
        while idx < len(raw) and raw[idx] in " \t\r\n,;":
            idx += 1
        if idx >= len(raw):
            break
        obj, idx = dec.raw_decode(raw, idx)
        out.append(obj)
    return out


def _flatten(obj: Any) -> Iterator[dict[str, Any]]:
    stack = [obj]
    seen = 0
    while stack and seen < 5000:
        cur = stack.pop()
        seen += 1
        if isinstance(cur, list):
            stack.extend(reversed(cur))
        elif isinstance(cur, dict):
            yield cur
            graph = cur.get("@graph")
            if graph is not None:
                stack.append(graph)
            main = cur.get("mainEntity") or cur.get("mainEntityOfPage")
            if isinstance(main, (dict, list)):
                stack.append(main)


def jsonld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = loads_lenient(script.text or "")
        if data is not None:
            out.extend(_flatten(data))
    return out


def types_of(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def article_object(objs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article: the first news/article type, preferring one with a body."""
    best: dict[str, Any] | None = None
    for obj in objs:
        ts = types_of(obj)
        if not ts & ARTICLE_TYPES:
            continue
        if "webpage" in ts and best is not None:
            continue
        if obj.get("articleBody"):
            return obj
        if best is None or ("webpage" in types_of(best) and "webpage" not in ts):
            best = obj
    return best


def jsonld_body(obj: dict[str, Any] | None) -> Payload | None:
    if not obj:
        return None
    body = obj.get("articleBody") or obj.get("text")
    if isinstance(body, list):
        body = "\n".join(x for x in body if isinstance(x, str))
    if not isinstance(body, str) or not body.strip():
        return None
    if "&lt;" in body and _ESCAPED_TAG.search(body):
        body = html.unescape(body)  # markup escaped once more by the CMS
    if _HTML_TAG.search(body):
        return Payload("jsonld", html=body)
    return Payload("jsonld", text=body)


_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
_MD_HEAD = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")


def text_blocks(text: str) -> list[Block]:
    """A structured-data body given as text, as a reader should see it.

    CMSs put HTML entities into JSON strings ("lideran&ccedil;as", "&nbsp;"), sometimes escaped twice, and
    write Markdown ("**bold**", "## Head", "[text](url)"): entities are decoded and Markdown markers are read
    as what they mean rather than shown.
    """
    for _ in range(2):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    blocks: list[Block] = []
    for raw in re.split(r"\n+", text):
        line = " ".join(raw.split())
        if not line:
            continue
        head = _MD_HEAD.match(line)
        if head:
            blocks.append(Heading(_plain_markdown(head.group(1)), 3))
        else:
            blocks.append(Paragraph(_plain_markdown(line)))
    return [b for b in blocks if b.plain_text()]


def _plain_markdown(line: str) -> str:
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    return _MD_EM.sub(r"\1", line)


# ---- framework payloads -------------------------------------------------------------------------

_BODY_KEYS = re.compile(
    r"^(?:article_?body|body|content|contents|html|text|story|article_?content|bodyhtml)$", re.I
)
_FLIGHT = re.compile(r"self\.__next_f\.push\(\[\s*1\s*,\s*(\"(?:[^\"\\]|\\.)*\")\s*\]\)", re.S)


def _longest_body_string(data: Any) -> str:
    """The longest string under a body-like key (or any long HTML string) in a JSON payload."""
    best = ""
    stack: list[tuple[Any, str]] = [(data, "")]
    visited = 0
    while stack and visited < 200_000:
        cur, key = stack.pop()
        visited += 1
        if isinstance(cur, dict):
            stack.extend((v, str(k)) for k, v in cur.items())
        elif isinstance(cur, list):
            stack.extend((v, key) for v in cur)
        elif (
            isinstance(cur, str)
            and len(cur) > max(len(best), 200)
            and (_BODY_KEYS.match(key) or (_HTML_TAG.search(cur) and cur.count("<p") >= 2))
        ):
            best = cur
    return best


_ARC_START = re.compile(r"Fusion\.globalContent\s*=\s*")


def _arc_body(script: str) -> str:
    """Arc XP pages (chosun.com and others) ship the story as Fusion.globalContent.content_elements."""
    m = _ARC_START.search(script)
    if not m:
        return ""
    try:
        data, _ = json.JSONDecoder(strict=False).raw_decode(script, m.end())
    except (json.JSONDecodeError, RecursionError):
        return ""
    elements = data.get("content_elements") if isinstance(data, dict) else None
    if not isinstance(elements, list):
        return ""
    parts: list[str] = []
    for el in elements:
        if not isinstance(el, dict):
            continue
        kind, content = el.get("type"), el.get("content")
        if kind == "text" and isinstance(content, str):
            parts.append(f"<p>{content}</p>")
        elif kind == "header" and isinstance(content, str):
            level = min(max(int(el.get("level") or 2), 2), 4)
            parts.append(f"<h{level}>{content}</h{level}>")
        elif kind == "list" and isinstance(el.get("items"), list):
            items = "".join(f"<li>{i.get('content', '')}</li>" for i in el["items"] if isinstance(i, dict))
            parts.append(f"<ul>{items}</ul>")
        elif kind == "quote" and isinstance(el.get("content_elements"), list):
            inner = " ".join(str(c.get("content", "")) for c in el["content_elements"] if isinstance(c, dict))
            parts.append(f"<blockquote>{inner}</blockquote>")
    return "".join(parts) if len(parts) >= 2 else ""


def framework_bodies(tree: HtmlElement) -> list[Payload]:
    out: list[Payload] = []
    flight: list[str] = []
    for script in tree.iter("script"):
        text = script.text or ""
        sid = script.get("id") or ""
        if sid == "__NEXT_DATA__" or sid == "__NUXT_DATA__":
            data = loads_lenient(text)
            body = _longest_body_string(data) if data is not None else ""
            if body:
                src = "next-data" if sid == "__NEXT_DATA__" else "nuxt"
                out.append(Payload(src, html=body) if _HTML_TAG.search(body) else Payload(src, text=body))
        elif "self.__next_f.push" in text:
            for m in _FLIGHT.finditer(text):
                try:
                    flight.append(json.loads(m.group(1)))
                except (json.JSONDecodeError, RecursionError):
                    continue
        elif "Fusion.globalContent" in text:
            body = _arc_body(text)
            if body:
                out.append(Payload("arc", html=body))
        elif "window.__NUXT__" in text and "{" in text:
            start = text.find("{")
            data = loads_lenient(text[start : text.rfind("}") + 1])
            body = _longest_body_string(data) if data is not None else ""
            if body:
                out.append(
                    Payload("nuxt", html=body) if _HTML_TAG.search(body) else Payload("nuxt", text=body)
                )
    if flight:
        best = max(flight, key=lambda s: s.count("<p"))
        if best.count("<p") >= 2:
            out.append(Payload("next-flight", html=best))
    return out
