#!/usr/bin/env bash
# Start-up cost of the message catalogs: `wecom-hw sign bind` (one signature, the shortest
# real command) with this build against an older build, both sides in one hyperfine run.
# Target (issue 14): the catalogs add at most 1 ms. A successful run parses no catalog and
# builds no help (src/main.rs parses with the plain command first), so the difference
# should be the binary's size and the language choice only.
#
# Usage: benches/startup.sh OLD_BINARY [NEW_BINARY]      (from the repository root)
#   OLD_BINARY  a build of an earlier commit, e.g. from `git worktree add /tmp/old REV`
#               and `cargo build --release` there (same profile as NEW_BINARY)
#   NEW_BINARY  default: target/release/wecom-hw, built here
# Needs hyperfine (Debian: apt-get install hyperfine) and python3 (for the medians).
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: benches/startup.sh OLD_BINARY [NEW_BINARY]}
new=${2:-}
if [ -z "$new" ]; then
    cargo build --release --quiet
    new=${CARGO_TARGET_DIR:-target}/release/wecom-hw
fi
# A published fake test secret (examples/secret.txt), from the environment as the README's
# sign examples do.
export WECOM_HW_SECRET_NO
WECOM_HW_SECRET_NO=$(cat examples/secret.txt)
args="sign bind --sn E30000000001 --timestamp 1700000000 --nonce 123456"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for lang in C zh_CN.UTF-8; do
    echo "== LANG=$lang"
    LANG=$lang hyperfine -N --warmup 50 --runs 500 --export-json "$json" \
        -n old "$old $args" -n new "$new $args"
    # The medians, which outliers on a shared machine move least.
    python3 -c 'import json,sys
r={x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
o,n=r["old"]["median"]*1e3, r["new"]["median"]*1e3
print(f"median: old {o:.2f} ms, new {n:.2f} ms, difference {n-o:+.2f} ms")' "$json"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
