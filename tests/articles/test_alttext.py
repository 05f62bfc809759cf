"""Alt text shown only when it describes the image (images off): placeholders, files, credits and
repeats of the caption are left out, whatever the language."""

from __future__ import annotations

import pytest

from reader.articles.alttext import useful_alt

pytestmark = pytest.mark.core

SAYS_NOTHING = [
    "", "   ", "image", "Image", "IMAGE 2", "photo_03", "사진", "사진 1", "사진설명", "[사진설명]", "이미지",
    "대표 이미지", "기사 이미지", "썸네일", "그림 3", "자료사진", "포토", "사진 확대", "logo", "thumbnail",
    "placeholder", "undefined", "null", "-", "·", "x", "a",
    "IMG_20230512_101112.jpg", "DSC01234", "P1010023", "image001", "photo-2023-05-01.png",
    "0a1b2c3d4e5f6a7b", "https://cdn.example.kr/news/2024/05/a.jpg", "//img.example.com/x.webp",
    "C:\\\\photos\\\\trip.JPG", "banner.gif?v=3",
    "[사진 출처 = 연합뉴스]", "(사진=산업통상자원부 제공)", "사진=BTC미디어", "ⓒ 뉴스1", "© Getty Images",
    "Photo: Reuters", "AP Photo/Jae C. Hong", "<이종화 기자>", "연합뉴스", "사진 제공", "출처: 한빛일보",
]  # fmt: skip

DESCRIBES = [
    "Mehrere Instagram App-Logos auf Smartphone",
    "Landnutzung für tierische Produkte wie Fleisch ist hoch",
    "시립도서관 큰글자책 서가 앞에서 책을 고르는 어르신",
    "A heron standing in the shallows at dawn",
    "2024년 5월 서울 여의도 한강공원 불꽃축제",
    "현장을 취재하는 기자",
    "Photo of a red bicycle leaning on a wall",
]


@pytest.mark.parametrize("alt", SAYS_NOTHING)
def test_alt_that_says_nothing_is_left_out(alt: str) -> None:
    assert useful_alt(alt) == ""


@pytest.mark.parametrize("alt", DESCRIBES)
def test_alt_that_describes_the_image_is_kept(alt: str) -> None:
    assert useful_alt(alt) == alt


def test_alt_repeating_the_caption_or_headline_is_left_out() -> None:
    caption = "이재명 대선 후보가 15일 전남 순천시에서 연설하고 있다. 연합뉴스"
    assert useful_alt(caption, caption) == ""
    assert useful_alt("이재명 대선 후보가 15일 전남 순천시에서 연설하고 있다", caption) == ""  # shorter copy
    assert useful_alt(caption + " [사진 출처 = 연합뉴스]", caption) == ""  # the copy with a credit added
    assert useful_alt("Readers at the large-print shelf", "", title="Readers at the large-print shelf") == ""
    # a different description beside the caption is kept (the caption is what the page shows)
    other = "어르신들이 돋보기로 신문을 읽고 있다"
    assert useful_alt(other, caption) == other
    # a caption of two letters does not swallow a real description
    assert useful_alt("A crowd waits at the Paris metro", "AP") == "A crowd waits at the Paris metro"


def test_whitespace_and_width_are_tidied() -> None:
    assert useful_alt("  큰글자책\n\t서가  ") == "큰글자책 서가"
    assert useful_alt("ＩＭＡＧＥ") == ""  # full-width letters are the same word


def test_hostile_alt_text_is_handled_quickly() -> None:
    assert useful_alt("사진 " * 20000 + "설명") == ""  # the same word again and again
    long_alt = "서가 앞의 어르신 " * 5000
    assert 0 < len(useful_alt(long_alt)) <= 2000  # kept, cut to what is looked at
    assert useful_alt("\x00\u200b\ufeff") == ""
    assert useful_alt("(" * 5000 + "사진" + ")" * 5000) == ""
