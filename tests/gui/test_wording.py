"""The window's one table of words for the core's codes: every code the core raises has a wording,
each wording uses only parameters the core gives, and a code the table lacks falls back to English."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.korean_text import english_words, install_language, sample_params

pytestmark = pytest.mark.gui

CORE = REPO / "reader"
SKIP = ("gui", "cli")  # the CLI prints the core's English sentences; the window has its own table
CODE = re.compile(r"^[a-z_0-9]+(\.[a-z_0-9]+)*$")


def _error_classes() -> dict[str, str | None]:
    """Every ReaderError subclass in reader/ and its ``default_code`` (None: only a generic one)."""
    bases: dict[str, list[str]] = {}
    codes: dict[str, str | None] = {}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases]
                for st in node.body:
                    if (
                        isinstance(st, ast.Assign)
                        and isinstance(st.targets[0], ast.Name)
                        and st.targets[0].id == "default_code"
                        and isinstance(st.value, ast.Constant)
                    ):
                        codes[node.name] = str(st.value.value)

    def is_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name == "ReaderError":
            return True
        return any(is_error(b, seen | {name}) for b in bases.get(name, []) if b not in seen)

    out: dict[str, str | None] = {}
    for name in bases:
        if is_error(name):
            own = name
            while own not in codes and bases.get(own):
                own = next((b for b in bases[own] if is_error(b)), "ReaderError")
            out[name] = codes.get(own)
    out["ReaderError"] = codes.get("ReaderError")
    return out


def _constants(node: ast.expr) -> Iterator[str]:
    """The codes an expression can be: a literal, either side of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _constants(node.body)
        yield from _constants(node.orelse)


def _dict_keys(node: ast.expr | None) -> set[str] | None:
    """The keys a ``params=`` dict literal gives (None when they cannot be read from the source)."""
    if not isinstance(node, ast.Dict):
        return None
    keys: set[str] = set()
    for k, v in zip(node.keys, node.values, strict=True):
        if k is None:  # **spread
            if isinstance(v, ast.Call) and getattr(v.func, "id", "") in ("size_params",):
                keys.add("limit_mb")
            elif isinstance(v, ast.Call) and getattr(v.func, "id", "") == "os_reason":
                keys |= {"reason", "errno"}
            else:
                return None
        elif isinstance(k, ast.Constant):
            keys.add(str(k.value))
    return keys


def scan_codes() -> tuple[dict[str, list[tuple[str, set[str] | None]]], list[str]]:
    """code -> [(where, params given)], and the raise sites that name no code."""
    classes = _error_classes()
    found: dict[str, list[tuple[str, set[str] | None]]] = defaultdict(list)
    missing: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(REPO)
        if rel.parts[1] in SKIP or rel.name == "errors.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        local_codes: set[str] = set()  # `code, what = "source.fifo", …` then `code=code`
        # a helper taking the code as a parameter (`def _no_article(…, code)`): the codes its callers give
        takes_code = {
            f.name: [a.arg for a in f.args.args].index("code")
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef) and "code" in [a.arg for a in f.args.args]
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in takes_code:
                i = takes_code[str(node.func.id)]
                given = [k.value for k in node.keywords if k.arg == "code"] or node.args[i : i + 1]
                for g in given:
                    local_codes |= set(_constants(g))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                target, value = node.targets[0], node.value
                if isinstance(target, ast.Name) and target.id == "code":
                    local_codes |= set(_constants(value))
                if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
                    for t, v in zip(target.elts, value.elts, strict=False):
                        if isinstance(t, ast.Name) and t.id == "code":
                            local_codes |= set(_constants(v))
            if isinstance(node, ast.Tuple) and node.elts and isinstance(node.elts[0], ast.Constant):
                # rows of a table like ("config", "paths.config_unusable", folder)
                for e in node.elts:
                    is_code = isinstance(e, ast.Constant) and isinstance(e.value, str) and CODE.match(e.value)
                    if is_code and str(e.value).startswith("paths."):
                        found[str(e.value)].append((f"{rel}:{node.lineno}", {"folder", "reason"}))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            kw = {k.arg: k.value for k in node.keywords if k.arg}
            where = f"{rel}:{node.lineno}"
            if name == "Notice" and node.args:
                params = _dict_keys(node.args[2]) if len(node.args) > 2 else set()
                codes = list(_constants(node.args[0]))
                if not codes and isinstance(node.args[0], ast.Name) and node.args[0].id == "code":
                    codes = sorted(local_codes)
                for code in codes:
                    found[code].append((where, params))
                continue
            if name not in classes:
                continue
            params = _dict_keys(kw.get("params")) if "params" in kw else set()
            if name == "WriteError":
                params = None if params is None else params | {"path", "reason", "errno"}
            if "code" in kw:
                value = kw["code"]
                codes = list(_constants(value))
                if isinstance(value, ast.Name) and value.id == "code":
                    codes = sorted(local_codes)
                if not codes:
                    missing.append(f"{where}: code={ast.unparse(value)} cannot be read from the source")
                for code in codes:
                    found[code].append((where, params))
            elif classes[name] is not None and "." in str(classes[name]):
                found[str(classes[name])].append((where, params))
            else:
                missing.append(f"{where}: {name}(…) names no code")
    return found, missing


def test_every_error_the_core_raises_names_a_code() -> None:
    found, missing = scan_codes()
    assert len(found) > 60  # the scan sees the core's codes
    assert missing == []


def test_every_code_the_core_raises_has_a_wording_that_fits_its_parameters() -> None:
    from reader.gui.wording import WORDS, placeholders

    found, _ = scan_codes()
    unworded = sorted(code for code in found if code not in WORDS)
    assert unworded == [], "give these codes a sentence in reader/gui/wording.py"
    for key, template in WORDS.items():
        code = key.split("#", 1)[0]
        wanted = placeholders(template) - {"cause"}
        for where, given in found.get(code, []):
            if given is not None:
                assert wanted <= given, f"{key} uses {wanted - given}, which {where} does not give"


def test_variants_name_codes_the_table_has() -> None:
    from reader.gui.wording import VARIANT_BY, WORDS

    for key in WORDS:
        if "#" in key:
            code = key.split("#", 1)[0]
            assert code in WORDS, key
            assert code in VARIANT_BY, key


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_wording_reads_in_the_language(qapp: Any, lang: str) -> None:
    from reader.errors import Notice
    from reader.gui.wording import VARIANT_BY, WORDS, placeholders, template_for, word

    install_language(qapp, lang)
    try:
        for key, template in WORDS.items():
            code, _, variant = key.partition("#")
            params = sample_params(placeholders(template))
            if "#" in key:  # the variant's own value picks it ("" for "settings.reset#")
                params[VARIANT_BY[code]] = variant
            assert template_for(code, params) == template, key  # the wording under test is the one used
            cause = Notice("speech.unreachable", "Google is unreachable", {"engine": "google"})
            text = word(Notice(code, f"English for {code}", params, cause=cause))
            assert "{" not in text, key
            assert text != f"English for {code}", key
            if lang == "ko":
                assert english_words(text) == [], (key, text)
                assert re.search(r"[가-힣]", text), (key, text)
    finally:
        install_language(qapp, "en")


def test_an_unknown_code_falls_back_to_the_english_sentence(qapp: Any) -> None:
    from reader.errors import Notice, ReaderError
    from reader.gui.wording import word

    install_language(qapp, "ko")
    try:
        assert word(Notice("brand.new", "A new thing happened.")) == "A new thing happened."
        assert word(ReaderError("plain failure", code="not.in.the.table")) == "plain failure"
        # a parameter the wording needs but the value lacks: the English sentence, never a KeyError
        lacking = Notice("source.timeout", "slow.example did not answer", {})
        assert word(lacking) == "slow.example did not answer"
    finally:
        install_language(qapp, "en")


def test_real_core_errors_are_worded_in_korean(qapp: Any, tmp_path: Path) -> None:
    """Errors raised by the real core code paths, not hand-made values."""
    from reader.articles import load_article
    from reader.errors import ReaderError
    from reader.gui.wording import word

    folder = tmp_path / "폴더"
    folder.mkdir()
    pdf = tmp_path / "문서.html"
    pdf.write_bytes(b"%PDF-1.4 not a page")
    empty = tmp_path / "빈.html"
    empty.write_bytes(b"   ")
    cases = {
        str(tmp_path / "없는 파일.html"): "source.not_found",
        str(folder): "source.folder",
        str(pdf): "source.unsupported",
        str(empty): "source.empty",
        "ftp://example.com/a": "source.scheme",
        "https://news.example.invalid/a": "source.no_server",
    }
    install_language(qapp, "ko")
    try:
        for source, code in cases.items():
            with pytest.raises(ReaderError) as info:
                load_article(source)
            assert info.value.code == code, source
            text = word(info.value)
            assert english_words(text) == [], (source, text)
    finally:
        install_language(qapp, "en")
