#!/usr/bin/env bash
# Faults at launch with the real binary: a database from a newer Rapport, a
# damaged file, a database locked by another process, no display, no OpenGL
# 3.3 context, and a read-only database file and folder (run as an
# unprivileged user when the suite runs as root, which ignores file modes).
# Each gives a clear stderr line and overwrites nothing.
source "$(dirname "$0")/../e2e/lib.sh"
start_xvfb
cd "$WORK"

"$RAPPORT" capture --db newer.db "kept" >/dev/null
"$RAPPORT" capture --db locked_template.db "kept" >/dev/null # today's schema version
sqlite3 newer.db "PRAGMA user_version = 99"
before=$(sha256sum newer.db)
set +e; err=$("$RAPPORT" --db newer.db --screenshot n.png 2>&1 >/dev/null); code=$?; set -e
[ "$code" -ne 0 ] || fail "a newer database opened"
grep -q "written by a newer Rapport" <<<"$err" || fail "newer: unclear message: $err"
[ "$(sha256sum newer.db)" = "$before" ] || fail "the newer database was changed"
[ "$(colour_count n.png)" -gt 2 ] || fail "newer: nothing on screen"
pass "newer version: refused, file unchanged, said on screen too: $err"

# Launched from the app menu there is no terminal: the window says why.
# Quit leaves; once the cause is gone, Try again starts Rapport properly.
start_app "$WORK/problem.err" -- --db newer.db
xdotool mousemove --window "$wid" 162 322 click 1 # Quit
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "problem window: Quit did not quit"
set +e; wait "$pid"; code=$?; set -e
[ "$code" -eq 1 ] || fail "problem window: Quit exited $code, not 1"
RAPPORT_REPORT_STARTUP=1 start_app "$WORK/again.err" -- --db newer.db
sqlite3 newer.db "PRAGMA user_version = $(sqlite3 locked_template.db 'PRAGMA user_version')"
xdotool mousemove --window "$wid" 68 322 click 1 # Try again
# The same process starts afresh (exec) and reaches its first frame.
started() { grep -q "first-frame" "$WORK/again.err" || ! kill -0 "$pid" 2>/dev/null; }
wait_until 20 "Try again: Rapport did not start" started
kill -0 "$pid" 2>/dev/null || fail "Try again: Rapport did not start ($(cat "$WORK/again.err"))"
# Once refused (before the fix), not twice: the second start opened the file.
[ "$(grep -c "newer Rapport" "$WORK/again.err")" -eq 1 ] || fail "Try again: $(cat "$WORK/again.err")"
"$RAPPORT" capture --db newer.db "after trying again" >/dev/null
kill "$pid"
pass "problem window: Quit exits 1; Try again, once the file is fixed, starts Rapport"

head -c 100000 /dev/urandom >damaged.db
set +e; err=$("$RAPPORT" --db damaged.db --screenshot d.png 2>&1 >/dev/null); code=$?; set -e
grep -q "is damaged" <<<"$err" || fail "damaged: unclear message: $err"
copy=$(ls damaged.db.damaged-* 2>/dev/null | head -n1)
[ -n "$copy" ] && cmp -s "$copy" damaged.db || fail "damaged: no identical copy kept aside"
pass "damaged file: a copy kept aside, and said so: $err"

"$RAPPORT" capture --db locked.db "kept" >/dev/null
# Another program holds a write transaction open until told to stop.
mkfifo hold
sqlite3 locked.db <hold &
holder=$!
exec 4>hold
# It waits out the probe below if they meet (a probe holding the lock for a
# moment made its BEGIN fail once, in a run under load).
echo ".timeout 10000" >&4
echo "BEGIN EXCLUSIVE; INSERT INTO note(id, body, created_at, updated_at) VALUES ('x', 'y', 0, 0);" >&4
is_locked() { ! sqlite3 locked.db "BEGIN IMMEDIATE; ROLLBACK;" 2>/dev/null; }
wait_until 10 "the other program never took its lock" is_locked
set +e; err=$("$RAPPORT" --db locked.db --screenshot l.png 2>&1 >/dev/null); code=$?; set -e
echo "ROLLBACK;" >&4
exec 4>&-
wait "$holder" 2>/dev/null || true
[ "$code" -ne 0 ] || fail "a locked database opened for writing"
grep -q "is in use by another program" <<<"$err" || fail "locked: unclear message: $err"
[ "$(sqlite3 locked.db "SELECT count(*) FROM note WHERE body = 'kept'")" = 1 ] || fail "locked: note lost"
pass "locked by another process: said so, nothing lost: $err"

set +e; err=$(DISPLAY= WAYLAND_DISPLAY= "$RAPPORT" --db locked.db 2>&1 >/dev/null); code=$?; set -e
[ "$code" -eq 1 ] && grep -q "cannot open a window" <<<"$err" || fail "no display: $code $err"
pass "no display: exit 1: $(tail -n1 <<<"$err")"

# A driver without OpenGL 3.3 (Mesa told to offer 3.0 only): no window can be
# made, so the message goes to stderr; the database is left as it was.
before=$(sha256sum locked.db)
set +e; err=$(MESA_GL_VERSION_OVERRIDE=3.0 "$RAPPORT" --db locked.db 2>&1 >/dev/null); code=$?; set -e
[ "$code" -eq 1 ] && grep -q "needs OpenGL 3.3" <<<"$err" || fail "no GL 3.3: $code $err"
[ "$(sha256sum locked.db)" = "$before" ] || fail "no GL 3.3: the database was changed"
pass "no OpenGL 3.3 context: exit 1, file unchanged: $(tail -n1 <<<"$err")"

# Read-only: a file we may not write, and one in a folder we may not write
# (a WAL database there could not be opened at all before). Root ignores
# file modes, so as root the app runs as nobody for these.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$WORK/nobody"
    XDG_RUNTIME_DIR="$WORK/nobody" XDG_CONFIG_HOME="$WORK/nobody" XDG_DATA_HOME="$WORK/nobody")
  mkdir -p "$WORK/nobody" && chown 65534:65534 "$WORK/nobody" && chmod 755 "$WORK"
fi
mkdir -p locked_dir
"$RAPPORT" capture --db readonly.db "kept" >/dev/null
"$RAPPORT" capture --db locked_dir/inside.db "kept" >/dev/null
chmod 0444 readonly.db locked_dir/inside.db
chmod 0555 locked_dir
for db in readonly.db locked_dir/inside.db; do
  before=$(sha256sum "$db")
  err=$("${as_user[@]}" "$RAPPORT" --db "$WORK/$db" --screenshot "$WORK/nobody/shot.png" 2>&1 >/dev/null) \
    || fail "read-only $db: did not open: $err"
  grep -q "is read-only: you can read everything" <<<"$err" || fail "read-only $db: unclear message: $err"
  [ "$(sha256sum "$db")" = "$before" ] || fail "the read-only $db was changed"
  pass "read-only $db: opens for reading, says so: $err"
done
chmod 0755 locked_dir
