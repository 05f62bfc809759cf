"""Desktop integration files: validated by the freedesktop tools and consistent with each other."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest
import yaml

from reader.paths import APP_ID, app_icon_files
from tests.conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.core]

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = LINUX / "flatpak" / f"{APP_ID}.yml"
THEME = LINUX / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: run packaging/system-deps.sh")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _desktop_entry() -> ConfigParser:
    parser = ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry_validates() -> None:
    proc = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # hints and warnings are printed too; keep the file free of them
    assert proc.stdout.strip() == "", proc.stdout


def test_desktop_entry_content() -> None:
    entry = _desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "article-reader"
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key].strip(), key
        assert any("\uac00" <= ch <= "\ud7a3" for ch in entry[f"{key}[ko]"]), f"{key}[ko] is not Korean"
    mime = set(filter(None, entry["MimeType"].split(";")))
    assert {"text/html", "application/xhtml+xml", "multipart/related", "message/rfc822"} <= mime
    assert not any(m.startswith("x-scheme-handler/") for m in mime), "must not claim web links"


def test_metainfo_validates() -> None:
    proc = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_metainfo_matches_the_app() -> None:
    from reader import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    langs = {el.get(XML_LANG) for el in root.iter("p")}
    assert {None, "ko"} <= langs, "description needs English and Korean"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases, "metainfo has no release notes"
    assert releases[0] == __version__, "newest release must be the package version"
    assert root.find("content_rating") is not None
    assert root.find("developer") is not None
    assert root.find("url[@type='homepage']") is not None


def test_screenshots_are_committed_at_their_declared_size() -> None:
    root = ET.parse(METAINFO).getroot()
    images = list(root.iter("image"))
    assert images, "metainfo lists no screenshots"
    for image in images:
        name = image.text.strip().rsplit("/", 1)[1]  # type: ignore[union-attr]
        local = LINUX / "screenshots" / name
        assert local.is_file(), f"screenshot {name} is not in packaging/linux/screenshots"
        assert _png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_icon_theme_has_every_size() -> None:
    svg = THEME / "scalable" / "apps" / f"{APP_ID}.svg"
    source = REPO / "resources" / "icons" / "article-reader.svg"
    assert svg.read_bytes() == source.read_bytes(), "run packaging/linux/make-icons.py"
    ET.parse(svg)  # well-formed
    for size in ICON_SIZES:
        png = THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)


def test_windows_and_macos_icons_hold_every_size() -> None:
    ico = (REPO / "packaging" / "pyinstaller" / "article-reader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]

    icns = (REPO / "packaging" / "pyinstaller" / "article-reader.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = set(), 8
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        assert icns[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        pos += length
    assert pos == len(icns)
    assert {b"icp4", b"icp5", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_window_icon_files_ship_with_the_package() -> None:
    files = app_icon_files()
    assert files[0].suffix == ".svg"
    assert files[0].is_file()
    sizes = [_png_size(p)[0] for p in files[1:]]
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_flatpak_manifest_is_valid_and_consistent() -> None:
    manifest = yaml.safe_load(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "article-reader"
    assert {"runtime", "runtime-version", "sdk", "finish-args", "modules"} <= manifest.keys()
    app = manifest["modules"][-1]
    assert app["name"] == "article-reader"
    commands = "\n".join(app["build-commands"])
    for needed in (DESKTOP.name, METAINFO.name, "icons"):
        assert needed in commands
    source = FLATPAK.parent / app["sources"][0]["path"]
    assert (source / "pyproject.toml").is_file(), "the app module must point at the repository root"
    # only web links are fetched by the app; it must not be able to write all of home
    assert not any(arg.startswith("--filesystem=home") for arg in manifest["finish-args"])
