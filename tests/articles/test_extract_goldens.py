"""Our own fixture pages extract to their golden Articles (and to the hand-written text where given).

Regenerate deliberately after an intended change:  python -m tests.articles.test_extract_goldens --regenerate
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import pytest

from reader.articles.extract import extract_article
from reader.errors import NoArticleError
from tests.conftest import FIXTURES, REPO

pytestmark = pytest.mark.core

HERE = FIXTURES / "extract"
GOLDEN = HERE / "golden"
CASES: list[dict[str, Any]] = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))


def _html(case: dict[str, Any]) -> str:
    html = (HERE / case["file"]).read_text(encoding="utf-8")
    if case.get("rewrite_host"):
        html = re.sub(r"[\w.-]+\.(?:co\.kr|kr|com|example)\b", "unknown-site.example.org", html)
    return html


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    try:
        article = extract_article(_html(case), case.get("url"))
    except NoArticleError as exc:
        fallback = exc.fallback
        return {"error": exc.message, "fallback": fallback.to_dict() if fallback is not None else None}
    return article.to_dict()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    got = json.loads(json.dumps(run_case(case), ensure_ascii=False))  # tuples compare as JSON lists
    want = json.loads((GOLDEN / f"{case['name']}.json").read_text(encoding="utf-8"))
    assert got == want, (
        "extraction changed; if intended, regenerate goldens (see tests/fixtures/extract/README.md)"
    )


@pytest.mark.parametrize("case", [c for c in CASES if c.get("text")], ids=lambda c: c["name"])
def test_exact_article_text(case: dict[str, Any]) -> None:
    expected = (HERE / case["text"]).read_text(encoding="utf-8").strip()
    article = extract_article(_html(case), case.get("url"))
    assert article.is_article
    assert article.text == expected


def test_seed_layout_metadata_and_nothing_else() -> None:
    case = next(c for c in CASES if c["name"] == "seoul_briefing")
    article = extract_article(_html(case), case["url"])
    assert article.title == "『3대 항만 권역별 현장행보 ❶』 해양부장관, 서남권에서 스마트항만 전환 점검"
    assert article.subtitle.splitlines() == [
        "자동화 하역 장비 도입 현황 및 인력 재교육 방안 논의",
        "연안 물류 협력사와의 공급망 상생 방안도 함께 살펴",
    ]
    assert article.site_name == "서울신문"
    assert article.lang == "ko"
    kinds = [b.type for b in article.blocks]
    assert kinds.count("heading") == 3
    assert kinds.count("note") == 2
    leaks = ["기사 읽어주기", "다시듣기", "폰트", "프린트", "Copyright", "무단", "페이스북", "Leaders Today"]
    leaks += ["자료 제공", "야간 조명", "기상청 발표", "성북"]
    for leak in leaks:
        assert leak not in article.text


def test_no_article_fallback_is_visible_text() -> None:
    case = next(c for c in CASES if c.get("no_article"))
    with pytest.raises(NoArticleError) as info:
        extract_article(_html(case), case["url"])
    fallback = info.value.fallback
    assert fallback is not None
    assert not fallback.is_article
    assert "회원가입" in fallback.text
    assert "비밀번호" in fallback.text


def regenerate() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for case in CASES:
        path = GOLDEN / f"{case['name']}.json"
        path.write_text(json.dumps(run_case(case), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")


if __name__ == "__main__":
    if "--regenerate" not in sys.argv:
        sys.exit("usage: python -m tests.articles.test_extract_goldens --regenerate")
    regenerate()
