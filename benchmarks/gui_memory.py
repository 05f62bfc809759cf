"""Peak memory with a 50,000-character article open and painted, against a bare PySide6 window
(QTextBrowser) showing the same plain text. Target: at most 2x.

Not a test. Run from the repo root:  python benchmarks/gui_memory.py [--runs 3]

Each side is a fresh process (offscreen Qt); the figure is the process's peak resident set size
(getrusage ru_maxrss) after the article has been painted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui_common import report, run_pairs

PEAK = r"""
import json, resource, sys
def peak_mib():
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024
"""

OURS = PEAK + r"""
from reader.articles.model import Article
from reader.context import AppContext
from reader.gui.app import build_window
article = Article.from_dict(json.loads(open(sys.argv[1], encoding="utf-8").read()))
ctx = AppContext.create()
app, window = build_window(ctx)
window.resize(1000, 800)
window.show()
window.show_article(article)
app.processEvents()
window.view.viewport().repaint()
window.view.scroll_to_block(len(article.blocks) - 1)
window.view.viewport().repaint()
print(json.dumps({"mib": peak_mib()}))
"""

BARE = PEAK + r"""
from PySide6.QtWidgets import QApplication, QTextBrowser
text = open(sys.argv[1], encoding="utf-8").read()
app = QApplication([])
view = QTextBrowser()
view.resize(1000, 800)
view.setPlainText(text)
view.show()
app.processEvents()
view.viewport().repaint()
bar = view.verticalScrollBar()
bar.setValue(bar.maximum())
view.viewport().repaint()
print(json.dumps({"mib": peak_mib()}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ours_runs, ref_runs, _ = run_pairs(OURS, BARE, args.runs)
    ours = [r["mib"] for r in ours_runs]
    ref = [r["mib"] for r in ref_runs]
    report("Peak memory with a 50,000-character article open (features installed)", "MiB", ours, ref, 2.0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
