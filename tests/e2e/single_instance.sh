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

"$RAPPORT" --db "$WORK/two.db" &
other=$!
APP_PIDS+=("$other")
wait_for_window "$other" >/dev/null
pass "a different database opens its own window"
