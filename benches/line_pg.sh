#!/usr/bin/env bash
# Many stations on one PostgreSQL store vs one station on a SQLite file: units per second
# issued through `wecom-hw line next` (one process per unit, no-op flasher `true`, ZPL
# label to a file, as benches/line.sh), measured as wall time for the whole lot.
#   SQLite:     1 station loop over UNITS units.
#   PostgreSQL: 8 station loops in parallel over UNITS units, until none is left.
# Target (issue 9): 8 PostgreSQL stations reach at least 4x one SQLite station.
#
# The PostgreSQL server is a throwaway cluster from .ci/postgres on loopback with fsync on
# (durable, like the SQLite file). Note the stations share this machine's cores with the
# server: on a small machine the figure is bounded by CPU, not by the store.
#
# Usage: benches/line_pg.sh [UNITS] [STATIONS]      (from the repository root)
set -euo pipefail
units=${1:-400}
stations=${2:-8}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/wecom-hw
work=$(mktemp -d)
chmod 755 "$work"
pgenv=$(PG_FSYNC=on bash .ci/postgres start)
eval "$pgenv"
trap 'bash .ci/postgres stop "$WECOM_HW_TEST_PG_DIR"; rm -rf "$work"' EXIT
psql "$WECOM_HW_TEST_PG" -qc 'CREATE DATABASE bench' >/dev/null
pg=${WECOM_HW_TEST_PG%/*}/bench

python3 - "$units" "$work/export.csv" <<'PY'
import sys, hashlib
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("序列号,SecretNo,设备ID,二维码链接\n")
    for i in range(n):
        f.write(f"E3{i:010d},{hashlib.md5(str(i).encode()).hexdigest()},{7000000000000000 + i},"
                f"https://open.work.weixin.qq.com/connect/hardware?hw_code={hashlib.sha1(str(i).encode()).hexdigest()[:24]}\n")
PY
"$bin" --store "$work/devices.db" import "$work/export.csv" -q
"$bin" --store "$pg" import "$work/export.csv" -q

# One station: next until the store says none is left (exit 3).
station() {
    local store=$1 name=$2 dir=$work/$2
    mkdir -p "$dir"
    while "$bin" --store "$store" --station "$name" line next -q --emit nvs-csv \
        --out "$dir/unit.csv" --flash true --print "$dir/label.zpl" --label 40x30 --dpi 203; do :; done
}
export -f station
export bin work

t0=$(date +%s.%N)
station "$work/devices.db" sqlite-1 >/dev/null 2>&1 || true
t1=$(date +%s.%N)
pids=()
for k in $(seq "$stations"); do
    station "$pg" "pg-$k" >/dev/null 2>&1 &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || true; done
t2=$(date +%s.%N)

check() {
    local n
    n=$("$bin" --store "$1" line status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["done"])')
    [ "$n" = "$units" ] || { echo "$1: expected $units units done, got $n" >&2; exit 1; }
}
check "$work/devices.db"
check "$pg"
sqlite_rate=$(echo "$units / ($t1 - $t0)" | bc -l)
pg_rate=$(echo "$units / ($t2 - $t1)" | bc -l)
printf 'SQLite, 1 station:          %d units in %.1f s = %.1f units/s\n' "$units" "$(echo "$t1 - $t0" | bc -l)" "$sqlite_rate"
printf 'PostgreSQL, %d stations:    %d units in %.1f s = %.1f units/s\n' "$stations" "$units" "$(echo "$t2 - $t1" | bc -l)" "$pg_rate"
printf 'ratio: %.2fx (target 4x), on %d CPU cores\n' "$(echo "$pg_rate / $sqlite_rate" | bc -l)" "$(nproc)"
