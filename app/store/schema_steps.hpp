#pragma once
// The SQL of each schema version, oldest first (schema_steps()[0] makes
// version 1). Never edit a step that has shipped: add a new one.
#include <span>

namespace rapport::store {

std::span<const char* const> schema_steps();

} // namespace rapport::store
