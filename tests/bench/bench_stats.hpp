#pragma once
// Timing helpers for benchmarks: run, collect milliseconds, report p50/p95.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace rapport::bench {

inline double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
    int runs = 0;
};

inline Stats measure(int runs, const std::function<void(int)>& body) {
    std::vector<double> times;
    times.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const double start = now_ms();
        body(i);
        times.push_back(now_ms() - start);
    }
    std::sort(times.begin(), times.end());
    auto at = [&](double q) { return times[static_cast<size_t>(q * (times.size() - 1))]; };
    return {at(0.50), at(0.95), times.back(), runs};
}

// One table row: what, measured, bar, verdict.
inline void row(const std::string& what, const std::string& measured, const std::string& bar,
                bool within) {
    std::printf("| %-44s | %-22s | %-18s | %-4s |\n", what.c_str(), measured.c_str(), bar.c_str(),
                within ? "ok" : "MISS");
}

inline std::string p50_p95(const Stats& s) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2f / %.2f ms", s.p50, s.p95);
    return text;
}

} // namespace rapport::bench
