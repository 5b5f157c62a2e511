#!/usr/bin/env bash
# A web test: brings the web app (preset web) up to date (cmake/dev builds
# it before the tests, so this is only a check), installs
# playwright-core from npm (package-lock.json), and drives Debian's
# Chromium at 390x844 with touch. Screenshots go to build/web-test/.
#   run.sh [SCRIPT [ARGS...]]   (web_test.mjs when none is named)
set -euo pipefail
cd "$(dirname "$0")/../.."
# Quiet when the build is fine; its last lines when it is not, so a broken
# web build never fails this test without saying why.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { cmake --preset web && cmake --build --preset web -j "$(nproc 2>/dev/null || echo 2)"; } >"$log" 2>&1; then
  echo "web.phone: the web build failed:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
(cd tests/web && npm ci --no-audit --no-fund --silent)
script=${1:-web_test.mjs}
shift || true
node "tests/web/$script" build/web/site build/web-test "$@"
