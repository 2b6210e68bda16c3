#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after the other, then
# minimises each target's corpus into corpus/<target>/ (committed; keep it small).
#
#   fuzz/run.sh SECONDS [TARGET...]
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`). Each run is
# bounded: -max_total_time=SECONDS, -rss_limit_mb and -malloc_limit_mb (an input that makes
# the code allocate more is a finding), -timeout per input (a slower input is a hang).
# Builds use -O -a: optimised, with debug assertions and overflow checks as in `cargo test`.
# KEEP_GOING=1 runs libFuzzer in fork mode and does not stop at the first crash, timeout or
# OOM (all of them are collected in artifacts/<target>/), so a run always lasts SECONDS.
# Per target it prints the execs and the coverage of libFuzzer's final line, and appends
# them to logs/summary.tsv; full logs are in logs/<target>.log. Crashing inputs land in
# artifacts/<target>/ and make the script exit 1 after the remaining targets have run.
set -uo pipefail

secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
cd "$(dirname "$0")"
RSS_MB=${RSS_MB:-2048}
TIMEOUT=${TIMEOUT:-10}
FLAGS=(-O -a)
EXTRA=()
if [ "${KEEP_GOING:-0}" = 1 ]; then
    EXTRA=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi

if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

cargo +nightly fuzz build "${FLAGS[@]}" || exit 2
mkdir -p logs
failed=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    log="logs/$t.log"
    touch "logs/$t.start"
    echo "== $t: ${secs}s" >&2
    # New inputs go into the first corpus directory, which cmin then minimises in place.
    cargo +nightly fuzz run "${FLAGS[@]}" "$t" "corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb="$RSS_MB" -malloc_limit_mb="$RSS_MB" \
        -timeout="$TIMEOUT" -print_final_stats=1 \
        "${EXTRA[@]}" >"$log" 2>&1
    rc=$?
    final=$(grep -E '^#[0-9]+' "$log" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    # Fork mode prints no final stats; its last status line starts with the exec count.
    [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$final")
    crashes=$(find "artifacts/$t" -type f -newer "logs/$t.start" | wc -l)
    cov=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' <<<"$final")
    ft=$(sed -n 's/.* ft: \([0-9]*\) .*/\1/p' <<<"$final")
    if [ $rc -ne 0 ] || [ "$crashes" -gt 0 ]; then
        failed=1
        status="FINDING (exit $rc, $crashes files in artifacts/$t/, see $log)"
    else
        status=ok
    fi
    printf '%s\t%s\t%ss\texecs %s\tcov %s\tft %s\t%s\n' \
        "$(date -u +%FT%TZ)" "$t" "$secs" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$status" |
        tee -a logs/summary.tsv
    # Edge coverage only (-use_counters=0): a third of the files, the same edges.
    cargo +nightly fuzz cmin "${FLAGS[@]}" "$t" "corpus/$t" -- -rss_limit_mb="$RSS_MB" \
        -malloc_limit_mb="$RSS_MB" -timeout="$TIMEOUT" -use_counters=0 >>"$log" 2>&1 ||
        echo "cmin of $t failed, see $log" >&2
    echo "   corpus/$t: $(find "corpus/$t" -type f | wc -l) files, $(du -sh --apparent-size "corpus/$t" | cut -f1)" >&2
done
exit $failed
