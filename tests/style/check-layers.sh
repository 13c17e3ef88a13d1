#!/usr/bin/env bash
# Fails when a file includes across a forbidden direction of dependency, or when a source
# file of core/, ui/, app/, storage/ or platform/ passes 600 lines. docs/ARCHITECTURE.md draws
# the map:
#   app -> ui -> core -> bundle -> base;  app -> storage -> core;  app -> platform -> core
#   core/store/ (raw persistence and audit primitives) is for core and tests only.
set -euo pipefail
cd "${1:?source dir}"
failures=0
fail() { echo "$1"; failures=$((failures + 1)); }

# Header names of a folder, as an extended regex alternation ("A\.h|B\.h").
names_of() { find "$@" -name '*.h' -printf '%f\n' | sed 's/\./\\./g' | paste -sd'|'; }
storage_h=$(names_of storage)
platform_h=$(names_of platform)
ui_h=$(names_of ui)
core_h=$(names_of core)
bundle_h=$(names_of bundle)

# check FOLDER... -- PATTERN WHY: each #include line of FOLDER matching PATTERN is a failure.
check() {
    local folders=() pattern why
    while [ "$1" != "--" ]; do folders+=("$1"); shift; done
    shift; pattern=$1; why=$2
    while IFS= read -r hit; do
        [ -n "$hit" ] && fail "$hit  <- $why"
    done < <(grep -rnE --include='*.h' --include='*.cpp' "^\s*#\s*include\s*[<\"]($pattern)[>\"]" \
             "${folders[@]}" || true)
}

check base -- "Q[A-Za-z]*|Qt[A-Za-z]*/.*|$bundle_h|$core_h" "base/ is plain C++ and libsodium"
check bundle -- "Q[A-Za-z]*|Qt[A-Za-z]*/.*|$core_h" "bundle/ is plain C++ (scopevault-agent has no Qt)"
check core -- "QtWidgets/.*|QWidget|QApplication|QtSql/.*|QSql[A-Za-z]*|sqlite3\.h|qt6keychain/.*|$storage_h|$ui_h|$platform_h" \
      "core/ has no widgets, no SQL, no keychain library and knows neither storage, ui nor platform"
check storage -- "QtWidgets/.*|QWidget|QApplication|$ui_h|store/.*" "storage/ implements core's ports only"
check ui -- "QtSql/.*|QSql[A-Za-z]*|sqlite3\.h|qt6keychain/.*|$storage_h|$platform_h|store/.*" \
      "ui/ calls core services; storage, platform and core/store are not its business"
check platform -- "QtWidgets/.*|QWidget|QApplication|QtSql/.*|QSql[A-Za-z]*|$ui_h|$storage_h|store/.*" \
      "platform/ implements core's ports only"
check app -- "store/.*" "app/ calls core services; core/store is internal to core"

# No SQL text in core: statements live in storage/.
while IFS= read -r hit; do
    [ -n "$hit" ] && fail "$hit  <- SQL text belongs in storage/"
done < <(grep -rnE --include='*.h' --include='*.cpp' \
         '"[^"]*\b(SELECT [^"]* FROM|INSERT INTO|CREATE TABLE|DELETE FROM|UPDATE [a-z_]+ SET)\b' core || true)

# Small files: nothing in core/, ui/, app/, storage/ or platform/ over 600 lines.
while IFS= read -r file; do
    lines=$(wc -l <"$file")
    [ "$lines" -gt 600 ] && fail "$file: $lines lines (at most 600; split it by responsibility)"
done < <(find core ui app storage platform -name '*.h' -o -name '*.cpp')

if [ "$failures" -gt 0 ]; then
    echo "$failures layering problem(s)"
    exit 1
fi
echo "layers hold: no forbidden include, no SQL in core, no source file over 600 lines"
