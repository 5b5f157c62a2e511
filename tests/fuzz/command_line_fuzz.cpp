// Command-line parsing: NUL-separated arguments; a result or one message.
#include "shell/command_line.hpp"
#include "tests/fuzz/fuzz_target.hpp"

#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> arguments(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0)
            arguments.emplace_back();
        else
            arguments.back() += static_cast<char>(data[i]);
    }
    const auto parsed = rapport::parse_command_line(arguments);
    if (!parsed.error.empty() && parsed.error.find('\n') != std::string::npos) std::abort();
    return 0;
}
