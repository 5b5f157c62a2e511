#include "platform/frame_pacer.hpp"

#include <doctest/doctest.h>

using namespace rapport::platform;

TEST_CASE("after input a few frames are drawn, then the loop sleeps without a timeout") {
    FramePacer pacer;
    pacer.note_event();
    for (int i = 0; i < FramePacer::kFramesAfterEvent; ++i) {
        CHECK(pacer.wait_seconds(0.0) >= 0.0);
        pacer.note_frame({});
    }
    CHECK(pacer.wait_seconds(0.0) < 0.0); // idle: wait for an event, draw nothing
}

TEST_CASE("a blinking caret wakes the loop on a slow timer only") {
    FramePacer pacer;
    for (int i = 0; i < 5; ++i)
        pacer.note_frame({false, true});
    CHECK(pacer.wait_seconds(0.0) == doctest::Approx(FramePacer::kCaretWakeSeconds));
}

TEST_CASE("an animation keeps frames coming at about 60 Hz, then stops") {
    FramePacer pacer;
    for (int i = 0; i < 5; ++i)
        pacer.note_frame({true, false});
    CHECK(pacer.wait_seconds(0.0) == doctest::Approx(1.0 / 60.0));
    CHECK(pacer.wait_seconds(0.010) == doctest::Approx(1.0 / 60.0 - 0.010));
    CHECK(pacer.wait_seconds(0.5) == 0.0);
    pacer.note_frame({false, false});
    CHECK(pacer.wait_seconds(0.0) < 0.0);
}

TEST_CASE("a scheduled change wakes the loop once, at its time") {
    FramePacer pacer;
    for (int i = 0; i < 5; ++i)
        pacer.note_frame({false, false, 6.0});
    CHECK(pacer.wait_seconds(1.0) == doctest::Approx(5.0));
    pacer.note_frame({false, true, 0.1});
    CHECK(pacer.wait_seconds(0.0) == doctest::Approx(0.1));
}

TEST_CASE("a frame that asks to settle (a focus request) is followed at once, not at 60 Hz") {
    FramePacer pacer;
    pacer.note_event();
    FrameNeeds needs;
    needs.settling = true;
    pacer.note_frame(needs);
    CHECK(pacer.wait_seconds(0.0) == 0.0);
    pacer.note_frame({});
    CHECK(pacer.wait_seconds(0.0) == doctest::Approx(1.0 / 60.0)); // back to the usual pace
}
