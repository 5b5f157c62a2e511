// Replays a fuzz target without libFuzzer: every file of its seed corpus,
// then deterministic mutations of them (flips, inserts, deletions,
// repeats, splices, truncations). Runs inside the test suite under
// ASan+UBSan; the real fuzzing is `cmake/dev fuzz`.
//   replay CORPUS_DIR [MUTATIONS]
#include "tests/fuzz/fuzz_target.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Random {
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::uint64_t next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
};

const char* const kTokens[] = {"BEGIN:VCARD\n",
                               "END:VCARD\n",
                               "=\n",
                               "=C3=",
                               "\"",
                               "\"\"",
                               ",",
                               "\r\n",
                               ";",
                               ":",
                               "\\",
                               "item1.",
                               "\xEF\xBB\xBF",
                               "\xFF\xFE",
                               "{",
                               "}",
                               "[",
                               "]",
                               "null",
                               "\"rows\"",
                               "--db",
                               "\0",
                               "*",
                               "NEAR("};

std::string mutate(std::string s, const std::vector<std::string>& seeds, Random& r) {
    const int steps = 1 + static_cast<int>(r.below(4));
    for (int k = 0; k < steps; ++k) {
        switch (r.below(7)) {
        case 0: // flip a byte
            if (!s.empty()) s[r.below(s.size())] = static_cast<char>(r.next());
            break;
        case 1: // insert random bytes
            s.insert(r.below(s.size() + 1),
                     std::string(1 + r.below(8), static_cast<char>(r.next())));
            break;
        case 2: // delete a range
            if (!s.empty()) {
                const std::size_t at = r.below(s.size());
                s.erase(at, 1 + r.below(s.size() - at));
            }
            break;
        case 3: // repeat a chunk
            if (!s.empty()) {
                const std::size_t at = r.below(s.size());
                const std::string chunk = s.substr(at, 1 + r.below(64));
                s.insert(r.below(s.size() + 1), chunk);
            }
            break;
        case 4: { // a token the parsers care about
            const char* token = kTokens[r.below(sizeof kTokens / sizeof *kTokens)];
            s.insert(r.below(s.size() + 1), std::string(token, token[0] ? std::strlen(token) : 1));
            break;
        }
        case 5: // splice with another seed
            if (!seeds.empty()) {
                const std::string& other = seeds[r.below(seeds.size())];
                s = s.substr(0, r.below(s.size() + 1)) + other.substr(r.below(other.size() + 1));
            }
            break;
        default: // truncate
            s.resize(r.below(s.size() + 1));
        }
    }
    return s;
}

const std::string* current = nullptr;

// A failing input is printed (escaped) so it can become a regression seed.
void on_abort(int) {
    if (current) {
        std::fputs("failing input: \"", stderr);
        for (unsigned char c : *current)
            std::fprintf(stderr, c >= 32 && c < 127 && c != '"' && c != '\\' ? "%c" : "\\x%02x", c);
        std::fputs("\"\n", stderr);
    }
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
}

void run(const std::string& input) {
    current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    current = nullptr;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS]\n", argv[0]);
        return 2;
    }
    std::signal(SIGABRT, on_abort);
    const long mutations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 2000;
    std::vector<std::string> seeds;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        seeds.push_back(s.str());
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no seeds in %s\n", argv[1]);
        return 2;
    }
    run("");
    for (const std::string& seed : seeds)
        run(seed);
    Random random;
    for (long i = 0; i < mutations; ++i)
        run(mutate(seeds[static_cast<std::size_t>(i) % seeds.size()], seeds, random));
    std::printf("%zu seeds and %ld mutations, no crash\n", seeds.size(), mutations);
    return 0;
}
