#pragma once
// How every `rapport` command ends: 0 done; 1 the disk, database or system
// failed; 2 the command was wrong (a one-line reason on stderr).
#include <iostream>
#include <string>

namespace rapport {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Says why on stderr and gives the status to exit with.
inline int exit_usage(const std::string& message) {
    std::cerr << "rapport: " << message << "\n";
    return kExitUsage;
}
inline int exit_failure(const std::string& message) {
    std::cerr << "rapport: " << message << "\n";
    return kExitFailure;
}

} // namespace rapport
