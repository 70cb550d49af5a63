#include "route.hpp"

#include <algorithm>

#include "audit_act.hpp"
#include "store/store.hpp"
#include "core/names.hpp"
#include "utf8_text.hpp"

namespace signaal::admin {
namespace {

// Stored as settings: route.<field> for the kiosk, route.venue.<id>.<field> per venue.
std::string key_of(std::optional<std::int64_t> venue, const std::string& field) {
    return venue ? "route.venue." + std::to_string(*venue) + "." + field : "route." + field;
}

std::string* field_of(LocalRoute& r, const std::string& field) {
    if (field == "contact_name") return &r.contact.name;
    if (field == "contact_role") return &r.contact.role;
    if (field == "contact_phone") return &r.contact.phone;
    if (field == "municipality") return &r.municipality;
    if (field == "care_coordinator") return &r.care_coordinator;
    if (field == "veilig_thuis") return &r.veilig_thuis;
    return nullptr;
}

}  // namespace

const std::vector<std::string>& route_fields() {
    static const std::vector<std::string> f = {"contact_name", "contact_role", "contact_phone",
                                               "municipality", "care_coordinator", "veilig_thuis"};
    return f;
}

std::string route_field(const LocalRoute& r, const std::string& field) {
    LocalRoute copy = r;
    const std::string* v = field_of(copy, field);
    return v ? *v : std::string{};
}

LocalRoute stored_route(Store& store, std::optional<std::int64_t> venue) {
    LocalRoute r;
    for (const auto& f : route_fields()) *field_of(r, f) = store.setting(key_of(venue, f)).value_or("");
    return r;
}

LocalRoute route_for(Store& store, std::int64_t venue) { return merge_route(stored_route(store, venue), stored_route(store, std::nullopt)); }

Outcome set_route_field(Store& store, std::optional<std::int64_t> venue, const std::string& field, const std::string& value) {
    LocalRoute probe;
    if (!field_of(probe, field)) return refused("admin_problem_route_field");
    const std::string v = utf8::trim(value);
    if (!v.empty() && !names::problem(v, kMaxRouteText).empty()) return refused("admin_problem_route_text");
    const std::string key = key_of(venue, field);
    const std::string old = store.setting(key).value_or("");
    if (old == v) return done();
    store.set_setting(key, v);
    store.audit(AuditAct::SettingChanged, key + ": '" + old + "' -> '" + v + "'");
    return done();
}

}  // namespace signaal::admin
