"""The app context: built once in main() and passed down; nothing in the app is a global."""

from __future__ import annotations

from dataclasses import dataclass

from reader.paths import AppPaths
from reader.settings import Settings


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings

    @classmethod
    def create(cls, basedir: str | None = None) -> AppContext:
        paths = AppPaths.default(basedir)
        paths.ensure()
        return cls(paths=paths, settings=Settings.load(paths.settings_file))
