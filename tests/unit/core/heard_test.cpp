#include "core/heard.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

namespace {

HeardConversation held(const std::string& id, const std::string& who, Millis at,
                       const std::string& courses, const std::string& mentors = "") {
    HeardConversation h;
    h.person_name = who;
    h.conversation.id = id;
    h.conversation.status = ConversationStatus::Held;
    h.conversation.held_at = at;
    h.conversation.courses = courses;
    h.conversation.mentors = mentors;
    return h;
}

} // namespace

TEST_CASE("what I've heard counts each recommendation once per person, most people first") {
    const auto sections = what_ive_heard({
        held("c1", "Amara Osei", 100, "Intro to GIS\nGoogle UX certificate"),
        held("c2", "Dana Kim", 300, "google ux certificate.\n· Statistics 101"),
        held("c3", "Amara Osei", 200, "Google UX Certificate", "Dana Whitfield"),
    });
    REQUIRE(sections.size() == 6);
    CHECK(sections[0].topic == HeardTopic::Courses);
    const auto& courses = sections[0].items;
    REQUIRE(courses.size() == 3);
    // Heard from two people (Amara twice counts once), written as first heard.
    CHECK(courses[0].text == "Google UX certificate");
    CHECK(courses[0].people == std::vector<std::string>{"Amara Osei", "Dana Kim"});
    CHECK(courses[0].conversation_id == "c2"); // the most recent
    CHECK(courses[1].text == "Intro to GIS");
    CHECK(courses[2].text == "Statistics 101");
    CHECK(sections[2].topic == HeardTopic::Mentors);
    REQUIRE(sections[2].items.size() == 1);
    CHECK(sections[2].items[0].text == "Dana Whitfield");
    CHECK(sections[3].items.empty()); // no advice yet: the section is there, empty
}
