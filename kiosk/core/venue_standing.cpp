#include "venue_standing.hpp"

namespace signaal {

std::vector<std::string> required_modules_for(Store& store, const std::vector<Module>& modules, const Venue& v) {
    auto required = store.required_modules(v.id);
    return required.empty() ? default_required_modules(modules, v.kind) : required;
}

double venue_threshold(Store& store) { return std::stod(store.setting("venue_threshold").value_or("0.6")); }

VenueStanding venue_standing(Store& store, const std::vector<Module>& modules, const Venue& v, Date today) {
    VenueStanding s;
    s.counts = store.venue_counts(v, required_modules_for(store, modules, v), today);
    s.verdict = judge_venue(s.counts.staff, s.counts.trained, venue_threshold(store));
    return s;
}

}  // namespace signaal
