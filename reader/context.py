"""The app context: built once in main() and passed down; nothing in the app is a global.

It holds the paths and settings, and opens the heavier services (library, audio cache,
pronunciation dictionary, program state) the first time something asks for them, so a command
that needs none of them never pays for them. Each service is built here and nowhere else.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.errors import Notice
from reader.paths import AppPaths
from reader.settings import Settings

if TYPE_CHECKING:
    from reader.library import Library
    from reader.speech.cache import AudioCache
    from reader.speech.lexicon import Lexicon
    from reader.state import AppState

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    folder_notices: list[Notice] = field(default_factory=list, repr=False, compare=False)
    _library: Library | None = field(default=None, repr=False, compare=False)
    _audio_cache: AudioCache | None = field(default=None, repr=False, compare=False)
    _lexicon: Lexicon | None = field(default=None, repr=False, compare=False)
    _state: AppState | None = field(default=None, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

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
        with self._lock:
            if self._audio_cache is None:
                from reader.speech.cache import AudioCache

                cap = int(self.settings.get("tts_cache_mb")) * 1024 * 1024
                self._audio_cache = AudioCache(self.paths.audio_cache_dir, cap)
            return self._audio_cache

    def lexicon(self) -> Lexicon:
        """The user's pronunciation dictionary, loaded on first use."""
        with self._lock:
            if self._lexicon is None:
                from reader.speech.lexicon import Lexicon

                self._lexicon = Lexicon.load(self.paths.pronunciation_file)
            return self._lexicon

    def library(self) -> Library:
        """The saved-articles library, opened on first use (raises LibraryError if it cannot be).

        Reading places an earlier version kept in positions.json are taken in the first time.
        """
        with self._lock:
            if self._library is None:
                from reader.library import Library
                from reader.library.errors import LibraryError
                from reader.library.places import import_positions_file

                library = Library(self.paths.library_db)
                if self.paths.positions_file.is_file():
                    try:
                        import_positions_file(library, self.paths.positions_file)
                    except LibraryError as exc:  # the library itself still works
                        log.warning("reading places from positions.json were not imported: %s", exc)
                self._library = library
            return self._library

    def state(self) -> AppState:
        """Window geometry and one-time notices (reader.state), read on first use."""
        with self._lock:
            if self._state is None:
                from reader.state import AppState

                self._state = AppState.load(self.paths.state_file, legacy_settings=self.paths.settings_file)
            return self._state

    def close(self) -> None:
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None
            if self._audio_cache is not None:
                self._audio_cache.close()
                self._audio_cache = None
