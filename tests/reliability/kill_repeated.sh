#!/usr/bin/env bash
# kill -9 while typing, REPS times (20 by default) at random moments: every
# committed note survives, the draft is at most about a second behind what
# was typed, and PRAGMA integrity_check is ok after every kill.
#   RAPPORT=… tests/reliability/kill_repeated.sh [REPS] [SEED]
source "$(dirname "$0")/../e2e/lib.sh"
reps=${1:-20}
seed=${2:-$(date +%s)}
RANDOM=$seed
start_xvfb
db=$WORK/kill.db
delay_ms=40 # between characters
pause=$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')
echo "seed $seed (rerun with: $0 $reps $seed)"

draft() { sqlite3 "$db" "SELECT coalesce((SELECT body FROM capture_draft WHERE id = 'capture'), '')"; }
worst_lag=0 total_kept=0
for i in $(seq "$reps"); do
  # A note committed between kills, by another process: it must survive.
  "$RAPPORT" capture --db "$db" "committed note $i" >/dev/null || fail "terminal capture $i failed"
  before=$(draft)
  RAPPORT_REPORT_STARTUP=1 start_app "$WORK/app.err" -- --db "$db" --capture
  # Typing starts the moment the window shows: keys wait for the box. One
  # character per xdotool call, each logged with the time it was sent, so
  # the check below knows exactly what had been typed when the kill came.
  sentence=" [$i] she said the best first step is a small usability study with five people"
  kill_after_ms=$((300 + RANDOM % 2700))
  sent=$WORK/sent
  : >"$sent"
  (for ((k = 0; k < ${#sentence}; k++)); do
     xdotool type --window "$wid" --delay 0 "${sentence:k:1}" 2>/dev/null || exit 0
     echo "$((k + 1)) $(date +%s%3N)" >>"$sent"
     sleep "$pause"
   done) &
  typer=$!
  typed_from=$(date +%s%3N)
  # The kill's moment is the random input here, not a wait for something.
  sleep "$(awk -v ms="$kill_after_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -9 "$pid"
  killed_at=$(date +%s%3N)
  kill "$typer" 2>/dev/null || true
  wait "$typer" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  restart_xvfb # see lib.sh: no stray keys from this typer in the next window

  check=$(sqlite3 "$db" "PRAGMA integrity_check")
  [ "$check" = ok ] || fail "kill $i: integrity_check says $check"
  notes=$(sqlite3 "$db" "SELECT count(*) FROM note WHERE body LIKE 'committed note %' AND deleted_at IS NULL")
  [ "$notes" -eq "$i" ] || fail "kill $i: $notes of $i committed notes are left"
  after=$(draft)
  [[ "$after" == "$before"* ]] || fail "kill $i: the draft lost earlier text: '$after'"
  kept=${after#"$before"}
  [[ "$sentence" == "$kept"* ]] || fail "kill $i: the draft gained text that was not typed: '$kept'"
  # How far the draft was behind: from the first character it lacks being
  # on screen (typed, or the capture box focused if it was typed before
  # that: it waited for the box) to the kill.
  elapsed=$((killed_at - typed_from))
  typed=$(wc -l <"$sent")
  focused=$(sed -n 's/^startup: capture-focused-at-ms=//p' "$WORK/app.err" | head -n1)
  lag_ms=0
  if [ "$typed" -gt "${#kept}" ]; then
    first_lost=$(awk -v n=$((${#kept} + 1)) '$1 == n {print $2}' "$sent")
    [ -n "$focused" ] && [ "$focused" -gt "$first_lost" ] && first_lost=$focused
    lag_ms=$((killed_at - first_lost))
    [ "$lag_ms" -lt 0 ] && lag_ms=0
  fi
  [ "$lag_ms" -gt "$worst_lag" ] && worst_lag=$lag_ms
  # The draft is saved at least every 0.9 s while typing goes on; the rest
  # is the time X and a loaded machine take to hand a key to the app.
  [ "$lag_ms" -le 1500 ] || fail "kill $i after ${elapsed} ms: the draft was ${lag_ms} ms behind"
  total_kept=$((total_kept + ${#kept}))
  echo "kill $i at ${elapsed} ms: ${#kept} of ${typed} typed characters saved (${lag_ms} ms behind), integrity ok"
done
pass "$reps kills at random moments: $reps committed notes intact, integrity ok every time, draft at most ${worst_lag} ms behind ($total_kept characters kept)"
