#!/usr/bin/env bash
# Names in every script: a LinkedIn export and a vCard naming people in
# eight scripts import through the real binary, are found by `rapport
# search`, and the People list renders them as the reference image shows
# (CJK and Thai glyphs, Hebrew and Arabic right to left and joined, sorted by
# the locale's collation). The reference was rendered by this test and looked
# at; to renew it after an intended change: RENEW_REFERENCE=1.
source "$(dirname "$0")/lib.sh"
start_xvfb

data=$(cd "$(dirname "$0")/../data" && pwd)
db=$WORK/scripts.db
"$RAPPORT" import "$data/scripts-linkedin.csv" --db "$db" --yes >/dev/null || fail "CSV import exited $?"
"$RAPPORT" import "$data/scripts.vcf" --db "$db" --yes >/dev/null || fail "vCard import exited $?"
count=$(sqlite3 "$db" "SELECT count(*) FROM person WHERE deleted_at IS NULL")
[ "$count" = 19 ] || fail "imported $count people, want 19"
pass "19 people imported from a LinkedIn CSV and a vCard"

expect_found() { # QUERY NAME
  local out
  out=$("$RAPPORT" search "$1" --db "$db") || fail "search $1 exited $?"
  grep -qF "person: $2" <<<"$out" || fail "search '$1' did not find $2: $out"
}
expect_found 芳 王芳
expect_found 민준 김민준
expect_found さくら 田中さくら
expect_found محمد "محمد العلي"
expect_found נועה "נועה לוי"
expect_found प्रिया "प्रिया शर्मा"
expect_found ใจดี "สมชาย ใจดี"
expect_found Ελέ "Ελένη Οικονόμου"
pass "search finds a name in each of eight scripts by any part"

reference=$data/reference/people-in-scripts.png
shot=$WORK/people-in-scripts.png
"$RAPPORT" --db "$db" --screenshot "$shot" --screen people --size 420x2300 >/dev/null ||
  fail "screenshot exited $?"
if [ "${RENEW_REFERENCE:-0}" = 1 ]; then
  mkdir -p "$(dirname "$reference")" && cp "$shot" "$reference"
  pass "reference renewed: $reference"
  exit 0
fi
[ -f "$reference" ] || fail "no reference image $reference (RENEW_REFERENCE=1 makes one)"
# Anti-aliasing may differ by a shade; a missing glyph box or a reversed
# word changes hundreds of pixels.
differing=$(compare -metric AE -fuzz 10% "$reference" "$shot" "$WORK/difference.png" 2>&1 || true)
if ! [ "${differing%%.*}" -lt 200 ] 2>/dev/null; then
  kept=${TMPDIR:-/tmp}/rapport-scripts-difference.png
  cp "$WORK/difference.png" "$kept" 2>/dev/null || true
  fail "the People list differs from the reference in $differing pixels (see $kept)"
fi
pass "the People list matches the reference ($differing pixels differ)"
