#!/usr/bin/env bash
# Every C++ file the repository tracks is as clang-format (.clang-format)
# writes it: the suite fails on unformatted code, naming each place.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v clang-format >/dev/null || { echo "format: clang-format is missing (cmake/dev deps --test)" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' '*.c' | grep -v '/node_modules/')
[ ${#files[@]} -gt 0 ] || { echo "format: no sources found (not a git checkout?)" >&2; exit 1; }
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "format: run  clang-format -i \$(git ls-files '*.cpp' '*.hpp')  and commit the result" >&2
  exit 1
fi
echo "format: ${#files[@]} files as clang-format writes them"
