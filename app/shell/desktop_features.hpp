#pragma once
// Every feature the desktop shows: all the shared ones, and Sync, which
// borrows the desktop's HTTP client (libcurl) and keyring (libsecret).
#include "ui/feature.hpp"

#include <memory>
#include <vector>

namespace rapport {

std::vector<std::unique_ptr<ui::Feature>> desktop_features(ui::Shell& shell);

} // namespace rapport
