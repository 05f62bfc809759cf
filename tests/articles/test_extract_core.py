"""Extraction core: inline text survival, titles, boilerplate, structured data, no-article, deep nesting."""

from __future__ import annotations

import json

import pytest

from reader.articles.extract import extract_article
from reader.articles.extract.cleanup import clean_blocks, is_boilerplate_line
from reader.articles.extract.titles import clean_title
from reader.articles.model import Heading, Note, Paragraph
from reader.errors import NoArticleError

pytestmark = pytest.mark.core

LONG_EN = (
    "The harbour committee met on Tuesday evening to discuss the ferry timetable for the coming winter, "
    "and members agreed that the early crossing should run every day of the week."
)
LONG_KO = (
    "시의회는 화요일 저녁 회의를 열고 겨울철 여객선 운항 시간표를 논의했으며, "
    "이른 아침 배편을 매일 운항하기로 뜻을 모았다."
)


def page(body: str, head: str = "", lang: str = "ko") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    )


def test_inline_text_survives_spans_and_entities() -> None:
    html = page(
        "<article><h1>장관 현장 방문</h1>"
        "<p>장관은 1.22(<span>목</span>) 부<span>·</span>울<span>·</span>경을 찾았다. "
        "<font color='red'>『5극3특</font> 全권역별 행보&nbsp;<em>계속</em>, H<sub>2</sub>O와 x<sup>2</sup>, "
        "<ruby>漢<rt>한</rt></ruby>字&amp;<b>굵게</b><br>다음 줄</p>"
        f"<p>{LONG_KO}</p></article>"
    )
    art = extract_article(html)
    text = art.text
    assert "1.22(목)" in text
    assert "부·울·경" in text
    assert "『5극3특 全권역별" in text
    assert "H2O" in text
    assert "x2" in text
    assert "漢字&굵게" in text  # ruby base text kept, the reading annotation is not read twice
    assert "행보 계속," in text
    assert "다음 줄" in text


def test_marks_for_emphasis_and_links() -> None:
    html = page(
        f"<article><p>Read the <a href='/rules'>new rules</a> and <strong>act</strong> now. {LONG_EN}</p>"
        f"<p>{LONG_EN}</p></article>",
        lang="en",
    )
    art = extract_article(html, url="https://news.example.org/a/1")
    first = art.blocks[0]
    assert isinstance(first, Paragraph)
    kinds = {(first.text[m.start : m.end], m.kind) for m in first.marks}
    assert ("new rules", "link") in kinds
    assert ("act", "strong") in kinds
    link = next(m for m in first.marks if m.kind == "link")
    assert link.href == "https://news.example.org/rules"


@pytest.mark.parametrize(
    ("raw", "names", "sections", "expected"),
    [
        (
            "‘흙수저’ 소년공의 정치 신화 - 매일경제",
            ["매일경제", "mk.co.kr"],
            set(),
            "‘흙수저’ 소년공의 정치 신화",
        ),
        ("여야 합의 불발 | 한국일보", ["한국일보"], set(), "여야 합의 불발"),
        ("여야 합의 불발-정치ㅣ한국일보", ["한국일보"], {"정치"}, "여야 합의 불발"),
        ("여야 합의 불발-경제ㅣ한국일보", ["한국일보"], set(), "여야 합의 불발"),
        ("[속보] 버스 노조 파업 결의 - 매일경제", ["매일경제"], set(), "[속보] 버스 노조 파업 결의"),
        ("연합뉴스 :: 항만 시간표 바뀐다", ["연합뉴스"], set(), "항만 시간표 바뀐다"),
        ("항만 시간표 바뀐다 :: 연합뉴스", ["연합뉴스"], set(), "항만 시간표 바뀐다"),
        (
            "Ferry timetable changes | The Harbour Times",
            ["The Harbour Times"],
            set(),
            "Ferry timetable changes",
        ),
        ("매일경제", ["매일경제"], set(), "매일경제"),
        ("Mid-term plans - and more", ["Example"], set(), "Mid-term plans - and more"),
    ],
)
def test_clean_title(raw: str, names: list[str], sections: set[str], expected: str) -> None:
    assert clean_title(raw, names, sections) == expected


def test_title_never_site_name_alone_and_learned_from_repeated_segment() -> None:
    head = (
        "<title>Harbour ferries change times - Coastline Gazette</title>"
        "<meta property='og:title' content='Harbour ferries change times - Coastline Gazette'>"
    )
    art = extract_article(page(f"<article><p>{LONG_EN}</p><p>{LONG_EN} Then more.</p></article>", head, "en"))
    assert art.title == "Harbour ferries change times"
    head2 = "<meta property='og:site_name' content='매일경제'><meta property='og:title' content='매일경제'>"
    art2 = extract_article(
        page(
            f"<article><h1>항만 시간표 바뀐다</h1><p>{LONG_KO}</p><p>{LONG_KO} 다음 문단.</p></article>",
            head2,
        )
    )
    assert art2.title == "항만 시간표 바뀐다"


@pytest.mark.parametrize(
    "line",
    [
        "Copyright ⓒ 서울신문 All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "ⓒ 한국일보",
        "페이스북 트위터 밴드 블로그",
        "카카오톡 페이스북 X 링크복사",
        "기사 읽어주기 다시듣기 폰트 확대 폰트 축소 프린트하기",
        "글자크기 인쇄",
        "관련기사",
        "Leaders Today",
        "많이 본 뉴스",
        "자료 제공 : 정책브리핑",
        "홍길동 기자 gildong@example.co.kr",
        "홍길동 기자",
        "뉴스레터 무료 구독하기",
        "Sign up for our morning newsletter",
        "Related articles",
        "정책브리핑의 정책뉴스자료는 공공누리 제1유형 출처표시 조건에 따라 자유롭게 이용할 수 있습니다.",
        "이 누리집은 대한민국 공식 전자정부 누리집입니다.",
        "Comments",
        "댓글 12",
        "[button link='/submit'] Send us your story[/button]",
        "Get the print edition every month. Click here for more information.",
        "$$ARTICLEAD$$",
        "기사 URL이 복사되었습니다.",
        "링크가 클립보드에 복사됐습니다",
        "Link copied to clipboard!",
        "김하늘 기자 외 2명",
        "김하늘·이바다 기자 외 1명",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        LONG_KO,
        LONG_EN,
        "그는 뉴스레터를 구독하는 독자가 지난해보다 두 배 늘었다고 말했다.",
        "공유 경제가 확산되면서 플랫폼 기업의 책임 논란도 커지고 있다.",
        "Comments from residents were overwhelmingly positive, the council said.",
        "광고 시장은 지난해보다 4% 줄었다.",
        "유출된 문서는 사내 서버에서 외부 저장 장치로 복사되었습니다.",
        "The files were copied to a clipboard-sized drive, the court heard.",
        "현장에는 기자 외 10명이 남아 있었다.",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_section_heads_and_notes_are_typed() -> None:
    blocks = clean_blocks(
        [
            Paragraph(LONG_KO),
            Paragraph("< 지역 조찬 간담회 >"),
            Paragraph("■ 향후 계획"),
            Paragraph("▶ 문의처 안내"),
            Paragraph("[ 추진 경과 ]"),
            Paragraph("* 협업 로봇 기반 자율 공정 개발(예시)"),
            Paragraph("※ 세부 일정은 변경될 수 있음"),
            Paragraph(LONG_KO),
        ]
    )
    kinds = [type(b) for b in blocks]
    assert kinds == [Paragraph, Heading, Heading, Heading, Heading, Note, Note, Paragraph]


def test_copyright_ends_the_article_and_drops_the_sidebar() -> None:
    body = (
        f"<article><p>{LONG_KO} 첫째.</p><p>{LONG_KO} 둘째.</p><p>{LONG_KO} 셋째.</p>"
        "<p>Copyright ⓒ 가상일보 All rights reserved. 무단 전재 및 재배포 금지</p>"
        "<p>페이스북 트위터 밴드 블로그</p><h3>Leaders Today</h3><p>다른 기사 제목 하나</p></article>"
    )
    art = extract_article(page(body))
    assert art.text == "\n\n".join(f"{LONG_KO} {n}." for n in ("첫째", "둘째", "셋째"))


def _jsonld(body: str, kind: str = "NewsArticle", wrap: str = "plain") -> str:
    obj = {"@type": kind, "headline": "여객선 시간표 개편", "articleBody": body, "author": {"name": "김하늘"},
           "datePublished": "2026-01-05T09:00:00+09:00"}  # fmt: skip
    data: object = obj
    if wrap == "graph":
        data = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "가상일보"}, obj]}
    elif wrap == "list":
        data = [{"@type": "BreadcrumbList"}, obj]
    raw = json.dumps(data, ensure_ascii=False)
    if wrap == "trailing-comma":
        raw = raw[:-1] + ",}"
    return f"<script type='application/ld+json'>{raw}</script>"


@pytest.mark.parametrize("wrap", ["plain", "graph", "list", "trailing-comma"])
def test_jsonld_only_body(wrap: str) -> None:
    body = f"{LONG_KO}\n{LONG_KO} 둘째 문단.\n{LONG_KO} 셋째 문단."
    art = extract_article(page("<div id='app'>불러오는 중…</div>", _jsonld(body, wrap=wrap)))
    assert art.extractor == "jsonld"
    assert art.title == "여객선 시간표 개편"
    assert art.authors == ["김하늘"]
    assert art.published == "2026-01-05T09:00:00+09:00"
    assert [b.plain_text() for b in art.blocks] == [LONG_KO, f"{LONG_KO} 둘째 문단.", f"{LONG_KO} 셋째 문단."]


def test_teaser_articlebody_does_not_win() -> None:
    paras = "".join(f"<p>{LONG_KO} {i}번째 문단.</p>" for i in range(6))
    art = extract_article(page(f"<article>{paras}</article>", _jsonld(LONG_KO[:40] + "…")))
    assert art.extractor != "jsonld"
    assert "5번째 문단." in art.text


def test_next_data_only_body() -> None:
    html_body = "".join(f"<p>{LONG_EN} Part {i}.</p>" for i in range(4))
    data = {"props": {"pageProps": {"article": {"title": "Ferry times", "body": html_body}}}}
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script>"
    art = extract_article(page("<div id='__next'><p>Loading…</p></div>" + script, lang="en"))
    assert art.extractor == "next-data"
    assert len(art.blocks) == 4
    assert art.blocks[-1].plain_text().endswith("Part 3.")


def test_next_flight_chunks_body() -> None:
    frag = "".join(f"<p class='editor-p'>{LONG_KO} {i}.</p>" for i in range(3))
    push = json.dumps(frag, ensure_ascii=False)
    script = f"<script>self.__next_f.push([1,{push}])</script>"
    art = extract_article(page("<main><h1>제목</h1></main>" + script))
    assert art.extractor == "next-flight"
    assert [b.plain_text() for b in art.blocks] == [f"{LONG_KO} {i}." for i in range(3)]


def test_no_article_offers_visible_text() -> None:
    html = page("<nav><a href='/'>홈</a> <a href='/n'>뉴스</a></nav><div>로그인이 필요합니다</div>")
    with pytest.raises(NoArticleError) as info:
        extract_article(html)
    fallback = info.value.fallback
    assert fallback is not None
    assert fallback.is_article is False
    assert "로그인이 필요합니다" in fallback.text


@pytest.mark.parametrize("html", ["", "   ", "\x00\x01\x02", "<html></html>"])
def test_empty_input_is_no_article(html: str) -> None:
    with pytest.raises(NoArticleError):
        extract_article(html)


def test_deep_nesting_does_not_crash_and_keeps_text() -> None:
    depth = 10_000
    html = page(
        "<div>" * depth + f"<p>{LONG_EN}</p><p>{LONG_EN} Then more.</p>" + "</div>" * depth, lang="en"
    )
    art = extract_article(html)
    assert LONG_EN in art.text


def test_deep_inline_nesting_does_not_crash() -> None:
    depth = 5_000
    html = page(f"<p>{LONG_KO}</p><p>" + "<span>" * depth + "깊은 곳의 문장." + "</span>" * depth + "</p>")
    art = extract_article(html)
    assert LONG_KO in art.text
    assert "깊은 곳의 문장." in art.text


def test_lang_detected_from_script_when_undeclared() -> None:
    html = f"<html><body><article><p>{LONG_KO}</p><p>{LONG_KO} 다음 문단.</p></article></body></html>"
    assert extract_article(html).lang == "ko"


def test_binary_content_is_not_an_article() -> None:
    junk = "\x89PNG\r\n\x1a\n" + "".join(chr(i % 32) for i in range(2000))
    with pytest.raises(NoArticleError):
        extract_article(junk)


def test_arc_fusion_payload_body() -> None:
    story = {
        "headlines": {"basic": "항만 야간 운항"},
        "content_elements": [
            {"type": "text", "content": f"{LONG_KO} 첫 문단."},
            {"type": "header", "level": 2, "content": "운항 시간"},
            {"type": "text", "content": f"{LONG_KO} <b>둘째</b> 문단."},
            {"type": "image", "url": "https://img.example/x.jpg"},
        ],
    }
    script = f"<script>Fusion.globalContent={json.dumps(story, ensure_ascii=False)};Fusion.x=1;</script>"
    art = extract_article(page("<div id='fusion-app'></div>" + script))
    assert art.extractor == "arc"
    assert [b.type for b in art.blocks] == ["paragraph", "heading", "paragraph"]
    assert art.blocks[2].plain_text() == f"{LONG_KO} 둘째 문단."


def test_byline_lines_leave_the_body_but_name_the_authors() -> None:
    body = f"<article><p>{LONG_KO}</p><p>{LONG_KO} 다음 문단.</p>"
    body += "<p>김하늘 기자 sky@example.co.kr</p></article>"
    art = extract_article(page(body))
    assert "sky@example.co.kr" not in art.text
    assert art.authors == ["김하늘"]


def test_pathological_json_payloads_are_ignored() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    head = f"<script type='application/ld+json'>{deep}</script><script id='__NEXT_DATA__'>{deep}</script>"
    head += f"<script>Fusion.globalContent={deep};</script>"
    head += "<script type='application/ld+json'>{bad json</script>"
    art = extract_article(page(f"<article><p>{LONG_KO}</p><p>{LONG_KO} 다음 문단.</p></article>", head))
    assert LONG_KO in art.text
