#!/usr/bin/env bash
# Installs what Pratiques needs and the machine lacks. Safe to run again: it only installs
# what is missing. Needs root (or sudo) for apt-get. `--bench` also installs what only the
# benchmark needs (pandas and XlsxWriter, for the Python point of comparison; GNU time, for the
# peak memory of each command); `--print` what the print check needs (LibreOffice Calc without
# GUI, the Carlito font, poppler-utils).
set -euo pipefail
bench=0
print=0
if [ "${1:-}" = "--bench" ]; then bench=1; fi
if [ "${1:-}" = "--print" ]; then print=1; fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "install-deps: need root to run: $*" >&2; exit 1; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v pkg-config >/dev/null 2>&1; then
  echo "install-deps: installing pkg-config" >&2
  apt_install pkg-config
fi
if ! pkg-config --exists sqlite3; then
  echo "install-deps: installing libsqlite3-dev" >&2
  apt_install libsqlite3-dev
fi
if ! pkg-config --exists xlsxwriter; then
  echo "install-deps: installing libxlsxwriter-dev" >&2
  apt_install libxlsxwriter-dev
fi
if ! python3 -c "import openpyxl" >/dev/null 2>&1; then
  echo "install-deps: installing openpyxl (checks of the produced workbooks)" >&2
  python3 -m pip install --quiet openpyxl
fi
if [ "$bench" -eq 1 ] && ! python3 -c "import numpy, pandas, xlsxwriter" >/dev/null 2>&1; then
  echo "install-deps: installing pandas and XlsxWriter (benchmark only)" >&2
  python3 -m pip install --quiet pandas XlsxWriter
fi
if [ "$bench" -eq 1 ] && [ ! -x /usr/bin/time ]; then
  echo "install-deps: installing GNU time (benchmark only)" >&2
  apt_install time
fi
if [ "$print" -eq 1 ]; then
  missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  /usr/bin/python3 -c "import uno" >/dev/null 2>&1 || missing+=(python3-uno)
  fc-list 2>/dev/null | grep -qi carlito || missing+=(fonts-crosextra-carlito)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: installing ${missing[*]} (print check)" >&2
    apt_install "${missing[@]}"
  fi
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "install-deps: swift is not on PATH (expected Swift 6.1 or newer)" >&2
  exit 1
fi
