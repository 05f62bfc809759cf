"""A text-size step restyles every kind of block in place and keeps the reader's place; the new size is
written to the settings file once the steps stop (and when the window closes), not on every step."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFont, QTextFormat

from reader.articles.model import Mark, Paragraph
from reader.gui import fonts
from reader.gui.view.document import Role
from reader.style import reading as ty
from reader.style import themes
from reader.style.reading import step_size
from tests.gui_helpers import make_window, rich_article

pytestmark = pytest.mark.gui


def _article() -> Any:
    article = rich_article(30)
    article.blocks.insert(
        1,
        Paragraph(
            "코드 print() 와 링크 하나가 있는 문단",
            (Mark(3, 10, "code"), Mark(13, 15, "link", "https://example.org/y"), Mark(16, 19, "em")),
        ),
    )
    return article


def _blocks(view: Any, role: Role) -> list[Any]:
    out = []
    block = view.document().begin()
    while block.isValid():
        if block.userState() // 16 == role:
            out.append(block)
        block = block.next()
    return out


def _px(block: Any) -> int:
    return int(block.begin().fragment().charFormat().intProperty(QTextFormat.Property.FontPixelSize))


def test_a_size_step_restyles_every_kind_of_block(qtbot: Any, app_context: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(_article())
    view = window.view
    for _ in range(3):
        window.actions["font_bigger"].trigger()
    size = int(app_context.settings.get("font_size"))
    assert size == step_size(step_size(step_size(20, 1), 1), 1)
    theme = themes.resolve(str(app_context.settings.get("theme")), False)
    line = float(app_context.settings.get("line_height"))
    spacing = float(app_context.settings.get("paragraph_spacing")) * size

    body = _blocks(view, Role.PARAGRAPH)
    assert len(body) == 32
    for block in body:
        bf = block.blockFormat()
        assert bf.lineHeight() == round(line * size)
        assert bf.bottomMargin() == pytest.approx(spacing)
        assert _px(block) == size
    title = _blocks(view, Role.TITLE)[0]
    assert _px(title) == round(size * ty.part_scale(ty.HEADLINE_SCALE, size))
    assert title.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
    heading = _blocks(view, Role.HEADING)[0]
    assert _px(heading) == round(size * ty.part_scale(ty.HEADING_SCALE[2], size))
    assert heading.blockFormat().topMargin() == pytest.approx(size * 0.8)
    quote = _blocks(view, Role.QUOTE)[0]
    assert quote.blockFormat().leftMargin() == pytest.approx(size * 1.2)
    note = _blocks(view, Role.NOTE)[0]
    assert note.begin().fragment().charFormat().foreground().color() == QColor(theme.muted)

    items = _blocks(view, Role.LIST_ITEM)
    assert [b.blockFormat().bottomMargin() for b in items] == pytest.approx(
        [size * 0.3, size * 0.3, spacing, size * 0.3, spacing]
    )
    assert all(b.textList() is not None for b in items)  # still lists, markers sized with the text
    assert items[0].textList() is not items[3].textList()
    assert all(int(b.charFormat().intProperty(QTextFormat.Property.FontPixelSize)) == size for b in items)
    rows = _blocks(view, Role.TABLE_HEADER) + _blocks(view, Role.TABLE_ROW)
    assert len(rows) == 3
    assert all(len(b.blockFormat().tabPositions()) == 1 for b in rows)

    marked = view.document().findBlock(view.block_range(1)[0])
    formats = {}
    it = marked.begin()
    while not it.atEnd():
        frag = it.fragment()
        formats[frag.text()] = frag.charFormat()
        it += 1
    assert formats["print()"].fontFamilies()[0] == fonts.hangul_family("mono")
    assert formats["print()"].intProperty(QTextFormat.Property.FontPixelSize) == size
    assert formats["링크"].foreground().color() == QColor(theme.link)
    assert formats["링크"].isAnchor()
    assert formats[" 있는 문단"].fontItalic() is False
    assert formats["하나가"].fontItalic() is True
    assert formats["하나가"].foreground().color() == QColor(theme.text)

    window.theme_actions["dark"].trigger()
    window.actions["font_smaller"].trigger()
    dark = themes.THEMES["dark"]
    assert formats["링크"].foreground().color() != QColor(dark.link)  # the old copies, not the document
    block = view.document().findBlock(view.block_range(1)[0])
    frags = []
    it = block.begin()
    while not it.atEnd():
        frags.append(it.fragment())
        it += 1
    link = next(f for f in frags if f.text() == "링크")
    assert link.charFormat().foreground().color() == QColor(dark.link)
    plain = next(f for f in frags if f.text() == " 있는 문단")
    assert plain.charFormat().foreground().color() == QColor(dark.text)


def test_size_steps_are_written_once_after_the_last(qtbot: Any, app_context: Any, app_paths: Any) -> None:
    window = make_window(qtbot, app_context)
    window.show_article(rich_article(10))
    path = app_paths.settings_file
    before = path.read_text(encoding="utf-8") if path.exists() else None
    for _ in range(4):
        window.actions["font_bigger"].trigger()
    size = app_context.settings.get("font_size")
    assert window.size_label.text() == f"{size} px"
    assert window.settings.save_pending
    assert (path.read_text(encoding="utf-8") if path.exists() else None) == before
    qtbot.waitUntil(lambda: not window.settings.save_pending, timeout=3000)
    assert json.loads(path.read_text(encoding="utf-8"))["font_size"] == size


def test_closing_the_window_writes_a_pending_size(qtbot: Any, app_context: Any, app_paths: Any) -> None:
    from reader.settings import Settings

    window = make_window(qtbot, app_context)
    window.show_article(rich_article(10))
    window.close()  # the geometry is written here; a second close must still write the size
    window.show()
    window.actions["font_smaller"].trigger()
    assert window.settings.save_pending
    window.close()
    assert not window.settings.save_pending
    assert Settings.load(app_paths.settings_file).get("font_size") == step_size(20, -1)
