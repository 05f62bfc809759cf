#!/usr/bin/env bash
# The README's and the AppStream screenshots: the real window (player bar playing, library open)
# drawn from the bundled sample articles under a virtual X display with a window manager, with
# default settings in throw-away folders so the releaser's own settings never show. Needs Xvfb and
# openbox (packaging/system-deps.sh). Run from anywhere; commit the PNGs it writes. The sizes must
# match the width/height in the metainfo (tests/packaging/test_metadata.py checks).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
python packaging/gallery.py --screenshots
ls -l packaging/screenshots packaging/linux/screenshots
