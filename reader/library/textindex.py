"""Text for the full-text index, and search words turned into FTS5 queries.

Why not the trigram tokenizer: Korean words are mostly one or two syllables plus a particle
("서울에서", "제조 혁신"), and trigram matches nothing shorter than three characters, so a
two-syllable search would need a full scan of every body. Instead each run of Hangul/Han/Kana is
written into the index as overlapping character bigrams ("서울시청" -> "서울 울시 시청"), the
classic CJK bigram scheme; other text goes in as words. A search term is turned into the same
tokens and matched as a phrase, so "서울", "울시청" and "서울시청" all find "서울시청에서", while
English words match by prefix ("extract" finds "extraction"). The unicode61 tokenizer then only
splits on spaces and punctuation.

The function here must not change without bumping INDEX_VERSION: the index is contentless, and
removing a row needs exactly the text that was indexed (the store rebuilds on a version change).
"""

from __future__ import annotations

import re
import unicodedata

INDEX_VERSION = 1
TOKENIZER = "unicode61 remove_diacritics 2"

_CJK = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\ua960-\ua97f"  # Hangul Jamo extended A
    "\uac00-\ud7a3"  # Hangul syllables
    "\ud7b0-\ud7ff"  # Hangul Jamo extended B
    "\uf900-\ufaff"  # CJK compatibility ideographs
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_SEARCH_WORD = re.compile(r"\S+")
_HAS_TOKEN = re.compile(r"\w")


def _bigrams(run: str) -> str:
    if len(run) == 1:
        return run
    return " ".join(run[i : i + 2] for i in range(len(run) - 1))


def index_text(text: str) -> str:
    """The text as the index stores it: CJK runs as bigrams, everything else untouched."""
    text = unicodedata.normalize("NFKC", text)
    return _CJK_RUN.sub(lambda m: f" {_bigrams(m.group())} ", text)


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def search_terms(words: str) -> list[str]:
    """The user's words, normalised, without the ones that hold no letter or digit."""
    words = unicodedata.normalize("NFKC", words)
    return [w for w in _SEARCH_WORD.findall(words) if _HAS_TOKEN.search(w)]


def fts_query(words: str) -> str | None:
    """An FTS5 MATCH expression that requires every word (AND), or None when nothing is searchable.

    A word becomes one phrase of its index tokens. The phrase is a prefix match when the word
    ends in non-CJK letters (English "extract*") or is a single CJK character ("집*" matches the
    bigrams "집에", "집값"); a CJK syllable that only occurs at the end of a longer word is not
    found by a one-character search — the store adds a headline scan for that case.
    """
    parts: list[str] = []
    for word in search_terms(words):
        tokens = [t for t in index_text(word).split() if _HAS_TOKEN.search(t)]
        if not tokens:
            continue
        phrase = _quote(" ".join(tokens))
        last_run_cjk = bool(_CJK_RUN.fullmatch(tokens[-1]))
        if not last_run_cjk or len(tokens[-1]) == 1:
            phrase += "*"
        parts.append(phrase)
    return " AND ".join(parts) if parts else None


def single_cjk_chars(words: str) -> list[str]:
    """Search words that are one CJK character: the bigram index can miss them at a word's end."""
    return [w for w in search_terms(words) if len(w) == 1 and _CJK_RUN.fullmatch(w)]
