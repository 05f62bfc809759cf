"""The contract between the reader window and the features that plug into it.

Read-aloud, print and the library each install themselves with ``install(window)``, where
``window`` is a :class:`ReaderWindow`; this is everything they may use of it. The one class that
implements it is :class:`reader.gui.window.main_window.MainWindow`; tests and features rely on
these names, and the type checker holds both sides to them.

- ``ctx``: the :class:`~reader.context.AppContext` (paths, settings, library, audio cache, state).
- ``settings``: the :class:`~reader.gui.settings_bridge.SettingsBridge`, the only way the window
  and its features read and write settings (its ``changed(name, value)`` signal is how they hear).
- ``actions``: the :class:`~reader.gui.actions.ActionTable`. A feature's rows start disabled (and
  hidden, unless listed); ``claim_action(name, slot)`` enables one and connects it.
- ``menus``: "file", "view", "read", "help" and the submenus "theme", "speech_options", "recent".
- ``view``: the :class:`~reader.gui.view.article_view.ArticleView` showing the article.
- ``tasks``: background work (:class:`~reader.gui.tasks.Tasks`); ``library``: library work in
  order (:class:`~reader.gui.jobs.LibraryJobs`); ``reading``: history and the place in each
  article (:class:`~reader.gui.reading.ReadingState`).
- ``article`` / ``source`` and ``article_changed(article)``; ``closing()`` before the window goes,
  ``retranslated()`` after a change of interface language relabelled the window.
- ``show_message``, ``show_article``, ``open_source``, ``add_bottom_bar``, ``add_side_panel``.
  A message's text may be a callable (reader.gui.wording): it is worded again when the language
  changes, so what is on screen never stays in the old language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

    from reader.articles.model import Article
    from reader.context import AppContext
    from reader.gui.actions import ActionTable
    from reader.gui.jobs import LibraryJobs
    from reader.gui.reading import ReadingState
    from reader.gui.settings_bridge import SettingsBridge
    from reader.gui.tasks import TaskHandle, Tasks
    from reader.gui.view.article_view import ArticleView
    from reader.gui.window.message_bar import MessageBar
    from reader.gui.wording import Text

MessageAction = tuple["Text", Callable[[], None]]  # a button: its label (or its wording) and what it does


class SpeechFeature(Protocol):
    """What the library's listening queue uses of read-aloud."""

    @property
    def article_finished(self) -> SignalInstance: ...

    @property
    def sentence_changed(self) -> SignalInstance: ...

    def read_article(self, article: Article, from_sentence: int = 0) -> bool: ...

    def stop(self) -> None: ...


class PrintFeature(Protocol):
    def print_article(self) -> None: ...

    def export_pdf(self, path: str | Path | None = None) -> Path | None: ...


class LibraryFeature(Protocol):
    def save_current(self) -> None: ...

    def open_saved(self, article_id: int) -> None: ...


@dataclass
class Features:
    """What each installed feature registered; None where a feature is missing."""

    speech: SpeechFeature | None = None
    printing: PrintFeature | None = None
    library: LibraryFeature | None = None


class ReaderWindow(Protocol):
    ctx: AppContext
    settings: SettingsBridge
    actions: ActionTable
    menus: dict[str, QMenu]
    toolbar: QToolBar
    view: ArticleView
    tasks: Tasks
    library: LibraryJobs
    reading: ReadingState
    features: Features
    message_bar: MessageBar
    language: str

    @property
    def article(self) -> Article | None: ...

    @property
    def source(self) -> str | None: ...

    @property
    def widget(self) -> QMainWindow:
        """The window as a Qt widget: the parent of a feature's dialogs and objects."""
        ...

    @property
    def article_changed(self) -> SignalInstance: ...

    @property
    def closing(self) -> SignalInstance: ...

    @property
    def retranslated(self) -> SignalInstance: ...

    def claim_action(self, name: str, slot: Callable[[], object] | None = None) -> QAction: ...

    def show_message(
        self,
        text: Text,
        kind: str = "info",
        actions: list[MessageAction] | None = None,
        timeout_ms: int = 0,
        *,
        show_log: bool = False,
    ) -> None: ...

    def show_article(self, article: Article, source: str | None = None) -> None: ...

    def open_source(self, source: str) -> TaskHandle | None: ...

    def add_bottom_bar(self, widget: QWidget) -> None: ...

    def add_side_panel(self, widget: QWidget, title: str) -> QDockWidget: ...

    def show_log(self) -> None: ...
