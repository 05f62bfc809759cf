"""Images off, as Firefox's Reader View: each caption once, after a small mark in the caption's
colour; alt text only where it describes the picture and there is no caption; the text read aloud
for a caption is the caption itself."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reader.articles.model import Article, Image, Paragraph
from reader.gui.view.document import IMAGE_MARK_URL
from reader.style import themes
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui

CAPTION = "시립도서관 큰글자책 서가에서 책을 고르는 어르신들. [사진 출처 = 한빛일보]"


def article() -> Article:
    return Article(
        title="사진이 있는 기사",
        lang="ko",
        blocks=[
            Paragraph("첫 문단입니다."),
            Image("https://img.example/a.jpg", alt=CAPTION, caption=CAPTION),  # alt = caption
            Paragraph("둘째 문단입니다."),
            Image("https://img.example/b.jpg", alt="사진설명", caption=""),  # says nothing
            Image("https://img.example/c.jpg", alt="IMG_2041.JPG", caption="돋보기를 든 손"),
            Image("https://img.example/d.jpg", alt="책을 읽는 어린이", caption=""),  # the only words
            Image("", alt="image", caption=""),
            Paragraph("끝 문단입니다."),
        ],
    )


def _mark_colour(view: Any) -> QColor:
    image = view.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(IMAGE_MARK_URL))
    assert isinstance(image, QImage)
    inks = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    solid = [c for c in inks if c.alpha() == 255]
    assert solid
    return solid[len(solid) // 2]


def test_each_caption_once_and_alt_only_when_it_says_something(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    art = article()
    window.show_article(art)
    text = window.view.toPlainText()
    assert text.count(CAPTION) == 1
    assert "사진설명" not in text
    assert "IMG_2041" not in text
    assert "image" not in text.lower()
    assert text.count("책을 읽는 어린이") == 1  # shown: nothing else says what is in the picture
    assert "불러오지" not in text  # no banner over every photo
    assert "not loaded" not in text
    assert text.count("\ufffc") == sum(isinstance(b, Image) for b in art.blocks)  # one small mark each
    for i, block in enumerate(art.blocks):
        start, end = window.view.block_range(i)
        assert window.view.range_text(start, end) == block.plain_text(), i  # what read-aloud reads


def test_the_mark_takes_the_caption_colour_of_each_theme(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(article())
    for name in ("light", "dark", "contrast"):
        app_context.settings.set("theme", name)
        colour = _mark_colour(window.view)
        assert colour.name() == QColor(themes.THEMES[name].muted).name(), name


def test_images_on_show_the_picture_and_the_caption_once(qtbot: Any, app_context: Any) -> None:
    app_context.settings.set("show_images", True)
    window = make_window(qtbot, app_context)
    window.view.images_on = True
    window.show_article(article())
    text = window.view.toPlainText()
    assert text.count(CAPTION) == 1
    assert "책을 읽는 어린이" not in text  # alt is the picture's tooltip, not text on the page
