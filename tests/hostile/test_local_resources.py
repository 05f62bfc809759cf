"""Case 1: a page never makes the app read a local path — not in extraction, any export format,
the library, print or the PDF. Each hostile image points at a FIFO that records being opened."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.articles.formats import FORMATS, render
from reader.articles.imagesrc import safe_image_src
from reader.articles.model import Article, Image, Paragraph, block_from_dict
from tests.hostile_support import Tripwire, cli
from tests.httpserver import LocalServer

pytestmark = pytest.mark.core

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def hostile_page(wire: Tripwire, remote: str = "https://img.example/remote.jpg") -> str:
    """A page that looks like a Yonhap article (canonical link, its article class) with pictures that
    point at the tripwire every way a page can: file: URLs, absolute and relative paths, tricks."""
    fifo = str(wire.path)
    srcs = [
        wire.uri,
        "file://localhost" + fifo,
        fifo,
        wire.path.name,  # relative: resolves against the saved page's own folder
        "./" + wire.path.name,
        "FILE:" + fifo,
        "  file:" + fifo,
        "javascript:alert(document.cookie)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml;base64,PHN2Zz48aW1hZ2UgaHJlZj0iZmlsZTovLy9ldGMvcGFzc3dkIi8+PC9zdmc+",
        "ftp://files.example/photo.jpg",
        "blob:https://www.yna.co.kr/1234",
        "about:blank",
        "chrome://settings",
        remote,
    ]
    figures = "".join(
        f'<figure><img src="{s}" alt="사진 {i}"><figcaption>사진 설명 {i}</figcaption></figure>'
        for i, s in enumerate(srcs)
    )
    news = "시청 앞 광장에서 주말 장터를 열고 시민 수천 명이 모여 지역 농산물을 샀다고 밝혔다."
    paras = "".join(f"<p>서울시는 {i}일 {news}</p>" for i in range(12))
    return (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>시청 앞 장터 | 연합뉴스</title>'
        '<link rel="canonical" href="https://www.yna.co.kr/view/AKR20251120000100001"></head><body>'
        '<div id="articleWrap"><h1 class="tit">시청 앞 주말 장터에 시민 몰려</h1>'
        f'<article class="story-news article">{paras[: len(paras) // 2]}{figures}{paras[len(paras) // 2 :]}'
        "</article></div></body></html>"
    )


@pytest.fixture
def wire(tmp_path: Path) -> Tripwire:
    trip = Tripwire(tmp_path / "pipe.png")
    yield trip  # type: ignore[misc]
    trip.close()
    assert trip.opened == 0, "a page made the program open a local file"


@pytest.fixture
def page_file(tmp_path: Path, wire: Tripwire) -> Path:
    path = tmp_path / "yna.html"
    path.write_text(hostile_page(wire), encoding="utf-8")
    return path


def _no_local_reference(text: str, wire: Tripwire) -> None:
    """No address of the output leads to a local file. The FIFO's path may appear only as the path
    of a web address (a page with a canonical URL resolves "/tmp/x" against its own site)."""
    low = text.lower()
    for site in ("https://www.yna.co.kr", "https://www.yna.co.kr/view"):
        text = text.replace(site + str(wire.path), "https://www.yna.co.kr/…").replace(
            site + "/" + wire.path.name, "https://www.yna.co.kr/…"
        )
    assert str(wire.path) not in text
    assert "file:" not in low
    assert "javascript" not in low
    assert "data:text" not in low
    assert "svg+xml" not in low
    assert "ftp://" not in low
    assert "blob:" not in low


def test_extraction_keeps_only_web_images(page_file: Path, wire: Tripwire) -> None:
    article = load_article(str(page_file))
    images = [b for b in article.blocks if isinstance(b, Image)]
    assert images, "the figures were not kept at all"
    for b in images:
        assert b.src == "" or b.src.startswith("https://"), b.src
    assert any(b.src == "https://img.example/remote.jpg" for b in images)
    assert "사진 설명 0" in [b.caption for b in images]  # a dropped picture keeps its caption


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_format_is_clean(page_file: Path, wire: Tripwire, fmt: str) -> None:
    out = render(load_article(str(page_file)), fmt)  # type: ignore[arg-type]
    _no_local_reference(out, wire)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json", "jsonl"])
def test_extract_cli_in_every_format(page_file: Path, wire: Tripwire, tmp_path: Path, fmt: str) -> None:
    run = cli("extract", str(page_file), "--format", fmt, basedir=tmp_path / "base", timeout=60)
    assert run.code == 0, run.err
    _no_local_reference(run.out, wire)


def test_pdf_reads_no_local_file_and_fetches_nothing(tmp_path: Path, wire: Tripwire) -> None:
    with LocalServer() as server:
        remote = server.add("/photo.png", PNG, content_type="image/png")
        page = tmp_path / "yna.html"
        page.write_text(hostile_page(wire, remote), encoding="utf-8")
        out = tmp_path / "a.pdf"
        run = cli("pdf", str(page), "-o", str(out), basedir=tmp_path / "base", timeout=90)
        assert run.code == 0, run.err
        assert out.stat().st_size > 1000
        assert server.requests == []  # print never fetches


def test_pdf_over_http_reads_no_local_file(tmp_path: Path, wire: Tripwire) -> None:
    with LocalServer() as server:
        url = server.add("/news/1", hostile_page(wire).encode("utf-8"))
        run = cli("pdf", url, "-o", str(tmp_path / "a.pdf"), basedir=tmp_path / "base", timeout=90)
    assert run.code == 0, run.err


def test_library_keeps_and_exports_no_local_reference(
    page_file: Path, wire: Tripwire, tmp_path: Path
) -> None:
    base = tmp_path / "base"
    add = cli("library", "add", str(page_file), basedir=base)
    assert add.code == 0, add.err
    aid = add.out.split("\t", 1)[0]
    run = cli("library", "export", aid, "-o", str(tmp_path / "out"), basedir=base)
    assert run.code == 0, run.err
    for f in (tmp_path / "out").iterdir():
        _no_local_reference(f.read_text(encoding="utf-8"), wire)
    pdf = cli("pdf", str(page_file), "-o", str(tmp_path / "b.pdf"), basedir=base, timeout=90)
    assert pdf.code == 0, pdf.err


def test_an_article_stored_before_the_rule_is_cleaned_when_read(wire: Tripwire) -> None:
    """A library or cache entry written by an older version still holds the file: address."""
    stored = {"type": "image", "src": wire.uri, "alt": "a", "caption": "c"}
    block = block_from_dict(stored)
    assert isinstance(block, Image)
    assert block.src == ""
    assert block.caption == "c"
    article = Article.from_dict({"title": "t", "blocks": [stored, {"type": "paragraph", "text": "본문"}]})
    for fmt in FORMATS:
        _no_local_reference(render(article, fmt), wire)
    assert json.loads(render(article, "json"))["blocks"][0]["src"] == ""


@pytest.mark.parametrize(
    ("src", "allowed"),
    [
        ("https://img.example/a.jpg", True),
        ("http://127.0.0.1:8080/a.png", True),
        ("https://img.example/a b.jpg", True),
        ("data:image/png;base64,iVBORw0KGgo=", True),
        ("data:image/jpeg;base64,/9j/4AAQ", True),
        ("file:///etc/passwd", False),
        ("/etc/passwd", False),
        ("~/photo.png", False),
        ("photo.png", False),
        ("//cdn.example/a.jpg", False),
        ("C:\\Users\\me\\a.png", False),
        ("\\\\server\\share\\a.png", False),
        ("https:///etc/passwd", False),
        ("https://", False),
        ("javascript:alert(1)", False),
        ("data:image/svg+xml;base64,PHN2Zz4=", False),
        ("data:text/html,x", False),
        ("jar:file:///a.zip!/b.png", False),
        ("view-source:file:///etc/passwd", False),
        ("https://img.example/\x00a.png", False),
    ],
)
def test_the_one_rule(src: str, allowed: bool) -> None:
    assert bool(safe_image_src(src)) is allowed
    assert bool(Image(src).src) is allowed


def test_an_mhtml_page_shows_its_own_pictures(tmp_path: Path, wire: Tripwire) -> None:
    """The saved page's own image parts are where its pictures come from: nothing is fetched."""
    page = hostile_page(wire, "https://img.example/photo.png")
    boundary = "----MultipartBoundary--abc"
    mhtml = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.yna.co.kr/view/AKR1\r\n"
        "Subject: t\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://www.yna.co.kr/view/AKR1\r\n\r\n"
        + base64.encodebytes(page.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        + f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://img.example/photo.png\r\n\r\n"
        + base64.encodebytes(PNG).decode("ascii").replace("\n", "\r\n")
        + f"\r\n--{boundary}--\r\n"
    )
    path = tmp_path / "saved.mhtml"
    path.write_bytes(mhtml.encode("ascii"))
    article = load_article(str(path))
    srcs = [b.src for b in article.blocks if isinstance(b, Image) and b.src.startswith("data:")]
    assert len(srcs) == 1
    assert srcs[0].startswith("data:image/png;base64,")
    assert base64.b64decode(srcs[0].split(",", 1)[1]) == PNG
    out = tmp_path / "saved.pdf"
    run = cli("pdf", str(path), "-o", str(out), basedir=tmp_path / "base", timeout=90)
    assert run.code == 0, run.err
    import subprocess

    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
    kinds = [line.split()[2] for line in listing.stdout.splitlines()[2:]]
    assert kinds.count("image") == 1  # the archive's picture, printed with nothing fetched


def test_a_plain_paragraph_article_is_untouched() -> None:
    art = Article(title="t", blocks=[Paragraph("file:///etc/passwd 는 글자일 뿐이다")])
    assert "file:///etc/passwd" in render(art, "text")  # text that mentions a path is just text
