#include "route_card.hpp"

namespace signaal {

const std::vector<std::string>& route_card_keys() {
    static const std::vector<std::string> k = {
        "route_card_title",        "route_card_who",         "route_card_manager",      "route_card_police",
        "route_card_anonymous",    "route_card_emergency",   "route_card_municipality", "route_card_care_coordinator",
        "route_card_veilig_thuis",
    };
    return k;
}

RouteCard route_card(const LocalRoute& route, const UiText& ui, const std::string& lang) {
    const auto w = [&](const char* key) { return ui.get(lang, key); };
    RouteCard c;
    c.title = w("route_card_title");
    c.who_label = w("route_card_who");
    // One person to go to first: the venue's own contact, else the municipality's point. The
    // municipality is then not listed again below.
    const std::string contact = describe(route.contact);
    bool municipality_shown = false;
    if (!contact.empty()) {
        c.who = contact;
        c.who_configured = true;
    } else if (!route.municipality.empty()) {
        c.who = route.municipality;
        c.who_configured = true;
        municipality_shown = true;
    } else {
        c.who = w("route_card_manager");
    }
    c.numbers = {{w("route_card_police"), std::string(kPoliceNumber)},
                 {w("route_card_anonymous"), std::string(kAnonymousNumber)},
                 {w("route_card_emergency"), std::string(kEmergencyNumber)}};
    if (!municipality_shown && !route.municipality.empty()) c.local.push_back({w("route_card_municipality"), route.municipality});
    if (!route.care_coordinator.empty()) c.local.push_back({w("route_card_care_coordinator"), route.care_coordinator});
    if (!route.veilig_thuis.empty()) c.local.push_back({w("route_card_veilig_thuis"), route.veilig_thuis});
    return c;
}

}  // namespace signaal
