#pragma once
// Every fuzz target defines this, libFuzzer's entry point. Built with clang
// and -fsanitize=fuzzer it runs under libFuzzer (`cmake/dev fuzz`); built
// with replay_main.cpp it replays the seed corpus and deterministic
// mutations of it (a short run inside the test suite, under ASan+UBSan).
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
