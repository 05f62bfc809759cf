"""Every place the app reads or writes, in one module, so tests can point all of it at a temp folder.

Resolution order: an explicit base directory (``--basedir`` or the ``ARTICLE_READER_BASEDIR``
environment variable) puts config/, data/ and cache/ under it; otherwise platformdirs gives the
platform's native locations.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

import platformdirs

from reader.errors import Notice

log = logging.getLogger(__name__)

APP_NAME = "article-reader"
# Reverse-DNS id shared by the desktop entry, the AppStream metainfo, the icon theme name and
# QGuiApplication.setDesktopFileName(), so desktops match the running window to its entry.
APP_ID = "io.github.articlereader.ArticleReader"
BASEDIR_ENV = "ARTICLE_READER_BASEDIR"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @classmethod
    def from_basedir(cls, base: Path) -> AppPaths:
        base = Path(base)
        return cls(base / "config", base / "data", base / "cache")

    @classmethod
    def default(cls, basedir: str | os.PathLike[str] | None = None) -> AppPaths:
        base = basedir or os.environ.get(BASEDIR_ENV)
        if base:
            return cls.from_basedir(Path(base))
        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def library_db(self) -> Path:
        return self.data_dir / "library.sqlite3"

    @property
    def audio_cache_dir(self) -> Path:
        return self.cache_dir / "audio"

    @property
    def pronunciation_file(self) -> Path:
        return self.config_dir / "pronunciation.json"

    @property
    def state_file(self) -> Path:
        """Window geometry and one-time notices: the program's bookkeeping, apart from settings."""
        return self.data_dir / "state.json"

    @property
    def log_file(self) -> Path:
        return self.cache_dir / "log" / "article-reader.log"

    @property
    def positions_file(self) -> Path:
        """Where versions before the library kept reading places; read once, then left unused."""
        return self.data_dir / "positions.json"

    def ensure(self) -> list[Notice]:
        """Create the three folders where they are missing; never fails.

        A folder that cannot be made (a file in its place, a read-only disk, a base folder that cannot
        be created) is reported, and whatever lives there copes on its own: settings stay in memory,
        the audio cache keeps nothing, the library says why it cannot open.
        """
        notices = []
        folders = (
            ("config", "paths.config_unusable", self.config_dir),
            ("data", "paths.data_unusable", self.data_dir),
            ("cache", "paths.cache_unusable", self.cache_dir),
        )
        for what, code, d in folders:
            problem = folder_problem(d)
            if problem is not None:
                log.info("the %s folder %s cannot be used: %s", what, d, problem)
                notices.append(
                    Notice(
                        code,
                        f"the {what} folder {d} cannot be used ({problem})",
                        {"folder": str(d), "reason": problem},
                    )
                )
        return notices


def folder_problem(folder: Path) -> str | None:
    """Make ``folder`` (and its parents) if missing; None when it is a usable folder, else why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return "a file is in the way" if not folder.is_dir() else None
    except NotADirectoryError:
        return "a file is in the way of a folder above it"
    except OSError as exc:
        return exc.strerror or str(exc)
    if not folder.is_dir():
        return "a file is in the way"
    return None


_SOURCE_TREE = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/.

    In a source checkout that is the top-level resources/ folder; in an installed wheel it is
    the ``reader.resources`` package, so nothing depends on where the program was started from.
    A PyInstaller build unpacks the same folder to ``reader/resources`` beside its modules.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root, "reader", "resources", *parts)
    if (_SOURCE_TREE / "pyproject.toml").is_file() and (_SOURCE_TREE / "resources").is_dir():
        return _SOURCE_TREE / "resources" / Path(*parts)
    root = importlib_resources.files("reader.resources")
    return Path(str(root.joinpath(*parts)))


def sample_article(lang: str = "ko") -> Path:
    return resource_path("samples", f"sample-{lang}.html")


def app_icon_files() -> list[Path]:
    """The window icon: the SVG plus pre-rendered PNGs, so it shows even without Qt's SVG plugin."""
    icons = resource_path("icons")
    pngs = sorted(icons.glob("article-reader-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [icons / "article-reader.svg", *pngs]
