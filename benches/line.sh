#!/usr/bin/env bash
# Production-line throughput: units per second through `wecom-hw line next`, one process
# per unit as a station runs it, with a no-op flasher (`true`) and the ZPL label printed to
# a file. Flasher and printer cost nothing here, so the time is the tool's own: process
# start, store open, claim (BEGIN IMMEDIATE), payload, label encode + decode-back check,
# five ledger transactions.
# Target (issue 7): under 50 ms of the tool's own time per unit.
#
# Usage: benches/line.sh [UNITS]      (from the repository root)
set -euo pipefail
units=${1:-200}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/wecom-hw
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WECOM_HW_STORE=$work/devices.db WECOM_HW_STATION=bench

python3 - "$units" "$work/export.csv" <<'PY'
import sys, hashlib
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("序列号,SecretNo,设备ID,二维码链接\n")
    for i in range(n):
        f.write(f"E3{i:010d},{hashlib.md5(str(i).encode()).hexdigest()},{7000000000000000 + i},"
                f"https://open.work.weixin.qq.com/connect/hardware?hw_code={hashlib.sha1(str(i).encode()).hexdigest()[:24]}\n")
PY
"$bin" import "$work/export.csv" -q

# CPU time (user + sys) of the whole loop, children included: the flasher `true` is a
# fork+exec of a tiny program, counted against us, so the figure is pessimistic.
start=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/time" bash -c '
for _ in $(seq "$1"); do
  "$2" line next -q --emit nvs-csv --out "$3/unit.csv" --flash true \
      --print "$3/label.zpl" --label 40x30 --dpi 203
done' _ "$units" "$bin" "$work"
end=$(date +%s.%N)
read -r user sys < "$work/time"
wall=$(echo "$end - $start" | bc -l)
cpu=$(echo "$user + $sys" | bc -l)
done_units=$("$bin" line status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["done"])')
[ "$done_units" = "$units" ] || { echo "expected $units units done, got $done_units" >&2; exit 1; }
printf 'wecom-hw line next: %d units, %.1f ms wall and %.1f ms CPU per unit (%.0f units/s wall)\n' \
    "$units" "$(echo "$wall * 1000 / $units" | bc -l)" "$(echo "$cpu * 1000 / $units" | bc -l)" \
    "$(echo "$units / $wall" | bc -l)"
