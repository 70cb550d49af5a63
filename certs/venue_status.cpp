#include "venue_status.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace signaal::certs {

VenueStatus venue_status(int active_staff, int trained, double threshold) {
    assert(threshold > 0 && threshold <= 1 && "threshold is a share of staff");
    assert(active_staff >= 0 && trained >= 0);
    VenueStatus s;
    if (active_staff <= 0) return s;
    // Integer arithmetic avoids 0.6 * 5 = 2.9999... rounding the requirement down.
    const long long permille = std::llround(threshold * 1000.0);
    const long long needed = (permille * active_staff + 999) / 1000;
    s.more_needed = static_cast<int>(std::max(0LL, needed - std::min<long long>(trained, active_staff)));
    s.certified = s.more_needed == 0;
    return s;
}

}  // namespace signaal::certs
