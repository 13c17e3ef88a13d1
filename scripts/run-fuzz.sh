#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for SECONDS (default 45) on a copy of its seed
# corpus (tests/fuzz/corpus/TARGET). Fails on any crash, leak, timeout or sanitizer report.
#   scripts/run-fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-45}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(dotenv manifest abstractcore receipt bundle_file bundle_payload vault_header)
fi
jobs=$(nproc 2>/dev/null || echo 2)
echo "== Building the fuzz targets in build-fuzz (clang-14)"
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSCOPEVAULT_FUZZ=ON -DSCOPEVAULT_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$jobs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
    mkdir -p "$work/$target"
    echo "== fuzz_$target for ${seconds}s"
    # New inputs go to a scratch corpus; the repository's seeds are read only.
    if ! build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/$target-" \
        "$work/$target" "tests/fuzz/corpus/$target" >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log"
        echo "fuzz_$target FAILED; the input that failed:"
        ls -la "$work/$target-"* 2>/dev/null || true
        exit 1
    fi
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units)" "$work/$target.log" || true
done
echo "== Fuzzing found nothing"
