#include "core/text.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("trim removes spaces, tabs and line ends at both ends only") {
    CHECK(trim("  Amara Osei \t\r\n") == "Amara Osei");
    CHECK(trim(" a  b ") == "a  b");
    CHECK(trim(" \t ").empty());
}

TEST_CASE("lower_ascii lower-cases ASCII letters and leaves other bytes") {
    CHECK(lower_ascii("ÉLODIE Dupont") == "Élodie dupont");
}

TEST_CASE("word_count counts runs of non-space characters") {
    CHECK(word_count("") == 0);
    CHECK(word_count("  one\ttwo\n three ") == 3);
}

TEST_CASE("lists split on commas, semicolons and line ends, and join with commas") {
    CHECK(split_list(" a@x.org, b@y.org;c\n\n , ") ==
          std::vector<std::string>{"a@x.org", "b@y.org", "c"});
    CHECK(split_list("").empty());
    CHECK(join_list({"GIS", "urban planning"}) == "GIS, urban planning");
    CHECK(join_list(split_list("x ,y")) == "x, y");
}

TEST_CASE("split_words gives the runs of non-space characters") {
    CHECK(rapport::core::split_words("  a bc\tdé \n") == std::vector<std::string>{"a", "bc", "dé"});
    CHECK(rapport::core::split_words(" \n ").empty());
}
