#pragma once
// When a venue earns its certificate: at least `threshold` of its active staff trained.

namespace signaal::certs {

struct VenueStatus {
    bool certified = false;
    int more_needed = 0;  // staff who still have to complete, rounded up
};

// Pure arithmetic. A venue with no active staff is not certified (and needs 0 more: it needs staff).
// threshold is a share in (0, 1]; it is compared in whole per-mille so 60% of 5 is exactly 3.
VenueStatus venue_status(int active_staff, int trained, double threshold = 0.60);

}  // namespace signaal::certs
