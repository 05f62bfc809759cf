"""Boilerplate that used to leak (failure class 6) stays out; content that used to be lost (class 7) stays in;
pages that are not articles say so."""

from __future__ import annotations

import pytest

from reader.articles.extract import extract_article
from reader.articles.extract.boilerplate import is_boilerplate_line
from reader.articles.model import ListBlock, Paragraph
from reader.errors import NoArticleError
from tests.articles.extract.pages import PARAS_EN, PARAS_KO, URL, article, html_page, paragraphs

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    "line",
    [
        "입력 : 2026.03.12 10:05",
        "기사입력 2026-03-12 10:05 최종수정 2026-03-12 11:00",
        "[실시간뉴스] 최종업데이트 2026.03.12 10:05",
        "기사문의 및 제보 : 카톡/라인 gasang (끝)",
        "담당 부서 : 해양수산부 항만정책과",
        "문의 : 항만정책과(044-200-0000)",
        "김하늘 기자의 다른 기사",
        "#항만 #물류 #스마트항만",
        "January 13, 2026 at 08:45 AM | categories: Ferries, Weather | View Comments",
        "2Guests 0Users",
        "Other Opinion Columns",
        "Chapters",
        "This is a modal window.",
        "descriptions off, selected",
        "Read more: Ferry fares to rise in spring",
        "Lesen Sie auch: Neue Fähre für die Insel",
        "Le puede interesar: Nuevo horario de ferris",
        "To view the full story, please subscribe to the Coastline Gazette.",
        "Follow the Coastline Gazette on Twitter and Instagram",
        "The contents of this site are ©2026 Coastline Publishing Ltd.",
        "Weitere Artikel zum Thema",
        "Zurück nach oben",
        "Chapters descriptions off, selected captions settings, opens captions settings dialog This is a "
        "modal window.",
        "Video Player is loading. Play Video Play Mute Current Time 0:00 / Duration 0:00 Loaded: 0% Stream "
        "Type LIVE Seek to live, currently behind live LIVE Remaining Time -0:00 1x Playback Rate",
        "동영상 고정 취소",
        "이 기사를 공유합니다",
        "기사를 추천해 주세요",
        "Share this article",
        "촬영기자:박철수/영상편집:최영희",
        "(영상취재: 홍길동)",
        "2009-10-15 14:20 | 박민호 기자",
        "박민호 기자 · 2009.10.15",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "시의회는 2026년 예산안을 통과시켰다.",
        "문의가 잇따르자 시는 설명회를 열기로 했다.",
        "The ferry left at 10:05, the captain said, after the storm had passed.",
        "Readers can follow the timetable on the council's website from Monday.",
        "Updates to the timetable follow in spring, when the figures are in.",
        "The new player has captions settings that deaf viewers asked for, the broadcaster said.",
        "이 기사를 공유한 독자들은 시간표가 바뀐 줄 몰랐다고 말했다.",
        "촬영 현장에는 주민 200여 명이 모였다.",
        "2009-10-15 14:20부터 행사가 열린다.",
    ],
)
def test_article_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_korean_article_loses_its_date_stamp_ticker_and_tip_off_tail() -> None:
    body = (
        "<p>입력 : 2026.03.12 10:05</p>"
        + paragraphs(PARAS_KO)
        + "<p>기사문의 및 제보 : 카톡/라인 gasang (끝)</p><p>#항만 #여객선</p>"
        + "<div class='ticker'>[실시간뉴스] 최종업데이트 2026.03.12</div>"
    )
    art = extract_article(article(body, lang="ko", title="겨울 여객선 시간표 바뀐다"), URL)
    assert art.text.splitlines()[0] == PARAS_KO[0]
    for leak in ("입력 :", "제보", "#항만", "실시간뉴스"):
        assert leak not in art.text


def test_video_player_chrome_is_not_text() -> None:
    player = (
        "<div class='video-js'><div class='vjs-menu' role='menu'>"
        "<ul><li role='menuitemcheckbox'>Chapters</li>"
        "<li role='menuitemcheckbox'>descriptions off, selected</li></ul></div>"
        "<div class='vjs-modal-dialog' role='dialog'><p>This is a modal window.</p></div></div>"
    )
    text = extract_article(article(paragraphs(PARAS_EN[:2]) + player + paragraphs(PARAS_EN[2:])), URL).text
    assert "Chapters" not in text
    assert "modal window" not in text


def test_a_related_story_link_closing_the_body_goes() -> None:
    body = paragraphs(PARAS_EN) + "<p><a href='/opinion/ferries'>Editorial: the ferries we deserve</a></p>"
    assert "Editorial" not in extract_article(article(body), URL).text


def test_repeated_identical_paragraphs_are_kept() -> None:
    body = paragraphs([PARAS_EN[0], PARAS_EN[1], PARAS_EN[1], PARAS_EN[2]])
    assert extract_article(article(body), URL).text.count(PARAS_EN[1]) == 2


def test_a_short_real_article_is_an_article() -> None:
    head = "<meta property='og:type' content='article'>"
    brief = (
        "<p>The early ferry runs again from Monday, the council said. Tickets cost the same as before.</p>"
    )
    art = extract_article(article(brief, head, title="Early ferry back"), URL)
    assert art.is_article
    assert "Tickets cost the same" in art.text


def test_nested_list_items_and_mathml_are_kept() -> None:
    body = (
        paragraphs(PARAS_EN[:2])
        + "<ol><li>Board at the pier<ul><li>show the ticket</li><li>keep the receipt</li></ul></li>"
        "<li>Sit inside in rough weather</li></ol>"
        + "<p>The fare rises by <math><mi>x</mi><mo>=</mo><mn>2</mn></math> pounds for every crossing "
        "this winter, "
        "the operator said.</p>" + paragraphs(PARAS_EN[2:])
    )
    art = extract_article(article(body), URL)
    lists = [b for b in art.blocks if isinstance(b, ListBlock)]
    assert lists
    assert lists[0].items == (
        "Board at the pier",
        "show the ticket",
        "keep the receipt",
        "Sit inside in rough weather",
    )
    assert "rises by x = 2 pounds" in art.text


def test_slideshow_slides_hidden_until_shown_are_article_text() -> None:
    slides = "".join(
        f"<div class='slide{' is-active' if n == 0 else ' hidden'}'><h2>{n + 1}. Stop {n + 1}</h2>"
        f"<p>{PARAS_EN[n]}</p></div>"
        for n in range(4)
    )
    art = extract_article(article(f"<div class='slideshow'>{slides}</div>"), URL)
    for para in PARAS_EN:
        assert para in art.text
    lone = article(
        paragraphs(PARAS_EN[:3]) + "<p style='display:none'>A hidden note that is never shown.</p>"
    )
    assert "hidden note" not in extract_article(lone, URL).text


def test_an_article_split_over_sibling_containers_is_kept_whole() -> None:
    parts = "".join(
        f"<div class='story-part'><p>{p}</p><p>{p} Again, in other words.</p></div>" for p in PARAS_EN
    )
    page = html_page(f"<div class='story'>{parts}</div><aside class='sidebar'><p>Most read</p></aside>")
    text = extract_article(page, URL).text
    for para in PARAS_EN:
        assert para in text


def test_a_page_of_formulas_under_headings_is_not_an_article() -> None:
    demo = "".join(
        f"<h2>Formula {n}</h2><div><math><mi>a</mi><mo>+</mo><mi>b</mi><mo>=</mo><mn>{n}</mn></math></div>"
        for n in range(6)
    )
    page = html_page(
        f"<div>{demo}<p>Finally, formulas may also sit inside a sentence of running text.</p></div>"
    )
    with pytest.raises(NoArticleError):
        extract_article(page, "https://demo.example.org/formulas")


def test_site_rules_off_still_reads_a_korean_page() -> None:
    body = paragraphs(PARAS_KO)
    html = article(body, lang="ko", title="겨울 여객선 시간표 바뀐다")
    off = extract_article(
        html, "https://www.hankookilbo.com/News/Read/A2026031210050001234", site_rules=False
    )
    assert not off.extractor.startswith("site:")
    assert off.title == "겨울 여객선 시간표 바뀐다"
    assert off.text == "\n\n".join(PARAS_KO)


def test_a_summary_heading_of_several_lines_opening_the_body_is_the_deck() -> None:
    deck = "<h2 class='summary'>섬 주민 숙원 풀려<br>야간 여객선 주 3회 운항<br>10월까지 시범 운영</h2>"
    a = extract_article(
        article(deck + paragraphs(PARAS_KO), lang="ko", title="야간 여객선 10년 만에 재개"), URL
    )
    assert a.subtitle.splitlines() == ["섬 주민 숙원 풀려", "야간 여객선 주 3회 운항", "10월까지 시범 운영"]
    assert a.text.startswith(PARAS_KO[0])
    assert "섬 주민 숙원" not in a.text


def test_a_section_heading_with_a_line_break_stays_one_heading() -> None:
    body = paragraphs(PARAS_EN[:2]) + "<h2>Winter crossings<br>and the cost</h2>" + paragraphs(PARAS_EN[2:])
    a = extract_article(article(body), URL)
    assert [b.plain_text() for b in a.blocks if b.type == "heading"] == ["Winter crossings and the cost"]
    assert not a.subtitle


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        ("Lesen Sie jetzt weiter mit NR+ – für nur 0,99 € im ersten Monat.", True),
        ("Keep reading with a Digital Access subscription.", True),
        ("Continue reading for just $1 a week", True),
        ("Poursuivez votre lecture en vous abonnant.", True),
        ("この記事の続きを読むには有料会員登録が必要です。", True),
        ("기사 전문을 보시려면 유료 회원에 가입하세요.", True),
        ("He told me to keep reading with care, and I did.", False),
        ("Am Wochenende geht es weiter mit dem Bus nach Finkenwerder.", False),
    ],
)
def test_a_paywalls_pitch_to_read_on_is_boilerplate_in_several_languages(line: str, pitch: bool) -> None:
    assert is_boilerplate_line(line) is pitch


def test_an_interview_line_of_a_transcript_is_speech_not_a_section_head() -> None:
    from reader.articles.extract.cleanup import clean_blocks
    from reader.articles.model import Heading, Paragraph

    blocks = clean_blocks(
        [Paragraph("<앵커>"), Paragraph("<박성호 / 택시 기사 : 갑자기 사방이 깜깜해져서 차를 세웠어요.>"),
         Paragraph("[Jane Roe/driver: It all went dark at once.]"), Paragraph("[인터뷰]"),
         Paragraph("전력 당국은 변전소 설비 고장으로 전기 공급이 끊겼다고 밝혔습니다.")]
    )  # fmt: skip
    assert [type(b) for b in blocks] == [Heading, Paragraph, Paragraph, Heading, Paragraph]


@pytest.mark.parametrize(
    ("label", "items", "deck"),
    [
        ("요약", ("7월 반도체 수출 18.4% 증가", "무역수지 14개월째 흑자"), True),
        ("Key points", ("Elin made landfall near Port Ellis.", "Schools are closed."), True),
        ("Das Wichtigste in Kürze", ("Die Linie 62 fährt wieder.",), True),
        ("Ingredients", ("Two cups of flour", "One egg"), False),  # a list the body opens with is the body
        ("요약", tuple(f"항목 {n}" for n in range(9)), False),  # too many lines for a summary
    ],
)
def test_a_labelled_summary_list_opening_the_body_is_its_deck(
    label: str, items: tuple[str, ...], deck: bool
) -> None:
    from reader.articles.extract.cleanup import split_deck

    body = Paragraph("The body begins here with a full sentence of prose that runs on for a while.")
    blocks, got = split_deck([Paragraph(label), ListBlock(items), body])
    assert (got == "\n".join(items)) is deck
    assert (blocks == [body]) is deck


@pytest.mark.parametrize(
    "line",
    [
        "AI 요약은 기사 내용을 바탕으로 생성되었으며 정확하지 않을 수 있습니다.",
        "AI summaries may contain errors; read the full article.",
        "AI summary: written by a model from the article, it may be inaccurate.",
    ],
)
def test_the_notice_under_a_machine_written_summary_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)
