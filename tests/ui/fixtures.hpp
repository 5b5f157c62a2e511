#pragma once
// Records the UI tests set up in the store before tapping through a screen.
#include "ui/harness.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace rapport::testing {

// A person with a name (and a stage, an email), saved.
inline core::Person add_person(Harness& h, const std::string& name,
                               core::Stage stage = core::Stage::Identified,
                               const std::string& email = "") {
    core::Person p;
    p.name = name;
    p.stage = stage;
    if (!email.empty()) p.emails = {email};
    REQUIRE_FALSE(h.store().people().save(p));
    return p;
}

// A conversation with `person_id` at `when`, planned and saved.
inline core::Conversation add_conversation(Harness& h, const std::string& person_id,
                                           core::Millis when) {
    core::Conversation c;
    c.person_id = person_id;
    c.when = when;
    REQUIRE_FALSE(h.store().conversations().save(c));
    return c;
}

// What the store now holds, read again, and `name`'s page opened from People.
inline void open_person_page(Harness& h, const std::string& name) {
    h.app().reload();
    h.tap("People");
    h.tap(name);
}

// A conversation with Ines Duarte an hour from now, with these questions in
// order, already on Today for "Start".
inline core::Conversation plan_conversation(Harness& h, const std::vector<std::string>& questions) {
    core::Person p;
    p.name = "Ines Duarte";
    REQUIRE_FALSE(h.store().people().save(p));
    core::Conversation c;
    c.person_id = p.id;
    c.when = h.clock().now() + core::kHour;
    for (const std::string& q : questions)
        c.questions.push_back({std::nullopt, q, ""});
    REQUIRE_FALSE(h.store().conversations().save(c));
    h.app().reload();
    h.frames(2);
    return c;
}

} // namespace rapport::testing
