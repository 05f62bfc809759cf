"""Word timings beside cached clips, through every path of the cache that cannot be used."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reader.speech.cache import WORDS_SUFFIX, AudioCache
from reader.speech.engines.base import AudioClip, WordMark

pytestmark = pytest.mark.core

MARKS = (WordMark(0.1, 0.4, 0, 3, "안녕하"), WordMark(0.45, 0.9, 4, 7, "세요"))


def test_a_cache_that_cannot_be_made_keeps_words_in_its_session_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = AudioCache(blocker, 10_000_000)
    assert store.problem is not None
    path = store.put("a" * 64, AudioClip(b"x" * 100, "mp3", words=MARKS))
    assert blocker not in path.parents
    assert store.words_for(path) == MARKS
    assert store.get("a" * 64) == path
    store.put("a" * 64, AudioClip(b"y" * 100, "mp3"))  # again without marks: the old ones go
    assert store.words_for(path) is None
    store.put("b" * 64, AudioClip(b"z" * 100, "mp3", words=MARKS))
    sidecar = path.with_name("b" * 64 + WORDS_SUFFIX)
    assert sidecar.is_file()
    store.clear()
    assert not sidecar.exists()
    store.close()
    assert not path.parent.exists()  # the session folder goes with the session


def test_a_full_disk_spills_clip_and_words_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.speech.cache as cache_module

    folder = tmp_path / "cache"
    store = AudioCache(folder, 10_000_000)

    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module, "write_text_atomic", full)
    path = store.put("aa" + "1" * 62, AudioClip(b"x" * 100, "mp3", words=MARKS))
    assert store.problem is not None
    assert "space" in store.problem.text
    assert folder not in path.parents
    assert store.words_for(path) == MARKS
    assert not list(folder.glob("aa/*"))  # nothing half-kept in the cache
    store.close()


def test_eviction_and_clear_take_the_words_with_their_clip(tmp_path: Path) -> None:
    store = AudioCache(tmp_path / "cache", 250)
    first = store.put("c" * 64, AudioClip(b"x" * 100, "mp3", words=MARKS))
    second = store.put("d" * 64, AudioClip(b"x" * 100, "mp3", words=MARKS))
    side = [p.with_name(p.stem + WORDS_SUFFIX) for p in (first, second)]
    assert all(s.is_file() for s in side)
    store.put("e" * 64, AudioClip(b"x" * 100, "mp3"))  # over the cap: the oldest goes, words and all
    assert not first.exists()
    assert not side[0].exists()
    assert second.exists()
    assert side[1].exists()
    store.clear()
    assert not side[1].exists()
    store.close()
