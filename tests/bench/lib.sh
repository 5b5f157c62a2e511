# Shared set-up for the benchmarks that run the real app under Xvfb
# (launch.sh, memory.sh): the e2e helpers, a private copy of the 10k-person
# database at $WORK/bench.db, a display, and $floor, the bare GLFW + ImGui
# window they are measured against.
#   source tests/bench/lib.sh "$@"   (first argument: the database, optional)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../e2e/lib.sh"
bench_db=${1:-/tmp/rapport-bench-10k.db}
[ -f "$bench_db" ] || fail "no $bench_db: run rapport_store_bench first"
cp "$bench_db" "$WORK/bench.db"
start_xvfb
floor=${FLOOR:-$(dirname "$(dirname "$RAPPORT")")/tests/rapport_floor_window}
