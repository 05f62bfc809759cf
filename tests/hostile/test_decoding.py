"""Case 4: a UTF-8 page with a few stray bytes stays UTF-8 (replacement characters and a warning), never
a wrong codec; UTF-16 without a byte-order mark is recognised."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.articles.decode import _non_ascii, decode_html, decode_text
from reader.library import Library
from tests.hostile_support import cli

pytestmark = pytest.mark.core

SEOUL = "서울시는 오늘 시청 앞 광장에서 주말 장터를 열었다고 밝혔다. 시민 수천 명이 지역 농산물을 샀다."


def korean_prose(n_chars: int, seed: int = 7) -> str:
    """Hangul words with spaces and little else: the pages whose few ASCII bytes fooled the counter."""
    rng = random.Random(seed)
    syllables = [chr(c) for c in range(0xAC00, 0xAC00 + 2000)]
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < n_chars:
        words.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))))
    return " ".join(words)


def with_stray_bytes(data: bytes, count: int, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        at = rng.randrange(len(out) // 4, len(out) - 40)
        out[at:at] = bytes([rng.choice([0x80, 0xFF, 0xC3, 0xA0, 0xFE, 0xE9])])
    return bytes(out)


def test_the_non_ascii_counter_counts_non_ascii_bytes() -> None:
    assert _non_ascii(b"abc") == 0
    assert _non_ascii(b"ab\xff\xfe") == 2
    assert _non_ascii("가나".encode()) == 6


def _html(body: str, head: str = "<meta charset=utf-8>") -> bytes:
    return f"<html><head>{head}<title>{SEOUL[:6]}</title></head><body><p>{body}</p></body></html>".encode()


@pytest.mark.parametrize(
    "head",
    ["<meta charset=utf-8>", "", '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'],
)
@pytest.mark.parametrize(
    ("stray", "size"),
    [
        (1, 600),
        (3, 600),
        (20, 600),
        (3, 3000),
        (40, 3000),
        (150, 3000),
        (3, 30000),
        (200, 30000),
        (1500, 30000),
    ],
)
def test_utf8_with_stray_bytes_stays_utf8(head: str, stray: int, size: int) -> None:
    body = korean_prose(size)
    damaged = with_stray_bytes(_html(body, head), stray)
    decoded = decode_html(damaged)
    assert decoded.encoding == "utf-8", (decoded.encoding, decoded.how)
    assert 0 < decoded.errors <= 4 * stray  # a byte dropped into a character breaks that character
    words = body.split()
    intact = sum(1 for w in words if w in decoded.text)
    assert intact >= len(words) - 2 * stray  # every word but the damaged ones reads right
    notice = decoded.notice("page.html")
    assert notice is not None
    assert notice.code == "decode.replaced"
    assert notice.params["count"] == decoded.errors


def test_pages_in_other_encodings_keep_their_encoding() -> None:
    body = korean_prose(3000)
    assert decode_html(_html(body, "<meta charset=euc-kr>").decode().encode("cp949")).encoding == "cp949"
    assert decode_html(_html(body, "<meta charset=utf-8>").decode().encode("cp949")).encoding == "cp949"
    assert decode_html(_html(body, "").decode().encode("cp949")).encoding == "cp949"
    russian = "Правительство сообщило сегодня о новых мерах поддержки для жителей города. " * 20
    assert decode_text(russian.encode("cp1251")).encoding == "cp1251"
    french = "Le café de la gare a été rénové, et les habitués s'y retrouvent déjà. " * 20
    assert decode_text(french.encode("cp1252")).encoding == "cp1252"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec: str, tmp_path: Path) -> None:
    html = '<!DOCTYPE html><html lang="ko"><head><title>시청 앞 장터</title></head><body><article>'
    html += "".join(f"<p>{SEOUL} {i}</p>" for i in range(6)) + "</article></body></html>"
    for name, data in (("page.html", html.encode(codec)), ("page", html.encode(codec))):
        path = tmp_path / name
        path.write_bytes(data)
        article = load_article(str(path))
        assert "주말 장터" in article.text
        assert "<p>" not in article.text
    text = f"시청 앞 장터\n\n{SEOUL}\n\n{SEOUL}\n"
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(codec))
    article = load_article(str(path))
    assert article.title == "시청 앞 장터"
    assert SEOUL in article.text


def test_the_cli_warns_once_and_the_library_saves_utf8(tmp_path: Path) -> None:
    body = " ".join([SEOUL] * 40)
    page = with_stray_bytes(_html(body), 12)
    src = tmp_path / "damaged.html"
    src.write_bytes(page)
    direct = load_article(str(src))
    assert [n.code for n in direct.notices] == ["decode.replaced"]
    run = cli("extract", str(src), basedir=tmp_path / "base")
    assert run.code == 0, run.err
    assert "서울시는" in run.out
    warnings = [ln for ln in run.err.splitlines() if ln.strip()]
    assert len(warnings) == 1, run.err
    assert warnings[0].startswith("article-reader: warning: ")
    assert "UTF-8" in warnings[0]
    add = cli("library", "add", str(src), basedir=tmp_path / "base")
    assert add.code == 0, add.err
    with Library(tmp_path / "base" / "data" / "library.sqlite3") as lib:
        saved = lib.article(lib.ids()[0])
    assert "서울시는" in saved.text
    assert "м„" not in saved.text
