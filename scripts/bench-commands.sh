#!/usr/bin/env bash
# `make bench`, third table: the user's commands end to end, as processes on a store built at
# scale by `pratiques assess import`, each beside a baseline measured in the same run (see
# Benchmarks/README.md). Called by scripts/bench.sh after the release build; usable alone:
#   scripts/bench-commands.sh [SCRATCH]     (BENCH_ORGANISATIONS, BENCH_QUICK, BENCH_REPEAT…)
# BENCH_READS_ONLY=1 times only the read-bound commands, on the store and cohort a previous run left.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${1:-${BENCH_SCRATCH:-.build}}
if [ -n "${BENCH_QUICK:-}" ]; then
  ORGANISATIONS=${BENCH_ORGANISATIONS:-1000} REPEAT=${BENCH_REPEAT:-1}
  QUESTIONNAIRES=${BENCH_QUESTIONNAIRES:-100} BIG_MB=${BENCH_BIG_MB:-10}
else
  ORGANISATIONS=${BENCH_ORGANISATIONS:-${BENCH_COUNT:-10000}} REPEAT=${BENCH_REPEAT:-3}
  QUESTIONNAIRES=${BENCH_QUESTIONNAIRES:-1000} BIG_MB=${BENCH_BIG_MB:-100}
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: GNU time (/usr/bin/time) is missing: run scripts/install-deps.sh --bench (make bench does)" >&2
  exit 1
fi
PRATIQUES="$SCRATCH/release/pratiques"
if [ ! -x "$PRATIQUES" ]; then swift build -c release --scratch-path "$SCRATCH" --product pratiques; fi
mkdir -p "$SCRATCH/bench"
cc -O2 -o "$SCRATCH/bench/read_baseline" Benchmarks/baseline/read_baseline.c $(pkg-config --cflags --libs sqlite3 xlsxwriter)
python3 Benchmarks/commands/run.py --pratiques "$PRATIQUES" --read-baseline "$SCRATCH/bench/read_baseline" \
  --work "$SCRATCH/bench/commands" --organisations "$ORGANISATIONS" --repeat "$REPEAT" \
  --questionnaires "$QUESTIONNAIRES" --big-mb "$BIG_MB" ${BENCH_READS_ONLY:+--reads-only}
