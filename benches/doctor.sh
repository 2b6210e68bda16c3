#!/usr/bin/env bash
# How long `wecom-hw doctor` takes, with hyperfine: the store checks (read-only open,
# quick_check, units by status) on a store of ROWS units (default 100,000, imported from an
# export written by examples/gen_export.rs), and the clock and network walk (DNS, TCP, TLS,
# WebSocket upgrade, get_timestamp) against `cloud serve` on 127.0.0.1, and `--profile`:
# everything a station profile names (store, label folder, label, flasher, verifier, disk),
# which is also what `line station` checks before its first unit. A station runs these
# before its shift, so each should take well under a second.
#
#   bash benches/doctor.sh                      # release build
#   PROFILE=dev ROWS=20000 bash benches/doctor.sh   # quick, on the debug build
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
PROFILE=${PROFILE:-release}
TARGET=${CARGO_TARGET_DIR:-target}
if [ "$PROFILE" = dev ]; then DIR=debug; else DIR=$PROFILE; fi

cargo build --profile "$PROFILE" --quiet --bin wecom-hw --example gen_export
BIN="$TARGET/$DIR/wecom-hw"

work=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$TARGET/$DIR/examples/gen_export" "$work/export.xlsx" "$ROWS" >/dev/null
"$BIN" --store "$work/devices.db" --station bench import "$work/export.xlsx" >/dev/null 2>&1
echo "store: $ROWS units, $(du -k "$work/devices.db" | cut -f1) KiB"

printf 'sn,secret_no\nE30000000001,708d0b6f4d4bd97e5d4eb1cb47d260ac\n' >"$work/devices.csv"
"$BIN" cloud --state-dir "$work/cloud" serve --listen 127.0.0.1:0 --devices "$work/devices.csv" \
    >"$work/serve.out" 2>"$work/serve.err" &
SERVER_PID=$!
for _ in $(seq 100); do
  url=$(grep -o 'wss://[0-9.:]*/' "$work/serve.out" "$work/serve.err" 2>/dev/null | head -1 | cut -d: -f2- || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.err"; exit 1; }

mkdir -p "$work/labels"
printf 'station = "bench"\nstore = "devices.db"\nflash = "true {file}"\nverify = "true"\nprinter = "labels"\n' \
  >"$work/station.toml"

hyperfine --warmup 2 --runs 20 -N \
  "$BIN --store $work/devices.db doctor --only store machine" \
  "$BIN doctor --profile $work/station.toml --only profile store printer flasher machine" \
  "$BIN --store $work/devices.db doctor --endpoint $url --ca-file $work/cloud/ca.pem --only clock network"
