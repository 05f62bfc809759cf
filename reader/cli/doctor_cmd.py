"""``article-reader doctor``: can this installation extract articles? One line per library, exit 1 if not.

An old pip can install the package and still leave trafilatura unable to import (it does not resolve lxml's
``html_clean`` extra); this command, and ``--version``, say so instead of the reader failing later.
"""

from __future__ import annotations

import argparse
import platform
import sys
from typing import Any

from reader import __version__
from reader.articles.extract.engines import EngineStatus, status


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(doctor=True)


def report(found: list[EngineStatus]) -> list[str]:
    lines = [f"article-reader {__version__} on Python {platform.python_version()}"]
    for st in found:
        lines.append(f"  {st.name}: {st.version}" if st.ok else f"  {st.name}: CANNOT LOAD ({st.error})")
    if all(st.ok for st in found):
        lines.append("article extraction: ready")
    else:
        lines.append("article extraction: broken; repair with: python -m pip install -e . (or reinstall)")
    return lines


def version_text() -> str:
    """What ``--version`` prints: the version, and the extractor's state when it cannot load."""
    broken = [st for st in status() if not st.ok]
    text = f"article-reader {__version__}"
    if broken:
        names = ", ".join(st.name for st in broken)
        text += f"\nwarning: the article extractor cannot load ({names}); run 'article-reader doctor'"
    return text


def run(args: Any, ctx: Any) -> int:
    found = status()
    print("\n".join(report(found)), file=sys.stdout)
    return 0 if all(st.ok for st in found) else 1
