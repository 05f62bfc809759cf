#!/usr/bin/env bash
# System packages the app and its tests use on Debian/Ubuntu: Hangul fonts, the offline voice,
# PDF and audio tools, a virtual display, and the desktop-metadata validators.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(fonts-nanum fonts-noto-cjk espeak-ng poppler-utils sox libsox-fmt-mp3 lame xvfb
      desktop-file-utils appstream libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
