#!/usr/bin/env bash
# Proves check-layers.sh can fail: copies the tree, plants one violation of each rule and
# expects each to be reported.
set -euo pipefail
src=${1:?source dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/base" "$src/bundle" "$src/core" "$src/storage" "$src/platform" "$src/ui" "$src/app" \
    "$work/"
"$src/tests/style/check-layers.sh" "$work" >/dev/null || { echo "clean tree refused"; exit 1; }
echo '#include "SqliteVaultRepository.h"' >>"$work/ui/shell/MainWindow.cpp"
echo '#include <QWidget>' >>"$work/core/vault/VaultService.cpp"
echo '#include "store/VaultStore.h"' >>"$work/app/cli/CliApp.cpp"
echo '#include <QString>' >>"$work/base/Text.cpp"
echo 'const char* q = "SELECT id FROM secrets";' >>"$work/core/catalog/Scope.cpp"
echo '#include "QtKeychainStore.h"' >>"$work/ui/shell/VaultSession.cpp"
seq 601 | sed 's|^|// |' >"$work/storage/Big.cpp"
out=$("$src/tests/style/check-layers.sh" "$work" || true)
for expected in "ui/shell/MainWindow.cpp" "core/vault/VaultService.cpp" "app/cli/CliApp.cpp" \
                "base/Text.cpp" "core/catalog/Scope.cpp" "storage/Big.cpp: 601 lines" \
                "ui/shell/VaultSession.cpp" "7 layering problem(s)"; do
    grep -qF "$expected" <<<"$out" || { echo "not reported: $expected"; echo "$out"; exit 1; }
done
echo "check-layers.sh reports each planted violation"
