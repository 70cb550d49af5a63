#include "route.hpp"

#include <algorithm>

#include "audit_act.hpp"
#include "store/store.hpp"
#include "core/names.hpp"
#include "utf8_text.hpp"

namespace signaal::admin {

std::string route_field(const LocalRoute& r, const std::string& field) {
    LocalRoute copy = r;
    const std::string* v = route_field_in(copy, field);
    return v ? *v : std::string{};
}

Outcome set_route_field(Store& store, std::optional<std::int64_t> venue, const std::string& field, const std::string& value) {
    LocalRoute probe;
    if (!route_field_in(probe, field)) return refused("admin_problem_route_field");
    const std::string v = utf8::trim(value);
    if (!v.empty() && !names::problem(v, kMaxRouteText).empty()) return refused("admin_problem_route_text");
    const std::string key = route_setting_key(venue, field);
    const std::string old = store.setting(key).value_or("");
    if (old == v) return done();
    store.set_setting(key, v);
    store.audit(AuditAct::SettingChanged, key + ": '" + old + "' -> '" + v + "'");
    return done();
}

}  // namespace signaal::admin
