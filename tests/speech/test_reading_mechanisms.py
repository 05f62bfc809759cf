"""The mechanisms the held-out table (heldout_1.yaml) called for, each with the cases it must leave
alone: particles after a rewritten word, scores, addresses, codes, web addresses, credits."""

from __future__ import annotations

import pytest

from reader.articles.model import Article, Image, Paragraph
from reader.speech.reading import credit_spans, normalize
from reader.speech.reading.credits import is_non_content
from reader.speech.sentences import split_article

pytestmark = pytest.mark.core


def _both(text: str) -> tuple[str, str]:
    return normalize(text), normalize(text, offline=True)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("韓, 美와 통화스와프", "미국과 통화스와프"),  # 美 is 미 (a vowel), 미국 is not
        ("與는 즉각 반박", "여당은 즉각"),
        ("野가 반발", "야당이 반발"),
        ("美와의 관계", "미국과의 관계"),
        ("삼성電이 반등", "삼성전자가 반등"),
        ("北은 이날", "북한은 이날"),  # already right: unchanged
        ("美가격", "미국 가격"),  # 가 opens a word here, not a particle
        ("농도가 35㎍/㎥를 넘었다", "마이크로그램을 넘었다"),
        ("시속 100km/h로", "킬로미터로"),
        ("5천t을 지원", "톤을 지원"),
    ],
)
def test_a_particle_follows_the_word_as_it_is_read(text: str, spoken: str) -> None:
    for said in _both(text):
        assert spoken in said.replace("  ", " "), said


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("2-2 무승부로 끝났다", "2 대 2 무승부", "이 대 이 무승부"),
        ("세트스코어 3-0 완승", "3 대 0 완승", "삼 대 영 완승"),
        ("6-4 6-3으로 이겼다", "6 대 4 6 대 3으로", "육 대 사 육 대 삼으로"),
        ("6-4, 3-6, 7-5로 이겼다", "6 대 4, 3 대 6, 7 대 5로", "육 대 사, 삼 대 육, 칠 대 오로"),
        ("전반 1-0으로 앞섰다", "전반 1 대 0", "전반 일 대 영"),
        # not scores
        ("10-20% 오를 전망", "10에서 20퍼센트", "십에서 이십퍼센트"),
        ("3-5명이 다쳤다", "3명에서 5명", "세 명에서 다섯 명"),
        ("2010-2020년 통계", "2010년부터 2020년까지", "이천십년부터 이천이십년까지"),
    ],
)
def test_scores_written_with_a_hyphen(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("서울 중구 세종대로 110", "세종대로 110", "세종대로 백십"),  # a building number, not 정부민원 110
        ("역삼동 123-45", "123의 45", "백이십삼의 사십오"),
        ("테헤란로 7길 10-3에 있다", "10의 3에", "십의 삼에"),
        ("112에 신고", "일일이에 신고", "일일이에 신고"),
        ("서울로 3-4명 이송", "서너 명", "서너 명"),  # 로 is a particle here: a range
    ],
)
def test_address_numbers(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("ISBN 978-89-364-1234-5", "구칠팔 팔구 삼육사 일이삼사 오"),
        ("사업자등록번호 123-45-67890", "일이삼 사오 육칠팔구공"),
        ("계좌번호 1002-123-456789", "일공공이 일이삼 사오육칠팔구"),
        ("우편번호는 03154다", "공삼일오사다"),
        ("인증번호 482913", "사팔이구일삼"),
        ("4-3-3 전술", "사 삼 삼 전술"),
        ("007 영화", "공공칠 영화"),
        ("문의는 고객센터(1588-1234)로", "고객센터 일오팔팔 일이삼사로"),
        ("상담센터(02-123-4560)로 연락", "사오육공으로 연락"),  # the particle follows the last digit
    ],
)
def test_codes_are_read_digit_by_digit(text: str, spoken: str) -> None:
    for said in _both(text):
        assert spoken in said, said


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("2025-01-15 기준", "이천이십오년 일월 십오일"),  # a date, not a code
        ("오전 09:00 개장", "아홉 시"),
        ("0.5% 올랐다", "영 점 오"),
        ("김모(45)씨", "김모씨"),  # an age is not a phone number
    ],
)
def test_what_is_not_a_code(text: str, spoken: str) -> None:
    assert spoken in normalize(text, offline=True)


def test_web_and_e_mail_addresses_in_hangul_for_espeak_only() -> None:
    url = "자세한 내용은 www.korea.kr에서 볼 수 있다."
    assert "www.korea.kr" in normalize(url)  # Google reads an address itself
    assert "더블유더블유더블유 점 코리아 점 케이알에서" in normalize(url, offline=True)
    mail = "제보는 jebo@kbs.co.kr로 받는다."
    assert normalize(mail, offline=True) == "제보는 제이이비오 골뱅이 케이비에스 점 시오 점 케이알로 받는다."
    assert not is_non_content(mail)  # part of the sentence, not a byline
    assert not credit_spans(mail)
    assert normalize("U.S. 정부", offline=True) == "유에스 정부"  # not an address
    assert normalize("3.5% 올라", offline=True).startswith("삼 점 오")


@pytest.mark.parametrize(
    ("text", "caption", "said"),
    [
        ("글·사진 이현우 기자", False, ""),
        ("정부는 추가 대책을 내놓기로 했다. (끝)", False, "정부는 추가 대책을 내놓기로 했다."),
        ("시위대가 행진하고 있다. AFP 연합뉴스", True, "시위대가 행진하고 있다."),
        ("홍길동 기자 hong@yna.co.kr", False, ""),
        ("제보는 jebo@kbs.co.kr로 받는다.", False, "제보는 jebo@kbs.co.kr로 받는다."),
    ],
)
def test_credits_inside_text(text: str, caption: bool, said: str) -> None:
    block = Image(src="p.jpg", caption=text) if caption else Paragraph(text)
    sentences = split_article(Article(title="", blocks=[block], lang="ko"), read_captions=True)
    assert " ".join(s.spoken for s in sentences if not s.skip) == said
    for s in sentences:  # offsets stay exact: what is shown is the text as published
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("GPT-4o 공개", "지피티포 오", "지피티포 오"),
        ("F-35A 스텔스기", "에프 삼십오 에이", "에프 삼십오 에이"),
        ("F-35 전투기", "에프 삼십오 전투기", "에프 삼십오 전투기"),
        ("SOFA 개정", "SOFA 개정", "소파 개정"),
        ("참가자의 ½", "2분의 1", "이분의 일"),
        ("1½컵", "1과 2분의 1", "일과 이분의 일"),
        ("3/1(토) 기념식", "3월 1일 토요일", "삼월 일일 토요일"),
        ("영화 2편을 찍었다", "2편을", "두 편을"),
    ],
)
def test_names_fractions_dates_counters(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("원·달러 환율은 1,380.5원", "원달러 환율은", "원달러 환율은"),  # one word, no pause
        ("엔·달러 환율 150엔", "엔달러 환율", "엔달러 환율"),
        ("쇄신·혁신을 추진", "쇄신, 혁신을", "쇄신, 혁신을"),  # two words: a short pause
        ("2-1 리드를 지켰다", "2 대 1 리드를", "이 대 일 리드를"),  # a result word with its particle
        ("F-16V 전투기", "에프 십육 브이", "에프 십육 브이"),  # a model's letter, not volts
        ("USB 5V 충전", "5볼트", "오볼트"),
    ],
)
def test_pairs_results_and_model_letters(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline
