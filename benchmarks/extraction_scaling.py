"""How extraction cost grows with the page: one-line paragraphs from 3,000 to 1,000,000, through the CLI.

Not a test. Run from the repo root:  python benchmarks/extraction_scaling.py [--sizes 3000,30000,...]

Each size runs ``python -m reader extract PAGE -o OUT`` in a fresh process, so every figure includes start-up,
reading, decoding, parsing and writing, and the peak memory (max RSS) is that process's own. Printed beside
each: time per 1,000 paragraphs (flat when cost is linear) and the ratio to the 30,000-paragraph run in the
same invocation. Pages over the element cap (reader.articles.extract.MAX_ELEMENTS) are refused with
"too large" and exit 2: that refusal is part of what is measured (it must stay fast too). Pages over
TRAFILATURA_MAX_ELEMENTS are read by the readable candidate alone (trafilatura's pass grows faster than the
page), so 10k -> 90k compares two paths; the figures per 1,000 paragraphs show each stays linear.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD = """
import json, resource, sys, time
from reader.cli import main
t0 = time.perf_counter()
rc = main(["extract", sys.argv[1], "-o", sys.argv[2], "--format", "json"])
secs = time.perf_counter() - t0
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rc": rc, "secs": secs, "rss_mb": rss_mb}))
"""


def write_page(path: Path, paragraphs: int) -> int:
    with path.open("w", encoding="utf-8") as f:
        f.write("<!doctype html><html><head><meta charset='utf-8'><title>A long page</title></head><body>")
        f.write("<article><h1>A long page</h1>")
        for i in range(paragraphs):
            f.write(f"<p>Line {i}.</p>\n")
        f.write("</article></body></html>")
    return path.stat().st_size


def run(page: Path, out: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(page), str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    wall = time.perf_counter() - t0
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "{}"
    data: dict[str, float] = json.loads(last)
    data["wall"] = wall
    lines = [ln for ln in proc.stderr.splitlines() if "too many" in ln or "no article" in ln] or [""]
    data["message"] = lines[0]  # type: ignore[assignment]
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="3000,10000,30000,90000,300000,1000000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            page = Path(tmp) / f"p{n}.html"
            mb = write_page(page, n) / 1e6
            res = run(page, Path(tmp) / f"out{n}.json")
            res["mb"] = mb
            results[n] = res
            page.unlink()
    ref = results.get(30000)
    head = f"{'paragraphs':>11}{'MB':>7}{'exit':>6}{'wall s':>8}{'ms/1k':>8}{'x 30k':>7}{'RSS MB':>8}"
    print(head + "  outcome")
    for n, r in results.items():
        ratio = f"{r['wall'] / ref['wall']:7.2f}" if ref else "      -"
        outcome = "article" if r.get("rc") == 0 else str(r.get("message", ""))[:70]
        print(
            f"{n:>11,}{r['mb']:7.1f}{int(r.get('rc', -1)):>6}{r['wall']:8.2f}{r['wall'] / n * 1e6:8.1f}"
            f"{ratio}{r.get('rss_mb', 0):8.0f}  {outcome}"
        )
    if 10000 in results and 90000 in results:
        grow = results[90000]["wall"] / results[10000]["wall"]
        print(f"\n10k -> 90k paragraphs (both under the cap, 9x the work): time grows {grow:.1f}x")
    if ref and 300000 in results:
        print(f"30k -> 300k paragraphs: time grows {results[300000]['wall'] / ref['wall']:.2f}x (limit 12x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
