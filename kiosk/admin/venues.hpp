#pragma once
// Venue use cases, the same from the admin screens and `signaal venue ...`: each checks what a
// manager can get wrong, writes through the Store and records its audit act.
#include <cstdint>
#include <string>
#include <vector>

#include "content.hpp"
#include "outcome.hpp"
#include "store/store.hpp"

namespace signaal::admin {

// Audiences a venue can have: the kinds the catalog's modules are written for (one list for the
// screens and the CLI), "hotel" when no module names one.
std::vector<std::string> venue_kinds(const Catalog& c);

// Refused: a bad name (names.hpp), a name in use ("admin_problem_venue_taken"), a kind not in
// venue_kinds ("admin_problem_venue_kind"). Done: the new venue's id.
Outcome add_venue(Store& store, const Catalog& catalog, const std::string& name, const std::string& kind);
// Refused like add_venue for the name; a missing venue is "admin_problem_venue_gone".
Outcome rename_venue(Store& store, std::int64_t id, const std::string& name);
Outcome set_venue_active(Store& store, std::int64_t id, bool active);
// The modules the venue's staff must hold (sorted). Refused: none ("admin_problem_required_empty"),
// a module the catalog lacks ("admin_problem_unknown_module"), a missing venue.
Outcome set_required(Store& store, const Catalog& catalog, std::int64_t venue_id, std::vector<std::string> modules);

}  // namespace signaal::admin
