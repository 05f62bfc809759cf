"""Changing the text size of a 50,000-character article, against a plain QTextBrowser reflowing the
same text at the same sizes. Target: at most 1.2x.

Not a test. Run from the repo root:  python benchmarks/gui_fontsize.py [--runs 5]

Each side runs in its own fresh process with the article open in a 1000x800 window, scrolled to the
middle. One measurement is one size step: from the request (ours: the 폰트 확대 action, which also
keeps the paragraph at the top in place; the reference: a new default font on its document) until
the whole document is laid out again and the view has repainted. Sizes walk 16 -> 48 px and back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui_common import report, run_pairs

COMMON = r"""
import json, statistics, sys, time
from PySide6.QtWidgets import QApplication
SIZES = [16, 18, 20, 22, 24, 26, 28, 32, 36, 40, 44, 48]
WALK = SIZES[1:] + SIZES[-2::-1]
def settle(doc, view):
    doc.documentLayout().blockBoundingRect(doc.lastBlock())  # the whole document laid out
    view.viewport().repaint()
"""

OURS = COMMON + r"""
from reader.articles.model import Article
from reader.context import AppContext
from reader.gui.app import build_window
article = Article.from_dict(json.loads(open(sys.argv[1], encoding="utf-8").read()))
ctx = AppContext.create()
ctx.settings.set("font_size", 16)
app, window = build_window(ctx, features=False)
window.resize(1000, 800)
window.show()
window.show_article(article)
app.processEvents()
view = window.view
view.scroll_to_block(len(article.blocks) // 2)
settle(view.document(), view)
times = []
for size in WALK:
    t0 = time.perf_counter()
    ctx.settings.set("font_size", size)
    settle(view.document(), view)
    times.append((time.perf_counter() - t0) * 1000)
    app.processEvents()
print(json.dumps({"ms": statistics.median(times), "min": min(times), "chars": len(article.text)}))
"""

BARE = COMMON + r"""
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser
text = open(sys.argv[1], encoding="utf-8").read()
app = QApplication([])
view = QTextBrowser()
view.resize(1000, 800)
font = QFont("Noto Sans CJK KR")
font.setPixelSize(16)
view.document().setDefaultFont(font)
view.setPlainText(text)
view.show()
app.processEvents()
bar = view.verticalScrollBar()
bar.setValue(bar.maximum() // 2)
settle(view.document(), view)
times = []
for size in WALK:
    t0 = time.perf_counter()
    font.setPixelSize(size)
    view.document().setDefaultFont(font)
    settle(view.document(), view)
    times.append((time.perf_counter() - t0) * 1000)
    app.processEvents()
print(json.dumps({"ms": statistics.median(times), "min": min(times), "chars": len(text)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ours, ref, article = run_pairs(OURS, BARE, args.runs)
    print(f"article: {len(article.text):,} characters in {len(article.blocks)} blocks")
    report("One text-size step on a 50,000-character article (median step of each run)", "ms",
           [r["ms"] for r in ours], [r["ms"] for r in ref], 1.2)
    report("The same, fastest step of each run (least disturbed by other load on the machine)", "ms",
           [r["min"] for r in ours], [r["min"] for r in ref], 1.2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
