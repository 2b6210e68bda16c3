#!/usr/bin/env bash
# The console's emulator page (issue 16: page weight <= 200 KB with its assets), measured
# with a full frame log: `cloud serve --console` on 127.0.0.1, then `connect ... call
# corp` RUNS times (each run logs about ten frames), then the page, its stylesheet and
# its two scripts are fetched as a browser would, and the weight of each is printed,
# with how long the page took (median of 20 requests).
#
# Usage: benches/console_emulator.sh [RUNS=25]      (from the repository root)
# PROFILE=debug uses the debug build (the weights are the same; the time is not).
set -euo pipefail
runs=${1:-25}
profile=${PROFILE:-release}
cd "$(dirname "$0")/.."
if [ "$profile" = release ]; then cargo build --release --quiet --bin wecom-hw; else cargo build --quiet --bin wecom-hw; fi
bin=$PWD/${CARGO_TARGET_DIR:-target}/$profile/wecom-hw
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
sn=E30000000001
secret=708d0b6f4d4bd97e5d4eb1cb47d260ac
printf 'sn,secret_no\n%s,%s\n' "$sn" "$secret" > "$work/devices.csv"
printf '%s\n' "$secret" > "$work/secret"
"$bin" --json cloud --state-dir "$work/state" serve --listen 127.0.0.1:0 \
  --devices "$work/devices.csv" --auto-bind-after 0 \
  --console --console-listen 127.0.0.1:0 > "$work/out" 2> /dev/null &
pid=$!
for _ in $(seq 600); do grep -q '"event":"console"' "$work/out" && break; sleep 0.05; done
field() { python3 -c 'import json,sys
for l in open(sys.argv[1]):
    v = json.loads(l)
    if v.get("event") == sys.argv[2]: print(v[sys.argv[3]]); break' "$work/out" "$1" "$2"; }
ws=$(field listening url)
console=$(field console url)
[ -n "$console" ] || { echo "no console URL" >&2; exit 1; }
for _ in $(seq "$runs"); do
  "$bin" -q --store "$work/none.db" connect --sn "$sn" --secret-file "$work/secret" \
    --state-file "$work/device.json" --endpoint "$ws" --ca-file "$work/state/ca.pem" \
    call corp > /dev/null
done
python3 - "$console" <<'EOF'
import http.client, statistics, sys, time, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
token = urllib.parse.parse_qs(u.query)["token"][0]
def get(path):
    c = http.client.HTTPConnection(u.netloc, timeout=30)
    c.request("GET", path, headers={"Cookie": "wecom_hw_console=" + token})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body
status, page = get("/emulator")
assert status == 200, status
rows = page.count(b"<tr class=")
sizes = {p: len(get(p)[1]) for p in ("/assets/console.css", "/assets/console.js", "/assets/emulator.js")}
for p, n in sizes.items():
    print(f"{p}: {n / 1024:.1f} KiB")
print(f"emulator page with {rows} frame rows: {len(page) / 1024:.1f} KiB")
print(f"emulator page weight: {(len(page) + sum(sizes.values())) / 1024:.1f} KiB with its stylesheet and scripts")
times = []
for _ in range(20):
    t = time.perf_counter()
    get("/emulator")
    times.append((time.perf_counter() - t) * 1000)
print(f"emulator page served: median {statistics.median(times):.1f} ms (20 requests, two control-socket calls each)")
EOF
