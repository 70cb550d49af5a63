#include "local_route.hpp"

#include <algorithm>

namespace signaal {

bool is_route_placeholder(std::string_view name) {
    return std::find(std::begin(kRoutePlaceholders), std::end(kRoutePlaceholders), name) != std::end(kRoutePlaceholders);
}

std::vector<Placeholder> find_placeholders(std::string_view s) {
    std::vector<Placeholder> out;
    for (size_t open = s.find('{'); open != std::string_view::npos; open = s.find('{', open + 1)) {
        Placeholder p;
        p.begin = open;
        const size_t close = s.find_first_of("{}", open + 1);
        if (close == std::string_view::npos || s[close] == '{') {
            p.closed = false;
            p.end = close == std::string_view::npos ? s.size() : close;
            out.push_back(std::move(p));
            continue;
        }
        p.end = close + 1;
        const std::string_view inside = s.substr(open + 1, close - open - 1);
        const size_t bar = inside.find('|');
        p.bar = bar != std::string_view::npos;
        p.name = std::string(inside.substr(0, bar));
        if (p.bar) p.fallback = std::string(inside.substr(bar + 1));
        out.push_back(std::move(p));
        open = close;
    }
    return out;
}

namespace {
const std::string& pick(const std::string& venue, const std::string& kiosk) { return venue.empty() ? kiosk : venue; }
}  // namespace

LocalRoute merge_route(const LocalRoute& venue, const LocalRoute& kiosk) {
    LocalRoute r;
    // The contact person is one person: never mix one venue's name with the kiosk's phone.
    r.contact = venue.contact.empty() ? kiosk.contact : venue.contact;
    r.municipality = pick(venue.municipality, kiosk.municipality);
    r.care_coordinator = pick(venue.care_coordinator, kiosk.care_coordinator);
    r.veilig_thuis = pick(venue.veilig_thuis, kiosk.veilig_thuis);
    return r;
}

std::string describe(const RouteContact& c) {
    std::string extra;
    for (const std::string* part : {&c.role, &c.phone})
        if (!part->empty()) extra += (extra.empty() ? "" : ", ") + *part;
    if (c.name.empty()) return extra;
    return extra.empty() ? c.name : c.name + " (" + extra + ")";
}

std::string route_value(const LocalRoute& route, std::string_view name) {
    if (name == "contact") return describe(route.contact);
    if (name == "municipality") return route.municipality;
    if (name == "care_coordinator") return route.care_coordinator;
    if (name == "veilig_thuis") return route.veilig_thuis;
    return {};
}

std::string fill_route(std::string_view text, const LocalRoute& route) {
    std::string out;
    size_t at = 0;
    for (const Placeholder& p : find_placeholders(text)) {
        if (!p.closed || !p.bar || !is_route_placeholder(p.name)) continue;  // the check refuses these
        out.append(text.substr(at, p.begin - at));
        const std::string value = route_value(route, p.name);
        out += value.empty() ? p.fallback : value;
        at = p.end;
    }
    out.append(text.substr(at));
    return out;
}

}  // namespace signaal
