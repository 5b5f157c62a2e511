#!/usr/bin/env bash
# `rapport import`, `export` and `search` from a terminal: no window, exit 0
# on success and 2 with one clear line on bad input, nothing changed then.
source "$(dirname "$0")/lib.sh"
unset DISPLAY
db="$WORK/data.db"

printf 'Notes:\r\n"Some addresses are missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAmara,Osei,https://www.linkedin.com/in/amara-osei,,Brightline Labs,Senior UX Researcher,24 Aug 2023\r\nDaniel,Kim,https://www.linkedin.com/in/danielkim,daniel@example.org,Fieldstone Farms,Operations Lead,03 Jan 2022\r\n' >"$WORK/Connections.csv"

out=$("$RAPPORT" import "$WORK/Connections.csv" --db "$db" --dry-run) || fail "dry run exited $?"
grep -q "2 new" <<<"$out" || fail "dry run did not count 2 new: $out"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM person')" = 0 ] || fail "dry run changed the database"
pass "import --dry-run previews and changes nothing"

"$RAPPORT" import "$WORK/Connections.csv" --db "$db" >/dev/null || fail "import exited $?"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM person')" = 2 ] || fail "import did not add 2 people"
before=$(sqlite3 "$db" 'SELECT * FROM person ORDER BY id')
out=$("$RAPPORT" import "$WORK/Connections.csv" --db "$db") || fail "re-import exited $?"
[ "$(sqlite3 "$db" 'SELECT * FROM person ORDER BY id')" = "$before" ] || fail "re-import changed people"
pass "import adds two people; importing again changes nothing ($(tail -n1 <<<"$out"))"

for format in vcf ics csv json; do
  "$RAPPORT" export --format $format --db "$db" --out "$WORK/all.$format" 2>/dev/null \
    || fail "export $format exited $?"
  [ -s "$WORK/all.$format" ] || fail "export $format wrote nothing"
done
grep -q "^FN:Amara Osei" "$WORK/all.vcf" || fail "vcf lacks Amara"
grep -q "^BEGIN:VCALENDAR" "$WORK/all.ics" || fail "ics is not a calendar"
"$RAPPORT" export --format md --db "$db" --out "$WORK/md" 2>/dev/null || fail "export md exited $?"
[ -f "$WORK/md/people/amara-osei.md" ] && [ -f "$WORK/md/conversations.md" ] || fail "md files missing"
pass "export vcf, ics, csv, json and md"

"$RAPPORT" import "$WORK/all.json" --db "$WORK/restored.db" >/dev/null || fail "restore exited $?"
for table in person note organisation; do
  [ "$(sqlite3 "$db" "SELECT * FROM $table ORDER BY 1")" = \
    "$(sqlite3 "$WORK/restored.db" "SELECT * FROM $table ORDER BY 1")" ] || fail "restored $table differs"
done
pass "a JSON backup restores into an empty database with identical rows"

out=$("$RAPPORT" search brightline --db "$db" --json) || fail "search exited $?"
grep -q '"person": "Amara Osei"' <<<"$out" || fail "search did not find Amara: $out"
pass "search --json"

echo "not a contact file" >"$WORK/garbage.txt"
before=$(sqlite3 "$db" 'SELECT count(*) FROM person; SELECT count(*) FROM note')
for bad in "import $WORK/garbage.txt" "import $WORK/missing.csv" "import $WORK/all.json" \
  "export --format xml" "export" "search"; do
  set +e
  err=$("$RAPPORT" $bad --db "$db" 2>&1 >/dev/null)
  code=$?
  set -e
  [ "$code" -eq 2 ] || fail "'$bad' exited $code, want 2 ($err)"
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "'$bad' printed more than one line: $err"
  pass "'$bad' -> exit 2: $err"
done
[ "$(sqlite3 "$db" 'SELECT count(*) FROM person; SELECT count(*) FROM note')" = "$before" ] \
  || fail "bad input changed the database"
pass "bad input changed nothing"
