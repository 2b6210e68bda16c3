#!/usr/bin/env bash
# `line next` on a store of a million units, before and after schema migration 4 (the
# index of unclaimed units), on both engines, in one run.
#
# Before it, the next unit was "the first unit in import order without a line record":
# SQLite walked every claimed unit (a look-up each) before the first free one, and
# PostgreSQL anti-joined both tables; with 90 % of a million units claimed that took about
# a second, two or three times per `line next` (it peeks before it claims). Migration 4
# keeps a `line_claimed` flag set by a trigger on `line_units` and a partial index of the
# unclaimed units.
#
# The "before" binary is built from BEFORE (a commit, default the one before the fix) in
# a target dir of its own (target/bench-before), or taken from $BEFORE_BIN. Each side gets its own copy of one generated store (SQLite:
# benches/console_store.py; PostgreSQL: benches/pg_store.sql in a throwaway cluster from
# .ci/postgres, the "after" database a template copy of the "before" one); the "after"
# copy is first upgraded by opening it (timed). hyperfine then runs a full station cycle
# (`line next` with a no-op flasher and a ZPL label to a file) on each side, alternately.
#
# Usage: benches/line_big.sh [UNITS=1000000] [BEFORE=cb1f4a2] [RUNS=10]   (repository root)
set -euo pipefail
units=${1:-1000000}
before_rev=${2:-cb1f4a2}
runs=${3:-10}
cd "$(dirname "$0")/.."
root=$PWD
target=$root/${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
chmod 755 "$work"
pgdir=
cleanup() {
  [ -n "$pgdir" ] && bash .ci/postgres stop "$pgdir"
  rm -rf "$work"
}
trap cleanup EXIT

cargo build --release --quiet --bin wecom-hw
cp "$target/release/wecom-hw" "$work/after"
if [ -n "${BEFORE_BIN:-}" ]; then
  cp "$BEFORE_BIN" "$work/before"
else
  # A target dir of its own (slow the first time, cached after): built into this one,
  # the other tree's wecom-hw lands under the same file names as the current one's and
  # replaces it, unnoticed by cargo.
  src=$target/bench-before/src
  rm -rf "$src" && mkdir -p "$src"
  git archive "$before_rev" | tar -x -C "$src"
  cargo build --release --quiet --bin wecom-hw --manifest-path "$src/Cargo.toml" \
    --target-dir "$target/bench-before"
  cp "$target/bench-before/release/wecom-hw" "$work/before"
fi
before=$work/before after=$work/after
echo "machine: $(nproc) cores; $(uptime | sed 's/.*load/load/')"

printf '%s\n%s\n' '序列号,SecretNo,设备ID,二维码链接' \
  'B00000000001,0123456789abcdef0123456789abcdef,7000000000000001,https://open.work.weixin.qq.com/connect/hardware?hw_code=b1' \
  > "$work/one.csv"
station="line next -q --emit nvs-csv --out $work/unit.csv --flash true --print $work/label.zpl --label 40x30 --dpi 203"
old_q="SELECT d.sn FROM devices d WHERE NOT EXISTS (SELECT 1 FROM line_units l WHERE l.sn = d.sn) AND coalesce(d.qr_url, '') <> '' ORDER BY d.id LIMIT 1"
new_q="SELECT d.sn FROM devices d WHERE d.line_claimed IS NULL AND coalesce(d.qr_url, '') <> '' ORDER BY d.id LIMIT 1"

median_ms() {
  python3 - "$1" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    ms = [t * 1000 for t in r["times"]]
    print(f"  {r['command']:<7} median {r['median'] * 1000:8.1f} ms"
          f"  (min {min(ms):.1f}, max {max(ms):.1f}, {len(ms)} runs)")
PY
}

echo "== SQLite, $units units"
"$before" --store "$work/before.db" import -q "$work/one.csv" >/dev/null
python3 benches/console_store.py "$work/before.db" "$units"
cp "$work/before.db" "$work/after.db"
/usr/bin/time -f "  upgrade of the after copy (opening it migrates): %e s wall" \
  "$after" --store "$work/after.db" devices show B00000000002 --json >/dev/null
if command -v sqlite3 >/dev/null; then
  echo "  plan before: $(sqlite3 "$work/before.db" "EXPLAIN QUERY PLAN $old_q" | tr '\n' ' ')"
  echo "  plan after:  $(sqlite3 "$work/after.db" "EXPLAIN QUERY PLAN $new_q" | tr '\n' ' ')"
fi
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/sqlite.json" \
  -n before "$before --store $work/before.db --station bench $station" \
  -n after "$after --store $work/after.db --station bench $station" >/dev/null
median_ms "$work/sqlite.json"

echo "== PostgreSQL, $units units"
eval "$(bash .ci/postgres start)"
pgdir=$WECOM_HW_TEST_PG_DIR
base=${WECOM_HW_TEST_PG%/*}
psql "$WECOM_HW_TEST_PG" -qc 'CREATE DATABASE before' >/dev/null
"$before" --store "$base/before" import -q "$work/one.csv" >/dev/null
psql "$base/before" -q -v n="$units" -v shift=2000 -f benches/pg_store.sql | sed -n 3p
psql "$WECOM_HW_TEST_PG" -qc 'CREATE DATABASE after TEMPLATE before' >/dev/null
/usr/bin/time -f "  upgrade of the after copy (opening it migrates): %e s wall" \
  "$after" --store "$base/after" devices show B00000000002 --json >/dev/null
psql "$base/after" -qc 'ANALYZE' >/dev/null
echo "  plan before:"; psql "$base/before" -Atc "EXPLAIN ${old_q//l.sn = d.sn/lower(l.sn) = lower(d.sn)}" | sed 's/^/    /'
echo "  plan after:";  psql "$base/after" -Atc "EXPLAIN $new_q" | sed 's/^/    /'
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/pg.json" \
  -n before "$before --store $base/before --station bench $station" \
  -n after "$after --store $base/after --station bench $station" >/dev/null
median_ms "$work/pg.json"
echo "machine after the runs: $(uptime | sed 's/.*load/load/')"
