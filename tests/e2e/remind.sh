#!/usr/bin/env bash
# Reminders while Rapport is closed: `rapport remind` (what the systemd user
# timer runs) raises one desktop notification per due follow-up through the
# freedesktop notification service, here a stand-in on a private D-Bus
# session bus this test starts and stops; nothing while reminders are off or
# in quiet hours; again only once the follow-up is snoozed to a new time; and
# a click opens Rapport on that person.
if [ -z "${RAPPORT_PRIVATE_BUS:-}" ]; then
  # Run again inside a private session bus that goes away with the test.
  RAPPORT_PRIVATE_BUS=1 exec dbus-run-session -- bash "$0"
fi
source "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
start_xvfb

log=$WORK/notifications.jsonl ready=$WORK/ready click=$WORK/click
/usr/bin/python3 "$here/notification_stand_in.py" "$log" "$ready" "$click" &
stand_in=$!
APP_PIDS+=("$stand_in")
wait_until 10 "the notification stand-in owns its name" test -f "$ready"
touch "$log"

db=$WORK/remind.db
"$RAPPORT" capture --db "$db" --person "Amara Osei" --new --met "UX research is mostly synthesis" \
  >/dev/null || fail "capture exited $?"
person=$(sqlite3 "$db" "SELECT id FROM person WHERE name = 'Amara Osei'")
# The thank-you it started falls due a minute ago.
make_due() { sqlite3 "$db" "UPDATE follow_up SET due = strftime('%s','now') * 1000 - $1 WHERE kind = 'thank_you'"; }
make_due 60000
settings=$XDG_CONFIG_HOME/rapport/settings.ini
mkdir -p "$(dirname "$settings")"
set_prefs() { printf 'reminders = %s\nquiet_hours = %s\n' "$1" "$2" >"$settings"; }
shown() { wc -l <"$log" | tr -d ' '; }

set_prefs off 22:00-08:00
out=$("$RAPPORT" remind --db "$db" --wait 0) || fail "remind (off) exited $?"
grep -q "reminders are off" <<<"$out" || fail "remind (off) said: $out"
[ "$(shown)" = 0 ] || fail "a notification was shown with reminders off"
pass "reminders off (the default): nothing shown"

# Quiet hours around now.
now=$((10#$(date +%H) * 60 + 10#$(date +%M)))
from=$(( (now + 1440 - 60) % 1440 )) until=$(( (now + 60) % 1440 ))
set_prefs on "$(printf '%02d:%02d-%02d:%02d' $((from / 60)) $((from % 60)) $((until / 60)) $((until % 60)))"
out=$("$RAPPORT" remind --db "$db" --wait 0) || fail "remind (quiet) exited $?"
grep -q "quiet hours" <<<"$out" || fail "remind (quiet) said: $out"
[ "$(shown)" = 0 ] || fail "a notification was shown in quiet hours"
pass "quiet hours: nothing shown"

set_prefs on 00:00-00:00
out=$("$RAPPORT" remind --db "$db" --wait 0) || fail "remind exited $?"
[ "$(shown)" = 1 ] || fail "want 1 notification, the server got $(shown): $out"
python3 - "$log" <<'PY' || fail "the notification is not what was due: $(cat "$log")"
import json, sys
n = json.loads(open(sys.argv[1]).readline())
assert n["summary"] == "Thank Amara Osei", n
assert n["body"] == "Within a day of your conversation", n
assert "default" in n["actions"], n
assert n["desktop_entry"] == "org.rapportapp.Rapport", n
assert n["app"] == "Rapport", n
PY
pass "one notification: \"Thank Amara Osei\", with an Open action"

for run in 1 2; do
  "$RAPPORT" remind --db "$db" --wait 0 >/dev/null || fail "remind run $run exited $?"
done
[ "$(shown)" = 1 ] || fail "the same follow-up was announced again: $(shown) notifications"
pass "run twice more: no duplicate"

make_due 30000 # snoozed to a new time, due again
"$RAPPORT" remind --db "$db" --wait 0 >/dev/null || fail "remind after snooze exited $?"
[ "$(shown)" = 2 ] || fail "want a second notification after a snooze, got $(shown)"
pass "snoozed and due again: one more"

# No notification service: a clear reason, exit 1, and nothing is marked
# shown, so the next run on a working bus announces it.
make_due 10000
out=$(DBUS_SESSION_BUS_ADDRESS=unix:path=$WORK/no-bus "$RAPPORT" remind --db "$db" --wait 0 2>&1) &&
  fail "remind without a bus exited 0: $out"
grep -q "notification service" <<<"$out" || fail "remind without a bus said: $out"
"$RAPPORT" remind --db "$db" --wait 0 >/dev/null || fail "remind exited $?"
[ "$(shown)" = 3 ] || fail "the reminder missed while no service answered was lost ($(shown))"
pass "no notification service: '$out'; shown on the next run"

# A click opens Rapport on the person.
touch "$click"
make_due 5000
out=$("$RAPPORT" remind --db "$db" --wait 20) || fail "remind (click) exited $?"
grep -q "opened 1" <<<"$out" || fail "the click was not taken: $out"
opened_pid=
find_opened() { opened_pid=$(pgrep -f -- "--open person:$person" | head -n1); [ -n "$opened_pid" ]; }
wait_until 20 "Rapport started on the person" find_opened
APP_PIDS+=("$opened_pid")
wid=$(wait_for_window "$opened_pid")
pass "a click opened Rapport on the person (window $wid)"

# A conversation that ended a minute ago: "How did it go with …?" with
# Capture notes, Not now and It didn't happen, once; Not now puts the next
# ask 30 minutes on, It didn't happen cancels it, a click captures about it.
rm -f "$click"
db=$WORK/ended.db
"$RAPPORT" capture --db "$db" --person "Zoë Ångström" --new "Met at the fair" >/dev/null ||
  fail "capture exited $?"
zoe=$(sqlite3 "$db" "SELECT id FROM person WHERE name = 'Zoë Ångström'")
plan_ended() { # id: 30 minutes, ended a minute ago
  sqlite3 "$db" "INSERT INTO conversation(id, person_id, when_at, duration_minutes, status,
    created_at, updated_at) VALUES ('$1', '$zoe', strftime('%s','now') * 1000 - 31 * 60000, 30,
    'planned', 0, 0)"
}
plan_ended c-one
before=$(shown)
out=$("$RAPPORT" remind --db "$db" --wait 0) || fail "remind (ended) exited $?"
[ "$(shown)" = $((before + 1)) ] || fail "want one ask at the end, got $(( $(shown) - before )): $out"
tail -n1 "$log" | python3 -c '
import json, sys
n = json.loads(sys.stdin.readline())
assert n["summary"] == "How did it go with Zoë Ångström?", n
assert "Capture your notes while they are fresh" in n["body"], n
labels = n["actions"][1::2]
assert labels == ["Open", "Capture notes", "Not now", "It didn'"'"'t happen"], labels
' || fail "the ask is not what it should be: $(tail -n1 "$log")"
"$RAPPORT" remind --db "$db" --wait 0 >/dev/null || fail "remind (again) exited $?"
[ "$(shown)" = $((before + 1)) ] || fail "the same conversation was asked about twice"
pass "a conversation's end: one \"How did it go with Zoë Ångström?\" with its three choices"

sqlite3 "$db" "DELETE FROM end_prompt; UPDATE conversation SET status = 'held' WHERE id = 'c-one'"
plan_ended c-later
printf 1 >"$click" # Not now
"$RAPPORT" remind --db "$db" --wait 20 >/dev/null || fail "remind (not now) exited $?"
later=$(sqlite3 "$db" "SELECT (ask_after - strftime('%s','now') * 1000) / 60000 FROM end_prompt
  WHERE conversation_id = 'c-later'")
[ "${later:-0}" -ge 28 ] && [ "${later:-0}" -le 30 ] || fail "Not now put the next ask $later min on"
pass "Not now: asked again in $later minutes"

sqlite3 "$db" "UPDATE conversation SET status = 'held' WHERE id = 'c-later'"
plan_ended c-skipped
printf 2 >"$click" # It didn't happen
"$RAPPORT" remind --db "$db" --wait 20 >/dev/null || fail "remind (didn't happen) exited $?"
status=$(sqlite3 "$db" "SELECT status FROM conversation WHERE id = 'c-skipped'")
[ "$status" = cancelled ] || fail "It didn't happen left the conversation $status"
pass "It didn't happen: the conversation is cancelled"

plan_ended c-capture
printf default >"$click"
out=$("$RAPPORT" remind --db "$db" --wait 20) || fail "remind (capture) exited $?"
grep -q "opened 1" <<<"$out" || fail "the click was not taken: $out"
capture_pid=
find_capture() { capture_pid=$(pgrep -f -- "--open capture:c-capture" | head -n1); [ -n "$capture_pid" ]; }
wait_until 20 "Rapport started on capture about the conversation" find_capture
APP_PIDS+=("$capture_pid")
wait_for_window "$capture_pid" >/dev/null
pass "a click opened Rapport's capture on the conversation that ended"
# It has done its part; closed, it no longer writes beside this test's
# own writes below (which found the database locked once in five runs
# under load).
kill "$capture_pid" 2>/dev/null || true
wait_gone() { ! kill -0 "$capture_pid" 2>/dev/null; }
wait_until 20 "the opened Rapport closed" wait_gone

# Scheduled to the second: the next end is when the next run comes (a
# transient systemd user timer), not at the 15-minute tick. systemd-run is
# a stand-in here that keeps what it was asked.
mkdir -p "$WORK/bin"
cat >"$WORK/bin/systemd-run" <<SH
#!/bin/sh
printf '%s\n' "\$@" >"$WORK/scheduled"
SH
chmod +x "$WORK/bin/systemd-run"
rm -f "$click"
sqlite3 "$db" "UPDATE conversation SET status = 'held' WHERE status = 'planned';
  INSERT INTO conversation(id, person_id, when_at, duration_minutes, status, created_at,
  updated_at) VALUES ('c-next', '$zoe', strftime('%s','now') * 1000 - 20 * 60000, 30, 'planned',
  0, 0)"
out=$(PATH="$WORK/bin:$PATH" "$RAPPORT" remind --db "$db" --wait 0) || fail "remind (schedule) exited $?"
grep -q -- "--user" "$WORK/scheduled" || fail "systemd-run was not asked: $out"
seconds=$(sed -n 's/^--on-active=\([0-9]*\)s$/\1/p' "$WORK/scheduled")
[ "${seconds:-0}" -ge 600 ] && [ "${seconds:-0}" -le 606 ] ||
  fail "the next run is in ${seconds:-?} s, not at the end 10 minutes on: $(cat "$WORK/scheduled")"
grep -qx "remind" "$WORK/scheduled" && grep -qx -- "$db" "$WORK/scheduled" ||
  fail "the scheduled run is not 'rapport remind --db': $(cat "$WORK/scheduled")"
pass "the next run is scheduled for the conversation's end, in $seconds s"
