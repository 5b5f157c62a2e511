#!/usr/bin/env bash
# rapport capture files a note from a terminal, with no window; about a
# person it marks the conversation held; a running app is told to reload.
source "$(dirname "$0")/lib.sh"
db=$WORK/cli.db
unset DISPLAY
"$RAPPORT" capture --db "$db" "an inbox thought" >/dev/null || fail "inbox capture exited $?"
[ "$(sqlite3 "$db" "SELECT count(*) FROM note")" = 1 ] || fail "no inbox note"
pass "inbox note saved without a display"

sqlite3 "$db" "INSERT INTO person(id, name, created_at, updated_at) VALUES ('p1', 'Amara Osei', 1, 1)"
out=$("$RAPPORT" capture --db "$db" --person "amara osei" "Start with usability testing") || fail "capture exited $?"
[[ "$out" == "saved a note on Amara Osei (4 words); conversation marked held; thank-you due "* ]] || fail "printed '$out'"
[ "$(sqlite3 "$db" "SELECT stage FROM person WHERE id = 'p1'")" = met ] || fail "person not moved to met"
[ "$(sqlite3 "$db" "SELECT count(*) FROM follow_up WHERE kind = 'thank_you' AND done_at IS NULL")" = 1 ] || fail "no thank-you due"
pass "$out"

set +e
err=$("$RAPPORT" capture --db "$db" --person "Nobody Here" "text" 2>&1 >/dev/null); code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown person exited $code"
pass "unknown person -> exit 2: $err"

start_xvfb
start_app "$WORK/app.err" -- --db "$db"
"$RAPPORT" capture --db "$db" --person "Amara Osei" "A second thought" >/dev/null || fail "capture beside the app exited $?"
sleep 0.5
grep -q "took request 'reload'" "$WORK/app.err" || fail "the running app was not told"
[ "$(sqlite3 "$db" "SELECT count(*) FROM note")" = 3 ] || fail "note count wrong"
pass "the running app was told to reload"
