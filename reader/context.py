"""The app context: built once in main() and passed down; nothing in the app is a global."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.errors import Notice
from reader.paths import AppPaths
from reader.settings import Settings

if TYPE_CHECKING:
    from reader.library import Library
    from reader.speech.cache import AudioCache
    from reader.speech.lexicon import Lexicon


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    _library: Any = field(default=None, repr=False, compare=False)
    _services: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    folder_notices: list[Notice] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def create(cls, basedir: str | None = None) -> AppContext:
        paths = AppPaths.default(basedir)
        folder_notices = paths.ensure()
        return cls(paths=paths, settings=Settings.load(paths.settings_file), folder_notices=folder_notices)

    @property
    def notices(self) -> list[Notice]:
        """What the user should know at start: the settings' own notices, and an unusable config folder.

        Data and cache folders are reported by what uses them (the library, the audio cache), so a
        command that needs neither does not warn about them.
        """
        config = [n for n in self.folder_notices if n.code == "paths.config_unusable"]
        return [*config, *self.settings.notices]

    def audio_cache(self) -> AudioCache:
        """The shared audio cache, opened on first use (size cap from the tts_cache_mb setting)."""
        if "audio_cache" not in self._services:
            from reader.speech.cache import AudioCache

            cap = int(self.settings.get("tts_cache_mb")) * 1024 * 1024
            self._services["audio_cache"] = AudioCache(self.paths.audio_cache_dir, cap)
        cache: AudioCache = self._services["audio_cache"]
        return cache

    def lexicon(self) -> Lexicon:
        """The user's pronunciation dictionary, loaded on first use."""
        if "lexicon" not in self._services:
            from reader.speech.lexicon import Lexicon

            self._services["lexicon"] = Lexicon.load(self.paths.pronunciation_file)
        lexicon: Lexicon = self._services["lexicon"]
        return lexicon

    def library(self) -> Library:
        """The saved-articles library, opened on first use (raises LibraryError if it cannot be)."""
        if self._library is None:
            from reader.library import Library

            self._library = Library(self.paths.library_db)
        lib: Library = self._library
        return lib

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
        cache = self._services.pop("audio_cache", None)
        if cache is not None:
            cache.close()
