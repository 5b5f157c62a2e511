#!/usr/bin/env bash
# A confirmation leaves by itself while nobody touches the window: the
# snackbar that says a note was filed is gone within seconds of idling, with
# no input at all (an idle window once kept "Copied" for good).
source "$(dirname "$0")/lib.sh"
start_xvfb
start_app "$WORK/stderr" -- --db "$WORK/c.db"

# How much of the band above the bottom navigation is dark: the snackbar is
# a dark bar there in the light theme; without it the band is mostly page.
dark_band() {
  import -window "$wid" "$WORK/band.png" 2>/dev/null || { echo 0; return; }
  convert "$WORK/band.png" -crop 420x220+0+560 +repage -colorspace gray -threshold 35% \
    -negate -format "%[fx:mean]" info:
}
band_over() { awk -v v="$(dark_band)" -v t="$1" 'BEGIN {exit !(v > t)}'; }
band_under() { awk -v v="$(dark_band)" -v t="$1" 'BEGIN {exit !(v < t)}'; }

drawn() { import -window "$wid" "$WORK/first.png" 2>/dev/null && [ "$(colour_count "$WORK/first.png")" -gt 20 ]; }
wait_until 10 "the window stayed blank" drawn
before=$(dark_band)

xdotool key --window "$wid" ctrl+n
wait_for_draft "$WORK/c.db" "" "capture opened" 2>/dev/null || true
xdotool type --window "$wid" --delay 20 "Idle desk note"
wait_for_draft "$WORK/c.db" "Idle desk note" "the typed note"
xdotool key --window "$wid" ctrl+Return
filed() { [ "$(sqlite3 "$WORK/c.db" "SELECT count(*) FROM note WHERE body = 'Idle desk note'")" = 1 ]; }
wait_until 10 "Ctrl+Enter did not file the note" filed
wait_until 5 "no confirmation showed after filing (band $(dark_band), before $before)" band_over 0.12
shown=$SECONDS
pass "the confirmation shows ($(dark_band) of the band dark; $before before)"

# From here nothing is sent to the window: only screenshots are read.
wait_until 15 "the confirmation was still there after 15 s of idling (band $(dark_band))" band_under 0.08
pass "it left by itself after about $((SECONDS - shown)) s without input ($(dark_band) dark)"
kill "$pid"
wait "$pid" || true
