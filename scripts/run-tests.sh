#!/usr/bin/env bash
# Installs what is missing, then builds and runs the whole test suite twice: a normal build
# with warnings as errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build.
#   scripts/run-tests.sh            both passes (what CI runs)
#   scripts/run-tests.sh --no-asan  the normal pass only
# Then each libFuzzer target runs for 45 s (scripts/run-fuzz.sh), unless --no-asan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
run_pass() {
    local dir=$1; shift
    echo "== Building in $dir ($*)"
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCOPEVAULT_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
    echo "== Testing in $dir"
    (cd "$dir" && ctest --output-on-failure -j"$jobs")
}

run_pass build-tests
if [ "${1:-}" != "--no-asan" ]; then
    export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    run_pass build-asan -DSCOPEVAULT_SANITIZE=ON -DSCOPEVAULT_BUILD_BENCHMARKS=OFF
    unset ASAN_OPTIONS UBSAN_OPTIONS
    scripts/run-fuzz.sh 45
fi
echo "== All tests passed"
