#!/usr/bin/env bash
# Launch to first frame and to a focused capture box, on the 10k-person
# database, under Xvfb; and terminal capture wall time. Prints medians.
#   RAPPORT=build/bench/app/rapport tests/bench/launch.sh [DB]
set -euo pipefail
source "$(dirname "$0")/../e2e/lib.sh"
db=${1:-/tmp/rapport-bench-10k.db}
[ -f "$db" ] || fail "no $db: run rapport_store_bench first"
cp "$db" "$WORK/launch.db"
start_xvfb
runs=${RUNS:-7}
first=() focused=() terminal=()
for i in $(seq "$runs"); do
  start=$(date +%s%3N)
  RAPPORT_REPORT_STARTUP=1 "$RAPPORT" --db "$WORK/launch.db" --capture 2>"$WORK/err" &
  pid=$!
  for _ in $(seq 100); do grep -q capture-focused "$WORK/err" && break; sleep 0.05; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  f=$(sed -n 's/.*first-frame-at-ms=//p' "$WORK/err"); c=$(sed -n 's/.*capture-focused-at-ms=//p' "$WORK/err")
  [ -n "$c" ] || fail "no focused capture reported: $(cat "$WORK/err")"
  first+=($((f - start))); focused+=($((c - start)))
  s=$(date +%s%N)
  "$RAPPORT" capture --db "$WORK/launch.db" "bench note $i" >/dev/null
  terminal+=($(( ($(date +%s%N) - s) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "| launch, 10k people / 100k notes (median of $runs) | ms | bar |"
echo "|---|---|---|"
echo "| launch to first frame | $(median "${first[@]}") | |"
echo "| launch to focused capture box (--capture) | $(median "${focused[@]}") | ≤ 500 |"
echo "| terminal capture (rapport capture TEXT) | $(median "${terminal[@]}") | ≤ 30 |"
