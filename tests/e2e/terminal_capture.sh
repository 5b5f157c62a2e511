#!/usr/bin/env bash
# rapport capture files a note from a terminal, with no window: about a
# person with nothing to debrief it is a plain note; --met records the
# conversation as held (once); a running app is told to reload.
source "$(dirname "$0")/lib.sh"
db=$WORK/cli.db
unset DISPLAY
out=$("$RAPPORT" capture --db "$db" "an inbox thought") || fail "inbox capture exited $?"
[ "$(sqlite3 "$db" "SELECT count(*) FROM note")" = 1 ] || fail "no inbox note"
[ "$out" = "saved a note to your inbox (3 words)" ] || fail "inbox note printed '$out'"
pass "inbox note saved without a display"

sqlite3 "$db" "INSERT INTO person(id, name, created_at, updated_at) VALUES ('p1', 'Amara Osei', 1, 1)"
out=$("$RAPPORT" capture --db "$db" --person "amara osei" "Saw her post about research ops") || fail "capture exited $?"
[ "$out" = "saved a note on Amara Osei (6 words)" ] || fail "plain note printed '$out'"
[ "$(sqlite3 "$db" "SELECT count(*) FROM conversation")" = 0 ] || fail "a plain note made a conversation"
[ "$(sqlite3 "$db" "SELECT count(*) FROM follow_up")" = 0 ] || fail "a plain note made a thank-you due"
pass "plain note: $out"
out=$("$RAPPORT" capture --db "$db" --person "amara osei" --met "Start with usability testing") || fail "capture --met exited $?"
[[ "$out" == "saved a note on Amara Osei (4 words); the debrief of your conversation; thank-you due "* ]] || fail "printed '$out'"
[ "$(sqlite3 "$db" "SELECT stage FROM person WHERE id = 'p1'")" = met ] || fail "person not moved to met"
[ "$(sqlite3 "$db" "SELECT count(*) FROM follow_up WHERE kind = 'thank_you' AND done_at IS NULL")" = 1 ] || fail "no thank-you due"
pass "$out"
"$RAPPORT" capture --db "$db" --person "amara osei" --met "Advice" "· ship small" >/dev/null || fail "second --met exited $?"
[ "$(sqlite3 "$db" "SELECT count(*) FROM conversation")" = 1 ] || fail "a second note made a second conversation"
[ "$(sqlite3 "$db" "SELECT count(*) FROM follow_up WHERE kind = 'thank_you'")" = 1 ] || fail "two thank-yous for one conversation"
pass "a second note within hours debriefs the same conversation: one thank-you"

set +e
err=$("$RAPPORT" capture --db "$db" --person "Nobody Here" "text" 2>&1 >/dev/null); code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown person exited $code"
pass "unknown person -> exit 2: $err"

# A slip of the keyboard names the person meant; --new adds someone new.
set +e
err=$("$RAPPORT" capture --db "$db" --person "Amara Osie" "text" 2>&1 >/dev/null); code=$?
set -e
[ "$code" -eq 2 ] && grep -q "did you mean Amara Osei?" <<<"$err" || fail "misspelt person: $code $err"
[ "$(sqlite3 "$db" "SELECT count(*) FROM note")" = 4 ] || fail "a refused capture saved a note"
pass "misspelt person -> exit 2, nothing saved: $err"
out=$("$RAPPORT" capture --db "$db" --person "Lena Park" --new "Met at the career fair") ||
  fail "capture --new exited $?"
grep -q "^added Lena Park as a new person" <<<"$out" || fail "--new did not say so: $out"
[ "$(sqlite3 "$db" "SELECT count(*) FROM note n JOIN person p ON p.id = n.person_id WHERE p.name = 'Lena Park' AND n.body = 'Met at the career fair'")" = 1 ] ||
  fail "--new: the note is not on the new person"
pass "--new adds the person and files the note: $(tr '\n' ' ' <<<"$out")"
for verb in capture import export search; do
  out=$("$RAPPORT" "$verb" --help) || fail "$verb --help exited $?"
  grep -q "^Usage: rapport $verb" <<<"$out" || fail "$verb --help printed: $out"
done
pass "capture, import, export and search --help print their own usage and exit 0"

start_xvfb
start_app "$WORK/app.err" -- --db "$db"
"$RAPPORT" capture --db "$db" --person "Amara Osei" "A second thought" >/dev/null || fail "capture beside the app exited $?"
told() { grep -q "took request 'reload'" "$WORK/app.err"; }
wait_until 10 "the running app was not told" told
[ "$(sqlite3 "$db" "SELECT count(*) FROM note")" = 6 ] || fail "note count wrong"
pass "the running app was told to reload"
