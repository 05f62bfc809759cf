"""Time to export a 50,000-character article to PDF, beside Qt's own QTextDocument.print_ in the same run.

Not a test. Run from the repo root:  python benchmarks/pdf_export.py [--chars 50000] [--runs 5]

Ours: build the print model, lay it out with our own pagination, paint header/body/footer on every
page and write the PDF's document info (everything `article-reader pdf` does but the file write).
Reference: the same text as plain text in a QTextDocument printed with QTextDocument.print_ to a
QPdfWriter at the same resolution (Qt's pagination, no header or footer). Target: ours <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARAGRAPHS = [
    "시립도서관이 내년부터 큰글자책 서가를 지금의 두 배로 늘리고, 글을 읽기 어려운 어르신을 위한 '듣는 독서' "
    "프로그램을 새로 운영한다. 도서관은 11.19(수) 이런 내용을 담은 「모두의 도서관」 계획을 발표했다.",
    "계획에 따르면 본관과 분관 다섯 곳의 큰글자책은 약 3,200권에서 6,500권으로 늘어난다. 글자 크기가 일반 "
    "책보다 1.5배 이상 큰 책으로, 최근 3년 동안 대출이 해마다 20% 넘게 증가했다.",
    "가장 눈에 띄는 변화는 낭독 봉사다. 도서관은 자원봉사자 40명을 새로 모집해 매주 화요일과 목요일 오후 "
    "열람실에서 신문 기사와 소설을 소리 내어 읽어 주기로 했다. 봉사자 교육은 12.3(수)부터 두 차례 열린다.",
    "The reading room will also get twelve seats fitted with a hearing loop for visitors who use "
    "hearing aids, and the library will lend hand-held magnifiers for up to fourteen days.",
]


def build_article(chars: int) -> object:
    from reader.articles.model import Article, Block, Heading, Paragraph

    blocks: list[Block] = []
    total = 0
    i = 0
    while total < chars:
        if i % 8 == 0:
            head = f"< 소제목 {i // 8 + 1} >"
            blocks.append(Heading(head))
            total += len(head)
        text = PARAGRAPHS[i % len(PARAGRAPHS)]
        blocks.append(Paragraph(text))
        total += len(text)
        i += 1
    return Article(
        title="시립도서관, 큰글자책 서가 두 배로… 어르신 '듣는 독서' 지원도",
        authors=["김하늘 기자"],
        site_name="한빛일보",
        url="https://news.hanbit.example/article/2026/11/20/library",
        published="2026-11-20T09:30:00+09:00",
        lang="ko",
        blocks=blocks,
    )


def ours(article: object) -> tuple[float, int, int]:
    from reader.gui.printing.render import pdf_bytes
    from reader.printing import build_print_model

    start = time.perf_counter()
    model = build_print_model(article)  # type: ignore[arg-type]
    data, pages = pdf_bytes(model)
    return time.perf_counter() - start, pages, len(data)


def reference(text: str) -> tuple[float, int, int]:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    start = time.perf_counter()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(["NanumMyeongjo", "Noto Serif CJK KR"])
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setPlainText(text)
    doc.print_(writer)
    del writer
    buffer.close()
    elapsed = time.perf_counter() - start
    data = bytes(buffer.data().data())
    return elapsed, len(re.findall(rb"/Type\s*/Page\b(?!s)", data)), len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    import reader.gui  # noqa: F401 - applies the PySide6/Python 3.11 fix before Qt work

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["pdf-benchmark"])
    article = build_article(args.chars)
    text = article.title + "\n\n" + article.text  # type: ignore[attr-defined]
    ours(article)  # warm up fonts and caches for both
    reference(text)
    ours_times, ref_times = [], []
    for _ in range(args.runs):
        t, our_pages, our_size = ours(article)
        ours_times.append(t)
        t, ref_pages, ref_size = reference(text)
        ref_times.append(t)
    o, r = statistics.median(ours_times), statistics.median(ref_times)
    print(f"article: {len(text):,} characters, {len(article.blocks)} blocks")  # type: ignore[attr-defined]
    print(
        f"ours      (print model + own pagination + header/footer + info): {o:6.3f} s median of {args.runs}"
        f"  {our_pages} pages, {our_size / 1024:.0f} KiB"
    )
    print(
        f"reference (QTextDocument.print_ of the plain text):             {r:6.3f} s median of {args.runs}"
        f"  {ref_pages} pages, {ref_size / 1024:.0f} KiB"
    )
    print(f"ratio ours/reference: {o / r:.2f}   target ours <= 1.000 s: {'met' if o <= 1.0 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
