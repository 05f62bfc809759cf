"""Library at scale: 100,000 saved articles — list, Korean search, size on disk.

Not a test. Generates (once, then reuses) a library whose articles are recombined sentences of
the extraction corpus (Korean and English news), each with a compressed page around it, then
prints each figure beside its target:

    python benchmarks/library.py [--corpus ../shared/corpus] [--count 100000] [--db FILE]

It also builds a 10,000-article side sample with the SQLite trigram tokenizer to show, in the same
run, why the library indexes Korean as bigrams instead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.articles.model import Article, Block, Heading, Paragraph  # noqa: E402
from reader.library import Library, SaveItem  # noqa: E402
from reader.library.records import index_values  # noqa: E402

PAGE = 200  # rows the library panel asks for first
COUNT_CAP = 1000  # the panel shows "1,000+" past this when filters make counting expensive
LIST_TARGET_MS = 200.0
SEARCH_TARGET_MS = 100.0
LIST_T = f"≤ {LIST_TARGET_MS:.0f} ms"
SEARCH_T = f"≤ {SEARCH_TARGET_MS:.0f} ms"
SITES_KO = ["한빛일보", "매일경제", "한국일보", "동네소식", "경제신문", "서울타임즈", "부산일보", "과학동아"]
SITES_EN = ["news.example.com", "daily.example.org", "tech.example.net", "city.example.com"]
_SENT = re.compile(r"(?<=[.!?。다])\s+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def load_pools(corpus: Path) -> tuple[list[str], list[str]]:
    """Korean and English sentences from the corpus' known article texts."""
    ko: list[str] = []
    en: list[str] = []
    for item in json.loads((corpus / "ko" / "index.json").read_text("utf-8")):
        ko += [
            s.strip() for p in item.get("expected_body", "").split("\n") for s in _SENT.split(p) if s.strip()
        ]
    truth = json.loads((corpus / "aeb" / "ground-truth.json").read_text("utf-8"))
    for item in truth.values():
        body = item.get("articleBody", "")
        pool = ko if len(_HANGUL.findall(body)) > len(body) // 4 else en
        pool += [s.strip() for p in body.split("\n") for s in _SENT.split(p) if len(s.strip()) > 20]
    if len(ko) < 50 or len(en) < 50:
        raise SystemExit(f"the corpus at {corpus} has too little text ({len(ko)} ko, {len(en)} en sentences)")
    return ko, en


def make_article(i: int, ko: list[str], en: list[str]) -> tuple[Article, bytes]:
    rng = random.Random(i)
    korean = rng.random() < 0.7
    pool = ko if korean else en
    site = rng.choice(SITES_KO if korean else SITES_EN)
    blocks: list[Block] = []
    for n in range(rng.randint(5, 15)):
        if n and rng.random() < 0.12:
            blocks.append(Heading(rng.choice(pool)[:40]))
        blocks.append(Paragraph(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 4)))))
    title = rng.choice(pool)[:70]
    art = Article(
        title=title,
        blocks=blocks,
        url=f"https://{site if not korean else 'news.example.kr/' + str(SITES_KO.index(site))}/{i}",
        site_name=site,
        lang="ko" if korean else "en",
        extractor="bench",
        published="2026-01-01T09:00:00+09:00",
    )
    body = "".join(f"<p>{b.plain_text()}</p>\n" for b in blocks)
    nav = "".join(f'<li><a href="/s/{k}">{rng.choice(pool)[:30]}</a></li>' for k in range(12))
    page = (
        f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charset="utf-8"><title>{title} - {site}</title>'
        f'<meta property="og:title" content="{title}"><link rel="stylesheet" href="/css/site.css"></head>'
        f"<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>\n{body}"
        f"</article></main><footer>Copyright {site}. All rights reserved.</footer></body></html>"
    ).encode()
    return art, page


def generate(db: Path, count: int, ko: list[str], en: list[str]) -> None:
    start = time.perf_counter()
    base = time.time() - count * 60
    with Library(db) as lib:
        with lib.reading() as conn:
            conn.execute("PRAGMA synchronous = OFF")  # a generated library: no need to survive power loss
        have = lib.count()
        batch: list[SaveItem] = []
        for i in range(have, count):
            art, page = make_article(i, ko, en)
            rng = random.Random(-i)
            tags = tuple(t for t in ("경제", "정치", "과학", "later") if rng.random() < 0.05)
            batch.append(SaveItem(art, page, "html", art.url, tags, base + i * 60))
            if len(batch) == 2000 or i == count - 1:
                ids = lib.save_many(batch)
                with lib.writing() as conn:  # some history of reading: read, favourite, opened
                    for aid in ids:
                        r = random.Random(aid)
                        if r.random() < 0.4:
                            conn.execute(
                                "UPDATE articles SET read=1, opened_at=added_at+3600, favourite=? WHERE id=?",
                                (int(r.random() < 0.1), aid),
                            )
                batch = []
                done = i + 1
                rate = (done - have) / (time.perf_counter() - start)
                print(f"  generated {done:,}/{count:,} ({rate:,.0f}/s)", file=sys.stderr, flush=True)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO search(search) VALUES ('optimize')")  # as after long use: merged segments
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def timed(fn: Callable[[], object], repeat: int = 7) -> tuple[float, float, object]:
    """(median ms, first-run ms, last result)."""
    times = []
    result: object = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), times[0], result


def korean_query_pairs(ko: list[str], n: int = 12) -> list[str]:
    """Pairs of two-syllable Korean words as they stand in the corpus, frequent and rare."""
    words = Counter(w for s in ko for w in s.split() if len(w) == 2 and all(_HANGUL.match(c) for c in w))
    common = [w for w, _ in words.most_common(60)]
    rng = random.Random(7)
    pairs = [f"{common[k]} {common[k + 1]}" for k in range(0, 12, 2)]  # frequent words: the slow case
    while len(pairs) < n:
        a, b = rng.sample(common, 2)
        pairs.append(f"{a} {b}")
    return pairs


def row(label: str, value: str, target: str, ok: bool | None) -> None:
    mark = "" if ok is None else ("  ok" if ok else "  OVER TARGET")
    print(f"{label:<48} {value:>14}   target {target}{mark}")


def sizes(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        out: dict[str, int] = Counter()
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            key = "search index" if name.startswith("search") else name
            key = (
                "indexes"
                if key.startswith(("articles_", "sqlite_autoindex", "tags_", "history_", "queue_"))
                else key
            )
            out[key] += size
        return dict(out)
    finally:
        conn.close()


def trigram_comparison(ko: list[str], en: list[str], queries: list[str], n: int = 10_000) -> None:
    """Same texts, two indexes: our bigram scheme versus SQLite's trigram tokenizer."""
    print(f"\nSide sample of {n:,} articles: bigram index (ours) vs trigram tokenizer")
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "cmp.sqlite3")
        conn.execute("CREATE VIRTUAL TABLE bi USING fts5(title, body, content='')")
        conn.execute("CREATE VIRTUAL TABLE tri USING fts5(title, body, content='', tokenize='trigram')")
        conn.execute("CREATE TABLE plain (title, body)")
        for i in range(n):
            art, _ = make_article(i, ko, en)
            conn.execute("INSERT INTO bi(rowid, title, body) VALUES (?,?,?)", (i, *index_values(art)))
            conn.execute("INSERT INTO tri(rowid, title, body) VALUES (?,?,?)", (i, art.title, art.text))
            conn.execute("INSERT INTO plain(rowid, title, body) VALUES (?,?,?)", (i, art.title, art.text))
        conn.commit()
        size = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        bi = sum(v for k, v in size.items() if k.startswith("bi"))
        tri = sum(v for k, v in size.items() if k.startswith("tri"))
        print(f"  index size per article: bigram {bi / n:,.0f} B, trigram {tri / n:,.0f} B")
        from reader.library.textindex import fts_query

        bi_hits = tri_hits = like_hits = 0
        like_ms = []
        for q in queries:
            bi_hits += conn.execute("SELECT count(*) FROM bi WHERE bi MATCH ?", (fts_query(q),)).fetchone()[0]
            tri_q = " AND ".join(f'"{w}"' for w in q.split())
            tri_hits += conn.execute("SELECT count(*) FROM tri WHERE tri MATCH ?", (tri_q,)).fetchone()[0]
            a, b = q.split()
            t = time.perf_counter()
            like_hits += conn.execute(
                "SELECT count(*) FROM plain "
                "WHERE (title LIKE ?1 OR body LIKE ?1) AND (title LIKE ?2 OR body LIKE ?2)",
                (f"%{a}%", f"%{b}%"),
            ).fetchone()[0]
            like_ms.append((time.perf_counter() - t) * 1000)
        conn.close()
    print(f"  two-syllable word pairs ({len(queries)} queries), total matches:")
    print(
        f"    bigram index {bi_hits:,}; trigram index {tri_hits:,} (it cannot match words under 3 characters)"
    )
    print(
        f"    LIKE scan over plain text (trigram's fallback) {like_hits:,} matches, "
        f"median {statistics.median(like_ms):.0f} ms for {n:,} articles "
        f"(~{statistics.median(like_ms) * 100_000 / n:,.0f} ms at 100,000)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="library file to build or reuse")
    parser.add_argument("--no-compare", action="store_true", help="skip the trigram side sample")
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"article-reader-bench-{args.count}.sqlite3"
    if not (args.corpus / "ko" / "index.json").is_file():
        parser.error(f"no corpus at {args.corpus}; give its folder with --corpus")
    ko, en = load_pools(args.corpus)
    print(f"corpus: {len(ko):,} Korean and {len(en):,} English sentences from {args.corpus}")
    existing = 0
    if db.exists():
        with Library(db) as lib:
            existing = lib.count()
    if existing < args.count:
        print(f"generating {args.count - existing:,} articles into {db} (reused on later runs)")
        generate(db, args.count, ko, en)
    else:
        print(f"reusing {db} ({existing:,} articles)")

    print(f"\nLibrary of {args.count:,} articles ({db.stat().st_size / 2**20:,.0f} MiB)")

    def open_list(sort: str = "added", **filters: Any) -> Callable[[], object]:
        """What the panel does when it appears: open, count, first page, tag and site lists."""

        def run() -> object:
            with Library(db) as lib:
                total = lib.count(cap=COUNT_CAP, **filters)
                return total, lib.entries(sort=sort, limit=PAGE, **filters), lib.tags(), lib.sites()

        return run

    med, first, _ = timed(open_list())
    row(f"open library list: first {PAGE} rows, newest first", f"{med:.1f} ms", LIST_T, med <= LIST_TARGET_MS)
    print(f"{'  (first run in this process)':<48} {first:>11.1f} ms")
    for label, fn in (
        ("  sorted by title", open_list("title")),
        ("  unread only", open_list(unread=True)),
        ("  favourites, by site", open_list("site", favourites=True)),
    ):
        med, _, _ = timed(fn)
        row(label, f"{med:.1f} ms", LIST_T, med <= LIST_TARGET_MS)

    queries = korean_query_pairs(ko)
    with Library(db) as lib:

        def search(q: str, sort: str, **filters: Any) -> tuple[int, list[Any]]:
            """The panel's search: the count (capped when filtered) and the first page."""
            return lib.count(query=q, cap=COUNT_CAP, **filters), lib.entries(
                query=q, sort=sort, limit=PAGE, **filters
            )

        for sort, label in (("relevance", "best match (headline first)"), ("added", "newest first")):
            per_query = []
            for q in queries:
                med, _, res = timed(lambda q=q, sort=sort: search(q, sort), repeat=5)
                per_query.append((med, q, res[0]))  # type: ignore[index]
            per_query.sort()
            meds = [m for m, _, _ in per_query]
            med = statistics.median(meds)
            row(f"Korean two-word search, {label}", f"{med:.1f} ms", SEARCH_T, med <= SEARCH_TARGET_MS)
            slow_ms, slow_q, slow_n = per_query[-1]
            row(
                f"  slowest: {slow_q!r} ({slow_n:,} matches)",
                f"{slow_ms:.1f} ms",
                SEARCH_T,
                slow_ms <= SEARCH_TARGET_MS,
            )
        per_query = []
        for q in queries:
            med, _, _ = timed(lambda q=q: search(q, "relevance", unread=True), repeat=5)
            per_query.append(med)
        med = statistics.median(per_query)
        row("Korean two-word search, unread only", f"{med:.1f} ms", SEARCH_T, med <= SEARCH_TARGET_MS)
        from reader.library.textindex import fts_query

        with lib.reading() as conn:
            bm25 = []
            for q in queries:
                m = fts_query(q)
                med, _, _ = timed(
                    lambda m=m: conn.execute(
                        "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?", (m, PAGE)
                    ).fetchall(),
                    repeat=3,
                )
                bm25.append(med)
        print(
            f"{'  reference: bm25 ranking of the same queries':<48} {statistics.median(bm25):>11.1f} ms"
            f"   (slowest {max(bm25):.0f} ms; not used: it ranks every match)"
        )
        n = lib.count()
        med, _, _ = timed(lambda: lib.article(n // 2))
        print(f"{'open one saved article (decompress + parse)':<48} {med:>11.2f} ms")

    total = db.stat().st_size
    print(f"\nDatabase size: {total / 2**20:,.0f} MiB, {total / args.count / 1024:,.2f} KiB per article")
    for name, size in sorted(sizes(db).items(), key=lambda kv: -kv[1]):
        print(f"  {name:<20} {size / args.count:>8,.0f} B per article")
    conn = sqlite3.connect(db)
    orig, packed, raw, chars = conn.execute(
        "SELECT avg(length(original)), avg(length(article)), avg(original_size), "
        "(SELECT avg(chars) FROM articles) FROM contents"
    ).fetchone()
    conn.close()
    print(f"  of contents: page {orig:,.0f} B (from {raw:,.0f} B, zlib), article JSON {packed:,.0f} B (zlib)")
    print(f"  average article body: {chars:,.0f} characters")
    real = [gzip.decompress(p.read_bytes()) for p in sorted((args.corpus / "aeb" / "html").glob("*.html.gz"))]
    if real:
        raw_avg = statistics.mean(len(r) for r in real)
        z_avg = statistics.mean(len(zlib.compress(r, 6)) for r in real)
        print(
            f"  reference: the corpus' {len(real)} real news pages average {raw_avg / 1024:,.0f} KiB, "
            f"{z_avg / 1024:,.1f} KiB compressed; with such pages an article would take about "
            f"{(total / args.count - orig + z_avg) / 1024:,.1f} KiB"
        )
    if not args.no_compare:
        trigram_comparison(ko, en, queries[:8])
    return 0


if __name__ == "__main__":
    sys.exit(main())
