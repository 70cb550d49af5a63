#pragma once
// A refused act's problem (a ui key, outcome.hpp) in words, for the places that speak no one's
// chosen language: the `signaal` commands and the kiosk.toml check. The admin screens show the
// same key in the manager's language.
#include <string>

#include "content.hpp"

namespace signaal::admin {

// The ui text of a problem key in English (the first language when there is no English).
std::string problem_text(const Catalog& catalog, const std::string& key);

}  // namespace signaal::admin
