"""Test isolation: offscreen Qt, silent audio, temp config/data/cache, and no network but loopback."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.pop("ARTICLE_READER_BASEDIR", None)

# PySide6 6.12 on CPython 3.11 leaks references to None on every void call; pin None first.
with contextlib.suppress(ImportError):
    from reader.gui.qtfix import keep_none_alive

    keep_none_alive()

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = REPO.parent / "shared" / "corpus"

_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}


def _is_loopback(host: Any) -> bool:
    if host is None:
        return True
    host = host.decode() if isinstance(host, bytes) else str(host)
    return host in _LOOPBACK_NAMES or host.startswith("127.") or host == ""


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own base directory; the user's real files are never touched."""
    base = tmp_path_factory.mktemp("appbase")
    monkeypatch.setenv("ARTICLE_READER_BASEDIR", str(base))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xdg-cache"))
    return base


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only loopback is reachable; any other host fails like a DNS failure would."""
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host):
            raise socket.gaierror(socket.EAI_NONAME, f"network disabled in tests: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            raise OSError(f"network disabled in tests: {address[0]}")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


@pytest.fixture
def app_paths(_isolated: Path) -> Any:
    from reader.paths import AppPaths

    paths = AppPaths.from_basedir(_isolated)
    paths.ensure()
    return paths


@pytest.fixture
def app_context(app_paths: Any) -> Any:
    from reader.context import AppContext
    from reader.settings import Settings

    return AppContext(paths=app_paths, settings=Settings.load(app_paths.settings_file))
