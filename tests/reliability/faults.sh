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
