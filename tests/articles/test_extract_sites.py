"""Site rules pick each outlet's body container and leave its in-body boxes out.

The pages are small imitations of each site's general markup with our own text.
"""

from __future__ import annotations

import pytest

from reader.articles.extract import extract_article
from reader.articles.extract.sites import all_rules, match_rule

pytestmark = pytest.mark.core

P1 = (
    "구청은 다음 달부터 하천 산책로의 야간 조명을 전 구간으로 넓힌다고 밝혔다. "
    "지난해 일부 구간에서 시범 운영한 결과 이용객이 크게 늘었다."
)
P2 = (
    "구 관계자는 “밤에도 안심하고 걸을 수 있는 길을 만들겠다”며 "
    "“주민 의견을 받아 조명 밝기도 조정하겠다”고 말했다."
)
P3 = "조명 설치 공사는 이달 말 시작해 석 달 동안 이어질 예정이며, 공사 기간에는 일부 구간 통행이 제한된다."
JUNK = "이 문장은 본문이 아닌 상자에 들어 있다"


def _page(body: str, head: str = "") -> str:
    return f"<html lang='ko'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


SITES = {
    "https://n.news.naver.com/article/001/0000000001": (
        "naver",
        "<h2 id='title_area'><span>산책로 야간 조명 확대</span></h2>"
        "<article id='dic_area' class='go_trans _article_content'>"
        f"<strong class='media_end_summary'>요약 상자</strong>{P1}<br><br>"
        "<span class='end_photo_org'><img src='a.jpg'>"
        f"<em class='img_desc'>산책로 모습</em></span>{P2}<br><br>{P3}"
        f"</article><div class='byline'><p class='byline_p'>{JUNK}</p></div>",
    ),
    "https://v.daum.net/v/20260101000000001": (
        "daum",
        "<h3 class='tit_view'>산책로 야간 조명 확대</h3><div class='article_view'><section>"
        f"<p dmcf-ptype='general'>{P1}</p><figure>"
        "<img src='a.jpg'><figcaption>산책로 모습</figcaption></figure>"
        f"<p dmcf-ptype='general'>{P2}</p><p dmcf-ptype='general'>{P3}</p>"
        f"<div class='layer_util'>{JUNK}</div></section></div>",
    ),
    "https://www.yna.co.kr/view/AKR20260101000100001": (
        "yna",
        "<h1 class='tit'>산책로 야간 조명 확대</h1><article class='story-news article'>"
        f"<p>(서울=연합뉴스) 김하늘 기자 = {P1}</p><p>{P2}</p><p>{P3}</p><p>sky@yna.co.kr</p>"
        f"<p class='txt-copyright adrs'>{JUNK} 저작권자(c) 연합뉴스, "
        "무단 전재-재배포, AI 학습 및 활용 금지</p>"
        f"<div class='writer-zone01'>{JUNK}</div></article>",
    ),
    "https://www.chosun.com/national/2026/01/01/ABCDEF/": (
        "chosun",
        "<h1 class='article-header__headline'>산책로 야간 조명 확대</h1><section class='article-body'>"
        f"<p class='article-body__content article-body__content-text'>{P1}</p>"
        f"<div class='article-ad'>{JUNK}</div><p class='article-body__content'>{P2}</p>"
        f"<p class='article-body__content'>{P3}</p></section>",
    ),
    "https://www.joongang.co.kr/article/25000001": (
        "joongang",
        "<h1 class='headline'>산책로 야간 조명 확대</h1><div id='article_body' class='article_body'>"
        f"<div class='ab_sub_heading'><div class='ab_sub_headingline'>부제 줄</div></div>"
        f"<p>{P1}</p><div class='ab_photo photo_center'>"
        "<img src='a.jpg'><p class='caption'>산책로 모습</p></div>"
        f"<p>{P2}</p><p>{P3}</p><div class='ab_byline'>{JUNK}</div></div>",
    ),
    "https://www.donga.com/news/Society/article/all/20260101/130000001/1": (
        "donga",
        "<section class='head_group'><h1 class='title'>산책로 야간 조명 확대</h1></section>"
        f"<section class='news_view'>{P1}<br><br>{P2}"
        f"<div class='view_ad06'>{JUNK}</div><br><br>{P3}"
        f"<div class='article_end'>{JUNK}</div></section>",
    ),
    "https://www.khan.co.kr/article/202601010000001": (
        "khan",
        "<h1 class='headline'>산책로 야간 조명 확대</h1><div id='articleBody' class='art_body'>"
        f"<p class='content_text text-l'>{P1}</p><div class='art_ad'>{JUNK}</div>"
        f"<p class='content_text text-l'>{P2}</p>"
        f"<p class='content_text text-l'>{P3}</p></div>",
    ),
    "https://www.hani.co.kr/arti/society/society_general/1200001.html": (
        "hani",
        "<h3 class='ArticleDetailView_title__9kRU_'>산책로 야간 조명 확대"
        "</h3><div class='article-text'>"
        f"<p class='text'>{P1}</p><div class='BaseAd_adWrapper__x'>{JUNK}</div>"
        f"<p class='text'>{P2}</p><p class='text'>{P3}</p></div>",
    ),
    "https://www.mk.co.kr/news/society/11400001": (
        "mk",
        "<h2 class='news_ttl'>산책로 야간 조명 확대</h2>"
        "<div class='news_cnt_detail_wrap' itemprop='articleBody'>"
        "<div class='mid_title'><div class='midtitle_text'>요약 한 줄<br>요약 두 줄</div></div>"
        f"<p refid='1'>{P1}</p><div class='border_org'>중간 제목"
        f"</div><p refid='2'>{P2}</p><p refid='3'>{P3}</p>"
        "</div>",
    ),
}


def test_every_site_module_is_registered() -> None:
    names = {r.name for r in all_rules()}
    assert names >= {"seoul", "korea.kr", "yna", "chosun", "joongang", "hani", "donga", "hankookilbo", "mk",
                     "khan", "naver", "daum"}  # fmt: skip


@pytest.mark.parametrize(("url", "case"), SITES.items(), ids=[c[0] for c in SITES.values()])
def test_site_rule(url: str, case: tuple[str, str]) -> None:
    name, body = case
    head = "<title>산책로 야간 조명 확대 : 가상 사이트</title>"
    nav = "<ul class='gnb'><li><a href='/'>홈</a></li><li><a href='/n'>뉴스</a></li></ul>"
    aside = "<aside><h3>많이 본 뉴스</h3><ol><li><a href='/x'>다른 기사 하나</a></li></ol></aside>"
    art = extract_article(_page(nav + body + aside, head), url)
    assert art.extractor == f"site:{name}"
    paragraphs = [b.plain_text() for b in art.blocks if b.type == "paragraph"]
    assert any(p.endswith(P1) for p in paragraphs)
    assert P2 in paragraphs
    assert P3 in paragraphs
    assert JUNK not in art.text
    assert "다른 기사 하나" not in art.text
    assert art.title == "산책로 야간 조명 확대"


def test_match_rule_by_host_only() -> None:
    rule = match_rule("https://m.yna.co.kr/view/1")
    assert rule is not None
    assert rule.name == "yna"
    assert match_rule("https://yna.co.kr.example.org/view/1") is None
    assert match_rule(None, "not a url") is None


def test_lazy_images_use_the_real_picture() -> None:
    body = (
        f"<div class='news_cnt_detail_wrap' itemprop='articleBody'><p>{P1}</p>"
        "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/photo/real.jpg' alt='산책로'>"
        f"<figcaption>밤의 산책로</figcaption></figure><p>{P2}</p><p>{P3}</p></div>"
    )
    art = extract_article(_page(body), "https://www.mk.co.kr/news/society/11400002")
    images = [b for b in art.blocks if b.type == "image"]
    assert [(i.src, i.alt, i.caption) for i in images] == [
        ("https://www.mk.co.kr/photo/real.jpg", "산책로", "밤의 산책로")
    ]
