"""Full-text search: Korean one- and two-syllable words, several words at once, English, index upkeep."""

from __future__ import annotations

import sqlite3

import pytest

from reader.articles.model import Article, Paragraph
from reader.library import Library
from reader.library.textindex import fts_query, index_text

pytestmark = pytest.mark.core


def _art(title: str, body: str, url: str) -> Article:
    return Article(title=title, blocks=[Paragraph(body)], url=url, lang="ko")


DOCS = [
    ("서울 주말 아침 도로 통제", "오는 3월부터 서울시청 앞 도로에서 차 없는 거리 행사가 열린다."),
    ("부산 제조혁신 간담회", "김 장관은 동남권 제조혁신을 논의했다. M.AX 확산이 과제다."),
    ("도서관 큰글자책", "어르신을 위한 낭독 봉사와 음성 안내기를 늘린다."),
    ("Rooftop gardens", "Volunteers planted herbs; the extraction of heat was measured."),
]


@pytest.fixture
def lib(app_paths):
    library = Library(app_paths.library_db)
    library.save(
        _art(
            "서울 주말 아침 도로 통제", "오는 3월부터 서울시청 앞 도로에서 차 없는 거리 행사가 열린다.", "u:1"
        )
    )
    library.save(
        _art("부산 제조혁신 간담회", "김 장관은 동남권 제조혁신을 논의했다. M.AX 확산이 과제다.", "u:2")
    )
    library.save(_art("도서관 큰글자책", "어르신을 위한 낭독 봉사와 음성 안내기를 늘린다.", "u:3"))
    library.save(
        _art("Rooftop gardens", "Volunteers planted herbs; the extraction of heat was measured.", "u:4")
    )
    yield library
    library.close()


def _titles(lib: Library, words: str) -> set[str]:
    return {e.title for e in lib.search(words)}


def test_two_syllable_korean_words(lib: Library) -> None:
    # two-syllable words, which a trigram index cannot match at all
    assert _titles(lib, "서울 주말") == {"서울 주말 아침 도로 통제"}
    assert _titles(lib, "제조 혁신") == {"부산 제조혁신 간담회"}
    # a word inside a longer word and before a particle
    assert _titles(lib, "시청") == {"서울 주말 아침 도로 통제"}
    assert _titles(lib, "동남권") == {"부산 제조혁신 간담회"}
    assert _titles(lib, "논의") == {"부산 제조혁신 간담회"}
    # every word must occur
    assert _titles(lib, "서울 혁신") == set()
    assert _titles(lib, "도로") == {"서울 주말 아침 도로 통제"}


def test_one_syllable_and_mixed(lib: Library) -> None:
    assert _titles(lib, "낭") == {"도서관 큰글자책"}
    assert _titles(lib, "m.ax") == {"부산 제조혁신 간담회"}
    assert _titles(lib, "3월부터") == {"서울 주말 아침 도로 통제"}


def test_english_prefix_and_case(lib: Library) -> None:
    assert _titles(lib, "EXTRACT") == {"Rooftop gardens"}
    assert _titles(lib, "roof garden") == {"Rooftop gardens"}
    assert _titles(lib, "herbs;") == {"Rooftop gardens"}


def test_nothing_searchable_and_quotes(lib: Library) -> None:
    assert len(lib.search("   ")) == 4  # blank: the plain list, not an error
    assert lib.search("!!! ...") == []
    assert _titles(lib, '"서울') == {"서울 주말 아침 도로 통제"}  # a stray quote is not syntax
    assert lib.search("AND OR NOT") == []  # operators are words, not syntax


def test_relevance_puts_headline_matches_first(app_paths) -> None:
    with Library(app_paths.library_db) as lib:
        body_only = lib.save(_art("다른 제목", "이 기사는 본문에서 한 번 도서관을 말한다.", "u:a"))
        in_title = lib.save(_art("도서관 소식", "본문.", "u:b"))
        assert [e.id for e in lib.search("도서관")] == [in_title, body_only]
        assert lib.count(query="도서관") == 2


def test_index_tokens_and_query() -> None:
    assert index_text("서울시청에서").split() == ["서울", "울시", "시청", "청에", "에서"]
    assert index_text("ＡＢＣ 가").split() == ["ABC", "가"]  # NFKC folds full-width letters
    assert fts_query("서울 시청") == '"서울" AND "시청"'
    assert fts_query("울시청") == '"울시 시청"'
    assert fts_query("extract") == '"extract"*'
    assert fts_query("집") == '"집"*'
    assert fts_query("...") is None


def test_index_stays_consistent_through_updates_and_purges(lib: Library, app_paths) -> None:
    for aid in lib.ids():
        lib.replace_article(aid, _art(f"새 제목 {aid}", f"새 본문 {aid} 내용", f"u:{aid}"))
    lib.delete(lib.ids()[:2], now=0.0)
    lib.purge_deleted(now=10_000.0)
    conn = sqlite3.connect(app_paths.library_db)
    conn.execute("INSERT INTO search(search, rank) VALUES ('integrity-check', 0)")
    conn.close()
    assert _titles(lib, "새 본문") == {"새 제목 3", "새 제목 4"}
    assert lib.search("서울") == []


def test_captions_are_searchable_and_removal_matches_the_index(app_paths) -> None:
    from reader.articles.model import Image

    art = Article(
        title="사진 기사",
        blocks=[
            Paragraph("본문 문장입니다."),
            Image("https://img.example/a.jpg", caption="해질녘 한강 다리"),
        ],
        url="u:cap",
    )
    with Library(app_paths.library_db) as lib:
        aid = lib.save(art)
        assert [e.id for e in lib.search("한강 다리")] == [aid]
        lib.replace_article(aid, _art("바뀐 기사", "새 본문", "u:cap"))
        assert lib.search("한강") == []
        assert [e.id for e in lib.search("새 본문")] == [aid]
        with lib.reading() as conn:
            # what the index holds for the article is exactly what was last written: nothing stale
            conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
            n = conn.execute("SELECT count(*) FROM search WHERE search MATCH '\"한강\"'").fetchone()[0]
        assert n == 0
