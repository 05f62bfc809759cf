"""Import a folder, export HTML/Markdown, re-extract keeping the user's data; the library CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.articles import load_article
from reader.articles.model import Article, Paragraph
from reader.errors import OutputError
from reader.library import Library
from reader.library.reextract import reextract
from reader.library.transfer import export_articles, import_folder
from tests.conftest import FIXTURES, REPO

pytestmark = pytest.mark.core

PAGES = FIXTURES / "library" / "pages"


@pytest.fixture
def lib(app_paths):
    library = Library(app_paths.library_db)
    yield library
    library.close()


def test_import_folder_saves_pages_and_lists_failures(lib: Library) -> None:
    report = import_folder(lib, PAGES, tags=["가져옴"])
    assert len(report.saved) == 3  # market.html, night.mhtml, sub/garden.html
    assert [Path(name).name for name, _ in report.skipped] == ["broken.html"]
    titles = {e.title for e in lib.entries()}
    assert any("전통시장" in t for t in titles)
    assert any("Rooftop" in t for t in titles)
    assert "도서관 야간 개방 확대" in titles  # from the .mhtml
    assert all(e.tags == ("가져옴",) for e in lib.entries())
    # the original page is kept byte for byte
    market = next(e for e in lib.entries() if "전통시장" in e.title)
    assert lib.original(market.id) == ((PAGES / "market.html").read_bytes(), "html")
    # importing again updates the same entries instead of adding copies
    again = import_folder(lib, PAGES)
    assert sorted(again.saved) == sorted(report.saved)
    assert lib.count() == 3
    night = next(e for e in lib.entries() if e.title == "도서관 야간 개방 확대")
    assert night.url == "https://news.example.kr/library-night"
    assert lib.original(night.id) == ((PAGES / "night.mhtml").read_bytes(), "mhtml")


def test_export_html_and_markdown(lib: Library, tmp_path: Path) -> None:
    import_folder(lib, PAGES)
    ids = lib.ids()
    files = export_articles(lib, ids, tmp_path / "out")
    assert len(files) == 6
    assert {f.suffix for f in files} == {".html", ".md"}
    for f in files:
        assert f.name.startswith(tuple(f"{i}-" for i in ids))
    market = next(e for e in lib.entries() if "전통시장" in e.title)
    html = next(f for f in files if f.name.startswith(f"{market.id}-") and f.suffix == ".html").read_text(
        "utf-8"
    )
    md = next(f for f in files if f.name.startswith(f"{market.id}-") and f.suffix == ".md").read_text("utf-8")
    for text in ("전통시장 주말 장터", "난방 천막과 온열 의자", "지역 농산물 직거래"):
        assert text in html
        assert text in md
    assert "로그인" not in html
    assert "Copyright" not in md
    # the exported HTML opens as an article again
    again = load_article(
        str(next(f for f in files if f.suffix == ".html" and f.name.startswith(f"{market.id}-")))
    )
    assert "장터는 매주 토요일" in again.text


def test_export_unknown_id_writes_nothing(lib: Library, tmp_path: Path) -> None:
    import_folder(lib, PAGES)
    with pytest.raises(Exception, match="no saved article has the id 999"):
        export_articles(lib, [*lib.ids(), 999], tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    with pytest.raises(OutputError):
        export_articles(lib, lib.ids(), tmp_path / "out", formats=["pdf"])


def test_reextract_keeps_tags_position_and_queue(lib: Library) -> None:
    page = (PAGES / "market.html").read_bytes()
    stale = Article(
        title="옛 추출 결과",
        blocks=[Paragraph("예전 추출기가 남긴 잘못된 본문")],
        url="https://news.example.kr/market-winter",
    )
    aid = lib.save(stale, page, tags=["시장", "겨울"])
    lib.set_position(aid, top_block=2, last_sentence=5)
    lib.set_favourite(aid)
    lib.set_read(aid)
    lib.queue.add([aid])
    other = lib.save(Article(title="원문 없음", blocks=[Paragraph("본문")]), None)
    report = reextract(lib)
    assert report.updated == [aid]
    assert report.no_original == [other]
    fresh = lib.article(aid)
    assert fresh.title != "옛 추출 결과"
    assert "전통시장" in fresh.title
    assert "난방 천막과 온열 의자" in fresh.text
    e = lib.get(aid)
    assert (e.tags, e.top_block, e.last_sentence, e.favourite, e.read) == (("겨울", "시장"), 2, 5, True, True)
    assert lib.queue.ids() == [aid]
    assert [x.id for x in lib.search("온열 의자")] == [aid]
    assert lib.search("잘못된 본문") == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "reader", "library", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_add_list_search_export_import(tmp_path: Path) -> None:
    p = _cli("add", str(PAGES / "market.html"), str(PAGES / "sub" / "garden.html"), "--tag", "뉴스")
    assert p.returncode == 0, p.stderr
    assert len(p.stdout.strip().splitlines()) == 2

    p = _cli("list", "--json")
    items = json.loads(p.stdout)
    assert len(items) == 2
    assert all(i["tags"] == ["뉴스"] and not i["read"] for i in items)
    market_id = next(i["id"] for i in items if "전통시장" in i["title"])

    p = _cli("search", "주말", "장터", "--json")
    assert [i["id"] for i in json.loads(p.stdout)] == [market_id]
    p = _cli("search", "rooftop")
    assert "Rooftop gardens" in p.stdout
    assert "전통시장" not in p.stdout
    p = _cli("list", "--unread")
    assert len(p.stdout.strip().splitlines()) == 2

    out = tmp_path / "export"
    p = _cli("export", str(market_id), "-o", str(out), "--format", "markdown")
    assert p.returncode == 0, p.stderr
    (md,) = out.iterdir()
    assert md.suffix == ".md"
    assert "난방 천막" in md.read_text("utf-8")

    p = _cli("import", str(PAGES))
    assert p.returncode == 0
    assert "imported 3" in p.stdout
    assert "broken.html" in p.stderr

    p = _cli("reextract")
    assert p.returncode == 0
    assert "re-extracted 3" in p.stdout

    p = _cli("delete", str(market_id))
    assert p.returncode == 0
    assert len(json.loads(_cli("list", "--json").stdout)) == 2


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("add", "no-such-file.html"), "no-such-file.html"),
        (("export", "77", "-o", "x"), "no saved article has the id 77"),
        (("import", "no-such-dir"), "is not a folder"),
    ],
)
def test_cli_errors_are_one_line(args: tuple[str, ...], needle: str) -> None:
    p = _cli(*args)
    assert p.returncode != 0
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    assert needle in lines[0]
    assert "Traceback" not in p.stderr


def test_reextract_reads_mhtml_and_header_charsets_again(lib: Library) -> None:
    """The original is re-read the way it was first read: MHTML unpacked, a header-only charset kept."""
    night = (PAGES / "night.mhtml").read_bytes()
    a = lib.save(Article(title="old", blocks=[Paragraph("old")]), night, original_kind="mhtml", source="n")
    paras = "".join(
        f"<p>{n}. 서버가 헤더로만 알려 준 문자 집합입니다. 페이지 안에는 문자 집합 선언이 없어서, "
        "저장할 때 함께 적어 둔 값이 없으면 글자가 깨집니다.</p>"
        for n in range(1, 6)
    )
    page = f"<html><body><article><h1>인코딩 시험</h1>{paras}</article></body></html>"
    euc = page.encode("euc-kr")  # no <meta charset>: only the server's Content-Type said EUC-KR
    b = lib.save(
        Article(title="old", blocks=[Paragraph("old")]), euc, original_kind="html;charset=euc-kr", source="e"
    )
    report = reextract(lib, [a, b])
    assert sorted(report.updated) == sorted([a, b])
    assert lib.article(a).title == "도서관 야간 개방 확대"
    assert "헤더로만 알려 준 문자 집합" in lib.article(b).text


def test_cli_add_url_keeps_the_page_and_its_header_charset(tmp_path: Path) -> None:
    """A page whose EUC-KR is declared only in the HTTP header: saved, searchable, and re-extracted intact."""
    import http.server
    import threading

    paras = "".join(
        f"<p>{n}. 헤더에만 문자 집합을 적은 서버가 보낸 기사입니다. "
        "저장한 뒤 다시 추출해도 한글이 깨지지 않아야 합니다.</p>"
        for n in range(1, 6)
    )
    body = f"<html><body><article><h1>머리글 인코딩 기사</h1>{paras}</article></body></html>".encode("euc-kr")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=EUC-KR")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_a: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/news/1"
        p = _cli("add", url)
        assert p.returncode == 0, p.stderr
    finally:
        server.shutdown()
        server.server_close()
    (item,) = json.loads(_cli("search", "문자 집합", "--json").stdout)
    assert item["title"] == "머리글 인코딩 기사"
    assert item["url"] == url
    p = _cli("reextract")
    assert p.returncode == 0, p.stderr
    (item,) = json.loads(_cli("search", "한글이 깨지지", "--json").stdout)
    assert item["title"] == "머리글 인코딩 기사"
