"""The mechanisms the fourth held-out table (heldout_4.yaml) called for, each shown on words and
numbers of its own beside the cases it must leave alone."""

from __future__ import annotations

import pytest

from reader.articles.model import Article, Paragraph
from reader.speech.reading import normalize
from reader.speech.sentences import split_article

pytestmark = pytest.mark.core


def _both(text: str) -> tuple[str, str]:
    return normalize(text), normalize(text, offline=True)


@pytest.mark.parametrize(
    ("text", "offline"),
    [
        ("금 10돈 목걸이", "금 열 돈 목걸이"),
        ("한우 2근에 10만 원", "한우 두 근에 십만 원"),
        ("두부 1모 가격", "두부 한 모 가격"),
        ("한약 20첩을 지었다.", "한약 스무 첩을 지었다."),
        ("마늘 1접, 굴비 1두름", "마늘 한 접, 굴비 한 두름"),
        ("금 1냥", "금 한 냥"),
        ("금 100돈", "금 백 돈"),  # past 99: Sino, as every native counter
        ("2모작", "이 모작"),  # another word: 모 does not end it
    ],
)
def test_market_weights_and_bundles_take_native_numbers(text: str, offline: str) -> None:
    online, got = _both(text)
    assert got == offline
    assert online == text  # Google's voice is given the digits, as for every counter


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("태풍 중심기압은 965hPa다.", "965헥토파스칼이다.", "구백육십오헥토파스칼이다."),
        ("최저 기압은 950hPa로 떨어졌다", "950헥토파스칼로", "구백오십헥토파스칼로"),
        ("방사능 농도는 리터당 1,500Bq이었다.", "1500베크렐이었다", "천오백베크렐이었다"),
        ("시간당 0.12μSv로 측정됐다.", "0.12마이크로시버트로", "영 점 일이마이크로시버트로"),
        ("연간 1mSv 이하", "1밀리시버트 이하", "일밀리시버트 이하"),
        ("최고출력은 300hp다.", "300마력이다.", "삼백마력이다."),
        ("최고출력 245PS", "245마력", "이백사십오마력"),
        ("응답 속도는 1ms로 빨라졌다.", "1밀리초로", "일밀리초로"),
        ("용량은 5,000mAh다.", "5000밀리암페어시다.", "오천밀리암페어시다."),  # a vowel: no 이
        ("PS5 판매량", "피에스파이브", "피에스파이브"),  # letters before the digit: a model, not 마력
    ],
)
def test_pressure_radiation_power_and_time_units_are_said(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("연비는 15.2km/L로 동급 최고다.", "리터당 15.2킬로미터로", "리터당 십오 점 이킬로미터로"),
        ("전비는 5.1km/kWh다.", "킬로와트시당 5.1킬로미터다", "킬로와트시당 오 점 일킬로미터다"),
        ("시속 120㎞/h로 달렸다.", "시속 120킬로미터로 달렸다", "시속 백이십킬로미터로 달렸다"),
        ("초속 30m/s의 강풍", "초속 30미터의 강풍", "초속 삼십미터의 강풍"),
        ("최대 20m/s의 강풍", "최대 초속 20미터", "최대 초속 이십미터"),  # not yet said: put first
    ],
)
def test_a_per_unit_says_its_per_once_and_first(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline
    assert got_offline.count("시속") + got_offline.count("초속") <= 1


@pytest.mark.parametrize(
    ("text", "online", "offline"),
    [
        ("기준금리 연 3.50%로 동결", "연 3.5퍼센트로", "연 삼 점 오퍼센트로"),
        ("변동폭은 0.50%p로 확대됐다.", "0.5퍼센트포인트로", "영 점 오퍼센트포인트로"),
        ("수익률은 4.10%를 기록했다.", "4.1퍼센트를", "사 점 일퍼센트를"),
        ("금리는 3.50~3.75%다.", "3.5에서 3.75퍼센트다", "삼 점 오에서 삼 점 칠오퍼센트다"),
        ("삼성전자 ▲1.50%", "1.5퍼센트 상승", "일 점 오퍼센트 상승"),
        # left alone: one zero after the point is said, a zero inside the digits too, and not a rate
        ("투표율은 67.0%였다.", "67.0퍼센트였다", "육십칠 점 영퍼센트였다"),
        ("0.05% 올랐다.", "0.05퍼센트", "영 점 영오퍼센트"),
        ("100% 환불", "100퍼센트 환불", "백퍼센트 환불"),
        ("평균 자책점 2.50을 기록했다.", "2.50을", "이 점 오영을"),
    ],
)
def test_a_rate_drops_its_trailing_zeros(text: str, online: str, offline: str) -> None:
    got_online, got_offline = _both(text)
    assert online in got_online, got_online
    assert offline in got_offline, got_offline


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("[속보] 한은, 기준금리 동결(종합)", "속보, 한은, 기준금리 동결"),
        ("美 연준 금리 인하 (종합2보)", "미국 연준 금리 인하"),
        ("수출 3개월째 증가(2보)", "수출 3개월째 증가"),
        ("국제유가 급락(상보)", "국제유가 급락"),
        ("[종합] 여야, 예산안 합의", "여야, 예산안 합의"),
        ("합의안 발표(재송고)", "합의안 발표"),
        ("[속보] 美 대선 결과", "속보, 미국 대선 결과"),  # 속보 is news to the listener: said
        ("종합 1위 탈환", "종합 1위 탈환"),  # the word itself, outside a tag
    ],
)
def test_a_wire_revision_tag_is_shown_not_said(title: str, said: str) -> None:
    article = Article(title=title, blocks=[Paragraph("본문이다.")], lang="ko")
    sentences = split_article(article)
    head = [s for s in sentences if s.block_index == -1]
    assert " ".join(s.spoken for s in head if not s.skip) == said
    for s in head:  # what is shown is the title as published
        assert title[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("범죄는 112, 화재는 119, 민원은 120으로 연락", "범죄는 일일이, 화재는 일일구, 민원은 일이공으로"),
        ("112나 119에 신고해야 한다.", "일일이나 일일구에 신고해야"),
        ("국번 없이 112 또는 119", "국번 없이 일일이 또는 일일구"),
        ("관광 안내는 국번없이 1330", "국번없이 일삼삼공"),
        ("학대 신고 112·1366에서 받는다.", "일일이"),
    ],
)
def test_an_emergency_number_beside_another_is_dialled_too(text: str, said: str) -> None:
    for got in _both(text):
        assert said in got, got


@pytest.mark.parametrize(
    ("text", "offline"),
    [
        ("찬성 112, 반대 98, 기권 5로 가결됐다.", "찬성 백십이, 반대 구십팔"),  # a tally: nothing to dial
        ("세종대로 110, 테헤란로 119에서", "세종대로 백십, 테헤란로 백십구에서"),  # building numbers
        ("119에 신고했고 피해액은 112,000원이다.", "일일구에 신고했고 피해액은 십일만이천원이다"),
    ],
)
def test_what_stays_an_amount_beside_an_emergency_number(text: str, offline: str) -> None:
    assert offline in normalize(text, offline=True)
