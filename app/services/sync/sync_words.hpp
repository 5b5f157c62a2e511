#pragma once
// A sync problem in words a person can act on, said the same way by the app
// and by `rapport sync`: a plain sentence first, with what to do next, and
// the transfer library's own words only after it, in parentheses.
#include "services/sync/dav_client.hpp"
#include "store/errors.hpp"

#include <string>

namespace rapport::sync {

std::string problem_words(const DavError& error);

// The database refusing a change mid-sync, as a sync problem.
DavError store_error(const store::Error& e);

} // namespace rapport::sync
