"""Pictures on the generic path: the lead picture and in-body figures with their captions, the larger of
a linked thumbnail, the best safe srcset candidate; never an unsafe address, a hover card, an avatar, a
share icon or a tracking pixel, and a caption is not also a body paragraph."""

from __future__ import annotations

from html import escape

import pytest

from reader.articles.extract import extract_article
from reader.articles.model import Image
from tests.articles.extract.pages import PARAS_EN, URL, article

pytestmark = pytest.mark.core

P = [f"<p>{escape(p)}</p>" for p in PARAS_EN]


def test_a_small_picture_linking_to_its_larger_self_shows_the_larger_one() -> None:
    page = article(
        P[0] + "<div class='pics'><a href='/catalogue/pier-full.jpg' class='swipebox'>"
        "<img src='/catalogue/variations/pier-200x200.jpg' width='200' height='150' alt='The pier'></a>"
        "<div class='caption-pic'>The pier in spring.</div></div>" + "".join(P[1:])
    )
    a = extract_article(page, URL)
    assert [b for b in a.blocks if isinstance(b, Image)] == [
        Image("https://news.example.org/catalogue/pier-full.jpg", "The pier", "The pier in spring.")
    ]
    assert "The pier in spring." not in a.text


def test_a_hover_card_inside_a_sentence_is_not_part_of_it() -> None:
    sentence = (
        "<p>The harbour committee met on Tuesday with <span class='rollover-people'>"
        "<a href='/people/isla-munro'>Isla Munro</a><span class='rollover-people-block'>"
        "<img src='/files/styles/thumb_100/public/munro.jpg' width='100' height='100'>"
        "<a href='/people/isla-munro'>Isla Munro</a><a href='/2026/01/x'>Munro calls for ferry review</a>"
        "<a href='/2026/02/y'>Islands transport plan delayed again</a></span></span> and agreed that the "
        "early crossing should run every day of the week, members said afterwards.</p>"
    )
    a = extract_article(article(sentence + "".join(P[1:])), URL)
    assert a.text.startswith(
        "The harbour committee met on Tuesday with Isla Munro and agreed that the early crossing"
    )
    assert "Munro calls" not in a.text
    assert not any(isinstance(b, Image) for b in a.blocks)


def _images(page: str) -> list[Image]:
    return [b for b in extract_article(page, URL).blocks if isinstance(b, Image)]


def test_the_lead_picture_and_in_body_figures_keep_their_captions() -> None:
    page = article(
        "<figure class='lead'><img src='/img/ferry-dusk.jpg' alt='The ferry at dusk'>"
        "<figcaption>The ferry leaving the harbour at dusk.</figcaption></figure>"
        + "".join(P[:2])
        + "<figure><img src='https://cdn.example.net/quay.jpg' alt=''><figcaption>Crews at the quay."
        "</figcaption></figure>" + "".join(P[2:])
    )
    a = extract_article(page, URL)
    assert [(type(b).__name__, b.plain_text()[:20]) for b in a.blocks][:4] == [
        ("Image", "The ferry leaving th"),
        ("Paragraph", PARAS_EN[0][:20]),
        ("Paragraph", PARAS_EN[1][:20]),
        ("Image", "Crews at the quay."),
    ]
    assert _images(page) == [
        Image(
            "https://news.example.org/img/ferry-dusk.jpg",
            "The ferry at dusk",
            "The ferry leaving the harbour at dusk.",
        ),
        Image("https://cdn.example.net/quay.jpg", "", "Crews at the quay."),
    ]
    assert "dusk" not in a.text
    assert "quay" not in a.text


def test_a_caption_box_after_a_picture_is_its_caption_not_a_paragraph() -> None:
    page = article(
        P[0] + "<div class='wp-caption'><img src='/img/pier.jpg' width='800' height='500'>"
        "<p class='wp-caption-text'>The new pier seen from the water.</p></div>"
        "<p>The new pier seen from the water.</p>" + "".join(P[1:])
    )
    a = extract_article(page, URL)
    assert _images(page) == [
        Image("https://news.example.org/img/pier.jpg", "", "The new pier seen from the water.")
    ]
    assert "The new pier" not in a.text


def test_the_largest_allowed_srcset_candidate_is_shown() -> None:
    srcset = (
        "/img/pier.jpg?resize=400,250 400w, javascript:alert(1) 2000w, /img/pier.jpg?resize=1200,750 1200w, "
        "/img/pier-master.jpg 6000w"
    )
    page = article(
        P[0] + f"<figure><img src='/img/pier-small.jpg' srcset='{srcset}'></figure>" + "".join(P[1:])
    )
    assert [i.src for i in _images(page)] == ["https://news.example.org/img/pier.jpg?resize=1200,750"]


def test_a_lazy_picture_shows_its_real_address_not_the_placeholder() -> None:
    page = article(
        P[0]
        + "<p><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/img/boat.jpg' alt='Boat'></p>"
        + "".join(P[1:])
    )
    assert _images(page) == [Image("https://news.example.org/img/boat.jpg", "Boat")]


@pytest.mark.parametrize(
    "src",
    [
        "FILE:///etc/passwd",
        "file:///home/user/photo.png",
        "javascript:alert(1)",
        "/dev/zero",
        "C:\\photo.jpg",
    ],
)
def test_a_picture_the_image_rule_refuses_leaves_nothing_behind(src: str) -> None:
    page = article(P[0] + f"<p><img src='{src}' alt='Secret alt text'></p>" + "".join(P[1:]))
    a = extract_article(page, "file:///home/user/saved.html" if src == "/dev/zero" else URL)
    assert not any(isinstance(b, Image) for b in a.blocks)
    assert "Secret alt text" not in str(a.to_dict())


def test_a_refused_picture_keeps_its_caption_and_loses_its_alt() -> None:
    page = article(
        P[0] + "<figure><img src='javascript:alert(1)' alt='Secret alt text'>"
        "<figcaption>Passengers boarding at night.</figcaption></figure>" + "".join(P[1:])
    )
    assert _images(page) == [Image("", "", "Passengers boarding at night.")]


def test_pixels_icons_avatars_and_share_buttons_are_not_article_pictures() -> None:
    page = article(
        "<div class='byline'><img src='/img/staff/jane.jpg' class='author-photo'> By Jane Roe</div>"
        "<div class='share-tools'><a href='https://social.example/share'><img src='/img/fb.png'></a></div>"
        + P[0]
        + "<p>Figures from the operator show a rise in bookings. "
        "<img src='/img/up.png' width='16' height='16'> The rise is steepest in the winter months, "
        "when the roads are closed by snow.</p>"
        "<img src='https://stats.example.com/hit.gif?id=42' width='1' height='1'>"
        "<img src='https://cdn.example.net/img/p.jpg?w=20' alt='blurred'>"
        "<p><img src='/img/avatars/jane-roe.jpg' alt='Jane Roe'></p>" + "".join(P[1:])
    )
    a = extract_article(page, URL)
    assert not any(isinstance(b, Image) for b in a.blocks)
    assert "Figures from the operator show a rise in bookings. The rise is steepest" in a.text


def test_a_thumbnail_linking_to_another_story_is_a_teaser_not_a_picture() -> None:
    page = article(
        "".join(P[:2]) + "<div class='inline-promo'><a href='/2026/02/islands-plan'>"
        "<img src='/img/islands.jpg' width='300' height='200'></a></div>" + "".join(P[2:])
    )
    assert _images(page) == []


def test_a_picture_in_a_related_box_is_not_kept() -> None:
    page = article(
        "".join(P[:2]) + "<aside class='related'><h3>Related</h3><figure><img src='/img/other.jpg'>"
        "<figcaption>Another story's picture.</figcaption></figure></aside>" + "".join(P[2:])
    )
    assert _images(page) == []


def test_a_copy_of_a_picture_in_another_size_is_shown_once() -> None:
    page = article(
        P[0] + "<figure><img src='/images/652x367/rescue.jpg'><figcaption>The rescue.</figcaption></figure>"
        "<figure><img src='/images/620x349/rescue.jpg'><figcaption>The rescue.</figcaption></figure>"
        + "".join(P[1:])
    )
    assert [i.src for i in _images(page)] == ["https://news.example.org/images/652x367/rescue.jpg"]


def test_a_blurred_placeholder_gives_way_to_the_picture_in_its_noscript() -> None:
    page = article(
        P[0]
        + "<figure><div><img src='https://cdn.example.net/max/60/quay.png?q=20' width='1894' height='970'>"
        "</div><img width='1894' height='970'><noscript><img src='https://cdn.example.net/max/3788/quay.png'>"
        "</noscript><figcaption>The quay in winter.</figcaption></figure>" + "".join(P[1:])
    )
    assert _images(page) == [Image("https://cdn.example.net/max/3788/quay.png", "", "The quay in winter.")]


def test_a_thumbnail_linking_to_a_page_about_the_picture_keeps_its_own_address() -> None:
    page = article(
        P[0] + "<figure><a href='/wiki/File:Harbour_chart.jpg'><img src='/thumb/220px-Harbour_chart.jpg'></a>"
        "<figcaption>A chart of the harbour.</figcaption></figure>" + "".join(P[1:])
    )
    assert [i.src for i in _images(page)] == ["https://news.example.org/thumb/220px-Harbour_chart.jpg"]
