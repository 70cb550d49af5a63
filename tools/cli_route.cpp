// signaal route ...: the local reporting route a learner is taught (issue 15): the kiosk's values
// and per-venue overrides. Every change goes through the admin library, as from the admin screens.
#include <iostream>

#include "admin/route.hpp"
#include "cli.hpp"
#include "cli_admin.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

std::string fields_text() {
    std::string out;
    for (const auto& f : admin::route_fields()) out += (out.empty() ? "" : ", ") + f;
    return out;
}

// --venue NAME as an id, nullopt for the kiosk's own values; throws for an unknown venue.
std::optional<std::int64_t> venue_of(Store& store, const Args& a) {
    const std::string name = a.value_or("venue", "");
    if (name.empty()) return std::nullopt;
    const auto v = store.venue_by_name(name);
    if (!v) throw UsageError("no venue named '" + name + "' (see `signaal venue list --all`)");
    return v->id;
}

int set(const Args& a) {
    if (a.positional().size() != 2) throw UsageError("give a field (" + fields_text() + ") and its value (\"\" clears it)");
    Store store(db_path(a));
    const auto venue = venue_of(store, a);
    const auto done = admin::set_route_field(store, venue, a.positional()[0], a.positional()[1]);
    if (done.problem == "admin_problem_route_field") throw UsageError("the field must be one of " + fields_text());
    if (!done.ok()) return refuse("route set", manager_catalog(a), done);
    std::cout << (venue ? "venue " + a.value_or("venue", "") : std::string("kiosk")) << ": " << a.positional()[0] << " = '"
              << admin::route_field(admin::stored_route(store, venue), a.positional()[0]) << "'\n";
    return 0;
}

int show(const Args& a) {
    if (!a.positional().empty()) throw UsageError("show takes no arguments; use --venue NAME");
    Store store(db_path(a));
    const auto venue = venue_of(store, a);
    const LocalRoute own = admin::stored_route(store, venue);
    const LocalRoute used = venue ? admin::route_for(store, *venue) : own;
    for (const auto& f : admin::route_fields()) {
        const std::string mine = admin::route_field(own, f), shown = admin::route_field(used, f);
        std::cout << f << ": " << (shown.empty() ? "(not set: the text's own words)" : shown)
                  << (venue && mine.empty() && !shown.empty() ? "  (the kiosk's value)" : "") << "\n";
    }
    return 0;
}

}  // namespace

void register_route_commands(Registry& r) {
    const Option venue{"venue", "NAME", "a venue's own value instead of the kiosk's"};
    r.add({"route set", "FIELD VALUE", "Set who a learner tells here (the local reporting route)",
           "FIELD is one of contact_name, contact_role, contact_phone (the venue's own contact person),\n"
           "municipality (the municipality's reporting point), care_coordinator (the regional\n"
           "zorgcoordinator), veilig_thuis. An empty VALUE clears it. Without --venue the kiosk's value is\n"
           "set; a venue's value wins over it, and with neither the lesson text shows its own words.",
           {venue, kContentOption}, set});
    r.add({"route show", "", "Show the local reporting route a learner is taught", "With --venue: as that venue's staff read it.",
           {venue}, show});
}

}  // namespace signaal::cli
