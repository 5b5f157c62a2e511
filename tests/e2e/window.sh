#!/usr/bin/env bash
# The real binary opens a phone-sized window on the default database, draws a
# non-blank UI, creates its data folder privately, and reacts to a click.
source "$(dirname "$0")/lib.sh"
start_xvfb

start_app "$WORK/stderr" --
geometry=$(xdotool getwindowgeometry "$wid" | awk '/Geometry/ {print $2}')
[ "$geometry" = "420x860" ] || fail "window is $geometry, want 420x860"
pass "window $geometry"

[ -f "$XDG_DATA_HOME/rapport/rapport.db" ] || fail "no database at \$XDG_DATA_HOME/rapport/rapport.db"
[ "$(stat -c %a "$XDG_DATA_HOME/rapport")" = 700 ] || fail "data folder is not 0700"
[ "$(stat -c %a "$XDG_DATA_HOME/rapport/rapport.db")" = 600 ] || fail "database is not 0600"
pass "default database created, folder 0700, file 0600"

drawn() { import -window "$wid" "$WORK/first.png" && [ "$(colour_count "$WORK/first.png")" -gt 20 ]; }
wait_until 10 "the window stayed blank" drawn
colours=$(colour_count "$WORK/first.png")
pass "window draws ($colours colours)"

# Tap People in the bottom navigation (second of five slots) and see the screen change.
xdotool mousemove --window "$wid" 126 820 click 1
redrawn() {
  import -window "$wid" "$WORK/people.png"
  changed=$(compare -metric AE "$WORK/first.png" "$WORK/people.png" null: 2>&1 || true)
  [ "${changed%% *}" -gt 1000 ]
}
wait_until 10 "a click on People did not change the window" redrawn
pass "click on People redraws ($changed pixels changed)"

kill "$pid"
wait "$pid" || true
