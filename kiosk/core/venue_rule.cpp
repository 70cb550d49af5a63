#include "venue_rule.hpp"

#include <algorithm>
#include <cmath>

#include "content.hpp"

namespace signaal {

VenueVerdict judge_venue(int staff, int trained, double threshold) {
    VenueVerdict v;
    if (staff <= 0) return v;  // a venue with no registered staff cannot be certified
    v.share = static_cast<double>(trained) / staff;
    // Whole-number comparison: 60% of 5 staff is 3, not 2.9999.
    const int needed = static_cast<int>(std::ceil(threshold * staff - 1e-9));
    v.more_needed = std::max(0, needed - trained);
    v.certified = v.more_needed == 0;
    return v;
}

std::vector<std::string> default_required_modules(const std::vector<Module>& modules, const std::string& kind) {
    std::vector<std::string> out;
    for (const auto& m : modules)
        if (std::find(m.audiences.begin(), m.audiences.end(), kind) != m.audiences.end()) out.push_back(m.id);
    return out;
}

}  // namespace signaal
