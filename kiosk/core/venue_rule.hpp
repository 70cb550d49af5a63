#pragma once
// When a venue counts as certified: at least the threshold share of its active staff hold a
// valid completion of every required module (No Place for Sex Trafficking uses 60%).
#include <string>
#include <vector>

namespace signaal {

struct VenueVerdict {
    bool certified = false;
    int more_needed = 0;  // staff who must still complete before the threshold is met
    double share = 0;     // trained / staff, 0 when there are no staff
};

VenueVerdict judge_venue(int staff, int trained, double threshold);

// Default required modules for a venue with no explicit list: every module written for its audience.
struct Module;
std::vector<std::string> default_required_modules(const std::vector<Module>& modules, const std::string& venue_kind);

}  // namespace signaal
