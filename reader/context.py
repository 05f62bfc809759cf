"""The app context: built once in main() and passed down; nothing in the app is a global."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.paths import AppPaths
from reader.settings import Settings

if TYPE_CHECKING:
    from reader.speech.cache import AudioCache
    from reader.speech.lexicon import Lexicon


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    _services: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def create(cls, basedir: str | None = None) -> AppContext:
        paths = AppPaths.default(basedir)
        paths.ensure()
        return cls(paths=paths, settings=Settings.load(paths.settings_file))

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
