# Pratiques — the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/pratiques

.PHONY: all deps bench-deps print-deps build test demo bench fuzz print-check clean

all: build

## Install what is missing (libxlsxwriter, Python checkers).
deps:
	@scripts/install-deps.sh

## What only the benchmark needs besides (pandas, XlsxWriter).
bench-deps:
	@scripts/install-deps.sh --bench

## What only the print check needs (LibreOffice Calc, Carlito, poppler-utils).
print-deps:
	@scripts/install-deps.sh --print

## Debug build of the library and the `pratiques` tool.
build: deps
	$(SWIFT) build

## Build and run every test; the print check too when LibreOffice (soffice) is installed.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(SWIFT) build
	@scripts/check-workbooks.sh
	@scripts/attack-funder.sh
	@# A seeded sample of the fuzz on every door (grids, JSON, CSV, filled questionnaires, fill).
	@python3 scripts/fuzz.py --count 60 --seed 11 --families grid,json,csv,xlsx,fill
	@if command -v soffice >/dev/null 2>&1; then scripts/check-print.sh; \
	else echo "check-print skipped: soffice is not installed (make print-check installs it)"; fi

## Install LibreOffice and print every demo workbook to PDF, checking the pages (scripts/check-print.sh).
print-check: deps print-deps
	$(SWIFT) build
	@scripts/demo.sh > demo.log 2>&1 || { cat demo.log; echo "print-check: the demo run failed" >&2; exit 1; }
	@scripts/check-print.sh

## Build, then run the main job on the sample data (see README).
demo: build
	@scripts/demo.sh

## 1,000 mutated grids, imports, questionnaires and typed answers against the CLI; a table of outcomes.
fuzz: build
	@python3 scripts/fuzz.py --count 1000 --seed 11

## Release-build benchmarks against a C baseline measured in the same run.
bench: bench-deps
	@scripts/bench.sh

clean:
	rm -rf .build demo
