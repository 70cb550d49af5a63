#pragma once
// A venue's standing today, as the kiosk and the CLI judge it from the store: its required
// modules, how many of its active staff hold them, and whether that meets the threshold.
#include <string>
#include <vector>

#include "dates.hpp"
#include "store/store.hpp"
#include "venue_rule.hpp"

namespace signaal {

struct Module;

// The venue's own list of required modules, else every module written for its audience.
std::vector<std::string> required_modules_for(Store& store, const std::vector<Module>& modules, const Venue& v);

// The setting venue_threshold when it is a share in (0, 1], else 0.6: the admin screen, the
// CLI and certificate printing must agree even on a value synced from elsewhere.
inline constexpr double kDefaultVenueThreshold = 0.6;
double venue_threshold(Store& store);

struct VenueStanding {
    std::vector<std::string> required;  // the modules that count (required_modules_for)
    Store::VenueCounts counts;
    VenueVerdict verdict;
};

VenueStanding venue_standing(Store& store, const std::vector<Module>& modules, const Venue& v, Date today);

}  // namespace signaal
