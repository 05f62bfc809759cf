"""The user's pronunciation dictionary: word -> how to say it.

Stored as JSON at ``AppPaths.pronunciation_file`` (``{"version": 1, "entries": {...}}``; a bare
mapping is accepted too). A damaged file is set aside, never fatal: reading aloud must not stop
because a hand-edited dictionary has a stray comma.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from reader.atomicio import write_text_atomic
from reader.errors import Notice
from reader.userfiles import read_json, reason_text

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 8 * 1024 * 1024  # a dictionary of a hundred thousand words; a bigger file is not ours
_LATIN_WORD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .'&-]*$")


class Lexicon:
    """Replacements applied before any other normalization, longest word first."""

    def __init__(self, entries: dict[str, str] | None = None, path: Path | None = None) -> None:
        self._path = path
        self._entries: dict[str, str] = {}
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None
        self.warnings: list[Notice] = []  # a damaged file set aside: said once by whoever reads aloud
        for word, spoken in (entries or {}).items():
            self._put(word, spoken)

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        lex = cls(path=path)
        try:
            raw = read_json(path, MAX_FILE_BYTES)
            if raw is None:
                return lex  # an empty file: nothing saved yet
            entries = raw.get("entries", raw) if isinstance(raw, dict) else None
            if not isinstance(entries, dict):
                raise ValueError("not a JSON object")
        except (FileNotFoundError, NotADirectoryError):
            return lex
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                path.replace(aside)
                where, kept_as = f"it was kept as {aside.name}", aside.name
            except OSError:
                where, kept_as = "it was left where it is", ""
            msg = f"The pronunciation dictionary could not be read ({reason_text(exc)}); {where}."
            log.info(msg)  # said once by whoever reads aloud (the CLI's warning line), not as a log record
            lex.warnings.append(Notice("lexicon.reset", msg, {"kept_as": kept_as}))
            return lex
        for word, spoken in entries.items():
            if isinstance(word, str) and isinstance(spoken, str):
                lex._put(word, spoken)
        return lex

    def save(self, path: Path | None = None) -> None:
        target = path or self._path
        if target is None:
            raise ValueError("this dictionary has no file")
        with self._lock:
            data = {"version": 1, "entries": dict(sorted(self._entries.items()))}
        write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def _put(self, word: str, spoken: str) -> None:
        word = word.strip()
        if not word:
            raise ValueError("an empty word cannot be given a pronunciation")
        self._entries[word] = spoken.strip()
        self._pattern = None

    def set(self, word: str, spoken: str) -> None:
        with self._lock:
            self._put(word, spoken)

    def remove(self, word: str) -> None:
        with self._lock:
            self._entries.pop(word.strip(), None)
            self._pattern = None

    def get(self, word: str) -> str | None:
        return self._entries.get(word)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._entries))

    def items(self) -> list[tuple[str, str]]:
        return sorted(self._entries.items())

    def signature(self) -> str:
        """Changes whenever an entry changes, so callers can tell cached spoken text is stale."""
        return str(hash(tuple(sorted(self._entries.items()))))

    def apply(self, text: str) -> str:
        with self._lock:
            if not self._entries:
                return text
            if self._pattern is None:
                parts = []
                for word in sorted(self._entries, key=len, reverse=True):
                    esc = re.escape(word)
                    # Latin words match whole words only ("AI" must not hit "SAID"); Hangul words
                    # match inside an eojeol because particles attach to them.
                    parts.append(rf"(?<![A-Za-z0-9]){esc}(?![A-Za-z0-9])" if _LATIN_WORD.match(word) else esc)
                self._pattern = re.compile("|".join(parts))
            pattern, entries = self._pattern, dict(self._entries)
        return pattern.sub(lambda m: entries[m.group(0)], text)
