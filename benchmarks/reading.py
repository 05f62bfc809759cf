"""How right each voice's text is on the announcer's reading table, per category, beside kornorm.

The table (tests/speech/data/readings_*.yaml) gives, for every phrase, how a Korean news announcer
reads it: ``online`` is what Google's voice should be given, ``offline`` what espeak-ng should be
given (all in Hangul). kornorm (a Korean normalizer on the package index, in the dev extras) is
scored on the offline column, the one in plain Hangul. Spacing and punctuation are not compared.

Run: ``python benchmarks/reading.py`` from the repository root (``--wrong`` lists the misses;
``--table heldout_*.yaml`` or ``--table readings_*.yaml`` scores one set of tables only).
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.speech.reading_table import PATHS, key, load, right, said


def _kornorm() -> Callable[[str], str] | None:
    try:
        import kornorm
        import kornorm.alphanumeric.english as english
    except ImportError:
        return None
    english.fetch_cmudict_if_needed = lambda: None  # type: ignore[assignment]  # no download, ever

    def run(text: str) -> str:
        with contextlib.redirect_stdout(io.StringIO()):
            return str(kornorm.dealers_choice(text))

    return run


def main() -> int:
    show_wrong = "--wrong" in sys.argv
    patterns = tuple(sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--table")
    cases = load(patterns) if patterns else load()
    kornorm = _kornorm()
    columns = [*PATHS, "kornorm"]
    right_by: dict[str, dict[str, int]] = {c: defaultdict(int) for c in columns}
    total: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    seconds: dict[str, float] = defaultdict(float)
    for case in cases:
        total[case.category] += 1
        for path in PATHS:
            t0 = time.perf_counter()
            text = said(case, path)
            seconds[path] += time.perf_counter() - t0
            if right(case, path, text):
                right_by[path][case.category] += 1
            elif show_wrong:
                expected = getattr(case, path)[0]
                misses.append(f"{path:8} {case.category:9} {case.text!r} -> {text!r} (expected {expected!r})")
        if kornorm is not None:
            t0 = time.perf_counter()
            text = kornorm(case.text)
            seconds["kornorm"] += time.perf_counter() - t0
            if any(key(text) == key(r) for r in case.offline):
                right_by["kornorm"][case.category] += 1
            elif show_wrong:
                misses.append(f"kornorm  {case.category:9} {case.text!r} -> {text!r}")

    print(f"announcer reading table: {len(cases)} phrases")
    if kornorm is None:
        print("kornorm is not installed (pip install kornorm, or the dev extras): its column is left out")
        columns = list(PATHS)
    head = f"{'category':10} {'n':>4} " + " ".join(f"{c:>9}" for c in columns)
    print(head)
    print("-" * len(head))
    for category in total:
        row = f"{category:10} {total[category]:>4} "
        row += " ".join(f"{right_by[c][category] / total[category]:>9.0%}" for c in columns)
        print(row)
    n = len(cases)
    print("-" * len(head))
    print(f"{'all':10} {n:>4} " + " ".join(f"{sum(right_by[c].values()) / n:>9.1%}" for c in columns))
    print(f"{'ms/phrase':10} {'':>4} " + " ".join(f"{seconds[c] / n * 1000:>9.2f}" for c in columns))
    print("targets: online and offline >= 98% (tests/speech/test_reading_table.py)")
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
