"""The libraries extraction depends on, and a clear error when one cannot load.

A missing trafilatura (or lxml's HTML cleaner, which trafilatura imports and which an old pip leaves out
when it does not resolve lxml's ``html_clean`` extra) is an installation fault to report, not something to
work around quietly: the generic path would lose most of its precision without saying so.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from types import ModuleType

from reader.errors import ReaderError

# what ``import trafilatura`` needs, in the order a fault is most usefully reported
REQUIRED = ("lxml", "lxml_html_clean", "trafilatura")
_DISTRIBUTION = {"lxml_html_clean": "lxml_html_clean", "lxml": "lxml", "trafilatura": "trafilatura"}


class ExtractorUnavailable(ReaderError):
    """A library the article extractor needs cannot be imported."""

    default_code = "extract.unavailable"
    exit_code = 1


@dataclass(frozen=True)
class EngineStatus:
    name: str
    version: str = ""  # installed version, when it loads
    error: str = ""  # why it does not load

    @property
    def ok(self) -> bool:
        return not self.error


def _import(name: str) -> ModuleType:
    """Import one required library by a static statement (so a freezer such as PyInstaller bundles it)."""
    if name == "lxml":
        import lxml

        return lxml
    if name == "lxml_html_clean":
        import lxml_html_clean

        return lxml_html_clean
    import trafilatura

    return trafilatura


def status() -> list[EngineStatus]:
    """Each required library: its version, or the import error (for ``doctor`` and ``--version``)."""
    out: list[EngineStatus] = []
    for name in REQUIRED:
        try:
            _import(name)
        except Exception as exc:  # an import can fail with anything, not only ImportError
            out.append(EngineStatus(name, error=f"{type(exc).__name__}: {exc}"))
            continue
        try:
            version = importlib.metadata.version(_DISTRIBUTION[name])
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        out.append(EngineStatus(name, version=version))
    return out


def load_trafilatura() -> ModuleType:
    """``trafilatura``, or ExtractorUnavailable naming what is missing and how to repair it."""
    try:
        return _import("trafilatura")
    except Exception as exc:
        missing = getattr(exc, "name", None) or "trafilatura"
        raise ExtractorUnavailable(
            f"the article extractor cannot load ({missing}: {exc}); reinstall with "
            "'python -m pip install -e .' and check with 'article-reader doctor'",
            code="extract.unavailable",
            params={"module": str(missing), "detail": str(exc)},
        ) from exc
