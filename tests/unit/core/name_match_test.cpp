#include "core/name_match.hpp"

#include <doctest/doctest.h>

using rapport::core::closest_names;

TEST_CASE("closest names: a slip of the keyboard finds the person meant") {
    const std::vector<std::string> names = {"Amara Osei", "Dana Whitfield", "Sam Ortiz",
                                            "Samira Haddad", "Ines Duarte"};
    CHECK(closest_names("Amara Osie", names) == std::vector<std::string>{"Amara Osei"});
    CHECK(closest_names("dana", names) == std::vector<std::string>{"Dana Whitfield"});
    // A shared word ranks before a near spelling.
    const auto sam = closest_names("Sam Ortis", names);
    REQUIRE_FALSE(sam.empty());
    CHECK(sam.front() == "Sam Ortiz");
}

TEST_CASE("closest names: nothing close is nothing offered, and the list is capped") {
    const std::vector<std::string> names = {"Amara Osei", "Dana Whitfield"};
    CHECK(closest_names("Zhang Wei", names).empty());
    CHECK(closest_names("", names).empty());
    const std::vector<std::string> many = {"Ana Lee", "Ana Li", "Ana Lo", "Ana Lu"};
    CHECK(closest_names("Ana", many, 2).size() == 2);
}
