#!/usr/bin/env bash
# Installs what is missing, builds Scopevault and opens the desktop application. On first run
# its welcome page creates your vault (in $XDG_DATA_HOME/scopevault) or opens a demo vault;
# afterwards it opens your vault. Arguments go to the application (e.g. --demo, or a file).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCOPEVAULT_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" --target scopevault scopevault-cli scopevault-agent >/dev/null
exec build/app/gui/scopevault "$@"
