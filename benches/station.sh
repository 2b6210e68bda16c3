#!/usr/bin/env bash
# The station's own cost per unit against `line next`'s: the same units, the same no-op
# flasher (`true`) and a label folder as printer, once as one `line next` process per unit
# and once through one `line station --plain` process taking every unit (mode "next": one
# empty line per unit). CPU is user + sys of everything, children included (the flasher
# is a fork+exec either way).
# Target (issue 15): the station's CPU per unit at most 5 ms above line next's — it is
# expected to be well below, as it starts once and keeps its store open.
#
# Usage: benches/station.sh [UNITS]      (from the repository root; default 1000)
set -euo pipefail
units=${1:-1000}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/wecom-hw")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export_csv() {
python3 - "$units" "$1" <<'PY'
import sys, hashlib
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("序列号,SecretNo,设备ID,二维码链接\n")
    for i in range(n):
        f.write(f"E3{i:010d},{hashlib.md5(str(i).encode()).hexdigest()},{7000000000000000 + i},"
                f"https://open.work.weixin.qq.com/connect/hardware?hw_code={hashlib.sha1(str(i).encode()).hexdigest()[:24]}\n")
PY
}
export_csv "$work/export.csv"
mkdir -p "$work/next" "$work/station/labels"
"$bin" --store "$work/next/devices.db" import "$work/export.csv" -q > /dev/null
"$bin" --store "$work/station/devices.db" import "$work/export.csv" -q > /dev/null

cpu_of() { read -r u s < "$1"; echo "$u + $s" | bc -l; }

# line next, one process per unit.
/usr/bin/time -f "%U %S" -o "$work/t-next" bash -c '
for _ in $(seq "$1"); do
  "$2" --store "$3/devices.db" --station bench line next -q --emit json --out "$3/unit.json" \
      --flash true --print "$3/labels-{sn}.zpl" --label 40x30 --dpi 203 > /dev/null
done' _ "$units" "$bin" "$work/next"

# The station, one process for every unit.
cat > "$work/station/station.toml" <<TOML
station = "bench"
store = "devices.db"
mode = "next"
emit = "json"
flash = "true"
printer = "labels"
label = "40x30"
dpi = 203
retries = 0
TOML
(cd "$work/station" && seq "$units" | sed 's/.*//' | \
  /usr/bin/time -f "%U %S" -o "$work/t-station" "$bin" --json line station --plain \
      --profile station.toml > "$work/station/events.ndjson")
passed=$(grep -c '"event":"pass"' "$work/station/events.ndjson" || true)
[ "$passed" = "$units" ] || { echo "station: expected $units PASS, got $passed" >&2; exit 1; }

next=$(cpu_of "$work/t-next"); station=$(cpu_of "$work/t-station")
printf 'line next:    %d units, %.2f ms CPU per unit\n' "$units" "$(echo "$next * 1000 / $units" | bc -l)"
printf 'line station: %d units, %.2f ms CPU per unit (%+.2f ms per unit against line next)\n' \
    "$units" "$(echo "$station * 1000 / $units" | bc -l)" \
    "$(echo "($station - $next) * 1000 / $units" | bc -l)"
