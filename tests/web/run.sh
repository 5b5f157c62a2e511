#!/usr/bin/env bash
# The web test: brings the web app (preset web) up to date (cmake/dev builds
# it before the tests, so this is only a check), installs
# playwright-core from npm (package-lock.json), and drives Debian's
# Chromium at 390x844 with touch. Screenshots go to build/web-test/.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset web >/dev/null
cmake --build --preset web -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
(cd tests/web && npm ci --no-audit --no-fund --silent)
node tests/web/web_test.mjs build/web/site build/web-test
