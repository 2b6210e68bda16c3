#!/usr/bin/env bash
# Units per hour of one station with 4 slots against 1 slot, with a fake flasher that takes
# 2 s (as a real one takes most of a unit's time). The same number of units per slot in
# both runs, so both last about as long; wall time is measured from start to the last PASS.
# Target (issue 15): 4 slots reach at least 3.5 times the units per hour of one.
#
# Usage: benches/station_slots.sh [UNITS_PER_SLOT]   (from the repository root; default 5)
set -euo pipefail
per=${1:-5}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/wecom-hw")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # SLOTS → units per hour
  local slots=$1 units=$(( per * $1 )) dir="$work/s$1"
  mkdir -p "$dir/labels"
  python3 - "$units" "$dir/export.csv" <<'PY'
import sys, hashlib
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("序列号,SecretNo,设备ID,二维码链接\n")
    for i in range(n):
        f.write(f"E3{i:010d},{hashlib.md5(str(i).encode()).hexdigest()},{7000000000000000 + i},"
                f"https://open.work.weixin.qq.com/connect/hardware?hw_code={hashlib.sha1(str(i).encode()).hexdigest()[:24]}\n")
PY
  "$bin" --store "$dir/devices.db" import "$dir/export.csv" -q > /dev/null
  printf '#!/bin/sh\nsleep 2\n' > "$dir/flash.sh"; chmod +x "$dir/flash.sh"
  cat > "$dir/station.toml" <<TOML
station = "bench"
store = "devices.db"
mode = "next"
slots = $slots
flash = "./flash.sh {file} {slot}"
printer = "labels"
retries = 0
TOML
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && seq "$units" | sed 's/.*//' | "$bin" --json line station --plain --profile station.toml > events.ndjson)
  end=$(date +%s.%N)
  local passed; passed=$(grep -c '"event":"pass"' "$dir/events.ndjson" || true)
  [ "$passed" = "$units" ] || { echo "$slots slot(s): expected $units PASS, got $passed" >&2; exit 1; }
  echo "$units * 3600 / ($end - $start)" | bc -l
}
one=$(run 1); four=$(run 4)
printf '1 slot:  %.0f units/hour\n4 slots: %.0f units/hour (%.2fx)\n' "$one" "$four" "$(echo "$four / $one" | bc -l)"
