#!/usr/bin/env bash
# System packages the app and its tests use on Debian/Ubuntu: Hangul fonts, the offline voice,
# PDF and audio tools, a virtual display with a window manager (openbox: the window-fitting tests
# and packaging/gallery.py), the desktop-metadata validators (desktop-file-validate,
# appstreamcli) and the X11 libraries Qt's xcb platform plugin links against (the window under
# X11 or Xvfb; the PyInstaller build bundles them).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# The README's Debian line (tests/packaging/test_system_deps.py checks both against `ldd`), then what
# the tests use besides: PDF and audio tools, a virtual display and a window manager (openbox: the
# window-fitting tests and packaging/gallery.py), validators.
PKGS=(fonts-nanum fonts-noto-cjk espeak-ng pipx libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3
      libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
      poppler-utils sox libsox-fmt-mp3 lame xvfb openbox
      desktop-file-utils appstream)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
