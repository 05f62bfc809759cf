"""Decoding like a browser: labels, BOM, the head prescan, wrong declarations, whole-document detection,
and the CP949 versions of the Korean corpus pages, from files and over HTTP."""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.articles import load_article
from reader.articles.charsets import codec_for_label
from reader.articles.decode import decode_html, prescan_charset
from reader.articles.fetch import fetch
from reader.errors import NoArticleError
from tests.conftest import CORPUS, FIXTURES
from tests.httpserver import LocalServer

pytestmark = pytest.mark.core

KO_HTML = (FIXTURES / "sources" / "news-ko.html").read_text(encoding="utf-8")
KO_CORPUS = Path(os.environ.get("ARTICLE_READER_CORPUS") or CORPUS) / "ko"
_META_RE = re.compile(r"<meta[^>]*charset[^>]*>", re.I)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("euc-kr", "cp949"),
        ("EUC-KR", "cp949"),
        ("ks_c_5601-1987", "cp949"),
        ("x-windows-949", "cp949"),
        ("windows-949", "cp949"),
        ("ksc5601", "cp949"),
        ("korean", "cp949"),
        ("csksc56011987", "cp949"),
        ("iso-ir-149", "cp949"),
        ("ks_c_5601-1989", "cp949"),
        ("iso-8859-1", "cp1252"),
        ("latin1", "cp1252"),
        ("ascii", "cp1252"),
        ("us-ascii", "cp1252"),
        ("gb2312", "gb18030"),
        ("GBK", "gb18030"),
        ("shift_jis", "cp932"),
        ("sjis", "cp932"),
        ("windows-31j", "cp932"),
        ("euc-jp", "euc_jp"),
        (" 'utf8' ", "utf-8"),
        ("big5", "big5hkscs"),
        ("windows-1251", "cp1251"),
        ("no-such-label", None),
    ],
)
def test_whatwg_labels(label: str, codec: str | None) -> None:
    assert codec_for_label(label) == codec


def test_euckr_label_decodes_cp949_extension_syllables() -> None:
    # 똠, 햏 and 믜 are not in EUC-KR proper; real "euc-kr" pages carry them and browsers show them
    text = "<meta charset='euc-kr'><p>똠방각하 햏자 의믜</p>"
    decoded = decode_html(text.encode("cp949"))
    assert decoded.encoding == "cp949"
    assert "똠방각하 햏자 의믜" in decoded.text


def test_http_charset_wins_over_meta() -> None:
    data = "<meta charset='utf-8'><p>안녕하세요 여러분</p>".encode("cp949")
    decoded = decode_html(data, http_charset="ks_c_5601-1987")
    assert decoded.how == "http"
    assert "안녕하세요" in decoded.text


def test_bom_wins() -> None:
    data = codecs.BOM_UTF8 + "<meta charset='euc-kr'><p>가나다</p>".encode()
    decoded = decode_html(data, http_charset="iso-8859-1")
    assert decoded.how == "bom"
    assert "가나다" in decoded.text
    utf16 = decode_html("<p>가나다</p>".encode("utf-16"))
    assert utf16.text == "<p>가나다</p>"


def test_http_equiv_and_late_meta() -> None:
    filler = "<script>var x = '" + "a" * 5000 + "';</script><!-- <meta charset=gbk> -->"
    data = (
        f"<html><head>{filler}<meta http-equiv='Content-Type' content='text/html; charset=euc-kr'>"
        "<title>제목</title></head><body><p>본문입니다</p></body></html>"
    ).encode("cp949")
    assert prescan_charset(data) == "euc-kr"
    decoded = decode_html(data)
    assert decoded.how == "meta"
    assert "본문입니다" in decoded.text


def test_meta_in_body_is_ignored() -> None:
    data = b"<html><head><title>t</title></head><body><meta charset='koi8-r'><p>x</p></body></html>"
    assert prescan_charset(data) is None


def test_wrong_label_utf8_bytes_declared_euckr() -> None:
    data = KO_HTML.replace('<meta charset="utf-8">', '<meta charset="euc-kr">').encode("utf-8")
    decoded = decode_html(data)
    assert decoded.encoding == "utf-8"
    assert "부·울·경" in decoded.text


def test_wrong_label_cp949_bytes_declared_utf8() -> None:
    data = KO_HTML.encode("cp949")  # still says <meta charset="utf-8">
    decoded = decode_html(data, url="https://news.example.kr/a")
    assert decoded.encoding == "cp949"
    assert decoded.text == KO_HTML


def test_euckr_page_labelled_latin1() -> None:
    data = KO_HTML.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').encode("cp949")
    decoded = decode_html(data)
    assert decoded.encoding == "cp949"
    assert "부·울·경" in decoded.text


def test_latin1_page_labelled_latin1_stays() -> None:
    text = (
        "<meta charset='iso-8859-1'>"
        "<p>“Caf\u00e9 society” returns: na\u00efve, s\u00fcß and d\u00e9j\u00e0 vu.</p>" * 5
    )
    decoded = decode_html(text.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert "“Café society”" in decoded.text


def test_a_few_broken_bytes_keep_the_declared_codec() -> None:
    # a CMS cut a headline in the middle of a two-byte character: one bad byte, not a wrong codec
    body = KO_HTML.replace('<meta charset="utf-8">', '<meta charset="euc-kr">').encode("cp949")
    broken = body.replace("공사는".encode("cp949"), "공사는".encode("cp949")[:-1] + b" ", 1)
    decoded = decode_html(broken)
    assert decoded.encoding == "cp949"
    assert decoded.errors == 1
    assert "가로등 120개를 새로 설치한다고" in decoded.text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("東京都の図書館は、来月から夜九時まで開館時間を延長すると発表しました。", "cp932"),
        ("市图书馆宣布，从下个月起延长开放时间，方便上夜班的读者借书还书。", "gb18030"),
        ("Городская библиотека продлевает часы работы до девяти вечера.", "cp1251"),
        (
            "La bibliothèque municipale ouvrira désormais jusqu'à vingt et une heures, été comme hiver.",
            "cp1252",
        ),
    ],
)
def test_detection_without_any_declaration(text: str, codec: str) -> None:
    data = f"<html><head><title>t</title></head><body><p>{text}</p></body></html>".encode(codec)
    decoded = decode_html(data)
    assert text in decoded.text, decoded.encoding


# ------------------------------------------------------------------ the Korean corpus in CP949


def _corpus_pages() -> list[dict[str, Any]]:
    index = KO_CORPUS / "index.json"
    if not index.is_file():
        return []
    entries: list[dict[str, Any]] = json.loads(index.read_text(encoding="utf-8"))
    return [e for e in entries if e.get("declared_charset", "").lower() == "utf-8"]


CORPUS_PAGES = _corpus_pages()
needs_corpus = pytest.mark.skipif(not CORPUS_PAGES, reason="the shared corpus is not beside the repo")


def _variants(entry: dict[str, Any]) -> tuple[str, dict[str, bytes]]:
    utf8 = (KO_CORPUS / entry["file"]).read_text(encoding="utf-8")
    # characters outside CP949 (emoji, rare symbols) become character references, as a CMS would write them
    relabelled = _META_RE.sub(
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', utf8, count=1
    )
    stripped = _META_RE.sub("", utf8)
    assert relabelled != utf8
    return utf8, {
        "meta-euc-kr": relabelled.encode("cp949", errors="xmlcharrefreplace"),
        "no-meta": stripped.encode("cp949", errors="xmlcharrefreplace"),
    }


def _load(source: str) -> tuple[str, str]:
    try:
        article = load_article(source)
    except NoArticleError as exc:
        fallback = exc.fallback
        return ("no-article", getattr(fallback, "text", ""))
    return article.title, article.text


@pytest.fixture(scope="module")
def corpus_server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


@needs_corpus
@pytest.mark.parametrize("entry", CORPUS_PAGES, ids=[e["id"] for e in CORPUS_PAGES])
def test_cp949_corpus_pages_extract_like_utf8(
    entry: dict[str, Any], tmp_path: Path, corpus_server: LocalServer
) -> None:
    utf8, variants = _variants(entry)
    (tmp_path / "utf8.html").write_text(utf8, encoding="utf-8")
    expected = _load(str(tmp_path / "utf8.html"))
    assert "\ufffd" not in expected[1]
    for name, data in variants.items():
        # the decoder recovers every character of the page ...
        assert decode_html(data).text == data.decode("cp949"), f"decode {name}"
        # ... and the whole pipeline gives the same article as from the UTF-8 page
        path = tmp_path / f"{name}.html"
        path.write_bytes(data)
        assert _load(str(path)) == expected, f"file {name}"
        for i, header in enumerate(
            ("text/html", "text/html; charset=euc-kr", "text/html; charset=ks_c_5601-1987")
        ):
            url = corpus_server.add(f"/{entry['id']}/{name}/{i}", data, content_type=header)
            fetched = fetch(url)
            assert decode_html(fetched.body, fetched.charset, fetched.url).text == data.decode("cp949")
            assert _load(url) == expected, f"http {name} with Content-Type {header}"
    # the UTF-8 page served with a wrong euc-kr header still reads right
    url = corpus_server.add(
        f"/{entry['id']}/liar", utf8.encode("utf-8"), content_type="text/html; charset=euc-kr"
    )
    assert _load(url) == expected


@needs_corpus
def test_synthetic_euckr_corpus_page() -> None:
    entries = json.loads((KO_CORPUS / "index.json").read_text(encoding="utf-8"))
    for entry in entries:
        if entry.get("declared_charset", "").lower() != "euc-kr":
            continue
        decoded = decode_html((KO_CORPUS / entry["file"]).read_bytes())
        assert decoded.encoding == "cp949"
        assert decoded.errors == 0
        assert entry["expected_first_sentence"][:10] in decoded.text


def test_utf8_page_with_a_damaged_byte_and_no_declaration() -> None:
    body = re.sub(r"<meta charset=\"utf-8\">", "", KO_HTML).encode("utf-8")
    damaged = body.replace("공사는".encode(), "공사는".encode()[:-1] + b" ", 1)
    decoded = decode_html(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.errors == 1
    assert "부·울·경" in decoded.text
