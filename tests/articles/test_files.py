"""Local sources: saved pages, MHTML archives, text files, stdin, and every way a file can be wrong."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.articles.sources import parse_source
from reader.errors import SourceError, TooLargeError, UnsupportedContentError
from tests.conftest import FIXTURES

pytestmark = pytest.mark.core

PAGES = FIXTURES / "sources"


def test_html_file() -> None:
    article = load_article(PAGES / "news-ko.html")
    assert article.title.startswith("강변 자전거길")
    assert "11.19(수)" in article.text
    assert "부·울·경" in article.text


@pytest.mark.parametrize("suffix", [".htm", ".xhtml", ".page"])
def test_other_html_names(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"saved{suffix}"
    body = (PAGES / "news-en.html").read_bytes()
    if suffix == ".xhtml":
        body = b'<?xml version="1.0" encoding="utf-8"?>\n' + body
    path.write_bytes(body)
    assert "parking fund" in load_article(str(path)).text


def test_saved_from_comment_gives_url(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        b"<!-- saved from url=(0035)https://courier.example.com/n/77 -->\n"
        + (PAGES / "news-en.html").read_bytes()
    )
    assert load_article(str(path)).url == "https://courier.example.com/n/77"


def test_chrome_mhtml() -> None:
    article = load_article(str(PAGES / "chrome-saved.mhtml"))
    assert article.title.startswith("강변 자전거길")
    assert article.url == "https://news.example.kr/article/2025111901?from=main"
    assert "가로등 120개를 새로 설치한다고 11.19(수)" in article.text


def test_extension_mht_base64_euckr() -> None:
    article = load_article(str(PAGES / "extension-euckr.mht"))
    assert article.url == "http://old.example.kr/news/view.php?id=77"
    assert "부·울·경" in article.text
    utf8 = load_article(str(PAGES / "news-ko.html"))
    assert article.text == utf8.text


def test_mhtml_without_page(tmp_path: Path) -> None:
    path = tmp_path / "images.mhtml"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"
    )
    with pytest.raises(SourceError, match="without a web page"):
        load_article(str(path))


def test_mht_name_with_plain_html_inside(tmp_path: Path) -> None:
    path = tmp_path / "renamed.mht"
    path.write_bytes((PAGES / "news-en.html").read_bytes())
    assert "parking fund" in load_article(str(path)).text


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "도서관 운영 시간 변경 안내\n\n다음 달부터 평일에는 밤 9시까지 문을 엽니다.\n"
        "주말은 지금과 같습니다.\n\n< 달라지는 점 >\n야간 열람실이 새로 생깁니다.\n\n"
        "* 공휴일에는 쉽니다.\n",
        encoding="utf-8",
    )
    article = load_article(str(path))
    assert article.title == "도서관 운영 시간 변경 안내"
    assert article.lang == "ko"
    assert [b.type for b in article.blocks] == ["paragraph", "heading", "paragraph", "note"]
    assert (
        article.blocks[0].plain_text()
        == "다음 달부터 평일에는 밤 9시까지 문을 엽니다. 주말은 지금과 같습니다."
    )
    assert article.text.endswith("* 공휴일에는 쉽니다.")


def test_text_file_in_cp949_and_utf16(tmp_path: Path) -> None:
    text = "알림\n\n첫 문단은 짧습니다.\n\n둘째 문단도 짧습니다.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("cp949"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    a = load_article(str(tmp_path / "a.txt"))
    b = load_article(str(tmp_path / "b.txt"))
    assert a.title == b.title == "알림"
    assert a.text == b.text == "첫 문단은 짧습니다.\n\n둘째 문단도 짧습니다."


def test_text_lines_without_blank_lines_are_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_text("Title here\nFirst line.\nSecond line.\n", encoding="utf-8")
    article = load_article(str(tmp_path / "l.txt"))
    assert article.title == "Title here"
    assert article.text == "First line.\n\nSecond line."


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["empty", "whitespace"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=r"empty\.html is empty"):
        load_article(str(path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "data.html"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UnsupportedContentError, match="binary file"):
        load_article(str(path))


@pytest.mark.parametrize(
    ("magic", "what"),
    [
        (b"%PDF-1.7\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
    ],
)
def test_pdf_and_images_by_magic_bytes(tmp_path: Path, magic: bytes, what: str) -> None:
    path = tmp_path / "article.html"  # the name lies; the bytes do not
    path.write_bytes(magic + b"\x00" * 64)
    with pytest.raises(UnsupportedContentError, match=what):
        load_article(str(path))


def test_missing_file() -> None:
    with pytest.raises(SourceError, match="no such file"):
        load_article("does-not-exist.html")


def test_missing_file_that_looks_like_an_address() -> None:
    with pytest.raises(SourceError, match="start it with https://"):
        load_article("www.example.com/news/1")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is a folder"):
        load_article(str(tmp_path))


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.html"
    path.write_bytes(b"<p>x</p>")
    path.chmod(0)
    with pytest.raises(SourceError, match="permission denied"):
        load_article(str(path))


def test_fifty_mb_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: the size is what matters
    with pytest.raises(TooLargeError, match="larger than 20 MB"):
        load_article(str(path))


def test_file_url(tmp_path: Path) -> None:
    path = tmp_path / "기사 1.html"
    path.write_bytes((PAGES / "news-en.html").read_bytes())
    assert "parking fund" in load_article(path.as_uri()).text


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("javascript:alert(1)", "'javascript:' address"),
        ("ftp://ftp.example.com/a.html", "'ftp:' address"),
        ("data:text/html,<p>hi</p>", "'data:' address"),
        ("mailto:desk@example.com", "'mailto:' address"),
        ("gopher://old.example.com/", "'gopher:' address"),
        ("http:///nohost", "missing the site name"),
        ("file://server/share/a.html", "another computer"),
        ("", "no source given"),
    ],
)
def test_unsupported_sources(source: str, words: str) -> None:
    with pytest.raises(SourceError) as info:
        load_article(source)
    assert words in info.value.message
    assert "\n" not in info.value.message


def test_windows_drive_path_is_a_file() -> None:
    assert parse_source(r"C:\Users\me\news.html").kind == "file"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO((PAGES / "news-ko.html").read_bytes()))
    monkeypatch.setattr(sys, "stdin", fake)
    assert "가로등" in load_article("-").text


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(SourceError, match="standard input is empty"):
        load_article("-")


def test_progress_for_files() -> None:
    seen: list[tuple[int, int | None]] = []
    load_article(PAGES / "news-en.html", progress=lambda d, t: seen.append((d, t)))
    size = (PAGES / "news-en.html").stat().st_size
    assert seen[-1] == (size, size)


def test_gzipped_saved_page(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((PAGES / "news-ko.html").read_bytes()))
    assert "부·울·경" in load_article(str(path)).text


def test_broken_gzip_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate" * 3)
    with pytest.raises(UnsupportedContentError, match="could not be decompressed"):
        load_article(str(path))


def test_bytes_in_hand_extract_like_the_file() -> None:
    from reader.articles import article_from_bytes
    from reader.articles.pipeline import article_from_payload, read_source

    path = PAGES / "chrome-saved.mhtml"
    payload = read_source(str(path))
    assert payload.body == path.read_bytes()
    from_file = load_article(str(path))
    assert article_from_payload(payload).to_dict() == from_file.to_dict()
    assert article_from_bytes(path.read_bytes(), name="kept.mhtml").to_dict() == from_file.to_dict()
    text = article_from_bytes("제목\n\n본문 문단.".encode("cp949"), name="memo.txt")
    assert (text.title, text.text) == ("제목", "본문 문단.")


def test_permission_denied_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # tests often run as root, who may read anything: make the open itself refuse, as the OS would
    path = tmp_path / "secret.html"
    path.write_bytes(b"<p>x</p>")
    real_open = os.open

    def refusing_open(file: object, *args: object, **kwargs: object) -> int:
        if str(file).endswith("secret.html"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(SourceError) as info:
        load_article(str(path))
    assert info.value.message == f"{path}: permission denied"


@pytest.mark.parametrize(
    ("source", "hint"),
    [
        ("news.example.co.kr", True),
        ("www.example.com/a/1", True),
        ("article.html", False),
        ("saved/page.mhtml", False),
    ],
)
def test_address_hint_for_missing_files(source: str, hint: bool) -> None:
    with pytest.raises(SourceError) as info:
        load_article(source)
    assert ("start it with https://" in info.value.message) is hint
