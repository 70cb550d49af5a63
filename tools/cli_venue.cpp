// signaal venue ...: the venues (hotels, parks, workplaces, municipal offices) people belong to.
// Every change goes through the admin library, as from the admin screens.
#include <algorithm>
#include <iostream>

#include "admin/venues.hpp"
#include "cli.hpp"
#include "cli_admin.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

std::string kinds_text(const Catalog& catalog) {
    std::string out;
    for (const auto& k : admin::venue_kinds(catalog)) out += (out.empty() ? "" : ", ") + k;
    return out;
}

// The venue a manager named, or a message on standard error.
std::optional<Venue> named_venue(Store& store, const std::string& name) {
    auto v = store.venue_by_name(name);
    if (!v) std::cerr << "no venue named '" << name << "' (see `signaal venue list --all`)\n";
    return v;
}

int add(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the venue's name (in quotes if it has spaces)");
    const Catalog catalog = manager_catalog(a);
    const auto kinds = admin::venue_kinds(catalog);
    const bool hotels = std::find(kinds.begin(), kinds.end(), "hotel") != kinds.end();
    const std::string kind = a.value_or("kind", hotels ? "hotel" : kinds.front());
    Store store(db_path(a));
    const auto done = admin::add_venue(store, catalog, a.positional()[0], kind);
    if (done.problem == "admin_problem_venue_kind")
        throw UsageError("--kind must be one of " + kinds_text(catalog) + ", not '" + kind + "'");
    if (!done.ok()) return refuse("venue add", catalog, done);
    std::cout << "added venue " << done.id << ": " << store.venue(done.id)->name << " (" << kind << ")\n";
    return 0;
}

int kinds(const Args& a) {
    for (const auto& k : admin::venue_kinds(manager_catalog(a))) std::cout << k << "\n";
    return 0;
}

int rename(const Args& a) {
    if (a.positional().size() != 2) throw UsageError("give the venue's name and its new name");
    Store store(db_path(a));
    const auto v = named_venue(store, a.positional()[0]);
    if (!v) return 1;
    const auto done = admin::rename_venue(store, v->id, a.positional()[1]);
    if (!done.ok()) return refuse("venue rename", manager_catalog(a), done);
    std::cout << "renamed " << v->name << " to " << store.venue(v->id)->name << "\n";
    return 0;
}

int set_active(const Args& a, bool active) {
    if (a.positional().size() != 1) throw UsageError("give the venue's name");
    Store store(db_path(a));
    const auto v = named_venue(store, a.positional()[0]);
    if (!v) return 1;
    const auto done = admin::set_venue_active(store, v->id, active);
    if (!done.ok()) return refuse(active ? "venue activate" : "venue deactivate", manager_catalog(a), done);
    std::cout << v->name << (active ? " is offered on the kiosk again\n" : " is no longer offered on the kiosk\n");
    return 0;
}

int list(const Args& a) {
    Store store(db_path(a));
    for (const auto& v : store.venues(a.flag("all")))
        std::cout << v.id << "\t" << v.name << "\t" << v.kind << (v.active ? "" : "\tinactive") << "\n";
    return 0;
}

}  // namespace

void register_venue_commands(Registry& r) {
    r.add({"venue add", "NAME", "Add a venue whose staff train on this kiosk",
           "The kind decides which modules its staff see: one of the audiences the content's modules\n"
           "are written for (`signaal venue kinds` lists them). The name follows the kiosk's rules.",
           {{"kind", "KIND", "the venue's audience (default hotel; see `signaal venue kinds`)"}, kContentOption},
           add});
    r.add({"venue kinds", "", "List the kinds a venue can have (the audiences of the content's modules)", "",
           {kContentOption}, kinds});
    r.add({"venue rename", "NAME NEW-NAME", "Give a venue a new name", "", {kContentOption}, rename});
    r.add({"venue deactivate", "NAME", "Take a venue off the kiosk's list (its people and certificates stay)", "",
           {kContentOption}, [](const Args& a) { return set_active(a, false); }});
    r.add({"venue activate", "NAME", "Offer a deactivated venue on the kiosk again", "", {kContentOption},
           [](const Args& a) { return set_active(a, true); }});
    r.add({"venue list", "", "List the venues", "", {{"all", "", "include inactive venues"}}, list});
}

}  // namespace signaal::cli
