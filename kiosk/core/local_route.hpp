#pragma once
// The local reporting route: who a learner tells here, and the {name|fallback} placeholders
// module text uses for it. Plain data and string work, no store.
#include <string>
#include <string_view>
#include <vector>

namespace signaal {

// The venue's own contact person for signals.
struct RouteContact {
    std::string name;
    std::string role;   // e.g. "aandachtsfunctionaris", "bedrijfsleider"
    std::string phone;  // a number or an extension

    bool empty() const { return name.empty() && role.empty() && phone.empty(); }
};

// Each part can be empty; an empty part falls back to the kiosk's value, then to the text's own
// fallback.
struct LocalRoute {
    RouteContact contact;
    std::string municipality;      // the municipality's reporting point
    std::string care_coordinator;  // the regional care coordinator (zorgcoordinator)
    std::string veilig_thuis;      // Veilig Thuis region for minors

    bool empty() const { return contact.empty() && municipality.empty() && care_coordinator.empty() && veilig_thuis.empty(); }
};

// The placeholder names module text may use, in the order settings show them.
inline constexpr std::string_view kRoutePlaceholders[] = {"contact", "municipality", "care_coordinator", "veilig_thuis"};
bool is_route_placeholder(std::string_view name);

// One {name|fallback} in a text. `bar` is false for "{name}" (no fallback written).
struct Placeholder {
    size_t begin = 0, end = 0;  // byte range in the text, braces included
    std::string name;
    std::string fallback;
    bool bar = false;
    bool closed = true;  // false: a '{' without its '}'
};
std::vector<Placeholder> find_placeholders(std::string_view text);

// The venue's values first, then the kiosk's, part by part.
LocalRoute merge_route(const LocalRoute& venue, const LocalRoute& kiosk);

// "Name (role, phone)" with the empty parts left out; empty when the contact is not set.
std::string describe(const RouteContact& c);
// The configured text for a placeholder name, or empty.
std::string route_value(const LocalRoute& route, std::string_view name);

// The text with every placeholder replaced by the route's value, or its fallback when unset.
std::string fill_route(std::string_view text, const LocalRoute& route);
// The same as the learner would read it with nothing configured (for measuring text).
inline std::string with_fallbacks(std::string_view text) { return fill_route(text, LocalRoute{}); }

}  // namespace signaal
