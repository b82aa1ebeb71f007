#!/usr/bin/env bash
# `make bench`: release build, then the benchmark tables (see Benchmarks/README.md):
# 1. import and scoring against a raw-sqlite3 C baseline;
# 2. the cohort (statistics + cohort workbook) against libxlsxwriter in C (constant memory) and
#    pandas + XlsxWriter in Python, with the peak memory of each process;
# 3. the user's commands end to end, as processes on a store built at scale by the real import
#    (scripts/bench-commands.sh), against Python and C baselines.
# BENCH_TABLES="import cohort commands" chooses the tables; BENCH_QUICK=1 for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${BENCH_SCRATCH:-.build}
if [ -n "${BENCH_QUICK:-}" ]; then COUNT=${BENCH_COUNT:-1000}; REPEAT=${BENCH_REPEAT:-1}; else COUNT=${BENCH_COUNT:-10000}; REPEAT=${BENCH_REPEAT:-3}; fi
ORGANISATIONS=${BENCH_ORGANISATIONS:-$COUNT}
TABLES=${BENCH_TABLES:-import cohort commands}
PYTHON_REPEAT=${BENCH_PYTHON_REPEAT:-1}
SESSIONS=3 DIMENSIONS=10 CRITERIA=13 SEED=42

if ! python3 -c "import numpy, pandas, xlsxwriter" >/dev/null 2>&1; then
  echo "bench: pandas and XlsxWriter are missing: run scripts/install-deps.sh --bench (make bench does)" >&2
  exit 1
fi
bench_start=$(date +%s)
swift build -c release --scratch-path "$SCRATCH" --product pratiques-bench
swift build -c release --scratch-path "$SCRATCH" --product pratiques
BENCH="$SCRATCH/release/pratiques-bench"
mkdir -p "$SCRATCH/bench"
cc -O2 -o "$SCRATCH/bench/insert_baseline" Benchmarks/baseline/insert_baseline.c $(pkg-config --cflags --libs sqlite3)
cc -O2 -o "$SCRATCH/bench/cohort_workbook" Benchmarks/baseline/cohort_workbook.c $(pkg-config --cflags --libs xlsxwriter)
status=0

# 1. Import and scoring.
if [[ " $TABLES " == *" import "* ]]; then
  "$BENCH" "$SCRATCH/bench/work" "$SCRATCH/bench/insert_baseline" "$COUNT" || status=1
  echo
fi

# 2. The cohort: the three programs run alternately, each in its own process started from this
# shell (so that each ru_maxrss is the program's own), each timing itself from drawing the data
# to the closed file. Python runs BENCH_PYTHON_REPEAT times only (one full run takes minutes and
# gigabytes; its margin to the target dwarfs the ±20 % noise of this machine).
if [[ " $TABLES " == *" cohort "* ]]; then
  COHORT="$SCRATCH/bench/cohort"
  rm -rf "$COHORT"
  mkdir -p "$COHORT/results"
  for run in $(seq 1 "$REPEAT"); do
    "$SCRATCH/bench/cohort_workbook" "$COHORT/c.xlsx" "$ORGANISATIONS" "$SESSIONS" "$DIMENSIONS" "$CRITERIA" "$SEED" > "$COHORT/results/c-$run.txt"
    if ! "$BENCH" cohort "$COHORT/ours.xlsx" "$ORGANISATIONS" > "$COHORT/results/swift-$run.txt" 2> "$COHORT/results/swift-$run.err"; then
      echo "bench: our cohort run $run failed: $(tail -n 3 "$COHORT/results/swift-$run.err")" >&2
    fi
    # Ours without the Données rows (statistics and the five other sheets), to tell the parts apart.
    "$BENCH" cohort "$COHORT/ours-no-data.xlsx" "$ORGANISATIONS" 0 > "$COHORT/results/swift0-$run.txt" 2> "$COHORT/results/swift0-$run.err" || true
    if [ "$run" -le "$PYTHON_REPEAT" ]; then
      python3 Benchmarks/baseline/cohort_donnees.py "$COHORT/pandas.xlsx" "$ORGANISATIONS" "$SESSIONS" "$DIMENSIONS" "$CRITERIA" "$SEED" \
        > "$COHORT/results/python-$run.txt"
    fi
  done
  "$BENCH" cohort-table "$ORGANISATIONS" "$COHORT/results" || status=1
  # The files themselves: the same Données cells (row counts of every sheet, first and last rows).
  workbooks=("$COHORT/c.xlsx")
  if [ -f "$COHORT/ours.xlsx" ]; then workbooks+=("$COHORT/ours.xlsx"); fi
  if [ -f "$COHORT/pandas.xlsx" ]; then workbooks+=("$COHORT/pandas.xlsx"); fi
  python3 Benchmarks/baseline/compare_donnees.py 1000 "${workbooks[@]}" || status=1
  ls -l "${workbooks[@]}" | awk '{ printf "%s: %.1f MiB\n", $NF, $5 / 1048576 }'
  echo
fi

# 3. The user's commands end to end.
if [[ " $TABLES " == *" commands "* ]]; then
  BENCH_ORGANISATIONS=$ORGANISATIONS BENCH_REPEAT=$REPEAT scripts/bench-commands.sh "$SCRATCH" || status=1
fi
echo "make bench: $(( $(date +%s) - bench_start )) s in all"
exit "$status"
