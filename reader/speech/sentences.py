"""Article -> sentences with exact offsets in the displayed text, plus what to say for each.

Segmentation is our own rule set, not kiwipiepy, by measurement (benchmarks/speech_costs.py, this
machine, 2 shared cores): kiwipiepy 0.22 needs 2.3-4.2 s and ~285 MB of memory to load its model
and then 35-55 ms to split a 40-sentence article; these rules split the same article in 0.7 ms
with nothing to load, and handle what news text needs: quotations spanning several sentences,
"U.S.", "M.AX", decimals, dates such as "1.22(목)" and "2026. 1. 22.", ellipses, and a missing
space as in "했다.정부는". Nothing heavy is imported here, so the window can split on open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.articles.model import Article, Heading, Image
from reader.speech.lexicon import Lexicon
from reader.speech.normalize import normalize
from reader.speech.reading.credits import dateline_end, is_non_content, without_credits


@dataclass(frozen=True)
class Sentence:
    index: int
    block_index: int  # -1: the headline
    start: int  # offsets in article.blocks[block_index].plain_text() (or article.title)
    end: int
    text: str
    spoken: str
    skip: bool
    paragraph_end: bool
    transcript: str = ""  # the text as shown, less its credits: what the .srt holds


_HANGUL = re.compile(r"[가-힣]")
_CLOSERS = "\"'”’)]」』》〉】"
_OPENERS = "\"'“‘([「『《〈【"
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no",
    "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "mt", "ft", "approx", "dept", "est", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    "hon", "cmdr", "adm", "rev", "pres", "supt", "vol", "pp", "ave", "blvd", "rd", "univ", "assn", "bros",
    "tel", "fax",
}  # fmt: skip


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Matched quotation spans (open, close) in which a full stop does not end the sentence."""
    spans: list[tuple[int, int]] = []
    pairs = {"“": "”", "「": "」", "『": "』", "‘": "’"}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        close = pairs.get(c) or ('"' if c == '"' else None)
        if close:
            j = text.find(close, i + 1)
            if j != -1 and j - i <= 600 and "\n" not in text[i:j]:
                spans.append((i, j))
                i = j + 1
                continue
        elif c == "'" and (i == 0 or not text[i - 1].isalnum()):
            j = _ascii_quote_end(text, i)
            if j != -1:
                spans.append((i, j))
                i = j + 1
                continue
        i += 1
    return spans


def _ascii_quote_end(text: str, i: int) -> int:
    """The closing ' of a Korean quotation opened with an ASCII ' at ``i`` ('나는 모른다. 정말이다'),
    or -1. English apostrophes (don't, the '90s) are not quotations: the quoted part must hold Hangul."""
    j = i + 1
    while True:
        j = text.find("'", j)
        if j == -1 or j - i > 600 or "\n" in text[i:j]:
            return -1
        after = text[j + 1 : j + 2]
        inner_apostrophe = text[j - 1 : j].isalpha() and after.isalpha() and after.isascii()
        if not inner_apostrophe:
            return j if _HANGUL.search(text[i:j]) else -1
        j += 1


_DEGREES = re.compile(r"(?:Ph|Ed|Psy|Pharm|LL|M|B|D)\.(?:[A-Z][a-z]{0,2}\.?)*[A-Z][a-z]{0,3}")
# Korean sentence-final syllables: an ellipsis after one of them ends the sentence ("…했다… 그는").
_FINAL_SYLLABLES = frozenset("다요까죠냐네")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or initials, not a sentence."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:dot])
    if not m:
        return False
    word = m.group(1)
    if _DEGREES.fullmatch(word):
        return True  # Ph.D., M.Sc., LL.M.
    if (
        re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word)
        and len(word.replace(".", "")) <= 3
        and ("." in word or len(word) == 1)
    ):
        return True  # U.S, U.K, J.R.R, a single initial "J."
    return word.lower() in _ABBREV


def _quotation_follows(text: str, k: int, spans: list[tuple[int, int]]) -> bool:
    """True when a quotation opens right after ``k`` and its closing is glued to a particle
    (라고, 하고, 며): the quotations before it are part of the same reported sentence."""
    start = k
    while start < len(text) and text[start].isspace():
        start += 1
    for a, b in spans:
        if a == start:
            after = text[b + 1 : b + 2]
            return bool(after) and bool(_HANGUL.match(after))
    return False


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans in ``text``, trimmed of surrounding spaces."""
    spans = _quote_spans(text)
    cuts: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "\n":
            cuts.append(i)
            i += 1
            continue
        if c not in ".?!。？！…":
            i += 1
            continue
        j = i
        while j < n and text[j] in ".?!。？！…":
            j += 1
        run = text[i:j]
        k = j
        while k < n and text[k] in _CLOSERS:
            k += 1
        closed = k > j
        nxt = text[k] if k < n else ""
        prev = text[i - 1] if i > 0 else ""
        end_ok = False
        span = next(((a, b) for a, b in spans if a < i < b), None)
        if span is not None and k <= span[1]:
            end_ok = False  # a full stop inside a quotation that goes on
        elif nxt == "" or nxt.isspace():
            if run in ("...", "…", "....") or set(run) <= {"…"}:
                # an ellipsis pauses; it ends the sentence only after a sentence-final ending
                end_ok = nxt == "" or (prev in _FINAL_SYLLABLES and not closed and span is None)
            elif closed and _quotation_follows(text, k, spans):
                end_ok = False  # “이게 나라냐.” “정신 차려라.”라고: one sentence quoting two
            elif run == "." and prev.isdigit():
                # "2026. 1. 22." and list numbers "1." are not sentence ends; "2023." before a
                # capital or Hangul word after a real sentence is.
                rest = text[k:].lstrip()
                head = text[:i].rstrip()
                end_ok = not (rest[:1].isdigit() or (re.search(r"(?:^|\s)\d{1,4}$", head) and len(head) <= 4))
            elif run == "." and _is_abbreviation(text, i):
                end_ok = False
            elif run == "." and re.match(r"\s+[a-z]", text[k:]) and re.search(r"[A-Za-z]$", text[:i]):
                end_ok = False  # "on Nov. that": an English sentence does not start in lower case
            else:
                end_ok = True
        elif not closed and run in (".", "?", "!") and _HANGUL.match(prev or " ") and span is None:
            end_ok = bool(nxt) and (nxt.isalnum() or nxt in _OPENERS)  # "했다.정부는"
        if end_ok:
            cuts.append(k)
        i = k if k > i else i + 1
    out: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, n]:
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        start = cut
    return out


def article_lang(article: Article) -> str:
    """The article's primary language tag, guessed from its text when the page did not say."""
    if article.lang:
        return article.lang.split("-")[0].lower()
    sample = (article.title + " " + article.text)[:2000]
    hangul = len(_HANGUL.findall(sample))
    letters = sum(ch.isalpha() for ch in sample) or 1
    return "ko" if hangul / letters > 0.3 else "en"


def split_article(
    article: Article,
    *,
    lexicon: Lexicon | None = None,
    offline: bool = False,
    include_title: bool = True,
    read_captions: bool = False,
) -> list[Sentence]:
    """Every sentence of the article, in reading order, with its spoken form.

    Captions are skipped unless ``read_captions``; then each is read after its paragraph (the text
    block before it; a lead photo's caption after the first paragraph), never inside the story's
    first lines. Credits inside a sentence stay on screen but are neither spoken nor transcribed.
    """
    lang = article_lang(article)
    sources: list[tuple[int, str, bool]] = []
    if include_title and article.title.strip():
        sources.append((-1, article.title, False))
    for bi, block in enumerate(article.blocks):
        sources.append((bi, block.plain_text(), isinstance(block, Image)))
    groups: list[list[Sentence]] = []
    waiting: list[list[Sentence]] = []  # captions before any paragraph: read after the first one
    body_seen = False
    for bi, text, caption in sources:
        group = _block_sentences(bi, text, caption, lang, lexicon, offline, read_captions)
        if caption and read_captions and not body_seen:
            waiting.append(group)
            continue
        groups.append(group)
        if bi >= 0 and not caption and any(not s.skip for s in group) and not _is_heading(article, bi):
            body_seen = True
            groups.extend(waiting)
            waiting = []
    groups.extend(waiting)
    return [replace(s, index=i) for i, s in enumerate(s for g in groups for s in g)]


def _is_heading(article: Article, bi: int) -> bool:
    return isinstance(article.blocks[bi], Heading)


def _block_sentences(
    bi: int,
    text: str,
    caption: bool,
    lang: str,
    lexicon: Lexicon | None,
    offline: bool,
    read_captions: bool,
) -> list[Sentence]:
    out: list[Sentence] = []
    pieces: list[tuple[int, int, bool]] = []
    for a, b in segment(text):
        d = dateline_end(text, a, b)
        if d > a:
            stop = d
            while stop > a and text[stop - 1].isspace():
                stop -= 1
            pieces.append((a, stop, True))
            a = d
        pieces.append((a, b, False))
    for pi, (a, b, is_dateline) in enumerate(pieces):
        piece = text[a:b]
        said = without_credits(piece, caption)
        skip = is_dateline or (caption and not read_captions) or is_non_content(piece) or not said
        spoken = "" if skip else normalize(said, lang, offline=offline, lexicon=lexicon)
        out.append(
            Sentence(
                index=0,
                block_index=bi,
                start=a,
                end=b,
                text=piece,
                spoken=spoken,
                skip=skip or not spoken,
                paragraph_end=pi == len(pieces) - 1,
                transcript="" if skip else said,
            )
        )
    return out
