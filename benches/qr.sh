#!/usr/bin/env bash
# Benchmark: 10,000 static-URL PNG labels at 3 px/module, ECC M, quiet zone 4,
# `wecom-hw qr static --input` with and without the decode-back check, side by side with
# `zint --batch` on the same URLs. Targets: >= 10x zint without the check, >= 1.5x with it.
#
#   bash benches/qr.sh            # N=10000 by default; N=2000 bash benches/qr.sh for a quick look
#
# Reports wall time and CPU time (user+sys) per run; the ratios use labels per second of
# wall time, and the CPU ratio is shown too because a shared machine makes wall time noisy.
# zint is single-threaded; wecom-hw runs with --threads 1 (per core) and with its default
# threads (all cores). The default check is `--verify grid`; `--verify full` (rqrr locates
# the code in the whole image) is much slower and runs on the first N/10 labels only.
set -euo pipefail
N=${N:-10000}
cd "$(dirname "$0")/.."

if ! command -v zint >/dev/null; then
  apt-get install -y -qq zint >/dev/null || { apt-get update -qq && apt-get install -y -qq zint >/dev/null; }
fi
cargo build --release --quiet --bin wecom-hw
BIN="${CARGO_TARGET_DIR:-target}/release/wecom-hw"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$N" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
url = "https://open.work.weixin.qq.com/connect/hardware?hw_code="
with open(f"{d}/urls.txt", "w") as u, open(f"{d}/units.csv", "w") as c, open(f"{d}/few.csv", "w") as f:
    c.write("sn,url\n")
    f.write("sn,url\n")
    for i in range(n):
        code = "K%07dx%05d" % (i, i * 7919 % 100000)
        u.write(url + code + "\n")
        c.write("E3%010d,%s%s\n" % (i, url, code))
        if i < n // 10:
            f.write("E3%010d,%s%s\n" % (i, url, code))
PY

# run NAME COUNT CMD...: prints "NAME wall_s cpu_s labels_per_s"
run() {
  local name=$1 n=$2; shift 2
  local out="$work/$name"; mkdir -p "$out"
  # wecom-hw ends with syncfs(2) of the whole filesystem: without this, its first run would
  # also pay for writing back zint's 10,000 files.
  sync
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/$name.cpu" "$@" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err"; exit 1; }
  t1=$(date +%s.%N)
  local files; files=$(find "$out" -name '*.png' | wc -l)
  [ "$files" -eq "$n" ] || { echo "$name wrote $files of $n files"; exit 1; }
  python3 - "$name" "$t0" "$t1" "$work/$name.cpu" "$n" <<'PY'
import sys
name, t0, t1, cpu, n = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
u, s = map(float, open(cpu).read().split()[-2:])
print(f"{name:<22} n {n:6d}  wall {t1-t0:7.2f} s  cpu {u+s:6.2f} s  {n/(t1-t0):8.0f} labels/s  {n/(u+s):8.0f} labels/cpu-s")
PY
}

[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
echo "N=$N labels, V5-M (37 modules), 3 px/module, quiet zone 4 → 135×135 px"
# Wall time on a shared machine depends on what else runs: say what did.
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
run zint "$N" zint --batch -b QRCODE --secure=2 --scale=1.5 --quietzones --filetype=PNG \
  -i "$work/urls.txt" -o "$work/zint/~~~~~.png" | tee "$work/r.txt"
common=(qr static --dots 3 --ecc M --quiet-zone 4 --no-caption --name '{sn}.png')
all=(--input "$work/units.csv")
run wecom-no-verify "$N" "$BIN" "${common[@]}" "${all[@]}" --out-dir "$work/wecom-no-verify" --threads 1 --no-verify | tee -a "$work/r.txt"
run wecom-no-verify-mt "$N" "$BIN" "${common[@]}" "${all[@]}" --out-dir "$work/wecom-no-verify-mt" --no-verify | tee -a "$work/r.txt"
run wecom-verify "$N" "$BIN" "${common[@]}" "${all[@]}" --out-dir "$work/wecom-verify" --threads 1 | tee -a "$work/r.txt"
run wecom-verify-mt "$N" "$BIN" "${common[@]}" "${all[@]}" --out-dir "$work/wecom-verify-mt" | tee -a "$work/r.txt"
run wecom-verify-full "$((N / 10))" "$BIN" "${common[@]}" --input "$work/few.csv" --verify full --out-dir "$work/wecom-verify-full" --threads 1 | tee -a "$work/r.txt"

python3 - "$work/r.txt" <<'PY'
import re, sys
r = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\S+)\s+n\s+(\d+)\s+wall\s+([\d.]+) s\s+cpu\s+([\d.]+) s", line)
    n, w, c = int(m[2]), float(m[3]), float(m[4])
    r[m[1]] = (n / w, n / c)
zw, zc = r["zint"]
for k, target in (("wecom-no-verify", 10), ("wecom-no-verify-mt", 10), ("wecom-verify", 1.5),
                  ("wecom-verify-mt", 1.5), ("wecom-verify-full", 1.5)):
    w, c = r[k]
    print(f"{k:<22} {w/zw:5.2f}x zint (wall), {c/zc:5.2f}x (cpu); target {target}x")
PY
