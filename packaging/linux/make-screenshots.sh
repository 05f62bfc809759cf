#!/usr/bin/env bash
# The AppStream screenshots, drawn by the app itself (`article-reader render`) from the bundled
# sample articles, with default settings in a throw-away base folder so the releaser's own
# settings never show. Run from anywhere; commit the PNGs it writes. The sizes here must match the
# width/height in the metainfo (tests/packaging/test_metadata.py checks).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/packaging/linux/screenshots"
BASE="$(mktemp -d)"
trap 'rm -rf "$BASE"' EXIT
export ARTICLE_READER_BASEDIR="$BASE" QT_QPA_PLATFORM=offscreen
# ARTICLE_READER may name the command to use (e.g. an installed article-reader); default: the checkout.
if [ -n "${ARTICLE_READER:-}" ]; then read -r -a RUN <<<"$ARTICLE_READER"
else RUN=(env "PYTHONPATH=$ROOT" python -m reader); fi
mkdir -p "$OUT"
SAMPLES="$ROOT/resources/samples"
"${RUN[@]}" render "$SAMPLES/sample-ko.html" -o "$OUT/reader-ko.png" --width 1280 --height 800 \
  --ui-language ko --theme light
"${RUN[@]}" render "$SAMPLES/sample-en.html" -o "$OUT/reader-en.png" --width 1280 --height 800 \
  --ui-language en --theme light
"${RUN[@]}" render "$SAMPLES/sample-ko.html" -o "$OUT/reader-ko-large-dark.png" --width 1280 --height 800 \
  --ui-language ko --theme dark --font-size 30
ls -l "$OUT"
