#!/usr/bin/env bash
# A second launch on the same database never opens a second writer: it hands
# its request to the running window and exits 0. Another database is fine.
source "$(dirname "$0")/lib.sh"
start_xvfb

"$RAPPORT" --db "$WORK/one.db" &
first=$!
APP_PIDS+=("$first")
wait_for_window "$first" >/dev/null

set +e
out=$(timeout 10 "$RAPPORT" --db "$WORK/one.db" --capture 2>&1)
code=$?
set -e
[ "$code" -eq 0 ] || fail "second launch exited $code: $out"
grep -q "already running" <<<"$out" || fail "second launch did not say why it left: $out"
pass "second launch handed over and exited 0: $out"
[ "$(xdotool search --onlyvisible --name '^Rapport$' | wc -l)" -eq 1 ] || fail "two windows are open"
kill -0 "$first" || fail "the first instance died"

# A screenshot of the open database reads it beside the running window:
# the image is written (never a silent exit 0 without it).
"$RAPPORT" --db "$WORK/one.db" --screenshot "$WORK/beside.png" >/dev/null ||
  fail "--screenshot beside a running Rapport exited $?"
[ -s "$WORK/beside.png" ] && [ "$(colour_count "$WORK/beside.png")" -gt 20 ] ||
  fail "--screenshot beside a running Rapport wrote no image"
pass "--screenshot of a database open elsewhere writes the image"

"$RAPPORT" --db "$WORK/two.db" &
other=$!
APP_PIDS+=("$other")
wait_for_window "$other" >/dev/null
pass "a different database opens its own window"
