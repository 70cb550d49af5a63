#pragma once
// The local reporting route (issue 15): who a learner tells here. Kiosk values, with per-venue
// overrides; each field can be empty. One owner for the admin screens and `signaal route`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "local_route.hpp"
#include "outcome.hpp"

namespace signaal {
class Store;
}

namespace signaal::admin {

inline constexpr std::size_t kMaxRouteText = 120;

// The fields, as `signaal route set FIELD VALUE` names them.
const std::vector<std::string>& route_fields();
std::string route_field(const LocalRoute& r, const std::string& field);

// The kiosk's values (no venue) or one venue's own overrides.
LocalRoute stored_route(Store& store, std::optional<std::int64_t> venue);
// What a learner of the venue reads: the venue's value, else the kiosk's.
LocalRoute route_for(Store& store, std::int64_t venue);

// Sets one field (empty clears it), audited as setting_changed. Refused: unknown field
// ("admin_problem_route_field"), text too long or with control characters ("admin_problem_route_text").
Outcome set_route_field(Store& store, std::optional<std::int64_t> venue, const std::string& field, const std::string& value);

}  // namespace signaal::admin
