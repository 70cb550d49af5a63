#include "venues.hpp"

#include <algorithm>

#include "names.hpp"
#include "utf8.hpp"

namespace signaal::admin {
namespace {

bool taken(Store& store, const std::string& name, std::int64_t except) {
    const auto v = store.venue_by_name(name);
    return v && v->id != except;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
    return out;
}

}  // namespace

std::vector<std::string> venue_kinds(const Catalog& c) {
    std::vector<std::string> out;
    for (const auto& m : c.modules)
        for (const auto& a : m.audiences)
            if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    if (out.empty()) out.push_back("hotel");
    return out;
}

Outcome add_venue(Store& store, const Catalog& catalog, const std::string& name, const std::string& kind) {
    if (auto p = venue_name_problem(name); !p.empty()) return refused(p);
    const std::string n = utf8::trim(name);
    if (taken(store, n, 0)) return refused("admin_problem_venue_taken");
    const auto kinds = venue_kinds(catalog);
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) return refused("admin_problem_venue_kind");
    const auto id = store.add_venue(n, kind);
    store.audit(AuditAct::VenueAdded, n + " (" + kind + ")");
    return done(id);
}

Outcome rename_venue(Store& store, std::int64_t id, const std::string& name) {
    if (auto p = venue_name_problem(name); !p.empty()) return refused(p);
    const std::string n = utf8::trim(name);
    const auto old = store.venue(id);
    if (!old) return refused("admin_problem_venue_gone");
    if (taken(store, n, id)) return refused("admin_problem_venue_taken");
    store.rename_venue(id, n);
    store.audit(AuditAct::VenueRenamed, old->name + " -> " + n);
    return done(id);
}

Outcome set_venue_active(Store& store, std::int64_t id, bool active) {
    const auto v = store.venue(id);
    if (!v) return refused("admin_problem_venue_gone");
    store.set_venue_active(id, active);
    store.audit(active ? AuditAct::VenueActivated : AuditAct::VenueDeactivated, v->name);
    return done(id);
}

Outcome set_required(Store& store, const Catalog& catalog, std::int64_t venue_id, std::vector<std::string> modules) {
    const auto v = store.venue(venue_id);
    if (!v) return refused("admin_problem_venue_gone");
    if (modules.empty()) return refused("admin_problem_required_empty");
    for (const auto& m : modules)
        if (!catalog.find_module(m)) return refused("admin_problem_unknown_module");
    std::sort(modules.begin(), modules.end());
    modules.erase(std::unique(modules.begin(), modules.end()), modules.end());
    store.set_required_modules(venue_id, modules);
    store.audit(AuditAct::VenueRequiredModules, v->name + ": " + joined(modules));
    return done(venue_id);
}

}  // namespace signaal::admin
