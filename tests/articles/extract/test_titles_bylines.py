"""Headlines chosen by agreement, site suffixes the page never names (failure class 4); bylines from the
page's own byline elements, and never a site name, an id or a date (class 5)."""

from __future__ import annotations

import json

import pytest

from reader.articles.extract import extract_article
from reader.articles.extract.bylines import clean_names
from reader.articles.extract.titles import clean_title, strip_site_like_suffix
from tests.articles.extract.pages import PARAS_EN, PARAS_KO, URL, html_page, paragraphs

pytestmark = pytest.mark.core

BODY = paragraphs(PARAS_EN)


def _title(head: str, h1: str = "", lang: str = "en", paras: list[str] = PARAS_EN) -> str:
    inner = (f"<h1>{h1}</h1>" if h1 else "") + paragraphs(paras)
    return extract_article(html_page(f"<main><article>{inner}</article></main>", head, lang), URL).title


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Night ferries return to the isles – My website", "Night ferries return to the isles"),
        ("Night ferries return to the isles | Transport | Harbour Post", "Night ferries return to the isles"),
        ("Night ferries return to the isles - harbourpost.example", "Night ferries return to the isles"),
        ("Ferries, fares and the winter - and more", "Ferries, fares and the winter - and more"),
        ("Short - Ferry Blog", "Short - Ferry Blog"),  # too little headline would be left
        (":::: 남도일보 :::: 순천만 갈대축제 19일 개막", "순천만 갈대축제 19일 개막"),  # framed in marks
        ("== 속보 == 짧다", "== 속보 == 짧다"),  # marks too short to be a frame
        ("[속보] 순천만 갈대축제 개막", "[속보] 순천만 갈대축제 개막"),
    ],
)
def test_a_site_like_suffix_goes_even_when_the_page_never_names_the_site(raw: str, expected: str) -> None:
    assert clean_title(raw, [], set()) == expected


def test_site_suffix_that_the_page_names_goes_twice_over() -> None:
    assert clean_title("항만 시간표 바뀐다 : 네이버 블로그", ["네이버 블로그"], set()) == "항만 시간표 바뀐다"
    assert clean_title("Ferry news | Code | Harbour Name", ["Harbour Name", "Code"], set()) == "Ferry news"
    assert strip_site_like_suffix("Biden – a profile") == "Biden – a profile"


def test_keyword_list_appended_to_og_title_yields_to_the_visible_headline() -> None:
    keywords = "가상시, 가상도 가상, Gasang City, Gasangcity,"
    head = f"<meta property='og:title' content='항만 물류 협력 협약 체결, {keywords}'>"
    assert _title(head, "항만 물류 협력 협약 체결", "ko", PARAS_KO) == "항만 물류 협력 협약 체결"


def test_a_json_ld_headline_that_no_other_statement_confirms_is_not_the_title() -> None:
    ld = {"@type": "Article", "headline": "island country in the southwestern Pacific Ocean"}
    head = (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<title>Harbour Island - Example Encyclopedia</title>"
        "<meta property='og:title' content='Harbour Island'>"
    )
    assert _title(head, "Harbour Island") == "Harbour Island"


def test_a_logo_h1_outside_the_article_is_not_the_title() -> None:
    page = html_page(
        "<div class='masthead'><h1>gazette back to gazette home news</h1></div>"
        f"<article><p>{PARAS_EN[0]}</p>{BODY}</article>",
        "<meta property='og:title' content='Night ferries return to the northern isles'>",
    )
    art = extract_article(page, URL)
    assert art.title == "Night ferries return to the northern isles"
    assert "gazette back to" not in art.text


def test_statements_that_agree_with_the_visible_headline_win() -> None:
    head = (
        "<title>Ferry timetable changes for the winter - Coastline Gazette</title>"
        "<meta property='og:title' content='Winter sale: ten ferry fares halved'>"
    )
    assert _title(head, "Ferry timetable changes for the winter") == "Ferry timetable changes for the winter"


LD_AUTHORS = json.dumps({"@type": "NewsArticle", "author": [{"name": "Morag Fraser"}, {"name": "Tom Ellis"}]})
BYLINE_CASES = [
    (f"<script type='application/ld+json'>{LD_AUTHORS}</script>", "", ["Morag Fraser", "Tom Ellis"]),
    ("<meta name='author' content='By Morag Fraser and Tom Ellis'>", "", ["Morag Fraser", "Tom Ellis"]),
    (
        "<meta property='dc:creator twitter:creator' content='Morag Fraser'><meta name='author' content='X'>",
        "",
        ["Morag Fraser"],
    ),
    (
        "",
        "<p class='byline'>Transport by Morag Fraser, MA | Updated March 3, 2026 4:05 pm</p>",
        ["Morag Fraser"],
    ),
    ("", "<div class='article-meta'><a rel='author' href='/staff/tom'>Tom Ellis</a></div>", ["Tom Ellis"]),
    ("", "<span itemprop='author'>Morag Fraser</span>", ["Morag Fraser"]),
    ("", "<div class='writer'>김하늘 기자 sky@example.co.kr</div>", ["김하늘"]),
]


@pytest.mark.parametrize(("head", "byline", "expected"), BYLINE_CASES)
def test_authors_from_structured_data_meta_tags_and_byline_elements(
    head: str, byline: str, expected: list[str]
) -> None:
    page = html_page(f"<article><h1>Night ferries return</h1>{byline}{BODY}</article>", head)
    assert extract_article(page, URL).authors == expected


@pytest.mark.parametrize(
    "text",
    [
        "CC7567",
        "Coastline Gazette",
        "March 3, 2026",
        "입력 2026.02.05 10:12",
        "Staff Writer",
        "Follow",
        "By",
        "@mfraser",
    ],
)
def test_never_a_site_name_an_id_a_date_or_a_label(text: str) -> None:
    assert clean_names([text], ["Coastline Gazette"], first_only=True) == []


def test_the_first_byline_element_wins_over_the_sidebar_ones() -> None:
    page = html_page(
        f"<article><h1>Night ferries return</h1><p class='byline'>By Morag Fraser</p>{BODY}</article>"
        "<aside><span class='byline'>by Someone Else</span></aside>"
    )
    assert extract_article(page, URL).authors == ["Morag Fraser"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<div class='meta'><span>By <a href='/people/ian-gray'>Ian Gray</a>, Political Editor · 7 March 2026"
         "</span></div>", ["Ian Gray"]),
        ("<p><small>By Morag Fraser and Tom Ellis</small></p>", ["Morag Fraser", "Tom Ellis"]),
        ("<div>BY <a href='/p/1'>Tom Ellis</a> | March 3, 2026</div>", ["Tom Ellis"]),
    ],
)  # fmt: skip
def test_a_by_line_under_the_headline_with_no_class_names_the_author(line: str, expected: list[str]) -> None:
    page = html_page(f"<article><h1>Night ferries return</h1>{line}{BODY}</article>")
    assert extract_article(page, URL).authors == expected


def test_by_words_in_the_body_or_away_from_the_headline_are_not_a_byline() -> None:
    prose = "By the end of the year the crossing will run every day, the harbour board said on Tuesday. " * 3
    page = html_page(f"<article><h1>Night ferries return</h1><p>{prose}</p>{BODY}"
                     "<p>By Morag Fraser</p></article>")  # fmt: skip
    assert extract_article(page, URL).authors == []
    short = html_page(f"<article><h1>Night ferries return</h1><p>By the numbers: ferries</p>{BODY}</article>")
    assert extract_article(short, URL).authors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Morag Fraser Tuesday, Aug. 17, 2010", ["Morag Fraser"]),  # a weekday opens the date
        ("By Morag Fraser on Jul 04, 2014 at 11:30a @mfraser", ["Morag Fraser"]),  # "on" before the date
        ("By MORAG FRASER and TOM ELLIS - AP Tech Writers | AP – 1 hr ago", ["MORAG FRASER", "TOM ELLIS"]),
        ("Morag Fraser Senior Washington Correspondent", ["Morag Fraser"]),  # a rank and a role after it
        ("Tom Ellis, Staff Reporters", ["Tom Ellis"]),
        ("Par MORAG FRASER , TOM ELLIS Envoyés spéciaux à Toulouse", ["MORAG FRASER", "TOM ELLIS"]),
        ("Von Morag Fraser, Korrespondentin in Brüssel", ["Morag Fraser"]),
    ],
)  # fmt: skip
def test_the_names_of_a_byline_end_where_its_date_role_or_place_begins(
    text: str, expected: list[str]
) -> None:
    assert clean_names([text], ["Coastline Gazette"], first_only=True) == expected


def test_commenters_and_the_writers_of_other_stories_are_not_the_authors() -> None:
    """Comment threads mark each commenter with author classes, "don't miss" boxes the writer of each story
    they push; the article's byline is the one above them, and a byline-less article has no author rather
    than its first commenter."""
    comments = (
        "<div class='snp_dont_miss'><div class='snp_dont_miss_author_name'>Nanette Lepore</div></div>"
        "<div id='comments'><ol class='comment-list'><li>"
        "<span class='comment-author'>MochaLite 349 Fans</span>"
        "<p>Great piece on the ferries.</p></li><li><div class='author'>in Off-topic by Woady on Jun 24, 2014"
        "</div></li></ol></div>"
    )
    with_byline = html_page(
        f"<article><h1>Night ferries return</h1><p>By Morag Fraser</p>{BODY}</article>{comments}"
    )
    assert extract_article(with_byline, URL).authors == ["Morag Fraser"]
    without = html_page(f"<article><h1>Night ferries return</h1>{BODY}</article>{comments}")
    assert extract_article(without, URL).authors == []


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("<em class='date'>입력 2025.07.25 (12:01)</em>", "2025-07-25T12:01"),
        ("<li><i class='icon-clock'></i> 입력 2025.07.12 09:30</li>", "2025-07-12T09:30"),
        ("<span>기사입력 2025-07-25 오후 3:05</span>", "2025-07-25T15:05"),
        ("<span>등록 2025년 7월 5일(토) 오전 12:10</span>", "2025-07-05T00:10"),
        ("<p class='meta'>Published 2025/07/25</p>", "2025-07-25"),
        ("<span class='se_publishDate'>2025. 4. 12. 18:20</span>", "2025-04-12T18:20"),  # a date element
        ("<span>2025. 4. 12. 18:20</span>", None),  # a bare date anywhere is not the article's
        ("<span>입력 2025.13.40</span>", None),  # not a date
    ],
)  # fmt: skip
def test_a_page_without_date_metadata_is_dated_by_its_own_stamp(stamp: str, expected: str | None) -> None:
    page = html_page(f"<article><h1>Night ferries return</h1>{stamp}{BODY}</article>")
    assert extract_article(page, URL).published == expected


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        (["by 한울 Dec 07. 2025"], ["한울"]),  # "by" says the Hangul word after it is a name
        (["by 김하늘 · 2025.10.1"], ["김하늘"]),
        (["입력 2026.02.05 by 홍길동"], []),  # a label before it: a page text, read only as "홍길동 기자"
        (["최종수정 2026.02.05"], []),
    ],
)
def test_a_korean_name_after_by_is_a_byline(texts: list[str], names: list[str]) -> None:
    assert clean_names(texts, first_only=True) == names


def test_a_deck_keeps_its_line_breaks_and_a_short_korean_deck_counts() -> None:
    from reader.articles.extract.dom import parse_html
    from reader.articles.extract.metadata import _deck

    tree = parse_html(
        "<h1>제목</h1><h3 class='article-subtitle'>상반기 612만 명, 24% 늘어<br>일본 노선 증편 효과</h3>"
    )
    assert tree is not None
    assert _deck(tree) == "상반기 612만 명, 24% 늘어\n일본 노선 증편 효과"
    tree = parse_html("<h1>제목</h1><p class='cover_sub_title'>김장 날 부엌에서 받아 적은 것들</p>")
    assert tree is not None
    assert _deck(tree) == "김장 날 부엌에서 받아 적은 것들"
    tree = parse_html("<h1>Title</h1><p class='sub_title'>Too short</p>")
    assert tree is not None
    assert _deck(tree) == ""


def test_a_line_above_the_body_that_is_only_the_authors_name_goes() -> None:
    from reader.articles.extract.cleanup import drop_author_lines
    from reader.articles.model import Paragraph

    body = Paragraph("지난 글에서 라즈베리파이에 운영체제를 설치하고 원격 접속까지 설정했다. " * 3)
    later = Paragraph("밤하늘코딩")
    blocks = [Paragraph("밤하늘코딩"), body, later]
    assert drop_author_lines(blocks, ["밤하늘코딩"]) == [body, later]  # in the body, a name is text
    assert drop_author_lines([Paragraph("By Ana Whitlock"), body], ["Ana Whitlock"]) == [body]
    wrote = Paragraph("Ana Whitlock wrote back.")
    assert drop_author_lines([wrote, body], ["Ana Whitlock"]) == [wrote, body]
