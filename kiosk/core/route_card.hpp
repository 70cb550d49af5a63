#pragma once
// The "Where to report here" card (issue 15): who to tell at the learner's venue, then the
// national numbers, in the learner's words. Plain data built once, drawn by the lesson and result
// screens and printed (as a small box) on the certificate.
#include <string>
#include <string_view>
#include <vector>

#include "local_route.hpp"
#include "ui_text.hpp"

namespace signaal {

// The national numbers, the same in every language (content-review-2: politie.nl, Meld Misdaad
// Anoniem). Kept out of the translations so that no translation can get a digit wrong.
inline constexpr std::string_view kPoliceNumber = "0900-8844";
inline constexpr std::string_view kAnonymousNumber = "0800-7000";
inline constexpr std::string_view kEmergencyNumber = "112";

struct RouteCardLine {
    std::string label;  // "Police (no emergency)"
    std::string value;  // "0900-8844", or the configured text
};

struct RouteCard {
    std::string title;      // "Where to report here"
    std::string who_label;  // "Tell this first"
    std::string who;        // the venue's contact person, else the municipality's point, else "your manager"
    bool who_configured = false;  // false: `who` is the text's fallback
    std::vector<RouteCardLine> numbers;  // police, anonymous, emergency: always these three, in this order
    std::vector<RouteCardLine> local;    // municipality, care coordinator, Veilig Thuis: only those configured
};

// The card for `route` (already merged: venue, then kiosk) in `lang`.
RouteCard route_card(const LocalRoute& route, const UiText& ui, const std::string& lang);

// The ui keys the card reads, so the content check and tests can name them.
const std::vector<std::string>& route_card_keys();

}  // namespace signaal
