"""Extraction quality and speed: this project beside trafilatura and readability-lxml, in one run.

Not a test. Run from the repo root:  python benchmarks/extraction.py [--corpus ../shared/corpus]

Metric (the article-extraction-benchmark's own): \\w+ tokens, 4-token shingles, multiset overlap per
page normalised to sum 1; precision averaged over pages with TP+FP>0, recall over pages with TP+FN>0,
F1 the harmonic mean of the two. Korean pages are decoded by their declared charset, as a browser would.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = _TOKEN_RE.findall(text or "")
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


@dataclass
class Score:
    per_page: list[tuple[float, float, float]] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    titles: int = 0
    first: int = 0
    last: int = 0
    leaks: int = 0
    leak_detail: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        ps = [tp / (tp + fp) for tp, fp, _ in self.per_page if tp + fp > 0]
        rs = [tp / (tp + fn) for tp, _, fn in self.per_page if tp + fn > 0]
        p = statistics.fmean(ps) if ps else 0.0
        r = statistics.fmean(rs) if rs else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


Extractor = Callable[[str, str | None], tuple[str, str]]  # (html, url) -> (title, body text)


_last_captions: list[str] = []


def ours(html: str, url: str | None) -> tuple[str, str]:
    """Our body text as the CLI prints it (Article.text: image captions are not body text)."""
    from reader.articles.extract import extract_article
    from reader.articles.model import Image
    from reader.errors import NoArticleError

    _last_captions.clear()
    try:
        art = extract_article(html, url)
    except NoArticleError:
        return "", ""
    _last_captions.extend(b.caption for b in art.blocks if isinstance(b, Image) and b.caption)
    return art.title, art.text  # exactly what `extract --format json` prints as "text"


def trafilatura_body(html: str, url: str | None) -> tuple[str, str]:
    import trafilatura

    return "", trafilatura.extract(html, url=url, favor_precision=True, include_comments=False) or ""


def trafilatura_title(html: str, url: str | None) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True)
    return (getattr(doc, "title", None) or "") if doc else ""


def readability_extract(html: str, url: str | None) -> tuple[str, str]:
    import lxml.html
    from readability import Document

    doc = Document(html, url=url)
    summary = doc.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return doc.short_title(), text


EXTRACTORS: dict[str, Extractor] = {
    "ours": ours,
    "trafilatura": trafilatura_body,
    "readability": readability_extract,
}


def norm(s: str) -> str:
    return " ".join(s.split())


def load_aeb(corpus: Path) -> list[tuple[str, str, str | None, dict[str, object]]]:
    truth = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid, item in sorted(truth.items()):
        raw = gzip.decompress((corpus / "aeb" / "html" / f"{pid}.html.gz").read_bytes())
        pages.append((pid, raw.decode("utf-8", errors="replace"), item.get("url"), item))
    return pages


def load_ko(corpus: Path) -> list[tuple[str, str, str | None, dict[str, object]]]:
    index = json.loads((corpus / "ko" / "index.json").read_text(encoding="utf-8"))
    pages = []
    for item in index:
        raw = (corpus / "ko" / item["file"]).read_bytes()
        charset = (item.get("declared_charset") or "utf-8").lower()
        if charset in ("euc-kr", "ks_c_5601-1987", "x-windows-949", "windows-949"):
            charset = "cp949"
        pages.append((item["id"], raw.decode(charset, errors="replace"), item.get("url"), item))
    return pages


def run_set(
    name: str,
    pages: list[tuple[str, str, str | None, dict[str, object]]],
    korean: bool,
    verbose: bool,
) -> dict[str, Score]:
    scores = {k: Score() for k in EXTRACTORS}
    with_captions = Score()
    for pid, html, url, item in pages:
        truth = str(item.get("articleBody") or item.get("expected_body") or "")
        for key, fn in EXTRACTORS.items():
            t0 = time.perf_counter()
            try:
                title, text = fn(html, url)
            except Exception as exc:  # a crash counts as an empty extraction
                print(f"  {key} crashed on {pid}: {type(exc).__name__}: {exc}", file=sys.stderr)
                title, text = "", ""
            scores[key].ms.append((time.perf_counter() - t0) * 1000)
            s = page_scores(truth, text)
            scores[key].per_page.append(s)
            if key == "ours":
                with_captions.per_page.append(page_scores(truth, "\n\n".join([text, *_last_captions])))
            if verbose and key == "ours":
                tp, fp, fn_ = s
                if fp > 0.02 or fn_ > 0.02:
                    print(f"  {name} {pid[:16]} tp={tp:.3f} fp={fp:.3f} fn={fn_:.3f} {url}")
            if korean:
                if key == "trafilatura":
                    title = trafilatura_title(html, url)
                sc = scores[key]
                ntext = norm(text)
                sc.titles += norm(title) == norm(str(item.get("expected_title", "")))
                sc.first += norm(str(item.get("expected_first_sentence", ""))) in ntext
                sc.last += norm(str(item.get("expected_last_sentence", ""))) in ntext
                markers = item.get("boilerplate_markers") or []
                assert isinstance(markers, list)
                for m in markers:
                    if m in text:
                        sc.leaks += 1
                        sc.leak_detail.append(f"{pid}:{m}")
                if verbose and key == "ours" and norm(title) != norm(str(item.get("expected_title", ""))):
                    print(f"  title {pid}: got {title!r} want {item.get('expected_title')!r}")
    scores["ours+captions"] = with_captions
    return scores


def report(name: str, n: int, scores: dict[str, Score], korean: bool) -> None:
    print(f"\n== {name} ({n} pages) ==")
    head = f"{'extractor':<13}{'F1':>7}{'P':>7}{'R':>7}{'ms/page':>9}"
    if korean:
        head += f"{'titles':>8}{'first':>7}{'last':>6}{'leaks':>7}"
    print(head)
    for key, sc in scores.items():
        p, r, f = sc.prf()
        if not sc.ms:
            print(f"{key:<13}{f:7.3f}{p:7.3f}{r:7.3f}   (same run as ours, image captions counted as body)")
            continue
        line = f"{key:<13}{f:7.3f}{p:7.3f}{r:7.3f}{statistics.median(sc.ms):9.1f}"
        if korean:
            line += f"{sc.titles:>5}/{n:<2}{sc.first:>4}/{n:<2}{sc.last:>3}/{n:<2}{sc.leaks:>5}"
        print(line)
    if korean and scores["ours"].leak_detail:
        print("  ours leaked:", ", ".join(scores["ours"].leak_detail))


def default_corpus() -> Path:
    """../shared/corpus beside the repo; a git worktree sits one level deeper, so look upwards."""
    for parent in REPO.parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared" / "corpus"
    return REPO.parent / "shared" / "corpus"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pages where we lose F1")
    ap.add_argument("--only", choices=["aeb", "ko"], help="run one set only")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    # warm up imports so the first page does not pay for them
    ours("<html><body><p>warm up</p></body></html>", None)
    trafilatura_body("<html><body><p>warm up</p></body></html>", None)
    all_ms: dict[str, list[float]] = {k: [] for k in EXTRACTORS}
    for name, loader, korean in (("aeb", load_aeb, False), ("ko", load_ko, True)):
        if args.only and args.only != name:
            continue
        pages = loader(corpus)
        scores = run_set(name, pages, korean, args.verbose)
        report(name, len(pages), scores, korean)
        for k, sc in scores.items():
            if k in all_ms:
                all_ms[k].extend(sc.ms)
    med = {k: statistics.median(v) for k, v in all_ms.items() if v}
    print("\n== speed (median ms/page over all pages) ==")
    for k, v in med.items():
        print(f"{k:<13}{v:8.1f} ms   ratio to trafilatura {v / med['trafilatura']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
