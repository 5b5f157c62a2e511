#!/usr/bin/env bash
# Keys typed the instant the window appears all arrive, in order: 20 launches
# into capture and 20 hand-offs to a running window, typing with no settle
# delay (5 ms a key, line breaks included) while two busy loops load the CPU.
#   RAPPORT=… tests/e2e/type_ahead.sh [LAUNCHES]
source "$(dirname "$0")/lib.sh"
launches=${1:-20}
start_xvfb

busy=()
for _ in 1 2; do
  (while :; do :; done) &
  busy+=("$!")
done
APP_PIDS+=("${busy[@]}") # stopped at exit like the app

# Characters lost or changed: what was typed against what was stored.
report() { # typed stored
  if [ "$1" = "$2" ]; then echo 0; return; fi
  echo $(( ${#1} > ${#2} ? ${#1} - ${#2} : 1 ))
}

text_for() { printf 'Alpha bravo %s charlie\nDelta echo foxtrot' "$1"; }
# Types text_for N into the window at 5 ms a key. The line break is pressed
# as the Return key: `xdotool type` sends '\n' on a keycode it maps itself,
# which no keyboard has and GLFW reports as an unknown key.
type_text() {
  xdotool type --window "$wid" --delay 5 "Alpha bravo $1 charlie"
  xdotool key --window "$wid" Return
  xdotool type --window "$wid" --delay 5 "Delta echo foxtrot"
}

lost_total=0 failed=0
for i in $(seq "$launches"); do
  db=$WORK/launch-$i.db
  start_app "$WORK/launch.err" -- --db "$db" --capture
  want=$(text_for "$i")
  type_text "$i"
  # Arrived in full, or stopped changing: then count what was lost.
  wait_until 15 "launch $i: nothing reached the draft" draft_longer_than "$db" 0
  for _ in $(seq 100); do draft_is "$db" "$want" && break; sleep 0.05; done
  got=$(draft_of "$db")
  lost=$(report "$want" "$got")
  lost_total=$((lost_total + lost))
  [ "$lost" -eq 0 ] || { failed=$((failed + 1)); echo "launch $i: typed '$want', stored '$got'"; }
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
done
echo "launch into capture: $((launches - failed)) of $launches launches kept every key ($lost_total characters lost)"
[ "$failed" -eq 0 ] || fail "keys were lost at launch"

# A running window on Today; each `rapport --capture` hands off to it, and
# typing starts as soon as that command returns.
db=$WORK/handoff.db
start_app "$WORK/handoff.err" -- --db "$db"
lost_total=0 failed=0
for i in $(seq "$launches"); do
  "$RAPPORT" --db "$db" --capture >/dev/null || fail "hand-off $i exited $?"
  want=$(text_for "$i")
  type_text "$i"
  # Ctrl+Enter is Done: the note is filed and the window goes back to Today.
  xdotool key --window "$wid" ctrl+Return
  notes_now() { [ "$(sqlite3 "$db" "SELECT count(*) FROM note")" -ge "$1" ]; }
  # On failure, what there was instead: the draft, the notes, the window.
  deadline=$((SECONDS + 15))
  until notes_now "$i"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      import -window "$wid" "${TMPDIR:-/tmp}/rapport-type-ahead-handoff.png" 2>/dev/null || true
      fail "hand-off $i: the note was not filed in 15 s (draft: '$(draft_of "$db")'; notes: \
$(sqlite3 "$db" "SELECT count(*) FROM note"); the window: ${TMPDIR:-/tmp}/rapport-type-ahead-handoff.png)"
    fi
    sleep 0.02
  done
  got=$(sqlite3 "$db" "SELECT body FROM note ORDER BY created_at DESC, rowid DESC LIMIT 1")
  lost=$(report "$want" "$got")
  lost_total=$((lost_total + lost))
  [ "$lost" -eq 0 ] || { failed=$((failed + 1)); echo "hand-off $i: typed '$want', stored '$got'"; }
done
echo "hand-off to a running window: $((launches - failed)) of $launches kept every key ($lost_total characters lost)"
[ "$failed" -eq 0 ] || fail "keys were lost after a hand-off"
pass "every key typed at once arrived: $launches launches and $launches hand-offs, CPU busy"
