"""Sentences, their offsets, spoken forms and chunks."""

from __future__ import annotations

import json

import pytest

from reader.articles.model import Article, Heading, Image, ListBlock, Paragraph
from reader.speech.chunks import chunk_text
from reader.speech.korean_numbers import native, read_numbers, sino
from reader.speech.lexicon import Lexicon
from reader.speech.normalize import for_offline, normalize
from reader.speech.sentences import article_lang, segment, split_article

pytestmark = pytest.mark.core


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in segment(text)]


def test_dates_initials_and_decimals_are_not_sentence_ends() -> None:
    text = (
        "김정관 장관은 1.22(목) 전북 방문에 이어서 다음 날인 1.23(금) 동남권을 찾았다. "
        "동남권에서는 M.AX(제조AX) 확산을 논의했다. 지수는 3.5% 올랐다."
    )
    assert spans(text) == [
        "김정관 장관은 1.22(목) 전북 방문에 이어서 다음 날인 1.23(금) 동남권을 찾았다.",
        "동남권에서는 M.AX(제조AX) 확산을 논의했다.",
        "지수는 3.5% 올랐다.",
    ]


def test_missing_space_after_korean_sentence_end_is_split() -> None:
    assert spans("정부는 대책을 발표했다.이번 조치는 내달 시행된다.") == [
        "정부는 대책을 발표했다.",
        "이번 조치는 내달 시행된다.",
    ]


def test_quotes_keep_their_inner_sentences_together() -> None:
    text = '그는 "M.AX는 핵심 수단이다. 적극 뒷받침하겠다"고 밝혔다. 이어 "좋다."라고 말했다. 끝났다.'
    assert spans(text) == [
        '그는 "M.AX는 핵심 수단이다. 적극 뒷받침하겠다"고 밝혔다.',
        '이어 "좋다."라고 말했다.',
        "끝났다.",
    ]
    assert spans("“첫 문장이다.” 둘째 문장이다.") == ["“첫 문장이다.”", "둘째 문장이다."]


def test_english_abbreviations_ellipsis_and_questions() -> None:
    text = "The U.S. economy grew 2.5% in 2023. Mr. Smith waited... and left. Why? Because."
    assert spans(text) == [
        "The U.S. economy grew 2.5% in 2023.",
        "Mr. Smith waited... and left.",
        "Why?",
        "Because.",
    ]


def test_english_titles_and_lower_case_continuations() -> None:
    text = "Hon. B. U. Nzeribe met Cmdr. Jones on Nov. that day. It rained."
    assert spans(text) == ["Hon. B. U. Nzeribe met Cmdr. Jones on Nov. that day.", "It rained."]


def test_spaced_korean_dates_are_one_sentence() -> None:
    assert spans("회의는 2026. 1. 22.(목) 열렸다. 다음 회의는 미정이다.") == [
        "회의는 2026. 1. 22.(목) 열렸다.",
        "다음 회의는 미정이다.",
    ]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("1.22(목) 전북을 찾았다.", "1월 22일 목요일 전북을 찾았다."),
        ("2026. 1. 22.(목) 회의", "2026년 1월 22일 목요일 회의"),
        ("2026-03-05 발표", "2026년 3월 5일 발표"),
        ("지난 22일(목) 발표", "지난 22일 목요일 발표"),
        ("금리가 0.25%p 올라 3.5%가 됐다.", "금리가 0.25퍼센트포인트 올라 3.5퍼센트가 됐다."),
        ("부·울·경 지방정부", "부울경 지방정부"),
        ("『5극3특 全권역별 현장행보 ❷』", "5극3특 전권역별 현장행보 2"),
        ("< 지역 AX 조찬 간담회 >", "지역 AX 조찬 간담회"),
        ("3~5일 열린다", "3일부터 5일까지 열린다"),
        ("거리 12km, 무게 3kg, 면적 30㎡", "거리 12킬로미터, 무게 3킬로그램, 면적 30제곱미터"),
        ("2,093명이 몰렸다", "2093명이 몰렸다"),
        ("오후 14:30 출발", "오후 14시 30분 출발"),
        ("M.AX(제조AX) 확산", "M AX, 제조AX, 확산"),
        ("- 주력산업 점검", "주력산업 점검"),
        ("12·3 비상계엄과 5·18 민주화운동, 6·25 전쟁", "십이삼 비상계엄과 오일팔 민주화운동, 육이오 전쟁"),
        ("도입 또다시 불발··· 친청계", "도입 또다시 불발... 친청계"),
        ("인공지능(AI)을 개발, 친명(이재명)계와 '다구리(몰매)'로", "인공지능을 개발, 친명계와 다구리로"),
        ("29일(현지시간) 트럼프는", "현지 시간 29일 트럼프는"),
        ("점수는 3.5, 1.5배", "점수는 3.5, 1.5배"),
        ("㈜한빛과 (주)대한이 한국 vs 일본 경기를", "주식회사 한빛과 주식회사 대한이 한국 대 일본 경기를"),
        ("자세한 내용은 https://www.example.go.kr/news/1?id=3 참고", "자세한 내용은 example.go.kr 참고"),
    ],
)
def test_korean_normalization(text: str, spoken: str) -> None:
    assert normalize(text, "ko") == spoken


def test_english_normalization() -> None:
    assert normalize("The U.S. rate rose 0.5%p in 2024–2025.", "en") == (
        "The U.S. rate rose 0.5 percentage points in 2024–2025."
    )
    assert normalize("Prices rose 3~5%.", "en") == "Prices rose 3 to 5%."
    assert normalize("“We don’t know,” she said.", "en") == "We don't know, she said."


def test_offline_reading_uses_native_counters_and_sino_numbers() -> None:
    assert sino(2093) == "이천구십삼"
    assert sino(10000) == "만"
    assert sino(1_2345_0000) == "일억이천삼백사십오만"
    assert native(20) == "스무"
    assert native(25) == "스물다섯"
    assert read_numbers("3개 2명 5시 20명 14시 11개월 5달러") == (
        "세 개 두 명 다섯 시 스무 명 십사 시 십일 개월 오 달러"
    )
    offline = normalize("2,093명 중 27.9%인 3명이 AI 기업 6월 10월", "ko", offline=True)
    assert offline == "이천구십삼 명 중 이십칠 점 구퍼센트인 세 명이 에이아이 기업 유월 시월"
    assert for_offline(offline, "ko") == offline  # idempotent
    assert not any(ch.isdigit() for ch in normalize("1.22(목) 3.5%p", "ko", offline=True))


def test_lexicon_applies_saves_and_survives_corruption(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "pronunciation.json"
    lex = Lexicon(path=path)
    lex.set("M.AX", "엠닷에이엑스")
    lex.set("AI", "인공지능")
    lex.save()
    again = Lexicon.load(path)
    assert again.items() == [("AI", "인공지능"), ("M.AX", "엠닷에이엑스")]
    assert normalize("M.AX와 AI, SAID", "ko", lexicon=again) == "엠닷에이엑스와 인공지능, SAID"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    path.write_text("{broken", encoding="utf-8")
    broken = Lexicon.load(path)
    assert len(broken) == 0
    assert broken.warnings
    assert list(tmp_path.glob("pronunciation.json.corrupt-*"))


def _article() -> Article:
    return Article(
        title="『5극3특 현장행보 ❷』 산업부장관, M.AX 드라이브",
        lang="ko",
        blocks=[
            Paragraph("(서울=연합뉴스) 홍길동 기자 = 장관은 1.22(목) 전북을 찾았다.이번 방문은 두 번째다."),
            Heading("< 지역 AX 조찬 간담회 >"),
            Paragraph("그는 3개 기업을 만났다."),
            Image(src="x.jpg", caption="(사진=산업통상부 제공)"),
            ListBlock(items=("첫째 항목", "둘째 항목")),
            Paragraph("홍길동 기자 hong@example.co.kr"),
            Paragraph("[신윤재 기자]"),
            Paragraph("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
        ],
    )


def test_split_article_offsets_are_exact_and_non_content_is_skipped() -> None:
    article = _article()
    sents = split_article(article)
    for s in sents:
        source = article.title if s.block_index == -1 else article.blocks[s.block_index].plain_text()
        assert source[s.start : s.end] == s.text
    assert [s.index for s in sents] == list(range(len(sents)))
    spoken = [s.spoken for s in sents if not s.skip]
    assert spoken == [
        "5극3특 현장행보 2 산업부장관, M AX 드라이브",
        "장관은 1월 22일 목요일 전북을 찾았다.",
        "이번 방문은 두 번째다.",
        "지역 AX 조찬 간담회",
        "그는 3개 기업을 만났다.",
        "첫째 항목",
        "둘째 항목",
    ]
    skipped = [s.text for s in sents if s.skip]
    assert skipped == [
        "(서울=연합뉴스) 홍길동 기자 =",
        "(사진=산업통상부 제공)",
        "홍길동 기자 hong@example.co.kr",
        "[신윤재 기자]",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    ]
    assert all(s.spoken == "" for s in sents if s.skip)
    ends = [s.text for s in sents if s.paragraph_end]
    assert "이번 방문은 두 번째다." in ends
    assert "장관은 1.22(목) 전북을 찾았다." not in ends
    assert split_article(article, include_title=False)[0].block_index == 0
    offline = split_article(article, offline=True)
    assert "세 개" in next(s.spoken for s in offline if "기업을" in s.text)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Jane Doe",
        "(AP Photo/Evan Vucci)",
        "Getty Images",
        "Jane Doe/Getty Images",
        "[사진=JTBC, 이매진아시아]",
        "[연합뉴스 제공]",
        "(서울=연합뉴스) 자료사진",
        "(연합뉴스 자료사진)",
        "【서울=뉴시스】",
    ],
)
def test_photo_credits_are_not_read(credit: str) -> None:
    article = Article(title="", blocks=[Paragraph(credit), Paragraph("The vote was held on Tuesday.")])
    sents = split_article(article)
    assert [s.skip for s in sents] == [True] * (len(sents) - 1) + [False]


def test_article_lang_guess() -> None:
    assert article_lang(Article(title="정부 발표", blocks=[Paragraph("정부는 발표했다.")])) == "ko"
    assert article_lang(Article(title="News", blocks=[Paragraph("The news.")])) == "en"
    assert article_lang(Article(title="x", lang="en-GB")) == "en"


def test_chunks_are_short_and_never_cut_dates_or_numbers() -> None:
    text = (
        "산업통상부 김정관 장관은 2026년 1월 22일 목요일 전북 방문에 이어서 다음 날인 1월 23일 금요일 "
        "대한민국 제조업의 핵심 거점인 동남권을 찾아 지역성장 현장방문을 이어갔다. 동남권에서는 "
        "12,345.67명의 기업인 등과 함께, 제조혁신과 주력산업의 상생 생태계 조성 방안 등을 모색했다."
    )
    for limit in (100, 40, 25):
        pieces = chunk_text(text, limit)
        assert all(len(p) <= limit for p in pieces)
        assert " ".join(pieces) == " ".join(text.split())
        joined = "|".join(pieces)
        for whole in ("2026년 1월 22일 목요일", "1월 23일 금요일", "12,345.67명의"):
            assert whole in joined, (limit, pieces)
    assert chunk_text("짧은 문장.") == ["짧은 문장."]
    assert chunk_text("   ") == []
    # A run without any space is still cut, at the limit.
    assert [len(p) for p in chunk_text("가" * 250)] == [100, 100, 50]
    # The sentence end wins over a later space.
    two = "가" * 50 + ". " + "나" * 30 + " " + "다" * 30
    assert chunk_text(two)[0] == "가" * 50 + "."
