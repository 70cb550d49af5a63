#pragma once
// The local reporting route (issue 15): who a learner tells here. Kiosk values, with per-venue
// overrides; each field can be empty. One owner for the admin screens and `signaal route`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "local_route.hpp"
#include "outcome.hpp"
#include "store/route_settings.hpp"

namespace signaal::admin {

inline constexpr std::size_t kMaxRouteText = 120;

// Read where the certificate can read them too (core/store/route_settings).
using signaal::route_fields;
using signaal::route_for;
using signaal::stored_route;
std::string route_field(const LocalRoute& r, const std::string& field);

// Sets one field (empty clears it), audited as setting_changed. Refused: unknown field
// ("admin_problem_route_field"), text too long or with control characters ("admin_problem_route_text").
Outcome set_route_field(Store& store, std::optional<std::int64_t> venue, const std::string& field, const std::string& value);

}  // namespace signaal::admin
