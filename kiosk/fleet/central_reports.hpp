#pragma once
// Reports over the whole fleet, read from the central database. They answer exactly what the
// local reports answer for one kiosk; venues with the same name on several kiosks are one venue.
#include <string>
#include <vector>

#include "store/store.hpp"

namespace signaal::pg { class Connection; }

namespace signaal::fleet {

// The same filter and row type as Store::completions, newest first; ids are 0 (they are local).
struct CentralCompletionFilter {
    std::string venue_name;  // empty: all venues
    std::string from, to, module_id;
    bool include_erased = false;
};
std::vector<CompletionRow> central_completions(pg::Connection& c, const CentralCompletionFilter& f);

struct CentralVenue {
    std::string name, kind;
    std::vector<std::string> required;  // explicit list; empty: the audience defaults apply
};
std::vector<CentralVenue> central_venues(pg::Connection& c);
// Active staff of every venue of that name, and how many hold a valid completion of each required module.
struct CentralCounts { int staff = 0; int trained = 0; };
CentralCounts central_venue_counts(pg::Connection& c, const std::string& venue_name,
                                   const std::vector<std::string>& required, Date today);

}  // namespace signaal::fleet
