#!/usr/bin/env bash
# `make bench`: release build, then the benchmark table (see Benchmarks/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${BENCH_SCRATCH:-.build}
COUNT=${BENCH_COUNT:-10000}
swift build -c release --scratch-path "$SCRATCH" --product pratiques-bench
mkdir -p "$SCRATCH/bench"
cc -O2 -o "$SCRATCH/bench/insert_baseline" Benchmarks/baseline/insert_baseline.c $(pkg-config --cflags --libs sqlite3)
"$SCRATCH/release/pratiques-bench" "$SCRATCH/bench/work" "$SCRATCH/bench/insert_baseline" "$COUNT"
