#include "interop/text_encoding.hpp"

#include <doctest/doctest.h>

using namespace rapport::interop;

TEST_CASE("UTF-8 validation accepts real text and rejects broken bytes") {
    CHECK(is_valid_utf8("Chloé Nguyễn-Berg · 15 min — 👋"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xC3"));             // truncated
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("abc\xFF"));
}

TEST_CASE("a byte-order mark is dropped, once") {
    CHECK(strip_bom("\xEF\xBB\xBFName") == "Name");
    CHECK(strip_bom("Name") == "Name");
}
