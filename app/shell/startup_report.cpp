#include "shell/startup_report.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace rapport {

void report_startup(const char* phase) {
    // Read each time: it is called a handful of times per launch.
    const char* enabled = std::getenv("RAPPORT_REPORT_STARTUP");
    if (!enabled || enabled[0] != '1') return;
    using namespace std::chrono;
    const long long now =
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    std::fprintf(stderr, "startup: %s-at-ms=%lld\n", phase, now);
}

} // namespace rapport
