#pragma once
// One tap from something heard (an answer or a note) to evidence under a
// career option: "File under a career", then pro / con / open question and
// the option.
#include "ui/screens/screen.hpp"

#include <string>

namespace rapport::ui {

// `key` names what is being filed, unique on the screen; `evidence` carries
// what it points at (career and kind are filled in here).
void file_evidence(ScreenContext& screen, const std::string& key, FileEvidence evidence);

} // namespace rapport::ui
