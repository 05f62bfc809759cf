"""Reopening a file serves its extracted article from the content-keyed cache; changes are never stale."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.articles.cache import cache_file, load_cached
from reader.articles.model import Article

pytestmark = pytest.mark.core


def test_cache_hits_by_content_and_misses_on_change(tmp_path: Path) -> None:
    from reader.articles import load_article
    from reader.paths import sample_article

    page = tmp_path / "page.html"
    page.write_bytes(sample_article("ko").read_bytes())
    calls: list[str] = []

    def load(src: str) -> Article:
        calls.append(src)
        return load_article(src)

    cache = tmp_path / "cache"
    first = load_cached(str(page), cache, load)
    second = load_cached(str(page), cache, load)
    assert calls == [str(page)]
    assert second.to_dict() == first.to_dict()
    assert cache_file(cache, page.read_bytes()).is_file()

    changed = page.read_text(encoding="utf-8").replace("낭독 봉사다", "바뀐 문장이다")
    page.write_text(changed, encoding="utf-8")
    third = load_cached(str(page), cache, load)
    assert len(calls) == 2
    assert "바뀐 문장이다" in third.text
    assert "바뀐 문장이다" not in first.text


def test_damaged_entry_is_replaced(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("hello", encoding="utf-8")
    entry = cache_file(tmp_path, page.read_bytes())
    entry.parent.mkdir(parents=True)
    entry.write_text("{broken", encoding="utf-8")
    made: list[Any] = []

    def load(src: str) -> Article:
        made.append(src)
        return Article(title="fresh")

    assert load_cached(str(page), tmp_path, load).title == "fresh"
    assert made == [str(page)]
    assert load_cached(str(page), tmp_path, load).title == "fresh"
    assert made == [str(page)]


def test_urls_and_missing_files_go_straight_to_the_loader(tmp_path: Path) -> None:
    seen: list[str] = []

    def load(src: str) -> Article:
        seen.append(src)
        return Article(title=src)

    load_cached("https://example.org/a", tmp_path, load)
    load_cached(str(tmp_path / "missing.html"), tmp_path, load)
    assert seen == ["https://example.org/a", str(tmp_path / "missing.html")]
    assert not (tmp_path / "articles").exists()
