#!/usr/bin/env bash
# Fails when a user-visible string (GUI, CLI, core, storage, platform) has no German translation: runs lupdate over the
# sources into a copy of translations/scopevault_de.ts and lists every unfinished message.
set -euo pipefail
src=${1:?source dir}
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/scopevault_de.ts" "$work/scopevault_de.ts"
(cd "$src" && "$lupdate" -no-obsolete -locations none -target-language de_DE ui app/gui app/cli core storage platform \
    -ts "$work/scopevault_de.ts" >/dev/null)
if grep -q 'type="unfinished"' "$work/scopevault_de.ts"; then
    echo "untranslated strings (run: cmake --build BUILD --target scopevault_i18n_lupdate, then translate):"
    grep -B2 'type="unfinished"' "$work/scopevault_de.ts" | grep '<source>' | sed 's/^ */  /'
    exit 1
fi
echo "every user-visible string has a German translation"
