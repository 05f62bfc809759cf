"""The announcer's reading table (tests/speech/data/readings_*.yaml): loading, and how each voice's
text is judged against it. Shared by the test and benchmarks/reading.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from reader.articles.model import Article, Image, Paragraph
from reader.speech.reading import ESPEAK, for_profile
from reader.speech.sentences import split_article

DATA = Path(__file__).resolve().parent / "data"
PATHS = ("online", "offline")
# What the comparison ignores: spacing and punctuation (pauses, not words).
_IGNORED = re.compile(r"[\s.,!?·'\"“”‘’…:;()\[\]-]+")


@dataclass(frozen=True)
class Case:
    category: str
    text: str
    online: tuple[str, ...]
    offline: tuple[str, ...]
    caption: bool = False


def _readings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"a reading is a string or a list of strings, not {value!r}")


# The tables: readings_* were written with the rules; heldout_* were written apart from them (and
# from readings_*), as a held-out check, and then kept.
TABLES = ("readings_*.yaml", "heldout_*.yaml")


def load(patterns: tuple[str, ...] = TABLES) -> list[Case]:
    cases: list[Case] = []
    for path in sorted(p for pattern in patterns for p in DATA.glob(pattern)):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for category, rows in data.items():
            for row in rows:
                offline = _readings(row["offline"])
                online = _readings(row["online"]) if "online" in row else offline
                cases.append(Case(category, row["text"], online, offline, bool(row.get("caption"))))
    return cases


def said(case: Case, path: str) -> str:
    """What our pipeline gives the voice of ``path`` for the case, through the real sentence split."""
    block = Image(src="photo.jpg", caption=case.text) if case.caption else Paragraph(case.text)
    article = Article(title="", blocks=[block], lang="ko")
    spoken = " ".join(s.spoken for s in split_article(article, read_captions=True) if not s.skip)
    return spoken if path == "online" else for_profile(spoken, "ko", ESPEAK)


def key(text: str) -> str:
    return _IGNORED.sub("", text)


def right(case: Case, path: str, text: str | None = None) -> bool:
    got = key(said(case, path) if text is None else text)
    return any(got == key(r) for r in getattr(case, path))
