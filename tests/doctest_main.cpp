// The main of every doctest binary. A run whose filter matches no test case
// fails: CTest hands each test its name as a filter, and a name CTest cannot
// carry (one with a ';', which CMake splits into a list) once matched nothing
// and "passed" without running, for 15 tests. Listing the cases (what CTest's
// discovery does at build time) fails on such a name, so the build says which.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstring>
#include <iostream>

namespace {

bool& unusable_name_listed() {
    static bool listed = false;
    return listed;
}

unsigned& cases_run() {
    static unsigned count = 0;
    return count;
}

// Hears only how many test cases passed the filters.
struct MatchCounter : doctest::IReporter {
    explicit MatchCounter(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData& query) override {
        for (unsigned i = 0; i < query.num_data; ++i) {
            const char* name = query.data[i]->m_name;
            if (std::strchr(name, ';') == nullptr) continue;
            std::cerr << "doctest: the test case name \"" << name
                      << "\" has a ';', which CTest splits; use another mark\n";
            unusable_name_listed() = true;
        }
    }
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats& stats) override {
        cases_run() = stats.numTestCasesPassingFilters;
    }
    void test_case_start(const doctest::TestCaseData&) override {}
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};

REGISTER_LISTENER("match_counter", 1, MatchCounter);

} // namespace

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    if (unusable_name_listed()) return 1;
    if (context.shouldExit()) return result; // --list-test-cases and the like
    if (result == 0 && cases_run() == 0) {
        std::cerr << "doctest: no test case matches the filter, so nothing was tested\n";
        return 1;
    }
    return result;
}
