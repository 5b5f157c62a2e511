#!/usr/bin/env bash
# Launch to first frame and to a focused capture box, on the 10k-person
# database, under Xvfb; and terminal capture wall time. Prints medians, and
# the same launch of a bare GLFW + ImGui window built in the same tree (the
# floor: FLOOR=build/bench/tests/rapport_floor_window) with the ratio.
#   RAPPORT=build/bench/app/rapport [FLOOR=…] tests/bench/launch.sh [DB]
source "$(dirname "$0")/lib.sh" "$@"
runs=${RUNS:-7}
first=() focused=() terminal=() floor_first=() floor_focused=() store=() window=() ready=() asked=()
# A notification's Capture notes with Rapport closed runs `rapport --open
# capture:<conversation>`: capture about that conversation, its box focused.
conversation=$(sqlite3 "$WORK/bench.db" "SELECT id FROM conversation WHERE deleted_at IS NULL LIMIT 1")
[ -n "$conversation" ] || fail "the bench database has no conversation"
for i in $(seq "$runs"); do
  if [ -x "$floor" ]; then
    start=$(date +%s%3N)
    "$floor" 2>"$WORK/floor" &
    pid=$!
    for _ in $(seq 100); do grep -q capture-focused "$WORK/floor" && break; sleep 0.02; done
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    f=$(sed -n 's/.*first-frame-at-ms=//p' "$WORK/floor"); c=$(sed -n 's/.*capture-focused-at-ms=//p' "$WORK/floor")
    floor_first+=($((f - start))); floor_focused+=($((c - start)))
  fi
  start=$(date +%s%3N)
  RAPPORT_REPORT_STARTUP=1 "$RAPPORT" --db "$WORK/bench.db" --capture 2>"$WORK/err" &
  pid=$!
  for _ in $(seq 100); do grep -q capture-focused "$WORK/err" && break; sleep 0.05; done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  f=$(sed -n 's/.*first-frame-at-ms=//p' "$WORK/err"); c=$(sed -n 's/.*capture-focused-at-ms=//p' "$WORK/err")
  [ -n "$c" ] || fail "no focused capture reported: $(cat "$WORK/err")"
  first+=($((f - start))); focused+=($((c - start)))
  at() { echo $(($(sed -n "s/.*startup: $1-at-ms=//p" "$WORK/err") - start)); }
  store+=($(at store)); window+=($(at window)); ready+=($(at fonts))
  start=$(date +%s%3N)
  RAPPORT_REPORT_STARTUP=1 "$RAPPORT" --db "$WORK/bench.db" --open "capture:$conversation" 2>"$WORK/err" &
  pid=$!
  for _ in $(seq 100); do grep -q capture-focused "$WORK/err" && break; sleep 0.05; done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  c=$(sed -n 's/.*capture-focused-at-ms=//p' "$WORK/err")
  [ -n "$c" ] || fail "no focused capture reported for --open capture:: $(cat "$WORK/err")"
  asked+=($((c - start)))
  s=$(date +%s%N)
  "$RAPPORT" capture --db "$WORK/bench.db" "bench note $i" >/dev/null
  terminal+=($(( ($(date +%s%N) - s) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }
mf=$(median "${first[@]}") mc=$(median "${focused[@]}")
ff=$( [ ${#floor_first[@]} -gt 0 ] && median "${floor_first[@]}" || echo 0)
fc=$( [ ${#floor_focused[@]} -gt 0 ] && median "${floor_focused[@]}" || echo 0)
echo "| launch, 10k people / 100k notes (median of $runs) | Rapport ms | floor ms (bare GLFW+ImGui) | ratio | bar |"
echo "|---|---|---|---|---|"
echo "| launch to first frame | $mf | $ff | $(ratio "$mf" "$ff") | |"
echo "| launch to focused capture box (--capture) | $mc | $fc | $(ratio "$mc" "$fc") | ≤ 500 ms, ≤ 1.2x |"
echo "| a notification's Capture notes to its focused box (--open capture:ID, Rapport closed) | $(median "${asked[@]}") | $fc | $(ratio "$(median "${asked[@]}")" "$fc") | ≤ 1.2x |"
echo "| terminal capture (rapport capture TEXT) | $(median "${terminal[@]}") | | | ≤ 30 ms |"
echo
echo "Where Rapport's launch goes (median ms from exec): store open $(median "${store[@]}"), window and GL context $(median "${window[@]}"), fonts ready (rasterised on another core meanwhile) $(median "${ready[@]}"), first frame $mf, capture box focused $mc."
