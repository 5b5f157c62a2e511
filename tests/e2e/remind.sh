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
