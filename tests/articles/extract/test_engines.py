"""An extractor that cannot load is an error that says so, and ``doctor`` / ``--version`` report it
(failure class 8: an old pip left lxml_html_clean out and the reader quietly lost most of its precision)."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

from reader.articles.extract import engines, extract_article
from reader.articles.extract.engines import ExtractorUnavailable
from reader.cli import main
from tests.articles.extract.pages import PARAS_EN, URL, article, paragraphs

pytestmark = pytest.mark.core

# Python run with lxml's HTML cleaner made unimportable, as an install by an old pip leaves it
BLOCKED = "import sys; sys.modules['lxml_html_clean'] = None; sys.modules.pop('lxml.html.clean', None); "


def test_a_generic_page_with_trafilatura_unloadable_raises_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(name: str) -> ModuleType:
        raise ImportError("lxml.html.clean module is now a separate project", name="lxml.html.clean")

    monkeypatch.setattr(engines, "_import", failing)
    with pytest.raises(ExtractorUnavailable) as info:
        extract_article(article(paragraphs(PARAS_EN)), URL)
    assert info.value.code == "extract.unavailable"
    assert info.value.params["module"] == "lxml.html.clean"
    assert "doctor" in info.value.message


def test_doctor_reports_a_working_install(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "trafilatura:" in out
    assert "lxml_html_clean:" in out
    assert "article extraction: ready" in out


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKED + code], capture_output=True, text=True, timeout=120, check=False
    )


def test_doctor_and_version_report_a_missing_html_cleaner() -> None:
    doctor = _run("from reader.cli import main; sys.exit(main(['doctor']))")
    assert doctor.returncode == 1
    assert "lxml_html_clean: CANNOT LOAD" in doctor.stdout
    assert "trafilatura: CANNOT LOAD" in doctor.stdout
    assert "article extraction: broken" in doctor.stdout
    version = _run("from reader.cli import main; sys.exit(main(['--version']))")
    assert version.returncode == 0
    assert "warning: the article extractor cannot load (lxml_html_clean, trafilatura)" in version.stdout


def test_extract_with_a_missing_html_cleaner_fails_in_one_line() -> None:
    page = article(paragraphs(PARAS_EN))
    proc = _run(
        "import tempfile, pathlib; from reader.cli import main; "
        "p = pathlib.Path(tempfile.mkdtemp()) / 'page.html'; "
        f"p.write_text({page!r}, encoding='utf-8'); sys.exit(main(['extract', str(p)]))"
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("article-reader: the article extractor cannot load")
    assert "Traceback" not in proc.stderr
