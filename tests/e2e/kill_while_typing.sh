#!/usr/bin/env bash
# The moment the app exists for: open straight into capture, type at once,
# get SIGKILLed mid-sentence, relaunch. Every character typed before the
# kill's last second is there, and the database passes its integrity check.
source "$(dirname "$0")/lib.sh"
start_xvfb
db=$WORK/kill.db

start_app "$WORK/first.err" -- --db "$db" --capture
# No settle delay: keys typed the moment the window shows wait for the box.
first="Research ops is a growing path and portfolios matter more than titles"
xdotool type --window "$wid" --delay 40 "$first"
wait_for_draft "$db" "$first" "the first sentence, typed at once"
# Keep typing, and kill the process once some of it is saved, mid-sentence.
second=" then she mentioned Sam Ortiz on the design team"
xdotool type --window "$wid" --delay 60 "$second" &
typer=$!
wait_until 10 "part of the second sentence saved" draft_longer_than "$db" "${#first}"
kill -0 "$typer" 2>/dev/null || fail "the typing ended before the kill: not mid-sentence"
kill -9 "$pid"
wait "$typer" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

saved=$(draft_of "$db")
[[ "$saved" == "$first"* ]] || fail "after kill -9 the draft is '$saved'"
kept=${saved#"$first"}
[[ "$second" == "$kept"* ]] || fail "after kill -9 the draft gained text never typed: '$kept'"
check=$(sqlite3 "$db" "PRAGMA integrity_check")
[ "$check" = ok ] || fail "integrity_check: $check"
pass "after kill -9: draft kept ('${saved}'), ${#kept} characters of the last sentence saved, integrity ok"

# Relaunch: the draft is back on screen, and typing (at once) continues at its end.
restart_xvfb
start_app "$WORK/second.err" -- --db "$db" --capture
xdotool type --window "$wid" --delay 40 " (continued)"
wait_for_draft "$db" "$saved (continued)" "typing after the relaunch"
pass "relaunch shows the draft and typing continues at its end"
