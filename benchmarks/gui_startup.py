"""Cold start to the first painted article: ``article-reader SAMPLE`` against a bare PySide6 window
painting the same plain text. Target: at most 2x.

Not a test. Run from the repo root:  python benchmarks/gui_startup.py [--runs 7]

Two cases: a returning user (the sample was opened before, so its extracted article comes from the
cache, found by the file's content) and the very first start (the page is parsed and extracted).
Both sides start a fresh interpreter with offscreen Qt; the clock runs from just before the process
is spawned to the end of the first paint that shows the article (ours: ArticleView with an article;
the reference: a QTextBrowser holding the article's plain text).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui_common import report, run_child

OURS = r"""
import json, sys, time
import reader.cli as cli

def hook_first_paint():
    # Qt may load only after the start-up extraction has forked (reader.articles.early), so the
    # paint hook goes in right then, as the app itself would continue.
    from reader.gui.view.article_view import ArticleView
    _paint = ArticleView.paintEvent
    def paintEvent(self, e):
        _paint(self, e)
        if self.article is not None and not getattr(ArticleView, "_done", False):
            ArticleView._done = True
            print(json.dumps({"t": time.time()}), flush=True)
            from PySide6.QtWidgets import QApplication
            QApplication.instance().quit()
    ArticleView.paintEvent = paintEvent

_start = cli._start_early_extraction
def start_then_hook(args, ctx):
    early = _start(args, ctx)
    hook_first_paint()
    return early
cli._start_early_extraction = start_then_hook
sys.exit(cli.main([sys.argv[1]]))
"""

BARE = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication, QTextBrowser
text = open(sys.argv[1], encoding="utf-8").read()
app = QApplication([])
class View(QTextBrowser):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not View.done:
            View.done = True
            print(json.dumps({"t": time.time()}), flush=True)
            app.quit()
w = View()
w.setPlainText(text)
w.resize(1000, 800)
w.show()
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from reader.articles import load_article
    from reader.paths import sample_article

    sample = str(sample_article("ko"))
    article = load_article(sample)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "sample.txt"
        plain.write_text("\n\n".join([article.title, article.subtitle, article.text]), encoding="utf-8")
        home = Path(tmp) / "home"  # a returning user's folder: settings and the article cache persist
        first: list[float] = []
        again: list[float] = []
        ref: list[float] = []
        run_child(BARE, str(plain))  # warm the OS file cache for both sides
        run_child(OURS, sample, base=home)
        for _ in range(args.runs):
            t0 = time.time()
            ref.append((run_child(BARE, str(plain))["t"] - t0) * 1000)
            t0 = time.time()
            first.append((run_child(OURS, sample)["t"] - t0) * 1000)
            t0 = time.time()
            again.append((run_child(OURS, sample, base=home)["t"] - t0) * 1000)
    report("Cold start to first painted article, the sample opened before (every start but the first)",
           "ms", again, ref, 2.0)
    report("Cold start to first painted article, first ever (empty settings and cache: full extraction)",
           "ms", first, ref, 2.0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
