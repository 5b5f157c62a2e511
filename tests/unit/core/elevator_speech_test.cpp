#include "core/elevator_speech.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("the speech is assembled from the profile, skipping what is empty") {
    Profile p;
    p.name = "Jordan Lee";
    p.major = "a junior studying information science at UNT";
    p.goals = "work in user research";
    p.strengths = "interviewing people";
    p.weaknesses = "public speaking";
    p.skills = "SQL and Figma";
    p.exploring = "research operations";
    const std::string speech = assemble_speech(p);
    CHECK(speech.rfind("Hi, I'm Jordan Lee. I'm a junior studying information science at UNT.",
                       0) == 0);
    CHECK(speech.find("I'm strong at interviewing people, and I'm working on public speaking.") !=
          std::string::npos);
    CHECK(speech.find("Right now I'm exploring research operations") != std::string::npos);
    Profile sparse;
    sparse.name = "Sam.";
    sparse.skills = "writing";
    CHECK(assemble_speech(sparse) == "Hi, I'm Sam. I've built skills in writing.");
    CHECK(assemble_speech(Profile{}).empty());
}

TEST_CASE("spoken time at about 150 words a minute") {
    std::string seventy_five;
    for (int i = 0; i < 75; ++i)
        seventy_five += "word ";
    CHECK(spoken_seconds(seventy_five) == 30);
    CHECK(spoken_seconds(seventy_five + seventy_five) == 60);
    CHECK(spoken_seconds("") == 0);
}
