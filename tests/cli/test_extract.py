"""``article-reader extract`` end to end: formats, jsonl batches, -o, one clean line for every bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import FIXTURES, REPO
from tests.httpserver import LocalServer

pytestmark = pytest.mark.core

PAGES = FIXTURES / "sources"
KO = PAGES / "news-ko.html"
EN = PAGES / "news-en.html"
NO_ARTICLE = (
    b"<!DOCTYPE html><html lang='en'><head><title>Sign in</title></head><body>"
    b"<nav><a href='/'>Home</a></nav><form><label>Email</label><input name='e'>"
    b"<button>Sign in</button></form><footer>Help - Privacy</footer></body></html>"
)


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def one_clean_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("article-reader: ")
    assert proc.stdout == b""
    return lines[0]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


def test_text_format() -> None:
    proc = run_cli("extract", str(EN))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    title, body = out.split("\n\n", 1)
    assert title == "Night buses return to the river line"
    assert "late-shift workers walking home" in body


def test_json_format_fields() -> None:
    proc = run_cli("extract", str(KO), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    for key in ("title", "subtitle", "authors", "published", "site_name", "url", "lang", "text", "blocks"):
        assert key in obj
    assert obj["title"].startswith("강변 자전거길")
    assert not obj["text"].startswith(obj["title"])
    assert obj["text"] == "\n\n".join(b["text"] for b in obj["blocks"] if b.get("text"))
    assert "부·울·경" in obj["text"]


def test_markdown_and_html_formats(tmp_path: Path) -> None:
    md = run_cli("extract", str(KO), "--format", "markdown")
    assert md.returncode == 0
    assert md.stdout.decode().startswith("# 강변 자전거길")
    out = tmp_path / "a.html"
    page = run_cli("extract", str(KO), "--format", "html", "-o", str(out))
    assert page.returncode == 0
    assert page.stdout == b""
    html = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html
    assert '<html lang="ko">' in html or '<html lang="und">' in html
    assert "<script" not in html
    assert "부·울·경" in html


def test_jsonl_batch_keeps_order_and_marks_failures(server: LocalServer, tmp_path: Path) -> None:
    web = server.add("/en", EN.read_bytes())
    missing = server.url("/missing")
    sources = [str(KO), web, "ftp://example.com/x", missing, str(EN), str(tmp_path / "nope.html")]
    proc = run_cli("extract", *sources, "--format", "jsonl")
    assert proc.returncode != 0
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(sources)
    objs = [json.loads(line) for line in lines]
    assert [o["source"] for o in objs] == sources
    assert [("error" in o) for o in objs] == [False, False, True, True, False, True]
    assert objs[1]["url"] == web
    assert objs[0]["title"].startswith("강변")
    assert objs[4]["title"].startswith("Night buses")
    assert "404" in objs[3]["error"]
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 3
    assert all(line.startswith("article-reader: ") for line in err)
    assert "Traceback" not in proc.stderr.decode()


def test_stdin_source() -> None:
    proc = run_cli("extract", "-", "--format", "json", stdin=EN.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "Night buses return to the river line"


def test_output_is_atomic_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    proc = run_cli("extract", str(EN), str(tmp_path / "missing.html"), "--format", "json", "-o", str(out))
    assert proc.returncode != 0
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert "nothing written" in proc.stderr.decode()


def test_output_to_unwritable_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run_cli("extract", str(EN), "-o", str(blocker / "sub" / "out.txt"))
    line = one_clean_error(proc)
    assert "cannot write" in line


# ------------------------------------------------------- bad input: one line, non-zero, nothing written


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    assert "is empty" in one_clean_error(run_cli("extract", str(tmp_path / "empty.html")))


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_bytes(os.urandom(4096).replace(b"%PDF", b"xxxx") + b"\x00")
    assert "binary file" in one_clean_error(run_cli("extract", str(tmp_path / "x.html")))


def test_fifty_mb_page_over_http(server: LocalServer) -> None:
    chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"

    def body() -> Iterator[bytes]:
        yield b"<html><body><article>"
        for _ in range((50 * 1024 * 1024) // len(chunk)):
            yield chunk

    url = server.add("/huge", body, content_length=False)
    assert "larger than 20 MB" in one_clean_error(run_cli("extract", url))


def test_fifty_mb_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert "larger than 20 MB" in one_clean_error(run_cli("extract", str(path)))


def test_ten_thousand_deep_nesting(tmp_path: Path) -> None:
    depth = 10_000
    page = (
        "<!DOCTYPE html><html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + "<article><h1>Deep page</h1><p>"
        + "A sentence inside a very deep page. " * 20
        + "</p></article>"
        + "</div>" * depth
        + "</body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    proc = run_cli("extract", str(path), "--format", "json")
    assert "Traceback" not in proc.stderr.decode("utf-8")
    assert proc.returncode == 0, proc.stderr
    assert "A sentence inside a very deep page." in json.loads(proc.stdout)["text"]


def test_page_without_article(tmp_path: Path) -> None:
    path = tmp_path / "login.html"
    path.write_bytes(NO_ARTICLE)
    line = one_clean_error(run_cli("extract", str(path)))
    assert "no article" in line
    assert "--visible-text" in line


def test_page_without_article_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "login.html"
    path.write_bytes(NO_ARTICLE)
    proc = run_cli("extract", str(path), "--visible-text", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["is_article"] is False
    assert obj["title"] == "Sign in"
    assert "Help - Privacy" in obj["text"]
    err = proc.stderr.decode()
    assert "Traceback" not in err
    expected = f"article-reader: {path}: no article found; printing the page's visible text"
    assert err.strip().splitlines() == [expected]


@pytest.mark.parametrize(
    "source", ["javascript:alert(1)", "ftp://ftp.example.com/news.html", "data:text/html;base64,PHA+aGk8L3A+"]
)
def test_unsupported_schemes(source: str) -> None:
    line = one_clean_error(run_cli("extract", source))
    assert "cannot be opened" in line


@pytest.mark.parametrize(("status", "words"), [(404, "HTTP 404"), (500, "HTTP 500")])
def test_http_errors(server: LocalServer, status: int, words: str) -> None:
    url = server.add("/e", b"<p>oops</p>", status=status)
    assert words in one_clean_error(run_cli("extract", url))


def test_redirect_loop(server: LocalServer) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    assert "loop" in one_clean_error(run_cli("extract", server.url("/a")))


def test_timeout(server: LocalServer) -> None:
    url = server.add("/stall", b"<p>late</p>", stall_before_headers=30)
    assert "did not answer within 1 seconds" in one_clean_error(run_cli("extract", url, "--timeout", "1"))


@pytest.mark.parametrize(
    ("media", "body", "words"),
    [
        ("application/pdf", b"%PDF-1.7\n", "PDF document"),
        ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "image"),
        ("image/jpeg", b"\xff\xd8\xff\xe0", "image"),
    ],
)
def test_pdf_and_image_content_types(server: LocalServer, media: str, body: bytes, words: str) -> None:
    url = server.add("/doc", body, content_type=media)
    assert words in one_clean_error(run_cli("extract", url))


def test_dns_failure_in_process(capfd: pytest.CaptureFixture[str]) -> None:
    # in-process, so the test's network guard turns the lookup into a DNS failure without asking any resolver
    code = main(["extract", "http://no-such-host.invalid/news/1"])
    out, err = capfd.readouterr()
    assert code != 0
    assert out == ""
    assert err.strip().splitlines() == [
        "article-reader: could not find the server no-such-host.invalid; "
        "check the address and your internet connection"
    ]


def test_missing_file_in_process(capfd: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", "no-such-file.html"])
    out, err = capfd.readouterr()
    assert code == 2
    assert out == ""
    assert err == "article-reader: no-such-file.html: no such file\n"


def test_several_sources_in_text_and_json(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["extract", str(EN), str(KO)]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8")
    first, second = out.split("─" * 40)
    assert first.startswith("Night buses return to the river line\n\n")
    assert second.lstrip("\n").startswith("강변 자전거길")
    assert main(["extract", str(EN), str(KO), "--format", "json"]) == 0
    data = json.loads(capfdbinary.readouterr().out)
    assert [d["source"] for d in data] == [str(EN), str(KO)]
