#pragma once
// The venue certificate: an A4 portrait poster for a reception wall.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "payload.hpp"
#include "render_assets.hpp"

namespace signaal::certs {

struct VenueLabels {
    std::string title;              // "Certified venue"
    std::string statement;          // "Our staff are trained to recognise and report human trafficking."
    std::string staff_trained;      // "of our staff have completed the training"
    std::string issued_on;          // "Issued"
    std::string valid_until;        // "Valid until"
    std::string serial;             // "Serial number"
    std::string verification_code;  // "Verification code"
    std::string verify_hint;        // "Scan the code or enter it at https://…/verify"
    std::function<std::string(Date)> format_date;  // empty: YYYY-MM-DD
};

struct VenueCertificate {
    VenueClaim claim;               // venue name, staff counts, dates, serial
    std::string organisation_name;  // the certifying organisation, printed at the top
    std::string verify_url;         // the verification page (setting verify_url); empty: QR holds the payload
};

std::vector<std::uint8_t> render_venue_certificate(const VenueCertificate& cert, const std::string& payload,
                                                   const VenueLabels& labels, const RenderAssets& assets);

}  // namespace signaal::certs
