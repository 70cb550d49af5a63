#pragma once
// A passed attempt as the kiosk records it, for tests that need completions in a store.
#include <cstdint>
#include <string>

#include "records.hpp"

namespace signaal::test {

// Dutch, version 1, 12 of 12 right; no employee number and no answers.
AttemptRecord passed_attempt(const std::string& name, std::int64_t venue, const std::string& module);

}  // namespace signaal::test
