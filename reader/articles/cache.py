"""Extracted articles of local files, kept by content, so reopening a file (a restart, the recent menu,
the bundled sample) shows it without parsing the page again.

Qt-free. The key is the file's bytes plus a fingerprint of the extraction code, so a changed file or
a new extractor never serves a stale article. Entries are written atomically; a damaged entry is
ignored and replaced. The folder is capped by count, oldest first.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from reader import __version__
from reader.articles.model import Article
from reader.atomicio import write_text_atomic

log = logging.getLogger(__name__)

MAX_ENTRIES = 300
MAX_FILE_BYTES = 50 * 1024 * 1024


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cache_file(cache_dir: Path, data: bytes) -> Path:
    key = hashlib.sha256(_code_fingerprint().encode() + b"\0" + data).hexdigest()
    return cache_dir / "articles" / f"{key}.json"


def load_cached(source: str, cache_dir: Path, load: Callable[[str], Article]) -> Article:
    """``load(source)``, or the article extracted from the same bytes before."""
    path = Path(source)
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return load(source)
        data = path.read_bytes()
    except OSError:
        return load(source)
    entry = cache_file(cache_dir, data)
    try:
        return Article.from_dict(json.loads(entry.read_text(encoding="utf-8")))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("ignoring damaged article cache entry %s: %s", entry.name, exc)
    article = load(source)
    store_entry(entry, article)
    return article


def store_entry(entry: Path, article: Article) -> None:
    try:
        write_text_atomic(entry, json.dumps(article.to_dict(), ensure_ascii=False))
        _prune(entry.parent)
    except OSError as exc:
        log.info("article cache not written: %s", exc)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)
