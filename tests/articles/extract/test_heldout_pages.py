"""Pages of kinds the extractor was not tuned on, written for these tests: a wire story, a Korean portal's
article view, a blog post and a city's press release. Each is read whole: its headline, its text from the
first sentence to the last, its pictures, and none of the boxes around it (share rows, "most read", related
links, newsletter pitches, reporter boxes, reactions, the press release's field table and survey)."""

from __future__ import annotations

import pytest

from reader.articles.extract import extract_article
from reader.articles.model import Article, Heading, Image
from tests.conftest import FIXTURES

pytestmark = pytest.mark.core

HERE = FIXTURES / "extract" / "heldout"


def _read(name: str, url: str) -> Article:
    return extract_article((HERE / name).read_text(encoding="utf-8"), url)


def _pictures(a: Article) -> list[Image]:
    return [b for b in a.blocks if isinstance(b, Image)]


def test_a_wire_story_without_its_rails_tickers_and_pitches() -> None:
    a = _read("wire_story.html", "https://www.harbourwire.example/world/night-ferry-returns")
    assert a.title == "Night ferry returns to northern isles after ten years"
    assert a.authors == ["Jane Roe"]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("ABERHAVEN, Scotland (HW) — The overnight ferry")
    assert paras[-1] == "Harbour Wire writer John Doe contributed to this report from Edinburgh."
    assert len(paras) == 6
    for leak in ("Storm warning", "Share", "Link copied", "Related", "Island schools", "morning briefing",
                 "Advertisement", "Topics", "Trending", "Markets slip", "You May Like", "Most Read",
                 "harbour wall", "All rights", "___"):  # fmt: skip
        assert leak not in a.text
    assert _pictures(a) == [
        Image(
            "https://media.harbourwire.example/photos/ferry-1200.jpg",
            "A ferry at dusk",
            "The MV Northern Light leaves Aberhaven on Friday.",
        )
    ]


def test_a_korean_portal_view_without_reporter_box_reactions_and_rankings() -> None:
    a = _read("ko_portal.html", "https://news.hanbit.example/article/099/0000012345")
    assert a.title == "섬 주민 숙원 풀렸다…야간 여객선 10년 만에 재개"
    assert a.authors == ["김하늘"]
    paras = a.text.split("\n\n")
    assert paras[0] == (
        "시의회는 화요일 저녁 회의를 열고 겨울철 여객선 운항 시간표를 논의했으며, "
        "이른 아침 배편을 매일 운항하기로 뜻을 모았다."
    )
    assert paras[-1] == "시는 첫 겨울 이용객 통계가 나오는 봄에 시간표를 다시 검토할 계획이다."
    for leak in ("입력", "기사원문", "댓글", "본문 듣기", "공유", "sky@", "Copyright", "무단",
                 "쏠쏠정보", "추천합니다", "구독", "다른 기사", "주요뉴스", "아웃링크", "많이 본", "폭설",
                 "저작권"):  # fmt: skip
        assert leak not in a.text
    assert [(i.src, i.caption) for i in _pictures(a)] == [
        (
            "https://imgnews.hanbit.example/image/099/2026/03/06/ferry_01.jpg",
            "6일 오후 아란항을 출항하는 야간 여객선. 한빛일보 제공",
        )
    ]


def test_a_blog_post_without_share_likes_related_bio_navigation_comments_and_widgets() -> None:
    a = _read("blog_post.html", "https://tidewater.example/2026/01/13/dinghy/")
    assert a.title == "Mending a wooden dinghy over the winter"
    assert a.authors == ["Ana Whitlock"]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("The dinghy came to me with a split transom")
    assert paras[-1].startswith("By March she was painted")
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["Choosing the timber"]
    for leak in ("Posted on", "Categories", "Comments", "Share this", "Twitter", "Like this", "Loading",
                 "Related", "spruce oars", "Tagged", "Published by", "View all posts", "Previous Post",
                 "thoughts on", "bed the new transom", "Leave a Reply", "Recent Posts", "Archives",
                 "Log in", "WordPress"):  # fmt: skip
        assert leak not in a.text
    assert _pictures(a) == [
        Image(
            "https://tidewater.example/wp-content/uploads/2026/01/transom-full.jpg",
            "The old transom on the bench",
            "The old transom, with the rot along its lower edge.",
        )
    ]


def test_a_press_release_without_its_field_table_contact_lines_licence_and_survey() -> None:
    a = _read("gov_release.html", "https://www.aran.example/news/2/100")
    assert (
        a.title == "야간 여객선 운항 재개, 섬 주민 의료 접근성 높인다"
    )  # its field table's 제목, not the page title
    assert a.subtitle.splitlines() == [
        "6일부터 아란항~북섬 야간 항로 주 3회 운항…10년 만의 재개",
        "응급 환자 이송 시간 단축 기대, 10월까지 시범 운영 후 연장 검토",
    ]
    paras = a.text.split("\n\n")
    assert (
        paras[0]
        == "아란시는 6일부터 아란항과 북섬을 잇는 야간 여객선 운항을 10년 만에 다시 시작한다고 밝혔다."
    )
    assert paras[-1] == '시 관계자는 "주민 의견을 꾸준히 듣고 운항 시간과 요금을 보완해 나가겠다"고 말했다.'
    for leak in ("상세보기", "담당부서", "해양항만과", "조회수", "첨부파일", "다운로드", "문의", "공공누리",
                 "이전글", "목록", "만족", "최종수정일", "COPYRIGHT", "페이스북"):  # fmt: skip
        assert leak not in a.text
    assert _pictures(a) == []


@pytest.mark.parametrize(
    ("rows", "fields"),
    [
        ((("제목", "야간 여객선 운항 재개"), ("담당부서", "해양항만과", "작성일", "2026-03-06")), True),
        ((("Author", "Jane Roe"), ("Date", "2026-03-06"), ("Views", "1,024")), True),
        ((("구분", "2025", "2026"), ("승객", "1,200", "1,450"), ("운항 횟수", "96", "140")), False),
        ((("Date", "Sailing"), ("6 March", "22:00"), ("8 March", "22:00")), False),
    ],
)
def test_a_field_table_is_told_from_a_table_of_data(rows: tuple[tuple[str, ...], ...], fields: bool) -> None:
    from reader.articles.extract.boilerplate import is_field_table

    assert is_field_table(rows) is fields


def test_boxes_set_inside_the_story_container_without_names_stay_out() -> None:
    a = _read("news_inline_boxes.html", "https://www.coastlinegazette.example/news/harbour-wall")
    assert a.title == "Harbour wall repairs approved after winter storms"
    paras = a.text.split("\n\n")
    assert paras[0].startswith("Councillors have approved a £4.2m plan")
    assert paras[-1].startswith("The harbour master, Fiona Reid, said boats would be moved")
    assert len(paras) == 4
    for leak in ("Most read", "Night ferry", "Fishing quotas", "Read more", "Storm leaves", "Follow the",
                 "Share this", "WhatsApp", "More from", "Council tax", "play park", "©"):  # fmt: skip
        assert leak not in a.text
    assert _pictures(a) == []


def test_a_local_paper_on_a_common_korean_news_cms() -> None:
    """The article view many Korean local papers share: headline and deck in a header box, the reporter and
    stamp in an info list, share and font buttons, a reporter card, related links, comments and rankings."""
    a = _read("ko_local_cms.html", "https://www.dhnews.example.kr/news/articleView.html?idxno=1234")
    assert a.title == "강릉 경포해변 야간 개장 첫날 3만 명 몰려"
    assert a.subtitle == "밤 9시까지 연장 운영…안전요원 40명 추가 배치"
    assert a.authors == ["김하늘"]
    assert a.published == "2025-07-12T09:30:00+09:00"
    paras = a.text.split("\n\n")
    assert paras[0].startswith("[동해안신문=김하늘 기자] 강릉시는 경포해수욕장을")
    assert paras[-1] == (
        "다만 일부 구간에서는 음주 후 입수를 시도하다 안전요원의 제지를 받는 사례가 잇따랐다. "
        "시는 해경과 함께 음주 입수 단속을 강화하기로 했다."
    )
    assert len(paras) == 4
    caption = "12일 밤 강릉 경포해수욕장을 찾은 피서객들이 해변을 거닐고 있다. (사진=강릉시 제공)"
    assert [p.caption for p in _pictures(a)] == [caption]
    for leak in ("공유합니다", "저작권자", "다른기사", "관련기사", "속초해수욕장", "많이 본", "댓글", "sky@",
                 "로그인", "속보", "글씨", "좋아요", "주소 :"):  # fmt: skip
        assert leak not in a.text


def test_a_broadcast_transcript_without_player_chrome_ticker_tools_and_staff_credits() -> None:
    a = _read("ko_broadcast.html", "https://news.kbs.example/news/view.do?ncd=123")
    assert a.title == '"장마 끝나자 폭염"…서울 첫 폭염경보'
    assert a.authors == ["이소라"]
    assert a.published == "2025-07-25T12:01"  # from the page's "입력" stamp: it has no date metadata
    text = a.text
    assert text.split("\n\n")[0] == "[앵커]"
    assert "장마가 끝나자마자 무더위가 기승을 부리고 있습니다." in text
    assert text.rstrip().endswith("KBS 뉴스 이소라입니다.")
    for leak in ("modal window", "Chapters", "captions", "동영상 고정", "실시간뉴스", "최종업데이트",
                 "기사 읽어주기", "폰트", "촬영기자", "영상편집", "sora@", "기사 모음", "무단복제", "좋아요",
                 "핫 클릭", "제보"):  # fmt: skip
        assert leak not in text


def test_a_korean_blog_post_in_the_portal_editor() -> None:
    """A portal blog's editor wraps every line in components; empty spacer lines, the tag line, the map card,
    likes, comments and the category's other posts are not the post."""
    a = _read("ko_blog_post.html", "https://blog.portal.example/windpath/223456789")
    assert a.title == "제주 올레 7코스 걷기, 외돌개에서 월평까지"
    assert a.published == "2025-04-12T18:20"
    paras = [p for p in a.text.split("\n\n") if p]
    assert paras[0] == "안녕하세요, 바람길입니다."
    assert paras[-1] == "다음에는 8코스도 걸어볼 생각입니다. 궁금한 점은 댓글로 남겨 주세요!"
    assert "고등어구이를 먹었는데" in a.text  # bold words inside a line stay in it, unspaced
    assert [p.caption for p in _pictures(a)] == ["외돌개 앞바다"]
    for leak in ("#제주올레", "공감", "공유하기", "신고하기", "이웃추가", "카테고리의 다른 글", "쇠소깍",
                 "서홍동", "프롤로그", "\u200b"):  # fmt: skip
        assert leak not in a.text


def test_an_old_korean_page_laid_out_in_tables_and_saved_in_euc_kr() -> None:
    """The article is the text of a table cell broken by <br>, beside cells of menus, a "most read" box,
    a date-and-reporter line and print buttons; the page title frames the site name in runs of colons."""
    from reader.articles.decode import decode_html

    decoded = decode_html((HERE / "ko_table_layout.html").read_bytes())
    a = extract_article(decoded.text, "https://www.namdo.example.kr/view.php?id=123")
    assert a.title == "순천만 갈대축제 19일 개막"
    assert a.authors == ["박민호"]
    assert a.published == "2009-10-15T14:20"
    paras = a.text.split("\n\n")
    assert paras[0].startswith("순천시는 제12회 순천만 갈대축제를 오는 19일부터 사흘 동안")
    assert paras[-1] == '시 관계자는 "순천만의 가을 풍경을 가족과 함께 즐기시길 바란다"고 말했다.'
    assert len(paras) == 4
    for leak in ("정치", "많이 본", "광양제철소", "여수", "2009-10-15", "mhpark", "목록", "관련기사",
                 "흑두루미", "Copyright", "주소"):  # fmt: skip
        assert leak not in a.text


def test_a_newsletter_post_keeps_its_section_heads_and_picture_not_its_subscribe_pitches() -> None:
    """The post's wrapper is named like a newsletter box; its pictures sit in <picture> with <source>s."""
    a = _read("newsletter_post.html", "https://crumbledger.example/p/quiet-economics-corner-bakery")
    assert a.title == "The quiet economics of the corner bakery"
    assert a.subtitle.startswith("Why a neighbourhood bakery can survive")
    assert a.authors == ["Maya Lindqvist"]
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == [
        "Flour is cheap; time is not",
        "What the queue tells us",
    ]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("Every weekday at half past six")
    assert paras[-1].startswith("So the next time you see a modest line")
    assert _pictures(a) == [
        Image(
            "https://cdn.crumbledger.example/image/fetch/w_1456/ovens.jpg",
            "Two deck ovens in a small bakery",
            "Tomasz's two deck ovens, bought second-hand in 2014.",
        )
    ]
    for leak in ("Subscribe", "reader-supported", "Share", "Thanks for reading", "Discussion", "Half price",
                 "Ready for more", "Privacy", "Letterpost", "142", "Sign in"):  # fmt: skip
        assert leak not in a.text


def test_a_hosted_blog_post_keeps_its_picture_of_many_sources() -> None:
    a = _read("medium_post.html", "https://inkwell.example/build-notes/i-rewrote-our-build-3f9a2c1b7d4e")
    assert a.title == "I Rewrote Our Build in Make and Nobody Noticed"
    assert a.subtitle == "What a forty-line Makefile taught me about build tools"
    assert a.authors == ["Priya Raman"]
    assert [(p.src, p.caption) for p in _pictures(a)] == [
        (
            "https://miro.inkwell.example/v2/resize:fit:700/1*abc.png",
            "The old pipeline, drawn on our office whiteboard. Photo by the author.",
        )
    ]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("Last autumn our build took eleven minutes")
    assert paras[-1] == "We will outgrow it one day. Until then, forty lines are enough."
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["Forty lines"]
    for leak in ("Member-only", "Follow", "min read", "Listen", "Share", "1.2K", "Written by", "Responses",
                 "More from", "Recommended", "Build Tools", "Help", "Sign in"):  # fmt: skip
        assert leak not in a.text


def test_a_german_paper_keeps_its_lead_picture_below_the_standfirst_and_drops_its_paywall_pitch() -> None:
    a = _read("de_news.html", "https://www.nordkurier-rundschau.example/hamburg/hafenfaehre-id1234567.html")
    assert a.title == "Hafenfähre fährt wieder nach Finkenwerder"
    assert a.authors == ["Lena Vogt"]
    assert a.published == "2026-04-14T07:30:00+02:00"
    paras = a.text.split("\n\n")
    assert paras[0] == "Nach drei Monaten Pause fährt die Linie 62 wieder. Pendler sparen bis zu 40 Minuten."
    assert paras[1].startswith("Hamburg. Nach drei Monaten Pause fährt die Hafenfähre")
    assert paras[-1].startswith("Die Fähren fahren werktags alle 15 Minuten")
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["Neuer Anleger ist barrierefrei"]
    assert [(p.src, p.caption) for p in _pictures(a)] == [
        (
            "https://img.nordkurier-rundschau.example/2026/04/faehre-62.jpg",
            "Die Fähre der Linie 62 legt an den Landungsbrücken ab.",
        )
    ]
    for leak in ("Cookies", "Teilen", "Lesen Sie", "Elbtunnel", "Anzeige", "NR+", "Jetzt testen",
                 "Mehr zum", "Redakteurin", "interessieren", "Kommentare", "Outbrain", "Impressum",
                 "Startseite"):  # fmt: skip
        assert leak not in a.text


def test_a_korean_wire_story_keeps_both_lines_of_its_deck() -> None:
    a = _read("ko_wire.html", "https://www.nuritong.example/economy/5501234")
    assert a.title == "지방 공항 국제선 이용객 역대 최대…청주·대구 '껑충'"
    assert a.subtitle.splitlines() == ["상반기 612만 명, 작년보다 24% 늘어", "일본·베트남 노선 증편 효과"]
    assert a.authors == ["윤서진"]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("(서울=누리통신) 윤서진 기자 = 올해 상반기 지방 공항의 국제선 이용객이")
    assert paras[-1] == (
        "한국공항공사는 하반기 지방 공항 국제선 이용객이 처음으로 연간 1200만 명을 넘을 것으로 내다봤다."
    )
    assert len(paras) == 5
    assert [p.caption for p in _pictures(a)] == [
        "13일 청주국제공항 출국장이 여행객들로 붐비고 있다. 2026.7.13/누리통신 © Nuri 김민기 기자"
    ]
    for leak in ("속보", "sjyoon@", "앱 다운로드", "유튜브", "무단 전재", "#지방공항", "기자 구독",
                 "함께 보면", "가장 많이 본", "포토", "AD", "Copyright"):  # fmt: skip
        assert leak not in a.text


def test_a_broadcast_page_keeps_interview_lines_as_speech_not_heads() -> None:
    a = _read("ko_tv_news.html", "https://news.hbtv.example/news/article/7612345")
    assert a.title == "한밤 도심 정전 3시간…신호등 꺼져 교통 혼잡"
    assert a.authors == ["최다은"]
    assert a.published == "2026-02-11T20:31:00+09:00"
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["<앵커>", "<기자>"]
    paras = a.text.split("\n\n")
    assert "<박성호 / 택시 기사 : 갑자기 사방이 깜깜해져서 차를 세울 수밖에 없었어요.>" in paras
    assert paras[-1] == "당국은 정확한 고장 원인을 조사하고 있습니다."
    for leak in ("재생", "음소거", "새로고침", "광고", "영상취재", "제보", "원문 기사", "Copyright",
                 "기자 구독", "좋아요", "주요뉴스", "댓글", "많이 본", "조회"):  # fmt: skip
        assert leak not in a.text


def test_a_hosted_essay_names_its_writer_from_by_and_keeps_its_cover_subtitle() -> None:
    a = _read("ko_brunch.html", "https://brunchy.example/@hanul/57")
    assert a.title == "엄마의 김장 노트"
    assert a.subtitle == "김장 날 부엌에서 받아 적은 것들"
    assert a.authors == ["한울"]
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["스무 포기", "내년의 부엌"]
    paras = a.text.split("\n\n")
    assert paras[1].startswith("올해도 엄마는 배추 스무 포기를 절였다.")
    assert paras[-1].endswith("공책의 빈칸은 그때 채우면 된다.")
    assert [p.caption for p in _pictures(a)] == ["엄마의 손, 그리고 빨간 고무장갑"]
    for leak in ("라이킷", "키워드", "구독", "작가의", "골목 세탁소", "봄비", "추천하는", "제안하기", "©"):
        assert leak not in a.text


def test_a_hosted_blog_post_without_its_writer_line_buttons_category_list_and_comments() -> None:
    a = _read("ko_tistory.html", "https://nightcode.tistory.example/142")
    assert a.title == "라즈베리파이로 집 온도 기록하기 (2) 센서 연결과 파이썬 코드"
    assert a.authors == ["밤하늘코딩"]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("지난 글에서 라즈베리파이에 운영체제를 설치하고")
    assert paras[-1].startswith("처음 몇 번은 읽기 오류가 날 수 있는데")
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["준비물", "파이썬 코드"]
    assert [p.caption for p in _pictures(a)] == ["브레드보드에 센서를 꽂은 모습"]
    for leak in ("IT/라즈베리파이", "공감", "공유하기", "구독하기", "게시글 관리", "카테고리의 다른 글",
                 "태그", "관련글", "팬 소음", "소금빵", "방문자", "Kakao", "2025. 11. 3."):  # fmt: skip
        assert leak not in a.text


def test_a_japanese_paper_reads_whole_through_its_paid_part() -> None:
    """The paid part is named "paywall" in the page and in its JSON-LD: it is the article, not a pitch."""
    a = _read("ja_news.html", "https://www.towa-shimbun.example/articles/ASV3B4X7MV3BULFA00X.html")
    assert a.title == "北陸新幹線、敦賀以西のルート調査を開始 国交省"
    assert a.authors == ["山田太郎"]
    paras = a.text.split("\n\n")
    assert paras[0].startswith("国土交通省は10日、北陸新幹線の敦賀（福井県）以西について")
    assert paras[-1].startswith("沿線の自治体からは、工期の長期化を心配する声も上がっている。")
    assert len(paras) == 5
    assert [p.caption for p in _pictures(a)] == [
        "敦賀駅に停車する北陸新幹線の車両＝2026年3月9日、福井県敦賀市、東和新聞社ヘリから、田中花子撮影"
    ]
    for leak in ("ログイン", "リンクをコピー", "コメント", "広告", "関連ニュース", "トピック", "無料登録",
                 "ランキング", "PR", "Copyright", "（山田太郎）"):  # fmt: skip
        assert leak not in a.text


def test_an_economic_daily_takes_its_summary_box_as_the_deck_and_reads_loose_body_text() -> None:
    """The body is loose text split by <br> around figures and an in-text ad and related box; a labelled
    summary list sits above it with a notice about how it was written."""
    a = _read("ko_econ_daily.html", "https://www.hbeconomy.example/article/2026080112341")
    assert a.title == '반도체 수출 석 달 연속 늘었다…"하반기 회복세 뚜렷"'
    assert a.subtitle.splitlines() == [
        "7월 반도체 수출 112억달러, 18.4% 증가",
        "고대역폭메모리(HBM) 등 고부가 제품이 견인",
        "무역수지 14개월째 흑자",
    ]
    assert a.authors == ["정민수"]
    assert a.published == "2026-08-01T10:12:00+09:00"
    paras = a.text.split("\n\n")
    assert paras[0].startswith("반도체 수출이 석 달 연속 증가했다.")
    assert paras[-1].startswith("다만 미국의 관세 정책과 환율 변동은 변수로 꼽힌다.")
    assert paras[-1].endswith("정부는 이달 중 수출 지원 대책을 추가로 내놓을 계획이다.")
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == ["무역수지 14개월째 흑자"]
    assert [p.caption for p in _pictures(a)] == [
        "1일 부산항 신선대부두에 수출용 컨테이너가 쌓여 있다. 사진=연합뉴스",
        "월별 반도체 수출액 추이. 그래픽=김소연 기자",
    ]
    for leak in ("요약", "AI", "기사 듣기", "공유", "광고", "관련 기사", "HBM 주문 폭주", "jms@", "ⓒ",
                 "무단전재", "산업부 정민수입니다", "좋아요", "#반도체", "많이 본", "댓글", "코스피",
                 "Copyright"):  # fmt: skip
        assert leak not in a.text


def test_a_live_blog_keeps_every_update_under_its_head() -> None:
    a = _read("live_blog.html", "https://www.lakeshorepost.example/weather/2026/10/08/storm-elin-live-updates/")
    assert a.title == "Live updates: Storm Elin makes landfall on the east coast"
    assert a.subtitle.startswith("High winds and storm surge knock out power")
    assert a.authors == ["Rosa Delgado", "Ben Okafor"]
    assert [b.text for b in a.blocks if isinstance(b, Heading)] == [
        "Power outages pass 200,000",
        "Landfall near Port Ellis",
        "Schools close as the storm approaches",
    ]
    paras = a.text.split("\n\n")
    assert paras[1].startswith("More than 200,000 customers are without power")
    assert paras[-1].startswith("Five school districts along the coast")
    assert [p.caption for p in _pictures(a)] == [
        "Waves crash over the sea wall in Port Ellis on Thursday. (Jamal Reed/The Lakeshore Post)"
    ]
    for leak in ("Breaking", "Gift Article", "Copy link", "Advertisement", "Sign up", "More storm coverage",
                 "Comments", "Most Read", "All rights"):  # fmt: skip
        assert leak not in a.text
