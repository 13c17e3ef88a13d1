#!/usr/bin/env bash
# Builds an optimised tree and runs every benchmark; paste the output into docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSCOPEVAULT_BUILD_TESTS=ON -DSCOPEVAULT_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build-bench -j"$(nproc 2>/dev/null || echo 2)" --target bench_unlock bench_resolve bench_audit bench_bundles bench_scan bench_set scopevault-agent scopevault-cli >/dev/null
echo "== bench_unlock (in process, then whole scopevault-cli processes)"
build-bench/tests/bench/bench_unlock --cli build-bench/app/cli/scopevault-cli --rounds 11
echo "== bench_set"
build-bench/tests/bench/bench_set
echo "== bench_audit (100,000 events; the figures in docs/BENCHMARKS.md use --events 1000000)"
build-bench/tests/bench/bench_audit --events 100000 --single 1000
echo "== bench_scan"
build-bench/tests/bench/bench_scan
echo "== bench_resolve"
build-bench/tests/bench/bench_resolve
echo "== bench_bundles"
if ! command -v age >/dev/null; then
    echo "installing age (the reference a user would otherwise pick for exec)"
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq age >/dev/null; else sudo apt-get install -y -qq age >/dev/null; fi
fi
build-bench/tests/bench/bench_bundles build-bench/app/agent/scopevault-agent
