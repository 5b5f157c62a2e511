#!/usr/bin/env bash
# --help and --version print to stdout and exit 0; bad arguments exit 2 with
# one line naming the problem. None of these opens a window or a database.
source "$(dirname "$0")/lib.sh"
unset DISPLAY

out=$("$RAPPORT" --help) || fail "--help exited $?"
grep -q "Usage: rapport" <<<"$out" || fail "--help did not print usage"
pass "--help"

out=$("$RAPPORT" --version) || fail "--version exited $?"
[[ "$out" =~ ^rapport\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$out'"
pass "--version: $out"

for bad in "--bogus" "--size 10x10 --screenshot a.png" "--theme purple" "--db" "stray"; do
  set +e
  err=$("$RAPPORT" $bad 2>&1 >/dev/null)
  code=$?
  set -e
  [ "$code" -eq 2 ] || fail "'$bad' exited $code, want 2"
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "'$bad' printed more than one line: $err"
  [[ "$err" == rapport:* ]] || fail "'$bad' message does not start with 'rapport:': $err"
  pass "'$bad' -> exit 2: $err"
done
[ ! -e "$XDG_DATA_HOME/rapport" ] || fail "argument errors created the data folder"

set +e
err=$("$RAPPORT" --db "$WORK/x.db" 2>&1)
code=$?
set -e
[ "$code" -eq 1 ] || fail "no display: exited $code, want 1"
grep -q "cannot open a window" <<<"$err" || fail "no display: unclear message: $err"
pass "no display -> exit 1: $(tail -n1 <<<"$err")"
