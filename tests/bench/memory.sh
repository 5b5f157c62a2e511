#!/usr/bin/env bash
# Peak memory (VmHWM) of the running app on the 10k-person database: after
# launch on Today, after opening People (all 10,000 rows read) and after a
# search as you type; beside the bare GLFW + ImGui window (the floor), whose
# Mesa llvmpipe driver alone is most of the figure.
#   RAPPORT=build/bench/app/rapport [FLOOR=…] tests/bench/memory.sh [DB]
source "$(dirname "$0")/lib.sh" "$@"

peak_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
file_mb() { awk '/RssFile/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

start_app /dev/null "$floor"
sleep 1
floor_mb=$(peak_mb "$pid") floor_file=$(file_mb "$pid")
kill "$pid"

start_app "$WORK/err" -- --db "$WORK/bench.db"
sleep 3 # the first screen, then the daily check and snapshot on a worker
today=$(peak_mb "$pid")
# The People tab (second of five in the bottom bar), then the search field.
xdotool mousemove --window "$wid" 125 830 click 1
sleep 1.5
people=$(peak_mb "$pid")
xdotool mousemove --window "$wid" 200 97 click 1
sleep 0.3
xdotool type --delay 60 "portfolio review"
sleep 1.5
searched=$(peak_mb "$pid") file=$(file_mb "$pid")
[ -n "${SHOT:-}" ] && import -window "$wid" "$SHOT"
kill "$pid"

echo
echo "| peak RSS (VmHWM), 10k people / 100k notes | MB | bar |"
echo "|---|---|---|"
echo "| launched, Today shown, daily check done | $today | ≤ 120 |"
echo "| People open (10,000 rows read) | $people | ≤ 120 |"
echo "| then a search typed | $searched | ≤ 120 |"
echo "| the floor: a bare GLFW + ImGui window | $floor_mb | |"
echo
echo "Of these, shared library pages (llvmpipe's libLLVM, Mesa, libc…): Rapport $file MB, the floor $floor_file MB."
