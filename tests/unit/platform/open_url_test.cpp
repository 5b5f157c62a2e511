#include "platform/open_url.hpp"

#include <doctest/doctest.h>

using rapport::platform::is_openable_url;

TEST_CASE("only web, mail, phone and file links are handed to the opener") {
    CHECK(is_openable_url("https://www.linkedin.com/in/amara-osei"));
    CHECK(is_openable_url("mailto:amara@example.org?subject=Thank%20you"));
    CHECK(is_openable_url("tel:+15551234567"));
    CHECK_FALSE(is_openable_url("--help"));
    CHECK_FALSE(is_openable_url("javascript:alert(1)"));
    CHECK_FALSE(is_openable_url("https://"));
    CHECK_FALSE(is_openable_url("https://a.example/\nrm"));
    std::string error;
    CHECK_FALSE(rapport::platform::open_url("-x", error));
    CHECK(error.find("not a web, mail, phone or file link") != std::string::npos);
}
