#!/usr/bin/env bash
# Builds an optimised tree and runs every benchmark; paste the output into docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSCOPEVAULT_BUILD_TESTS=ON >/dev/null
cmake --build build-bench -j"$(nproc 2>/dev/null || echo 2)" --target bench_unlock bench_resolve >/dev/null
echo "== bench_unlock"
build-bench/tests/bench/bench_unlock
echo "== bench_resolve"
build-bench/tests/bench/bench_resolve
