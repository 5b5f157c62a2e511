#pragma once
// What a person does with a value that lost a sync conflict: take it back
// (it becomes the record's, as an edit made now) or let it go. Declared
// apart from any screen: a person's page offers them for what is about that
// person, the Sync screen for the records about no one (a career option, the
// speech, a template).
#include <cstdint>

namespace rapport::ui {

struct TakeBackValue {
    std::int64_t row;
};
struct LetGoValue {
    std::int64_t row;
};

} // namespace rapport::ui
