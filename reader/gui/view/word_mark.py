"""The read-aloud marks on the page: the sentence being read and, inside it, the word being spoken.

Both are extra selections of the view (nothing in the document changes, so copy, print and a
relayout never see them). The sentence keeps its calm highlight (a pale background, or an
underline when the reader chose that); the word gets the theme's stronger ``word_bg`` with an
underline in its text colour, so the mark is not carried by colour alone. The colours and their
contrast live in :mod:`reader.style.themes`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.style.reading import ReadingStyle

Span = tuple[int, int]


def _selection(doc: QTextDocument, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(doc)
    last = max(0, doc.characterCount() - 1)
    cursor.setPosition(max(0, min(span[0], last)))
    cursor.setPosition(max(0, min(span[1], last)), QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor
    sel.format = fmt
    return sel


def sentence_format(style: ReadingStyle) -> QTextCharFormat:
    t = style.theme
    fmt = QTextCharFormat()
    if style.highlight_style == "underline":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(t.link))
    else:
        fmt.setBackground(QColor(t.highlight_bg))
        fmt.setForeground(QColor(t.highlight_text))
    return fmt


def word_colours(style: ReadingStyle) -> tuple[str, str]:
    """(background, text) of the word mark: with an underlined sentence, the sentence's own calm
    background is enough to set the word apart; on a coloured sentence, the stronger one."""
    t = style.theme
    if style.highlight_style == "underline":
        return t.highlight_bg, t.highlight_text
    return t.word_bg or t.selection_bg, t.word_text or t.selection_text


def word_format(style: ReadingStyle) -> QTextCharFormat:
    bg, text = word_colours(style)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(bg))
    fmt.setForeground(QColor(text))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(text))
    return fmt


def selections(
    doc: QTextDocument, style: ReadingStyle, sentence: Span | None, word: Span | None
) -> list[QTextEdit.ExtraSelection]:
    """The view's extra selections: the sentence first, the word over it (later ones paint on top)."""
    out: list[QTextEdit.ExtraSelection] = []
    if sentence is not None:
        out.append(_selection(doc, sentence, sentence_format(style)))
    if word is not None and word[1] > word[0]:
        out.append(_selection(doc, word, word_format(style)))
    return out
