#include "venue_standing.hpp"

#include <charconv>

namespace signaal {

std::vector<std::string> required_modules_for(Store& store, const std::vector<Module>& modules, const Venue& v) {
    auto required = store.required_modules(v.id);
    return required.empty() ? default_required_modules(modules, v.kind) : required;
}

double venue_threshold(Store& store) {
    const auto v = store.setting("venue_threshold");
    if (!v) return kDefaultVenueThreshold;
    double share = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), share);
    if (ec != std::errc{} || end != v->data() + v->size() || !(share > 0 && share <= 1)) return kDefaultVenueThreshold;
    return share;
}

VenueStanding venue_standing(Store& store, const std::vector<Module>& modules, const Venue& v, Date today) {
    VenueStanding s;
    s.required = required_modules_for(store, modules, v);
    s.counts = store.venue_counts(v, s.required, today);
    s.verdict = judge_venue(s.counts.staff, s.counts.trained, venue_threshold(store));
    return s;
}

}  // namespace signaal
