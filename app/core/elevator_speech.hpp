#pragma once
// The elevator speech from the guide: who you are, what you study or have
// done, your goals, strengths, a weakness you are working on, your skills
// and what you are exploring, said in 30 to 60 seconds.
#include "core/profile.hpp"

#include <string>

namespace rapport::core {

constexpr int kSpokenWordsPerMinute = 150;
constexpr int kSpeechMinSeconds = 30;
constexpr int kSpeechMaxSeconds = 60;

// A first draft from the profile; empty fields are left out.
std::string assemble_speech(const Profile& profile);
// Seconds it takes to say `text` at about 150 words a minute.
int spoken_seconds(const std::string& text);

} // namespace rapport::core
