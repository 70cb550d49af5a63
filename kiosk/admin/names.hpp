#pragma once
// The one check every typed person or venue name passes in the admin use cases, from the admin
// screens and the CLI alike. Names reach certificates, CSV files and PDFs, so the rules are the
// kiosk's own (control characters, bidi overrides and invalid UTF-8 refused).
#include <cstddef>
#include <string>

namespace signaal::admin {

inline constexpr std::size_t kMaxPersonName = 120;  // as FlowConfig::max_name_length
inline constexpr std::size_t kMaxVenueName = 80;

// Why the name (trimmed) cannot be stored, as a ui key; empty when it can.
std::string person_name_problem(const std::string& name);
std::string venue_name_problem(const std::string& name);

}  // namespace signaal::admin
