#!/usr/bin/env bash
# Faults at launch with the real binary: a database from a newer Rapport, a
# damaged file, a database locked by another process, no display, and (when
# not root, which ignores file modes) a read-only database. Each gives one
# clear stderr line and overwrites nothing.
source "$(dirname "$0")/../e2e/lib.sh"
start_xvfb
cd "$WORK"

"$RAPPORT" capture --db newer.db "kept" >/dev/null
sqlite3 newer.db "PRAGMA user_version = 99"
before=$(sha256sum newer.db)
set +e; err=$("$RAPPORT" --db newer.db --screenshot n.png 2>&1 >/dev/null); code=$?; set -e
[ "$code" -ne 0 ] || fail "a newer database opened"
grep -q "written by a newer Rapport" <<<"$err" || fail "newer: unclear message: $err"
[ "$(sha256sum newer.db)" = "$before" ] || fail "the newer database was changed"
pass "newer version: refused, file unchanged: $err"

head -c 100000 /dev/urandom >damaged.db
set +e; err=$("$RAPPORT" --db damaged.db --screenshot d.png 2>&1 >/dev/null); code=$?; set -e
grep -q "is damaged" <<<"$err" || fail "damaged: unclear message: $err"
copy=$(ls damaged.db.damaged-* 2>/dev/null | head -n1)
[ -n "$copy" ] && cmp -s "$copy" damaged.db || fail "damaged: no identical copy kept aside"
pass "damaged file: a copy kept aside, and said so: $err"

"$RAPPORT" capture --db locked.db "kept" >/dev/null
(echo "BEGIN EXCLUSIVE; INSERT INTO note(id, body, created_at, updated_at) VALUES ('x', 'y', 0, 0);"
 sleep 6) | sqlite3 locked.db &
holder=$!
sleep 1
set +e; err=$("$RAPPORT" --db locked.db --screenshot l.png 2>&1 >/dev/null); code=$?; set -e
wait "$holder" 2>/dev/null || true
[ "$code" -ne 0 ] || fail "a locked database opened for writing"
grep -q "Another program is using the database" <<<"$err" || fail "locked: unclear message: $err"
[ "$(sqlite3 locked.db "SELECT count(*) FROM note WHERE body = 'kept'")" = 1 ] || fail "locked: note lost"
pass "locked by another process: said so, nothing lost: $err"

set +e; err=$(DISPLAY= WAYLAND_DISPLAY= "$RAPPORT" --db locked.db 2>&1 >/dev/null); code=$?; set -e
[ "$code" -eq 1 ] && grep -q "cannot open a window" <<<"$err" || fail "no display: $code $err"
pass "no display: exit 1: $(tail -n1 <<<"$err")"

if [ "$(id -u)" -ne 0 ]; then
  "$RAPPORT" capture --db readonly.db "kept" >/dev/null
  chmod 0400 readonly.db
  before=$(sha256sum readonly.db)
  err=$("$RAPPORT" --db readonly.db --screenshot r.png 2>&1 >/dev/null) || fail "read-only: did not open"
  grep -q "opens read-only" <<<"$err" || fail "read-only: unclear message: $err"
  [ "$(sha256sum readonly.db)" = "$before" ] || fail "the read-only database was changed"
  pass "read-only database: opens for reading, says so: $err"
else
  echo "skipped: read-only file (root ignores file modes; the store test covers it)"
fi
