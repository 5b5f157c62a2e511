#!/usr/bin/env bash
# The real binary opens a phone-sized window on the default database, draws a
# non-blank UI, creates its data folder privately, and reacts to a click.
source "$(dirname "$0")/lib.sh"
start_xvfb

start_app "$WORK/stderr" --
sleep 1
geometry=$(xdotool getwindowgeometry "$wid" | awk '/Geometry/ {print $2}')
[ "$geometry" = "420x860" ] || fail "window is $geometry, want 420x860"
pass "window $geometry"

[ -f "$XDG_DATA_HOME/rapport/rapport.db" ] || fail "no database at \$XDG_DATA_HOME/rapport/rapport.db"
[ "$(stat -c %a "$XDG_DATA_HOME/rapport")" = 700 ] || fail "data folder is not 0700"
[ "$(stat -c %a "$XDG_DATA_HOME/rapport/rapport.db")" = 600 ] || fail "database is not 0600"
pass "default database created, folder 0700, file 0600"

import -window "$wid" "$WORK/first.png"
colours=$(colour_count "$WORK/first.png")
[ "$colours" -gt 20 ] || fail "window looks blank ($colours colours)"
pass "window draws ($colours colours)"

# Tap People in the bottom navigation (second of five slots) and see the screen change.
xdotool mousemove --window "$wid" 126 820 click 1
sleep 0.6
import -window "$wid" "$WORK/people.png"
changed=$(compare -metric AE "$WORK/first.png" "$WORK/people.png" null: 2>&1 || true)
[ "${changed%% *}" -gt 1000 ] || fail "a click on People changed only $changed pixels"
pass "click on People redraws ($changed pixels changed)"

kill "$pid"
wait "$pid" || true
