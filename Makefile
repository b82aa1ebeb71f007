# Pratiques — the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/pratiques

.PHONY: all deps bench-deps build test demo bench fuzz clean

all: build

## Install what is missing (libxlsxwriter, Python checkers).
deps:
	@scripts/install-deps.sh

## What only the benchmark needs besides (pandas, XlsxWriter).
bench-deps:
	@scripts/install-deps.sh --bench

## Debug build of the library and the `pratiques` tool.
build: deps
	$(SWIFT) build

## Build and run every test.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(SWIFT) build
	@scripts/check-workbooks.sh
	@# A seeded sample of the fuzz on every door (grids, JSON, CSV, filled questionnaires, fill).
	@python3 scripts/fuzz.py --count 60 --seed 11 --families grid,json,csv,xlsx,fill

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
