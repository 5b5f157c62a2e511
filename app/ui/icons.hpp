#pragma once
// Material Icons code points (UTF-8), merged into the fonts at load time.
#include <imgui.h>

namespace rapport::ui::icon {

constexpr const char* kHome = "\xee\xa2\x8a";         // e88a
constexpr const char* kPeople = "\xee\x9f\xaf";       // e7ef
constexpr const char* kAdd = "\xee\x85\x85";          // e145
constexpr const char* kDescription = "\xee\xa1\xb3";  // e873
constexpr const char* kWork = "\xee\xa3\xb9";         // e8f9
constexpr const char* kSearch = "\xee\xa2\xb6";       // e8b6
constexpr const char* kSettings = "\xee\xa2\xb8";     // e8b8
constexpr const char* kPersonAdd = "\xee\x9f\xbe";    // e7fe
constexpr const char* kPhone = "\xee\x82\xb0";        // e0b0
constexpr const char* kClose = "\xee\x97\x8d";        // e5cd
constexpr const char* kArrowBack = "\xee\x97\x84";    // e5c4
constexpr const char* kCheck = "\xee\x97\x8a";        // e5ca
constexpr const char* kChevronLeft = "\xee\x97\x8b";  // e5cb
constexpr const char* kChevronRight = "\xee\x97\x8c"; // e5cc
constexpr const char* kSchedule = "\xee\xa2\xb5";     // e8b5
constexpr const char* kEvent = "\xee\xa1\xb8";        // e878
constexpr const char* kMail = "\xee\x85\x98";         // e158
constexpr const char* kEdit = "\xee\x8f\x89";         // e3c9
constexpr const char* kDelete = "\xee\xa1\xb2";       // e872
constexpr const char* kUndo = "\xee\x85\xa6";         // e166
constexpr const char* kHistory = "\xee\xa2\x89";      // e889: a daily copy
constexpr const char* kUpload = "\xee\x8b\x86";       // e2c6 file_upload
constexpr const char* kLightMode = "\xee\x94\x98";    // e518 wb_sunny
constexpr const char* kDarkMode = "\xee\x94\x9c";     // e51c brightness_3
constexpr const char* kArrowUp = "\xee\x97\x98";      // e5d8 arrow_upward
constexpr const char* kArrowDown = "\xee\x97\x9b";    // e5db arrow_downward
constexpr const char* kArchive = "\xee\x85\x89";      // e149 archive
constexpr const char* kUnarchive = "\xee\x85\xa9";    // e169 unarchive
constexpr const char* kSync = "\xee\x98\xa7";         // e627 sync
constexpr const char* kHelp = "\xee\xa2\x87";         // e887 help

// Every code point above, for the font atlas (ImWchar: 16 bits on the
// desktop, 32 in the web build).
constexpr ImWchar kRanges[] = {
    0xe0b0, 0xe0b0, 0xe145, 0xe145, 0xe149, 0xe149, 0xe158, 0xe158, 0xe166, 0xe166,
    0xe169, 0xe169, 0xe2c6, 0xe2c6, 0xe3c9, 0xe3c9, 0xe518, 0xe518, 0xe51c, 0xe51c,
    0xe5c4, 0xe5c4, 0xe5ca, 0xe5cd, 0xe5d8, 0xe5d8, 0xe5db, 0xe5db, 0xe627, 0xe627,
    0xe7ef, 0xe7ef, 0xe7fe, 0xe7fe, 0xe872, 0xe873, 0xe878, 0xe878, 0xe887, 0xe887,
    0xe889, 0xe88a, 0xe8b5, 0xe8b6, 0xe8b8, 0xe8b8, 0xe8f9, 0xe8f9, 0};

} // namespace rapport::ui::icon
