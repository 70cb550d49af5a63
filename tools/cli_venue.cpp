// signaal venue ...: the venues (hotels, parks, workplaces, municipal offices) people belong to.
#include <iostream>
#include <set>

#include "cli.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

const std::set<std::string> kKinds = {"hotel", "holiday-park", "workplace", "municipality"};

int add(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the venue's name (in quotes if it has spaces)");
    const std::string kind = a.value_or("kind", "hotel");
    if (!kKinds.count(kind)) throw UsageError("--kind must be hotel, holiday-park, workplace or municipality");
    if (const auto why = name_refusal(a, a.positional()[0]); !why.empty()) {
        std::cerr << "signaal venue add: the name is refused: " << why << "\n";
        return 1;
    }
    Store store(db_path(a));
    if (store.venue_by_name(a.positional()[0])) {
        std::cerr << "a venue named '" << a.positional()[0] << "' already exists\n";
        return 1;
    }
    const auto id = store.add_venue(a.positional()[0], kind);
    store.audit("venue_add", a.positional()[0] + " (" + kind + ")");
    std::cout << "added venue " << id << ": " << a.positional()[0] << " (" << kind << ")\n";
    return 0;
}

int list(const Args& a) {
    Store store(db_path(a), Store::Access::ReadOnly);
    for (const auto& v : store.venues(a.flag("all")))
        std::cout << v.id << "\t" << v.name << "\t" << v.kind << (v.active ? "" : "\tinactive") << "\n";
    return 0;
}

}  // namespace

void register_venue_commands(Registry& r) {
    r.add({"venue add", "NAME", "Add a venue whose staff train on this kiosk",
           "The kind decides which modules its staff see: hotel, holiday-park, workplace or municipality.",
           {{"kind", "KIND", "hotel (default), holiday-park, workplace or municipality"}},
           add});
    r.add({"venue list", "", "List the venues", "", {{"all", "", "include inactive venues"}}, list});
}

}  // namespace signaal::cli
