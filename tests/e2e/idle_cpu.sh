#!/usr/bin/env bash
# An idle window draws nothing: CPU over 10 s stays under 1 % of one core.
# Prints the figure; `./cmake/dev bench` runs it on the 10k-person database.
source "$(dirname "$0")/lib.sh"
start_xvfb
seconds=${IDLE_SECONDS:-10}
# The benchmark passes its 10k-person database (IDLE_DB); the test an empty one.
[ -n "${IDLE_DB:-}" ] && cp "$IDLE_DB" "$WORK/idle.db"

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

start_app "$WORK/idle.err" -- --db "$WORK/idle.db"
# Start-up is over (first frames, the daily check on its worker) once the
# process has used no CPU for half a second.
settled() {
  local before
  before=$(ticks "$pid")
  sleep 0.5
  [ "$(ticks "$pid")" = "$before" ]
}
wait_until 30 "the app never went idle after start-up" settled

hz=$(getconf CLK_TCK)
before=$(ticks "$pid")
sleep "$seconds"
after=$(ticks "$pid")
percent=$(awk -v t=$((after - before)) -v hz="$hz" -v s="$seconds" 'BEGIN {printf "%.2f", 100 * t / hz / s}')
echo "idle CPU over ${seconds} s: ${percent} % of one core ($((after - before)) ticks at ${hz} Hz)"
awk -v p="$percent" 'BEGIN {exit !(p <= 1.0)}' || fail "idle CPU ${percent} % > 1 %"
pass "idle CPU within 1 %"
