"""Shared helpers for the window tests: a window on a temp context, and articles to show in it."""

from __future__ import annotations

from typing import Any

from reader.articles.model import Article, Heading, Image, ListBlock, Mark, Note, Paragraph, Quote, Table


def rich_article(paragraphs: int = 40) -> Article:
    """Every block type, with enough paragraphs to scroll."""
    blocks: list[Any] = [
        Paragraph(
            "첫 문단입니다. 큰 글자로 편하게 읽습니다.",
            (Mark(0, 2, "strong"), Mark(4, 8, "link", "https://example.org/x")),
        ),
        Heading("소제목 하나", 2),
        Quote("인용문은 조금 들여 씁니다.", cite="누군가"),
        ListBlock(("첫째 항목", "둘째 항목", "셋째 항목"), ordered=False),
        ListBlock(("one", "two"), ordered=True),
        Note("* 알림: 작은 글씨로 보이는 주석입니다."),
        Image("https://images.example/photo.jpg", alt="사진", caption="사진 설명입니다."),
        Table((("구분", "수량"), ("큰글자책", "6,500권"), ("돋보기", "30대")), header=True),
    ]
    for i in range(paragraphs):
        blocks.append(Paragraph(f"{i + 1}번째 문단. " + "한글 문장이 이어집니다. The quick brown fox. " * 6))
    return Article(
        title="시험 기사 제목",
        subtitle="부제목",
        authors=["김하늘 기자"],
        site_name="한빛일보",
        published="2026-11-20T09:30:00+09:00",
        lang="ko",
        blocks=blocks,
    )


def make_window(qtbot: Any, ctx: Any, features: bool = False) -> Any:
    from reader.gui.app import build_window, create_app

    if features:
        _app, window = build_window(ctx)
    else:
        create_app()
        from reader.gui.window.main_window import MainWindow

        window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    return window
