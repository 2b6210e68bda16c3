#!/usr/bin/env bash
# Many devices against one emulator: N concurrent TLS WebSocket device connections to
# `wecom-hw cloud serve` on 127.0.0.1, each logged in and sending `ping` heartbeats, for a
# bounded time. Prints the load generator's JSON report (connections held, heartbeat
# replies/s, server CPU and RSS over the heartbeat window).
#
#   benches/cloud_conns.sh [N=2000] [INTERVAL_MS=1000] [SECS=30]
#
# The default interval (1 s) is 30x the real heartbeat rate (one ping per 30 s per device),
# so 2,000 devices here load the server like 60,000 real ones would.
set -euo pipefail
N=${1:-2000}
INTERVAL_MS=${2:-1000}
SECS=${3:-30}
cd "$(dirname "$0")/.."
ulimit -n "$(( N * 2 + 1024 ))" 2>/dev/null || ulimit -n "$(ulimit -Hn)"

cargo build --release --quiet --bin wecom-hw --example cloud_load
TARGET=${CARGO_TARGET_DIR:-target}
BIN="$TARGET/release/wecom-hw"
LOAD="$TARGET/release/examples/cloud_load"

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

SECRET_NO=708d0b6f4d4bd97e5d4eb1cb47d260ac
{ echo "sn,secret_no"; for i in $(seq 0 $((N - 1))); do printf 'BENCH%06d,%s\n' "$i" "$SECRET_NO"; done; } > "$WORK/devices.csv"

mkfifo "$WORK/first"
"$BIN" --json -q cloud --state-dir "$WORK/state" serve --listen 127.0.0.1:0 \
  --devices "$WORK/devices.csv" --auto-bind-after 0 > "$WORK/first" 2> "$WORK/server.err" &
SERVER_PID=$!
read -r FIRST < "$WORK/first"
# Keep draining the server's stdout so it never blocks on a full pipe.
cat "$WORK/first" > /dev/null &
URL=$(printf '%s' "$FIRST" | sed -E 's/.*"url":"([^"]+)".*/\1/')
CA=$(printf '%s' "$FIRST" | sed -E 's/.*"ca_file":"([^"]+)".*/\1/')
echo "server pid $SERVER_PID at $URL; $N devices, ping every ${INTERVAL_MS} ms for ${SECS} s" >&2

timeout $(( SECS * 2 + 120 )) "$LOAD" "$URL" "$CA" "$N" BENCH "$SECRET_NO" "$INTERVAL_MS" "$SECS" "$SERVER_PID"
if [ -s "$WORK/server.err" ]; then
  echo "server warnings (last 5 lines):" >&2
  tail -5 "$WORK/server.err" >&2
fi
