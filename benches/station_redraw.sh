#!/usr/bin/env bash
# One redraw of the station's screen at 120x40 (two slots, one PASS, one FAIL, the last
# failures, Chinese), on ratatui's TestBackend: the time of building the frame, not of
# the terminal's writing. Runs the ignored unit test that draws 2,000 frames and prints
# the time per frame.
# Target (issue 15): at most 2 ms per redraw.
#
# Usage: benches/station_redraw.sh      (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --quiet --lib cmd::line::screen::tests::redraw_time -- --ignored --nocapture 2>&1 \
  | grep 'redraw at'
