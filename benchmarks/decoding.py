"""Decoding Korean pages: this project's browser-like decoder beside what libraries guess, in one run.

Not a test. Run from the repo root:  python benchmarks/decoding.py [--corpus ../shared/corpus]

For every UTF-8 Korean page of the corpus, three byte versions are made in memory: CP949 with the meta
rewritten to euc-kr, CP949 with the meta removed, and the UTF-8 bytes mislabelled euc-kr. A decoding is
right when it reproduces the page's text exactly. Compared: ours (decode_html), trafilatura's own
decode_file (what trafilatura.extract does with bytes), charset-normalizer over a 5 kB window, and a
strict WHATWG prescan limited to 1024 bytes with windows-1252 as the default. Also printed: where the
<meta charset> of the English benchmark pages sits, which is why our prescan reads the whole <head>.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_META_RE = re.compile(r"<meta[^>]*charset[^>]*>", re.I)


def ours(data: bytes) -> str:
    from reader.articles.decode import decode_html

    return decode_html(data).text


def trafilatura_decode(data: bytes) -> str:
    from trafilatura.utils import decode_file

    return str(decode_file(data))


def window_5k(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:5000]).best()
    return data.decode(best.encoding if best else "utf-8", errors="replace")


def prescan_1024(data: bytes) -> str:
    from reader.articles.charsets import codec_for_label
    from reader.articles.decode import prescan_charset

    codec = codec_for_label(prescan_charset(data, limit=1024)) or "cp1252"
    return data.decode(codec, errors="replace")


METHODS: dict[str, Callable[[bytes], str]] = {
    "article-reader": ours,
    "trafilatura decode_file": trafilatura_decode,
    "charset-normalizer 5 kB": window_5k,
    "WHATWG prescan 1024 B": prescan_1024,
}


def variants(utf8: str) -> dict[str, tuple[bytes, str]]:
    relabelled = _META_RE.sub('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', utf8, 1)
    stripped = _META_RE.sub("", utf8)
    out = {}
    for name, text in (("cp949 meta euc-kr", relabelled), ("cp949 no meta", stripped)):
        data = text.encode("cp949", errors="xmlcharrefreplace")
        out[name] = (data, data.decode("cp949"))
    out["utf-8 labelled euc-kr"] = (relabelled.encode("utf-8"), relabelled)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = ap.parse_args()
    ko = args.corpus / "ko"
    index = json.loads((ko / "index.json").read_text("utf-8"))
    entries = [e for e in index if e["declared_charset"] == "utf-8"]
    right: dict[str, dict[str, int]] = {m: {} for m in METHODS}
    times: dict[str, list[float]] = {m: [] for m in METHODS}
    total: dict[str, int] = {}
    for e in entries:
        utf8 = (ko / e["file"]).read_text("utf-8")
        for vname, (data, expected) in variants(utf8).items():
            total[vname] = total.get(vname, 0) + 1
            for mname, fn in METHODS.items():
                t0 = time.perf_counter()
                text = fn(data)
                times[mname].append((time.perf_counter() - t0) * 1000)
                right[mname][vname] = right[mname].get(vname, 0) + (text == expected)
    names = list(total)
    print(f"Korean pages decoded exactly right ({len(entries)} pages per column)")
    print(f"{'method':26}" + "".join(f"{n:>24}" for n in names) + f"{'median ms':>11}")
    for m in METHODS:
        cells = "".join(f"{right[m].get(n, 0):>21}/{total[n]:<2}" for n in names)
        print(f"{m:26}{cells}{statistics.median(times[m]):>11.1f}")

    positions = []
    for f in sorted((args.corpus / "aeb" / "html").glob("*.html.gz")):
        data = gzip.decompress(f.read_bytes())
        m = re.search(rb"<meta[^>]*charset", data, re.I)
        if m:
            positions.append(m.start())
    late = [p for p in positions if p > 1024]
    print(
        f"\nEnglish benchmark pages: {len(positions)} declare a charset in a <meta>; "
        f"{len(late)} of them after byte 1024 (latest at byte {max(positions):,}); "
        "our prescan reads the whole <head>."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
