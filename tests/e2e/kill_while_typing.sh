#!/usr/bin/env bash
# The moment the app exists for: open straight into capture, type, get
# SIGKILLed mid-sentence, relaunch. The text is there, at most a second of
# typing lost, and the database passes its integrity check.
source "$(dirname "$0")/lib.sh"
start_xvfb
db=$WORK/kill.db

start_app "$WORK/first.err" -- --db "$db" --capture
sleep 0.5
first="Research ops is a growing path and portfolios matter more than titles"
xdotool type --window "$wid" --delay 40 "$first"
sleep 1.5 # longer than the autosave debounce
# Keep typing and kill the process in the middle of it.
xdotool type --window "$wid" --delay 60 " then she mentioned Sam Ortiz on the design team" &
typer=$!
sleep 1.2
kill -9 "$pid"
wait "$typer" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

saved=$(sqlite3 "$db" "SELECT body FROM capture_draft WHERE id = 'capture'")
[[ "$saved" == "$first"* ]] || fail "after kill -9 the draft is '$saved'"
typed_after=$(( ${#saved} - ${#first} ))
check=$(sqlite3 "$db" "PRAGMA integrity_check")
[ "$check" = ok ] || fail "integrity_check: $check"
[ "$typed_after" -gt 0 ] || fail "nothing of the sentence being typed was saved (the autosave waits for a pause)"
pass "after kill -9: draft kept ('${saved}'), $typed_after characters of the last sentence saved, integrity ok"

# Relaunch: the draft is back on screen, and typing continues at its end.
start_app "$WORK/second.err" -- --db "$db" --capture
sleep 0.8
xdotool type --window "$wid" --delay 40 " (continued)"
sleep 1.5
after=$(sqlite3 "$db" "SELECT body FROM capture_draft WHERE id = 'capture'")
[ "$after" = "$saved (continued)" ] || fail "after relaunch the draft is '$after', want '$saved (continued)'"
pass "relaunch shows the draft and typing continues at its end"
