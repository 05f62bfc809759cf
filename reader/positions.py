"""Where the reader left each article: the last sentence read aloud and the top block on screen.

Kept in one small JSON file in the data folder, written atomically, so reopening an article can
offer "continue from sentence 12". The interface (get/remember/forget) is all callers see; the
library may later keep the same records in SQLite.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from reader.atomicio import write_text_atomic

log = logging.getLogger(__name__)

MAX_ENTRIES = 500  # oldest entries beyond this are dropped; a position is not worth unbounded growth


class _ArticleLike(Protocol):
    title: str
    url: str | None

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Position:
    sentence: int = 0
    sentence_count: int = 0
    top_block: int = 0
    updated: float = 0.0


def article_key(article: _ArticleLike) -> str:
    """The canonical URL when there is one, else a hash of title and body."""
    url = (article.url or "").strip()
    if url:
        return "url:" + url.split("#", 1)[0]
    digest = hashlib.sha256(f"{article.title}\n\n{article.text}".encode()).hexdigest()[:32]
    return "text:" + digest


class PositionStore:
    """Positions per article key, persisted to ``positions.json`` under the data folder."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._data: dict[str, Position] | None = None

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> PositionStore:
        return cls(Path(data_dir) / "positions.json")

    def get(self, key: str) -> Position | None:
        with self._lock:
            return self._load().get(key)

    def remember(
        self,
        key: str,
        *,
        sentence: int | None = None,
        sentence_count: int | None = None,
        top_block: int | None = None,
    ) -> Position:
        with self._lock:
            data = self._load()
            old = data.get(key, Position())
            pos = Position(
                sentence=old.sentence if sentence is None else max(0, int(sentence)),
                sentence_count=old.sentence_count if sentence_count is None else max(0, int(sentence_count)),
                top_block=old.top_block if top_block is None else max(0, int(top_block)),
                updated=time.time(),
            )
            data[key] = pos
            if len(data) > MAX_ENTRIES:
                for stale in sorted(data, key=lambda k: data[k].updated)[: len(data) - MAX_ENTRIES]:
                    del data[stale]
            self._save(data)
            return pos

    def forget(self, key: str) -> None:
        with self._lock:
            data = self._load()
            if data.pop(key, None) is not None:
                self._save(data)

    def _load(self) -> dict[str, Position]:
        if self._data is not None:
            return self._data
        self._data = {}
        try:
            raw: Any = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return self._data
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            log.warning("reading positions from %s failed (%s); starting afresh", self._path, exc)
            return self._data
        if isinstance(raw, dict):
            for key, rec in raw.items():
                if isinstance(rec, dict):
                    try:
                        self._data[str(key)] = Position(
                            sentence=int(rec.get("sentence", 0)),
                            sentence_count=int(rec.get("sentence_count", 0)),
                            top_block=int(rec.get("top_block", 0)),
                            updated=float(rec.get("updated", 0.0)),
                        )
                    except (TypeError, ValueError):
                        continue
        return self._data

    def _save(self, data: dict[str, Position]) -> None:
        text = json.dumps({k: asdict(v) for k, v in data.items()}, ensure_ascii=False, indent=1)
        try:
            write_text_atomic(self._path, text + "\n")
        except OSError as exc:  # a read-only data folder must not break reading aloud
            log.warning("saving positions to %s failed: %s", self._path, exc)
