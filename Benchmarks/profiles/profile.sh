#!/usr/bin/env bash
# The profiles behind Benchmarks/profiles/*.md: `perf record` with DWARF call graphs of
# `assess import` (the 20 JSON files, then the 20 CSV files, each into a copy of the template
# store), `cohort show`, `report cohort` and `report org` on the large store of the commands table, then for each the top symbols by
# self time and by inclusive time (perf report --children), demangled, into OUT_DIR/*.txt.
# User-space samples only (--all-user): on a shared machine the kernel's scheduling of other
# processes would otherwise take a fifth of the samples; the time each command spends in the
# kernel is given by GNU time beside (user, system, elapsed).
# Run `make bench` (or scripts/bench-commands.sh) first: it leaves the data and the stores in
# SCRATCH/bench/commands.
# usage: Benchmarks/profiles/profile.sh OUT_DIR [SCRATCH]
#        (PROFILES="cohort-show report-cohort" to choose among assess-import-json assess-import-csv
#        cohort-show report-cohort report-org; PROFILE_FREQUENCY in Hz, default 99)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$1
SCRATCH=${2:-${BENCH_SCRATCH:-.build}}
WORK="$SCRATCH/bench/commands"
BIN="$SCRATCH/release/pratiques"
REFS="$WORK/data/referentiels"
LARGE="$WORK/large.sqlite"
COHORT=reseau-2024-2026
FREQUENCY=${PROFILE_FREQUENCY:-99}
for needed in "$BIN" "$LARGE" "$WORK/template.sqlite"; do
  [ -e "$needed" ] || { echo "profile: $needed is missing: run make bench (or scripts/bench-commands.sh) first" >&2; exit 1; }
done
command -v perf >/dev/null || { echo "profile: perf is missing (apt-get install linux-perf)" >&2; exit 1; }
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

profile() {
  local name=$1; shift
  echo "profile: $name" >&2
  prepare
  local timing=$(/usr/bin/time -f "without perf: %e s elapsed, %U s user, %S s system, %M KiB peak" "$@" 2>&1 > /dev/null | tail -n 1)
  prepare
  local start=$(date +%s%N)
  perf record -q --all-user -F "$FREQUENCY" --call-graph dwarf,32768 -o "$TMP/$name.data" -- "$@" > "$TMP/$name.out" 2> "$TMP/$name.err"
  local tenths=$(( ($(date +%s%N) - start) / 100000000 ))
  set +o pipefail  # `head` closes perf report's output early
  {
    echo "# $name: $* (perf at $FREQUENCY Hz, user space, DWARF call graphs; $(( tenths / 10 )).$(( tenths % 10 )) s under perf)"
    echo "$timing"
    echo
    echo "## Self time, top 40 symbols"
    perf report -i "$TMP/$name.data" --stdio --no-children --sort dso,symbol -g none --percent-limit 0.3 2>/dev/null \
      | grep '%' | head -40 | swift demangle --simplified | cut -c1-220 | sed 's/ *$//'
    echo
    echo "## Inclusive time (with callees), frames of 1 % or more"
    perf report -i "$TMP/$name.data" --stdio --children --sort symbol -g none --percent-limit 1 2>/dev/null \
      | grep '%' | head -400 | swift demangle --simplified | cut -c1-220 | sed 's/ *$//'
  } > "$OUT/$name.txt"
  set -o pipefail
  rm -f "$TMP/$name.data"
}

# Each import starts from a fresh copy of the template store.
import_prepare() { rm -f "$TMP"/import.sqlite*; cp "$WORK/template.sqlite" "$TMP/import.sqlite"; }
for name in ${PROFILES:-assess-import-json assess-import-csv cohort-show report-cohort}; do
  case $name in
    assess-import-json)
      prepare() { import_prepare; }
      profile "$name" "$BIN" assess import "$WORK"/data/json/*.json --db "$TMP/import.sqlite" --referentiels "$REFS" ;;
    assess-import-csv)
      prepare() { import_prepare; }
      profile "$name" "$BIN" assess import "$WORK"/data/csv/*.csv --db "$TMP/import.sqlite" --referentiels "$REFS" ;;
    cohort-show)
      prepare() { :; }
      profile "$name" "$BIN" cohort show "$COHORT" --db "$LARGE" --referentiels "$REFS" ;;
    report-org)
      # The organisation of the commands table (the most assessments, the gouvernance grid thrice among them).
      org=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("""
        SELECT o.slug FROM organisation o JOIN assessment a ON a.organisation_id = o.id JOIN referentiel_snapshot s ON s.id = a.snapshot_id
        WHERE o.slug != '"'banc-modele'"' GROUP BY o.id HAVING SUM(s.referentiel_id = '"'gouvernance-democratique'"') >= 3
        ORDER BY COUNT(*) DESC, o.slug LIMIT 1""").fetchone()[0])' "$LARGE")
      prepare() { :; }
      profile "$name" "$BIN" report org "$org" --db "$LARGE" --referentiels "$REFS" -o "$TMP/org.xlsx" ;;
    report-cohort)
      prepare() { :; }
      profile "$name" "$BIN" report cohort "$COHORT" --db "$LARGE" --referentiels "$REFS" -o "$TMP/cohorte.xlsx" ;;
    *) echo "profile: unknown profile $name" >&2; exit 2 ;;
  esac
  rm -f "$TMP"/import.sqlite*
done
echo "profile: summaries in $OUT" >&2
