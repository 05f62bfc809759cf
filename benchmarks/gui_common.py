"""Shared pieces of the window benchmarks: a 50,000-character article and cold child processes.

Every figure is measured in a fresh Python process (offscreen Qt, a throwaway settings folder), ours
and the reference interleaved, so caches and load spikes fall on both sides alike.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

KO = (
    "시립도서관이 내년부터 큰글자책 서가를 지금의 두 배로 늘리고, 글을 읽기 어려운 어르신을 위한 "
    "'듣는 독서' 프로그램을 새로 운영한다. "
)
EN = "The library will double its large-print shelves and read newspapers aloud twice a week. "


def long_article_dict(chars: int = 50_000) -> dict[str, Any]:
    """A Korean-and-English article of about ``chars`` characters in news-length paragraphs."""
    blocks: list[dict[str, Any]] = []
    total = 0
    i = 0
    while total < chars:
        i += 1
        if i % 12 == 0:
            text = f"< 소제목 {i // 12} >"
            blocks.append({"type": "heading", "text": text, "level": 2})
        else:
            text = f"{i}. " + (KO * 2 + EN) * (1 + i % 3)
            blocks.append({"type": "paragraph", "text": text})
        total += len(text) + 2
    return {"title": "긴 기사: 큰글자책 서가 두 배로", "subtitle": "벤치마크용 기사", "lang": "ko",
            "authors": ["김하늘 기자"], "site_name": "한빛일보", "blocks": blocks}


def child_env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ARTICLE_READER_BASEDIR"] = str(base)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(code: str, *args: str, base: Path | None = None) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON line as its last line.

    ``base`` is the app's settings/cache folder; None gives a new empty one (a first start).
    """
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(base or Path(tmp))
        proc = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def report(title: str, unit: str, ours: list[float], ref: list[float], target: float) -> float:
    mo, mr = statistics.median(ours), statistics.median(ref)
    ratio = mo / mr if mr else float("inf")
    verdict = "meets" if ratio <= target else "MISSES"
    print(f"{title}")
    print(f"  ours       median {mo:9.1f} {unit}   runs {', '.join(f'{v:.1f}' for v in ours)}")
    print(f"  reference  median {mr:9.1f} {unit}   runs {', '.join(f'{v:.1f}' for v in ref)}")
    print(f"  ratio {ratio:.2f}x (target <= {target:g}x: {verdict})")
    return ratio


Runs = list[dict[str, float]]


def run_pairs(ours_code: str, bare_code: str, runs: int) -> tuple[Runs, Runs, Any]:
    """Write the long article as JSON (ours) and plain text (the bare window), then run both
    children ``runs`` times, interleaved. Returns (ours, ref, article)."""
    from reader.articles.model import Article

    data = long_article_dict(50_000)
    article = Article.from_dict(data)
    with tempfile.TemporaryDirectory() as tmp:
        art_file = Path(tmp) / "article.json"
        art_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        txt_file = Path(tmp) / "article.txt"
        txt_file.write_text("\n\n".join([article.title, article.subtitle, article.text]), encoding="utf-8")
        ours: list[dict[str, float]] = []
        ref: list[dict[str, float]] = []
        for _ in range(runs):
            ref.append(run_child(bare_code, str(txt_file)))
            ours.append(run_child(ours_code, str(art_file)))
    return ours, ref, article
