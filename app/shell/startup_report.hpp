#pragma once
// With RAPPORT_REPORT_STARTUP=1 in the environment, prints the wall-clock
// time (ms since the epoch) at which a start-up phase finished, as
// "startup: PHASE-at-ms=T" on stderr. tests/bench/launch.sh subtracts the
// time it launched the process to split launch time into phases.
namespace rapport {

void report_startup(const char* phase);

} // namespace rapport
