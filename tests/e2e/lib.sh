# Shared helpers for end-to-end tests: a private Xvfb display, a private
# home, and checks that print what went wrong.
set -euo pipefail

: "${RAPPORT:?RAPPORT must point at the rapport binary}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rapport-e2e-XXXXXX")
export HOME=$WORK/home XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
export XDG_RUNTIME_DIR=$WORK/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
XVFB_PID=
APP_PIDS=()

cleanup() {
  for pid in "${APP_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A failure says what the last program started by start_app printed, and
# whether it is still running: most failures are explained there.
APP_ERR=
fail() {
  echo "FAIL: $*" >&2
  if [ -n "$APP_ERR" ] && [ -s "$APP_ERR" ]; then
    local state=running
    kill -0 "${pid:-0}" 2>/dev/null || state=exited
    echo "  (the app, $state, wrote on stderr:)" >&2
    tail -n 20 "$APP_ERR" | sed 's/^/  | /' >&2
  fi
  exit 1
}
pass() { echo "ok: $*"; }

# Starts Xvfb on a display number it picks itself, so tests can run in
# parallel. It is ready when it writes that number. -noreset: without it the
# server resets whenever its last client leaves, and a program connecting
# during the reset fails with "Failed to open display" (a one-shot
# --screenshot, then the next launch, hit exactly that).
start_xvfb() {
  local fifo=$WORK/displayfd
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1600x1200x24 -nolisten tcp -noreset 3>"$fifo" >/dev/null 2>&1 &
  XVFB_PID=$!
  local number
  read -r -t 10 number <"$fifo" || fail "Xvfb did not start"
  export DISPLAY=":$number"
}

# A new X server for what follows, the old one stopped. A relaunch after a
# kill -9 while xdotool was typing needs one: the relaunched window gets the
# killed window's X resource id, and the key events the killed typer had
# already sent to that id were delivered to the new window (stray letters
# in the relaunched draft, found by running the suite 30 times under load).
restart_xvfb() {
  if [ -n "$XVFB_PID" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
  fi
  rm -f "$WORK/displayfd"
  start_xvfb
}

# Waits for a visible window of process $1; prints its id. $2, if given, is
# the process's stderr file, shown when it fails.
wait_for_window() {
  local pid=$1 log=${2:-} wid=
  for _ in $(seq 1500); do
    wid=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n1 || true)
    [ -n "$wid" ] && { echo "$wid"; return 0; }
    if ! kill -0 "$pid" 2>/dev/null; then
      [ -n "$log" ] && [ -f "$log" ] && sed 's/^/  rapport: /' "$log" >&2
      fail "rapport exited before showing a window"
    fi
    sleep 0.01
  done
  fail "no window within 15 s"
}

# Polls until the command after DESCRIPTION succeeds, for up to SECONDS;
# fails naming what never happened. Tests wait for conditions, not for time.
wait_until() {
  local seconds=$1 what=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "waited ${seconds} s: $what"
    sleep 0.02
  done
}

# The capture draft as saved in database $1 (empty if none).
draft_of() { sqlite3 "$1" "SELECT body FROM capture_draft WHERE id = 'capture'" 2>/dev/null || true; }
draft_is() { [ "$(draft_of "$1")" = "$2" ]; }
# Waits up to 10 s for the draft in database $1 to be exactly $2; a failure
# shows the draft as it was then.
wait_for_draft() {
  local deadline=$((SECONDS + 10))
  until draft_is "$1" "$2"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "${3:-the draft}: want '$2', the database has '$(draft_of "$1")'"
    sleep 0.02
  done
}
draft_longer_than() {
  [ "$(sqlite3 "$1" "SELECT coalesce((SELECT length(CAST(body AS BLOB)) FROM capture_draft WHERE id = 'capture'), 0)")" -gt "$2" ]
}

# Starts a program (rapport by default: `start_app ERR_FILE -- ARGS…`, or
# `start_app ERR_FILE PROGRAM ARGS…`) with its stderr in ERR_FILE, and waits
# for its window; sets $pid and $wid. The program is killed at exit.
start_app() {
  local err=$1; shift
  local program=$RAPPORT
  if [ "${1:-}" = "--" ]; then shift; else program=$1; shift; fi
  "$program" "$@" 2>"$err" &
  pid=$!
  APP_ERR=$err
  APP_PIDS+=("$pid")
  wid=$(wait_for_window "$pid" "$err")
}

# Width and height of a PNG, from its IHDR chunk.
png_size() {
  local hex
  hex=$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')
  echo "$((16#${hex:0:8}))x$((16#${hex:8:8}))"
}

# Number of distinct colours in an image: a blank frame has one or two.
colour_count() { convert "$1" -format %k info:; }
