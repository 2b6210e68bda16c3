#!/usr/bin/env bash
# `wecom-hw console` on a PostgreSQL store of UNITS units (issue 16's targets, the
# PostgreSQL twin of benches/console.sh):
#  1. page latency (the line page, a unit page, a search, a label);
#  2. an event reaches an open page <= 1 s after its ledger line, timed from the exit of
#     the `line next` that wrote it (an upper bound). The page learns of the change by
#     LISTEN/NOTIFY from the ledger trigger (schema migration 5), not by polling.
# The server is a throwaway cluster from .ci/postgres on 127.0.0.1 (fsync on, as a real
# store); the store is made by `wecom-hw import` of one unit and filled on the server by
# benches/pg_store.sql; the client is benches/console_measure.py.
#
# Usage: benches/console_pg.sh [UNITS=1000000]      (from the repository root)
set -euo pipefail
units=${1:-1000000}
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin wecom-hw
bin=$PWD/${CARGO_TARGET_DIR:-target}/release/wecom-hw
work=$(mktemp -d)
chmod 755 "$work"
console_pid=
pgdir=
cleanup() {
  if [ -n "$console_pid" ]; then kill "$console_pid" 2>/dev/null || true; wait "$console_pid" 2>/dev/null || true; fi
  [ -n "$pgdir" ] && bash .ci/postgres stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT
echo "machine: $(nproc) cores; $(uptime | sed 's/.*load/load/')"

eval "$(PG_FSYNC=on bash .ci/postgres start)"
pgdir=$WECOM_HW_TEST_PG_DIR
psql "$WECOM_HW_TEST_PG" -qc 'CREATE DATABASE bench' >/dev/null
export WECOM_HW_STORE=${WECOM_HW_TEST_PG%/*}/bench WECOM_HW_STATION=bench

printf '%s\n%s\n' '序列号,SecretNo,设备ID,二维码链接' \
  'B00000000001,0123456789abcdef0123456789abcdef,7000000000000001,https://open.work.weixin.qq.com/connect/hardware?hw_code=b1' \
  > "$work/one.csv"
"$bin" import -q "$work/one.csv" >/dev/null
start=$(date +%s)
psql "$WECOM_HW_STORE" -q -v n="$units" -v shift=2000 -f benches/pg_store.sql | sed -n 3p
echo "store generated in $(( $(date +%s) - start )) s"

t0=$(date +%s.%N)
"$bin" console --listen 127.0.0.1:0 > "$work/url" 2> "$work/console.err" &
console_pid=$!
for _ in $(seq 1200); do [ -s "$work/url" ] && break; sleep 0.05; done
url=$(head -1 "$work/url")
[ -n "$url" ] || { cat "$work/console.err" >&2; exit 1; }
printf 'console up (first snapshot computed) in %.2f s\n' "$(echo "$(date +%s.%N) - $t0" | bc -l)"
listening=$(psql "$WECOM_HW_STORE" -Atc "SELECT count(*) FROM pg_stat_activity WHERE datname = 'bench' AND application_name = 'wecom-hw console'")
echo "console connections listening on wecom_hw_ledger: $listening"

python3 benches/console_measure.py pages "$url"
python3 benches/console_measure.py events "$url" "$bin" "$work"
echo "machine after the runs: $(uptime | sed 's/.*load/load/')"
