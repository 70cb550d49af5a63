#pragma once
// Where the local reporting route is kept: the settings route.<field> for the kiosk and
// route.venue.<id>.<field> per venue. Read here for everyone who shows it (the kiosk, the admin
// use cases, the printed certificate); changed only through admin::set_route_field, which checks
// and audits.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "local_route.hpp"

namespace signaal {

class Store;

// The fields, as `signaal route set FIELD VALUE` names them.
const std::vector<std::string>& route_fields();
// The member of `r` a field names, or nullptr for an unknown field.
std::string* route_field_in(LocalRoute& r, const std::string& field);
std::string route_setting_key(std::optional<std::int64_t> venue, const std::string& field);

// The kiosk's values (no venue) or one venue's own overrides.
LocalRoute stored_route(Store& store, std::optional<std::int64_t> venue);
// What a learner of the venue reads: the venue's value, else the kiosk's.
LocalRoute route_for(Store& store, std::int64_t venue);

}  // namespace signaal
