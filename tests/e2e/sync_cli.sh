#!/usr/bin/env bash
# `rapport sync` from a terminal against a Radicale this test starts on
# 127.0.0.1: exit 0 with what moved; 2 with one line for a bad setup or
# password; 1 when the server is unreachable. Two databases meet through it.
source "$(dirname "$0")/lib.sh"
unset DISPLAY RAPPORT_SYNC_PASSWORD

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$WORK/radicale"
echo "ana:horse battery" >"$WORK/radicale/users"
cat >"$WORK/radicale/config" <<CONFIG
[server]
hosts = 127.0.0.1:$port
[auth]
type = htpasswd
htpasswd_filename = $WORK/radicale/users
htpasswd_encryption = plain
[rights]
type = owner_only
[storage]
filesystem_folder = $WORK/radicale/collections
[web]
type = none
CONFIG
/usr/bin/python3 -m radicale --config "$WORK/radicale/config" >"$WORK/radicale/log" 2>&1 &
APP_PIDS+=($!)
listening() { python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; }
wait_until 60 "Radicale listening on $port" listening
url="http://127.0.0.1:$port/"
a="$WORK/a.db" b="$WORK/b.db"

set +e
out=$("$RAPPORT" sync --db "$a" 2>&1); rc=$?
set -e
[ $rc = 2 ] && grep -q "no sync account yet" <<<"$out" || fail "sync with no account: rc=$rc $out"
[ ! -e "$a" ] || fail "sync with no account made a database at $a"
pass "sync with no account: exit 2, no database made, '$out'"

set +e
out=$(RAPPORT_SYNC_PASSWORD=wrong "$RAPPORT" sync --setup "$url" --user ana --db "$a" 2>&1); rc=$?
set -e
[ $rc = 2 ] && [ "$(wc -l <<<"$out")" = 1 ] && grep -qi "password" <<<"$out" \
  || fail "wrong password: rc=$rc $out"
[ ! -e "$a" ] || fail "a refused setup made a database at $a"
[ "$(grep -o -i "refused" <<<"$out" | wc -l)" = 1 ] || fail "the refusal is said more than once: $out"
pass "wrong password: exit 2 in one line, said once, no database made: '$out'"

# An http server asked over https: it did answer; the words say to use http://.
set +e
out=$(RAPPORT_SYNC_PASSWORD="horse battery" "$RAPPORT" sync --setup "https://127.0.0.1:$port/" \
  --user ana --db "$a" 2>&1); rc=$?
set -e
[ $rc != 0 ] && grep -q "start the address with http://" <<<"$out" \
  || fail "https to an http server: rc=$rc $out"
[ "${out#rapport: sync: The server answered}" != "$out" ] || fail "not a plain sentence first: $out"
[ ! -e "$a" ] || fail "a failed setup made a database at $a"
pass "https to an http server: says to use http://, no database made: '$out'"

"$RAPPORT" capture --db "$a" --person "Amara Osei" --new "Runs the alumni design guild" >/dev/null
out=$(RAPPORT_SYNC_PASSWORD="horse battery" "$RAPPORT" sync --setup "$url" --user ana --db "$a") \
  || fail "setup exited $?: $out"
grep -q "synced with $url: .* out" <<<"$out" || fail "setup did not push: $out"
pass "setup stores the account and syncs: $(tail -n1 <<<"$out")"
sqlite3 "$a" "SELECT address, user FROM sync_account" | grep -q "ana" || fail "account not stored"
! sqlite3 "$a" .dump | grep -q "horse battery" || fail "the password is in the database"
pass "the password is not in the database"

out=$(RAPPORT_SYNC_PASSWORD="horse battery" "$RAPPORT" sync --setup "$url" --user ana --db "$b") \
  || fail "second device exited $?: $out"
[ "$(sqlite3 "$b" "SELECT count(*) FROM person WHERE name = 'Amara Osei'")" = 1 ] \
  || fail "Amara did not reach the second device: $out"
[ "$(sqlite3 "$b" "SELECT body FROM note")" = "Runs the alumni design guild" ] \
  || fail "the note did not reach the second device"
pass "a second database gets the person and the note: $(tail -n1 <<<"$out")"

out=$(RAPPORT_SYNC_PASSWORD="horse battery" "$RAPPORT" sync --db "$a") || fail "resync exited $?"
[ "$out" = "synced with $url: Nothing to do" ] || fail "a second sync moved something: $out"
pass "syncing again moves nothing"

set +e
out=$("$RAPPORT" sync --db "$a" 2>&1); rc=$?
set -e
[ $rc = 2 ] && grep -q "RAPPORT_SYNC_PASSWORD" <<<"$out" || fail "no password: rc=$rc $out"
pass "no password and no keyring: exit 2, '$out'"

kill "${APP_PIDS[0]}"; wait "${APP_PIDS[0]}" 2>/dev/null || true
set +e
out=$(RAPPORT_SYNC_PASSWORD="horse battery" "$RAPPORT" sync --db "$a" 2>&1); rc=$?
set -e
[ $rc = 1 ] && grep -qi "connect" <<<"$out" || fail "server down: rc=$rc $out"
pass "server down: exit 1, '$out'"
