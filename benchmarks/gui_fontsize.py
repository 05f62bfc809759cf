"""Changing the text size of a 50,000-character article, against a plain QTextBrowser reflowing the
same text at the same sizes. Target: at most 1.2x.

Not a test. Run from the repo root:  python benchmarks/gui_fontsize.py [--runs 5]

Each side runs in its own fresh process with the article open in a 1000x800 window, scrolled to the
middle. Ours is the whole window with its features (read-aloud, print, library) installed, as a user
has it, measured once their background warm-up after start is over. One measurement is one size
step: from the request (ours: the 폰트 확대 / 폰트 축소 action itself, the path the toolbar button,
Ctrl+= and Ctrl+wheel take; the reference: a new default font on its document) until the whole
document is laid out again and the view has repainted. Sizes walk our steps from 16 px up to 48 px
and back, the same sizes on both sides. After every step (outside the timing) ours must still show
the same paragraph at the top, or the run fails. The settings file is written once the steps stop,
a moment later, as in the app; that write is not part of a step.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui_common import report, run_pairs

from reader.style.reading import SIZE_STEPS

UP = [s for s in SIZE_STEPS if 16 <= s <= 48]
WALK = UP[1:] + UP[-2::-1]  # the sizes after each step

COMMON = f"""
import json, statistics, sys, time
from PySide6.QtWidgets import QApplication
START = {UP[0]}
WALK = {WALK!r}
""" + r"""
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
ctx.settings.set("font_size", START)
app, window = build_window(ctx)
window.resize(1000, 800)
window.show()
window.show_article(article)
app.processEvents()
# A reader reaches for the size button after the window has settled: the features' background
# warm-up (read-aloud imports, which hold Python's GIL for about a second after start) is over.
from PySide6.QtCore import QThreadPool
window.tasks.wait(30000)
QThreadPool.globalInstance().waitForDone(30000)
app.processEvents()
view = window.view
middle = len(article.blocks) // 2
view.scroll_to_block(middle)
settle(view.document(), view)
app.processEvents()
assert view.top_block_index() == middle, view.top_block_index()
bigger, smaller = window.actions["font_bigger"], window.actions["font_smaller"]
times = []
size = START
for target in WALK:
    action = bigger if target > size else smaller
    t0 = time.perf_counter()
    action.trigger()
    settle(view.document(), view)
    times.append((time.perf_counter() - t0) * 1000)
    size = int(ctx.settings.get("font_size"))
    if size != target:
        raise SystemExit(f"the step went to {size} px, not {target} px")
    if view.top_block_index() != middle:
        raise SystemExit(f"at {size} px the top paragraph is {view.top_block_index()}, not {middle}")
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
font.setPixelSize(START)
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
