"""Extraction quality and speed: this project beside trafilatura and readability-lxml, in one run.

Not a test. Run from the repo root:

    python benchmarks/extraction.py [--corpus ../shared/corpus] [--only aeb,moz] [--no-site-rules] [-v]

Sets (see the corpus README): aeb (article bodies), ko (Korean pages with titles, first and last sentences
and boilerplate markers), moz (Readability's test pages: real and synthetic apart, titles, bylines, pages that
are not articles) and snippets (strings the article must and must not contain).

Metrics
- Body F1 (aeb, ko, moz): \\w+ tokens, 4-token shingles, multiset overlap per page normalised to sum 1;
  precision averaged over pages with TP+FP>0, recall over pages with TP+FN>0, F1 their harmonic mean.
  moz F1 is over its article pages; its `readerable: false` pages are scored by the not-an-article answer.
- ko F1 follows the set's own definition of its body (the article's paragraphs, summary box and subheads
  excluded): each extractor's text without what it marked as headings (our Heading blocks, trafilatura's
  <head>, readability's <h1>-<h6>; their heading-marked text comes from a second, untimed call). "F1 all"
  beside it scores every line returned, so a kept subhead counts as extra text there.
- Text is compared as a reader sees it: white space collapsed, canonically equivalent spellings (NFC) and
  invisible format characters (soft hyphens, zero-width spaces) made alike on both sides.
- snippets F1 (trafilatura's own evaluation): whitespace-normalised substring tests summed over all pages,
  TP = must_contain found, FN = missing, FP = must_not_contain found.
- Glued words: a token of the output that is two consecutive tokens of the expected text run together
  ("reportedthat"), and is not itself a token of the expected text.
- Titles: ko exact (whitespace-normalised). moz (Readability.js's titles sometimes keep the site name):
  equal, or ours is the expected title less a site segment after or before a separator (" - ", " | ", …).
- Bylines (moz): every name we give appears in the expected byline, or the expected byline in ours
  (case, punctuation and a leading "By" ignored).
- ms/page: median wall time of one extraction of the decoded page; trafilatura's body call only (its
  metadata, for titles and bylines, is read in a second, untimed call).

Pages are decoded once (aeb: UTF-8; ko: its declared charset; moz and snippets: our decoder, as the app
reads a saved file) and every extractor gets the same text.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import logging
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
SETS = ("aeb", "ko", "moz", "snippets")


# ---- what an extractor answers ---------------------------------------------------------------------


@dataclass
class Answer:
    title: str = ""
    body: str = ""
    authors: list[str] = field(default_factory=list)
    is_article: bool = True
    ms: float = 0.0
    paragraphs: str | None = None  # the body without its subheads (only extractors that know their blocks)


Extractor = Callable[[str, str | None], Answer]

SITE_RULES = True
WANT_PARAGRAPHS = False  # set while the ko set runs: its expected body excludes subheads


def ours(html: str, url: str | None) -> Answer:
    """Our body text as the CLI prints it (Article.text: image captions are not body text)."""
    from reader.articles.extract import extract_article
    from reader.errors import NoArticleError

    t0 = time.perf_counter()
    try:
        art = extract_article(html, url, site_rules=SITE_RULES)
    except NoArticleError as exc:
        ms = (time.perf_counter() - t0) * 1000
        fb = exc.fallback
        return Answer(title=getattr(fb, "title", "") or "", is_article=False, ms=ms)
    ms = (time.perf_counter() - t0) * 1000
    from reader.articles.model import Heading, Image

    paragraphs = "\n\n".join(
        t for b in art.blocks if not isinstance(b, (Heading, Image)) and (t := b.plain_text())
    )
    return Answer(art.title, art.text, list(art.authors), True, ms, paragraphs)


def _trafilatura(precision: bool) -> Extractor:
    def run(html: str, url: str | None) -> Answer:
        import trafilatura
        from trafilatura.metadata import extract_metadata

        t0 = time.perf_counter()
        text = trafilatura.extract(html, url=url, favor_precision=precision, include_comments=False)
        ms = (time.perf_counter() - t0) * 1000
        meta = extract_metadata(html, default_url=url)
        title = (meta.title or "") if meta else ""
        authors = [a.strip() for a in re.split(r";", meta.author or "") if a.strip()] if meta else []
        paragraphs = None
        if WANT_PARAGRAPHS and text is not None:  # its own heads marked, outside the timed run
            xml = trafilatura.extract(
                html, url=url, favor_precision=precision, include_comments=False, output_format="xml"
            )
            paragraphs = _without_heads(xml or "", ("head",))
        return Answer(title, text or "", authors, text is not None, ms, paragraphs)

    return run


def readability_extract(html: str, url: str | None) -> Answer:
    import lxml.html
    from readability import Document

    t0 = time.perf_counter()
    doc = Document(html, url=url)
    summary = doc.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    title = doc.short_title()
    ms = (time.perf_counter() - t0) * 1000
    paragraphs = _without_heads(summary, ("h1", "h2", "h3", "h4", "h5", "h6")) if WANT_PARAGRAPHS else None
    return Answer(title, text, [], bool(text.strip()), ms, paragraphs)


def _without_heads(markup: str, heads: tuple[str, ...]) -> str:
    """An extractor's text without what it marked as headings (the ko set's body excludes subheads)."""
    import lxml.etree
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    for el in list(root.iter(*heads)):
        tail = el.tail
        parent = el.getparent()
        if parent is None:
            continue
        el.tail = None
        prev = el.getprevious()
        if tail:  # keep the text that follows the heading
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


EXTRACTORS: dict[str, Extractor] = {
    "ours": ours,
    "traf-precision": _trafilatura(True),
    "traf-default": _trafilatura(False),
    "readability": readability_extract,
}
REFERENCE = "traf-precision"


# ---- metrics ---------------------------------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = _TOKEN_RE.findall(unicodedata.normalize("NFC", _INVISIBLE.sub("", text or "")))
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def page_scores(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def shingle_prf(per_page: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    ps = [tp / (tp + fp) for tp, fp, _ in per_page if tp + fp > 0]
    rs = [tp / (tp + fn) for tp, _, fn in per_page if tp + fn > 0]
    p = statistics.fmean(ps) if ps else 0.0
    r = statistics.fmean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def glued_words(truth: str, pred: str, page: str = "") -> list[str]:
    """Words of ``pred`` that are two words of ``truth``, separated there by white space only, run together.

    Only joins with a letter count ("reportedthat", "100on"; not "34" from "3 4"). A word the expected text
    itself uses never counts, nor one the page's own text spells as one word: "<a>expand</a>ed" shows
    "expanded", so an expected "expand ed" is the annotation's split, not our glue.
    """
    tt = list(_TOKEN_RE.finditer(truth or ""))
    vocab = {m.group() for m in tt}
    joins = {
        a.group() + b.group()
        for a, b in itertools.pairwise(tt)
        if not truth[a.end() : b.start()].strip() and not (a.group() + b.group()).isdigit()
    } - vocab
    found = [w for w in _TOKEN_RE.findall(pred or "") if w in joins]
    if found and page:
        page_words = set(_TOKEN_RE.findall(_TAGS.sub(" ", _INLINE_TAGS.sub("", page))))
        found = [w for w in found if w not in page_words]
    return found


_TAGS = re.compile(r"<[^>]*>")
_INLINE_TAGS = re.compile(
    r"</?(?:a|em|strong|b|i|u|span|sup|sub|font|small|mark|abbr|cite|code)\b[^>]*>", re.I
)


_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def norm(s: str) -> str:
    """White space collapsed; canonically equivalent spellings (NFC) and invisible format characters
    (soft hyphens, zero-width spaces) made alike on both sides, as a reader sees no difference."""
    return " ".join(unicodedata.normalize("NFC", _INVISIBLE.sub("", s)).split())


_SITE_SEP = re.compile(r"\s+[-–—|·•»/]+\s+|\s*[|｜»]\s*|\s+::\s+|\s*_\s*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ", "–": "-", "—": "-"})


def _tnorm(s: str) -> str:
    return " ".join(s.translate(_QUOTES).split()).casefold()


def title_matches(got: str, want: str) -> bool:
    """Equal, or ``got`` is ``want`` less one site segment (at most 60 characters) after or before it."""
    g, w = _tnorm(got), _tnorm(want)
    if g == w:
        return True
    if not g:
        return False
    for m in _SITE_SEP.finditer(w):
        left, right = w[: m.start()].strip(), w[m.end() :].strip()
        if (g == left and len(right) <= 60) or (g == right and len(left) <= 60):
            return True
    return False


def _bnorm(s: str) -> str:
    s = re.sub(r"^\s*by\b", "", s.strip(), flags=re.I)
    return " ".join(re.findall(r"\w+", s.casefold()))


def byline_matches(got: list[str], want: str | None) -> bool:
    if not want or not got:
        return False
    w = _bnorm(want)
    names = [_bnorm(a) for a in got if _bnorm(a)]
    if not names or not w:
        return False
    joined = " ".join(names)
    return all(f" {n} " in f" {w} " for n in names) or f" {w} " in f" {joined} "


@dataclass
class Score:
    per_page: list[tuple[float, float, float]] = field(default_factory=list)
    per_page_synth: list[tuple[float, float, float]] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    titles: int = 0
    title_total: int = 0
    bylines: int = 0
    byline_total: int = 0
    first: int = 0
    last: int = 0
    leaks: int = 0
    leak_detail: list[str] = field(default_factory=list)
    glued: list[str] = field(default_factory=list)
    per_page_paragraphs: list[tuple[float, float, float]] = field(default_factory=list)
    glued_pages: int = 0
    no_article_right: int = 0  # non-article pages answered "no article"
    no_article_total: int = 0
    no_article_wrong: int = 0  # article pages answered "no article"
    snip: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fn, fp


# ---- corpus sets -----------------------------------------------------------------------------------

Page = tuple[str, str, str | None, dict[str, Any]]  # id, decoded html, url, expectations


def _our_decode(raw: bytes) -> str:
    from reader.articles.decode import decode_html

    return decode_html(raw).text


def load_aeb(corpus: Path) -> list[Page]:
    truth = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid, item in sorted(truth.items()):
        raw = gzip.decompress((corpus / "aeb" / "html" / f"{pid}.html.gz").read_bytes())
        pages.append((pid, raw.decode("utf-8", errors="replace"), item.get("url"), item))
    return pages


def load_ko(corpus: Path) -> list[Page]:
    index = json.loads((corpus / "ko" / "index.json").read_text(encoding="utf-8"))
    pages = []
    for item in index:
        raw = (corpus / "ko" / item["file"]).read_bytes()
        charset = (item.get("declared_charset") or "utf-8").lower()
        if charset in ("euc-kr", "ks_c_5601-1987", "x-windows-949", "windows-949"):
            charset = "cp949"
        pages.append((item["id"], raw.decode(charset, errors="replace"), item.get("url"), item))
    return pages


def load_moz(corpus: Path) -> list[Page]:
    index = json.loads((corpus / "moz" / "index.json").read_text(encoding="utf-8"))
    pages = []
    for item in index["pages"]:
        raw = gzip.decompress((corpus / "moz" / item["file"]).read_bytes())
        pages.append((item["id"], _our_decode(raw), item.get("url"), item))
    return pages


def load_snippets(corpus: Path) -> list[Page]:
    index = json.loads((corpus / "snippets" / "index.json").read_text(encoding="utf-8"))
    pages = []
    for item in index["pages"]:
        raw = gzip.decompress((corpus / "snippets" / item["file"]).read_bytes())
        url = item.get("url") or ""
        pages.append((item["id"], _our_decode(raw), url if url.startswith("http") else None, item))
    return pages


LOADERS: dict[str, Callable[[Path], list[Page]]] = {
    "aeb": load_aeb,
    "ko": load_ko,
    "moz": load_moz,
    "snippets": load_snippets,
}


# ---- scoring one set -------------------------------------------------------------------------------


def _score_page(name: str, sc: Score, ans: Answer, item: dict[str, Any], pid: str, page: str = "") -> None:
    sc.ms.append(ans.ms)
    if name == "snippets":
        text = norm(ans.body)
        tp = sum(norm(s) in text for s in item["must_contain"])
        sc.snip[0] += tp
        sc.snip[1] += len(item["must_contain"]) - tp
        fp = [s for s in item["must_not_contain"] if norm(s) in text]
        sc.snip[2] += len(fp)
        sc.leaks += len(fp)
        sc.leak_detail.extend(f"{pid}:{s[:40]}" for s in fp)
        sc.no_article_wrong += not ans.is_article
        return
    truth = str(item.get("articleBody") or item.get("expected_body") or "")
    if name == "moz" and item.get("expected_title"):
        sc.title_total += 1
        sc.titles += title_matches(ans.title, item["expected_title"])
    if name == "moz" and not item.get("readerable", True):
        sc.no_article_total += 1
        sc.no_article_right += not ans.is_article
        return
    sc.no_article_wrong += not ans.is_article
    s = page_scores(truth, ans.body)
    (sc.per_page_synth if item.get("synthetic") else sc.per_page).append(s)
    g = glued_words(truth, ans.body, page)
    sc.glued.extend(g)
    sc.glued_pages += bool(g)
    if name == "ko" and ans.paragraphs is not None:
        sc.per_page_paragraphs.append(page_scores(truth, ans.paragraphs))
    if name == "ko":
        sc.title_total += 1
        sc.titles += norm(ans.title) == norm(str(item.get("expected_title", "")))
        ntext = norm(ans.body)
        sc.first += norm(str(item.get("expected_first_sentence", ""))) in ntext
        sc.last += norm(str(item.get("expected_last_sentence", ""))) in ntext
        for m in item.get("boilerplate_markers") or []:
            if m in ans.body:
                sc.leaks += 1
                sc.leak_detail.append(f"{pid}:{m}")
    if name == "moz" and item.get("expected_byline"):
        sc.byline_total += 1
        sc.bylines += byline_matches(ans.authors, item["expected_byline"])


def run_set(
    name: str, pages: list[Page], extractors: dict[str, Extractor], verbose: bool
) -> dict[str, Score]:
    scores = {k: Score() for k in extractors}
    for pid, html, url, item in pages:
        for key, fn in extractors.items():
            try:
                ans = fn(html, url)
            except Exception as exc:  # a crash counts as an empty extraction
                print(f"  {key} crashed on {pid}: {type(exc).__name__}: {exc}", file=sys.stderr)
                ans = Answer(is_article=False)
            _score_page(name, scores[key], ans, item, pid, html)
            if verbose and key == "ours":
                _explain(name, pid, url, ans, item, html)
    return scores


def _explain(name: str, pid: str, url: str | None, ans: Answer, item: dict[str, Any], html: str = "") -> None:
    if name == "snippets":
        text = norm(ans.body)
        miss = [s for s in item["must_contain"] if norm(s) not in text]
        bad = [s for s in item["must_not_contain"] if norm(s) in text]
        if miss or bad:
            print(f"  snippets {pid} miss={len(miss)} leak={len(bad)} {item.get('url')}")
            for s in miss:
                print(f"      - {s[:100]!r}")
            for s in bad:
                print(f"      + {s[:100]!r}")
        return
    truth = str(item.get("articleBody") or item.get("expected_body") or "")
    if name == "moz" and item.get("expected_title") and not title_matches(ans.title, item["expected_title"]):
        print(f"  title {pid}: got {ans.title!r} want {item['expected_title']!r}")
    if name == "moz" and not item.get("readerable", True):
        if ans.is_article:
            print(f"  moz {pid}: answered an article on a page that is not one")
        return
    if not ans.is_article:
        print(f"  {name} {pid}: answered no article")
    tp, fp, fn = page_scores(truth, ans.body)
    if fp > 0.02 or fn > 0.02:
        print(f"  {name} {pid[:24]} tp={tp:.3f} fp={fp:.3f} fn={fn:.3f} {url or ''}")
    g = glued_words(truth, ans.body, html)
    if g:
        print(f"  {name} {pid[:24]} glued: {', '.join(g)}")
    if (
        name == "moz"
        and item.get("expected_byline")
        and not byline_matches(ans.authors, item["expected_byline"])
    ):
        print(f"  byline {pid}: got {ans.authors!r} want {item['expected_byline']!r}")
    if name == "ko" and norm(ans.title) != norm(str(item.get("expected_title", ""))):
        print(f"  title {pid}: got {ans.title!r} want {item.get('expected_title')!r}")


# ---- report ----------------------------------------------------------------------------------------


def _f(per_page: list[tuple[float, float, float]]) -> str:
    return f"{shingle_prf(per_page)[2]:7.3f}" if per_page else "      -"


def report(name: str, pages: list[Page], scores: dict[str, Score]) -> None:
    n = len(pages)
    print(f"\n== {name} ({n} pages) ==")
    if name == "snippets":
        print(
            f"{'extractor':<16}{'F1':>7}{'P':>7}{'R':>7}{'found':>7}{'miss':>6}{'leaks':>7}{'no-art':>8}{'ms':>8}"
        )
        for key, sc in scores.items():
            tp, fn, fp = sc.snip
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"{key:<16}{f:7.3f}{p:7.3f}{r:7.3f}{tp:7d}{fn:6d}{fp:7d}{sc.no_article_wrong:8d}"
                f"{statistics.median(sc.ms):8.1f}"
            )
        return
    if name == "moz":
        print(
            f"{'extractor':<16}{'F1all':>7}{'real':>7}{'synth':>7}{'P':>7}{'R':>7}{'titles':>8}{'bylines':>9}"
            f"{'not-art':>9}{'art→no':>8}{'glued':>7}{'ms':>8}"
        )
        for key, sc in scores.items():
            allp = sc.per_page + sc.per_page_synth
            p, r, _ = shingle_prf(allp)
            print(
                f"{key:<16}{_f(allp)}{_f(sc.per_page)}{_f(sc.per_page_synth)}{p:7.3f}{r:7.3f}"
                f"{sc.titles:>5}/{sc.title_total:<2}{sc.bylines:>6}/{sc.byline_total:<2}"
                f"{sc.no_article_right:>6}/{sc.no_article_total:<2}{sc.no_article_wrong:>8}"
                f"{len(sc.glued):>4}/{sc.glued_pages:<2}{statistics.median(sc.ms):8.1f}"
            )
        return
    if name == "ko":
        _report_ko(scores, n)
        if "ours" in scores and scores["ours"].leak_detail:
            print("  ours leaked:", ", ".join(scores["ours"].leak_detail))
        return
    print(f"{'extractor':<16}{'F1':>7}{'P':>7}{'R':>7}{'glued':>8}{'art→no':>8}{'ms':>8}")
    for key, sc in scores.items():
        p, r, f = shingle_prf(sc.per_page)
        print(
            f"{key:<16}{f:7.3f}{p:7.3f}{r:7.3f}{len(sc.glued):>5}/{sc.glued_pages:<2}{sc.no_article_wrong:>8}"
            f"{statistics.median(sc.ms):8.1f}"
        )
    if "ours" in scores and scores["ours"].glued:
        print("  ours glued:", ", ".join(scores["ours"].glued[:30]))


def _report_ko(scores: dict[str, Score], n: int) -> None:
    """F1 as the set defines its body (the article's paragraphs, subheads excluded), each extractor's
    text without what it marked as headings; beside it F1 on all its text, subheads counted as extra."""
    print(
        f"{'extractor':<16}{'F1':>7}{'P':>7}{'R':>7}{'F1 all':>8}{'glued':>8}{'art→no':>8}{'ms':>8}"
        f"{'titles':>8}{'first':>7}{'last':>6}{'leaks':>7}"
    )
    for key, sc in scores.items():
        p, r, f = shingle_prf(sc.per_page_paragraphs) if sc.per_page_paragraphs else (0.0, 0.0, 0.0)
        _, _, f_all = shingle_prf(sc.per_page)
        print(
            f"{key:<16}{f:7.3f}{p:7.3f}{r:7.3f}{f_all:8.3f}{len(sc.glued):>5}/{sc.glued_pages:<2}"
            f"{sc.no_article_wrong:>8}{statistics.median(sc.ms):8.1f}"
            f"{sc.titles:>5}/{n:<2}{sc.first:>4}/{n:<2}{sc.last:>3}/{n:<2}{sc.leaks:>5}"
        )
    print(
        "  F1: body paragraphs as the set defines them (subheads excluded: each extractor's own headings set "
        "aside); F1 all: every line it returned"
    )


def default_corpus() -> Path:
    """../shared/corpus beside the repo; a git worktree sits one level deeper, so look upwards."""
    for parent in REPO.parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return REPO.parent / "shared" / "corpus"


def main() -> int:
    global SITE_RULES
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pages where we lose")
    ap.add_argument("--only", default=",".join(SETS), help="comma-separated sets (default: all four)")
    ap.add_argument("--extractors", default=",".join(EXTRACTORS), help="comma-separated extractors")
    ap.add_argument("--no-site-rules", action="store_true", help="our generic path only (site rules off)")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    SITE_RULES = not args.no_site_rules
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    wanted = [k for k in args.extractors.split(",") if k]
    unknown = [k for k in wanted if k not in EXTRACTORS]
    if unknown:
        known = ", ".join(EXTRACTORS)
        print(f"unknown extractor(s): {', '.join(unknown)}; choose from {known}", file=sys.stderr)
        return 2
    chosen = {k: EXTRACTORS[k] for k in wanted}
    sets = [k for k in args.only.split(",") if k]
    if bad := [k for k in sets if k not in LOADERS]:
        print(f"unknown set(s): {', '.join(bad)}; choose from {', '.join(LOADERS)}", file=sys.stderr)
        return 2
    # warm up imports so the first page does not pay for them
    for fn in chosen.values():
        fn("<html><body><p>warm up</p></body></html>", None)
    if not SITE_RULES:
        print("site rules: OFF (our generic path only)")
    all_ms: dict[str, list[float]] = {k: [] for k in chosen}
    global WANT_PARAGRAPHS
    for name in sets:
        pages = LOADERS[name](corpus)
        WANT_PARAGRAPHS = name == "ko"
        scores = run_set(name, pages, chosen, args.verbose)
        report(name, pages, scores)
        for k, sc in scores.items():
            all_ms[k].extend(sc.ms)
    med = {k: statistics.median(v) for k, v in all_ms.items() if v}
    print("\n== speed (median ms/page over all pages of the run) ==")
    ref = med.get(REFERENCE)
    for k, v in med.items():
        ratio = f"   {v / ref:.2f}x {REFERENCE}" if ref else ""
        print(f"{k:<16}{v:8.1f} ms{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
