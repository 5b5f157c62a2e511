#include "core/plural.hpp"

#include <doctest/doctest.h>

using rapport::core::counted;
using rapport::core::plural_form;

TEST_CASE("a count takes its noun's form: one for 1, the plural for 0 and more") {
    CHECK(counted(1, "word", "words") == "1 word");
    CHECK(counted(0, "word", "words") == "0 words");
    CHECK(counted(2, "person", "people") == "2 people");
    CHECK(counted(10000, "note in your inbox", "notes in your inbox") ==
          "10000 notes in your inbox");
    CHECK(plural_form(1, " has", " have") == " has");
    CHECK(plural_form(3, " has", " have") == " have");
}
