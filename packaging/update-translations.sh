#!/usr/bin/env bash
# After changing interface text: bring the catalogues up to date with the code, then compile them.
# New Korean entries come out "unfinished" in the .ts: translate them (Qt Linguist or any editor),
# then run this again. English is the source language; its catalogue holds only plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find reader/gui -name '*.py' | sort)
pyside6-lupdate "${files[@]}" -ts resources/i18n/article-reader_ko.ts -no-obsolete
pyside6-lupdate -pluralonly "${files[@]}" -ts resources/i18n/article-reader_en.ts -no-obsolete
for lang in ko en; do
    pyside6-lrelease resources/i18n/article-reader_$lang.ts -qm resources/i18n/article-reader_$lang.qm
done
