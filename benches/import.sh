#!/usr/bin/env bash
# Benchmark of `wecom-hw import` (issue 4): a ROWS-row registration export (.xlsx, default
# 100,000 rows, written by examples/gen_export.rs with rust_xlsxwriter) imported into a
# fresh store with the release build, side by side with Python's openpyxl (read_only=True)
# merely reading the same file. Target: the whole import (read + validate + commit) takes
# at most one tenth of openpyxl's read time. Prints both times, the ratio and peak memory.
# The import reads on one thread and inserts on another (the phases overlap): its wall time
# needs a second idle core to show, so compare wall ratios on a quiet machine only; the CPU
# ratio holds on a busy one.
#
#   bash benches/import.sh            # ROWS=20000 bash benches/import.sh for a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
TARGET=${CARGO_TARGET_DIR:-target}

cargo build --release --quiet --bin wecom-hw --example gen_export
python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$TARGET/release/examples/gen_export" "$work/export.xlsx" "$ROWS"
echo "file: $ROWS rows, $(du -k "$work/export.xlsx" | cut -f1) KiB"

# Peak RSS (KiB) from GNU time's report.
peak() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
now() { date +%s.%N; }

t0=$(now)
/usr/bin/time -v -o "$work/wecom.time" "$TARGET/release/wecom-hw" --store "$work/devices.db" \
    --station bench import "$work/export.xlsx" >"$work/import.out" 2>"$work/import.err"
t1=$(now)
ours=$(python3 -c "print($t1 - $t0)")
grep -q "imported $ROWS units" "$work/import.out" || { cat "$work/import.out"; exit 1; }

/usr/bin/time -v -o "$work/py.time" python3 benches/openpyxl_read.py "$work/export.xlsx" >"$work/py.out"
read -r py_rows py_cells py_secs <"$work/py.out"

printf 'wecom-hw import (read+validate+commit): %6.3f s  peak %6d KiB\n' "$ours" "$(peak "$work/wecom.time")"
sed -n 's/^/    phase: /p' <(grep -E '^(read and checked|store transaction)' "$work/import.err")
awk -F': ' '/User time|System time/ {printf "    %s: %s s\n", $1, $2}' "$work/wecom.time"
printf 'openpyxl read_only (read only):         %6.3f s  peak %6d KiB  (%s rows, %s cells)\n' \
    "$py_secs" "$(peak "$work/py.time")" "$py_rows" "$py_cells"
awk -F': ' '/User time|System time/ {printf "    %s: %s s\n", $1, $2}' "$work/py.time"
python3 -c "r = $ours / $py_secs; print(f'ratio wecom-hw / openpyxl: {r:.3f} (target <= 0.100): ' + ('met' if r <= 0.1 else 'MISSED'))"
# CPU time (user + system) is steadier than wall time on a shared machine.
cpu() { awk -F': ' '/User time|System time/ {t += $2} END {print t}' "$1"; }
python3 -c "o, p = $(cpu "$work/wecom.time"), $(cpu "$work/py.time"); print(f'ratio in CPU time: {o / p:.3f} ({o:.2f} s / {p:.2f} s)')"
