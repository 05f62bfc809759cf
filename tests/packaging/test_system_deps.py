"""The README's system packages against what Qt's X11 plugin really links (``ldd``), so the Debian,
Fedora and Arch lines stay complete when PySide6 changes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.core

README = REPO / "README.md"

# Packages on every Debian and Ubuntu system (pulled in by the essential set): never worth a line.
DEBIAN_BASE = {
    "libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "liblzma5", "liblz4-1", "libsystemd0",
    "libcap2", "libgcrypt20", "libgpg-error0", "libmd0", "libpcre2-8-0", "libselinux1",
}  # fmt: skip

# The X11 libraries a fresh Fedora or Arch install lacks, by soname: what their lines must name.
# (libxcb, libX11, freetype, glib come with these as dependencies on both.)
XCB_EXTRAS = {
    "libxcb-cursor.so.0": ("xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("xcb-util-wm", "xcb-util-wm"),
    "libxcb-image.so.0": ("xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("xcb-util-renderutil", "xcb-util-renderutil"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libX11-xcb", "libx11"),
    "libEGL.so.1": ("libglvnd-egl", "libglvnd"),
    "libGL.so.1": ("libglvnd-glx", "libglvnd"),
    "libfontconfig.so.1": ("fontconfig", "fontconfig"),
    "libdbus-1.so.3": ("dbus-libs", "dbus"),
}
# Pulled in by the packages above on Fedora and Arch (checked here so a new soname is noticed).
XCB_PULLED = {
    "libxcb.so.1", "libxcb-randr.so.0", "libxcb-render.so.0", "libxcb-shape.so.0", "libxcb-shm.so.0",
    "libxcb-sync.so.1", "libxcb-xfixes.so.0", "libxcb-xkb.so.1", "libxcb-util.so.1", "libX11.so.6",
    "libxkbcommon.so.0", "libXau.so.6", "libXdmcp.so.6", "libGLX.so.0", "libGLdispatch.so.0",
}  # fmt: skip


def readme_line(system: str) -> set[str]:
    """The packages of the README's install command for ``system`` ("Debian, Ubuntu", "Fedora", "Arch")."""
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| {system} |"):
            command = re.search(r"`([^`]*)`", line)
            assert command, line
            words = command.group(1).split()
            return {
                w
                for w in words
                if not w.startswith("-") and w not in ("sudo", "apt", "dnf", "pacman", "install")
            }
    raise AssertionError(f"no {system} line in the README")


def xcb_plugin_libraries() -> dict[str, str]:
    """soname -> resolved path of every library Qt's xcb plugin loads, outside PySide6's own folder."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    qpa = next((qt / "lib").glob("libQt6XcbQpa.so*"), None)
    if not plugin.is_file() or qpa is None:
        pytest.skip("this PySide6 has no xcb platform plugin")
    found: dict[str, str] = {}
    missing = []
    for lib in (plugin, qpa):
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            m = re.match(r"\s*(\S+)\s+=>\s+(not found|\S+)", line)
            if not m:
                continue
            name, path = m.groups()
            if path == "not found":
                missing.append(name)
            elif not Path(path).resolve().is_relative_to(qt.resolve()):
                found[name] = path
    assert missing == [], f"Qt's xcb plugin cannot find {missing}: a README package is missing here"
    return found


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_every_library_the_xcb_plugin_links_is_in_the_debian_line() -> None:
    if shutil.which("dpkg") is None or shutil.which("apt-cache") is None:
        pytest.skip("not a Debian-like system: dpkg and apt-cache tell which package holds a library")
    libs = xcb_plugin_libraries()
    line = readme_line("Debian, Ubuntu")
    depends = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
         "--no-breaks", "--no-replaces", "--no-enhances", *sorted(line)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    pulled = {ln.strip() for ln in depends.splitlines() if ln and not ln.startswith(" ")}
    covered = line | pulled | DEBIAN_BASE
    owners = {}
    for name, path in libs.items():
        real = str(Path(path).resolve())
        out = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True)
        if out.returncode != 0:
            out = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        assert out.returncode == 0, f"no package holds {path}"
        owners[name] = out.stdout.split(":", 1)[0].strip()
    uncovered = {name: pkg for name, pkg in owners.items() if pkg not in covered}
    assert uncovered == {}, "add these packages to the README's Debian line (and packaging/system-deps.sh)"
    # the line names the X11 extras a minimal install lacks by themselves, not only through luck
    for needed in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert needed in line


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_the_fedora_and_arch_lines_name_each_x11_library_a_fresh_install_lacks() -> None:
    libs = xcb_plugin_libraries()
    fedora, arch = readme_line("Fedora"), readme_line("Arch")
    x11 = {n for n in libs if re.match(r"lib(xcb|X11|xkbcommon|EGL|GL|GLX|GLdispatch|Xau|Xdmcp)\b", n)}
    unknown = x11 - set(XCB_EXTRAS) - XCB_PULLED
    assert unknown == set(), "a new X11 library: give it its Fedora and Arch packages here and in the README"
    for name in set(XCB_EXTRAS) & (x11 | {"libfontconfig.so.1", "libdbus-1.so.3"}):
        fedora_pkg, arch_pkg = XCB_EXTRAS[name]
        assert fedora_pkg in fedora, (name, fedora_pkg)
        assert arch_pkg in arch, (name, arch_pkg)


def test_system_deps_installs_the_readme_debian_line() -> None:
    script = (REPO / "packaging" / "system-deps.sh").read_text(encoding="utf-8")
    block = re.search(r"PKGS=\(([^)]*)\)", script)
    assert block
    assert readme_line("Debian, Ubuntu") <= set(block.group(1).split())
