#!/usr/bin/env bash
# Installs what is missing, builds Scopevault and runs it: on first run it creates your vault
# (in $XDG_DATA_HOME/scopevault, asking for a new passphrase), then shows the vault's info.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCOPEVAULT_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" --target scopevault-cli >/dev/null
cli=build/app/cli/scopevault-cli
if ! "$cli" info >/dev/null 2>&1; then
    "$cli" init "$@"
fi
"$cli" info
echo
echo "Next: printf %s 'VALUE' | $cli set system:OPENAI_API_KEY   (see docs/USER-GUIDE.md)"
