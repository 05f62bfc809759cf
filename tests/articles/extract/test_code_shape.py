"""Issue 13's bound for the article core: no function in reader/articles longer than 80 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.core

ARTICLES = Path(__file__).resolve().parents[3] / "reader" / "articles"
LIMIT = 80


def test_no_function_in_the_article_core_is_longer_than_80_lines() -> None:
    long: list[str] = []
    for path in sorted(ARTICLES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > LIMIT:
                    where = path.relative_to(ARTICLES.parent.parent)
                    long.append(f"{where}:{node.lineno} {node.name} ({lines})")
    assert not long, "functions over 80 lines: " + ", ".join(long)
