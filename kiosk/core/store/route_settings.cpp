#include "route_settings.hpp"

#include "store.hpp"

namespace signaal {

const std::vector<std::string>& route_fields() {
    static const std::vector<std::string> f = {"contact_name", "contact_role", "contact_phone",
                                               "municipality", "care_coordinator", "veilig_thuis"};
    return f;
}

std::string* route_field_in(LocalRoute& r, const std::string& field) {
    if (field == "contact_name") return &r.contact.name;
    if (field == "contact_role") return &r.contact.role;
    if (field == "contact_phone") return &r.contact.phone;
    if (field == "municipality") return &r.municipality;
    if (field == "care_coordinator") return &r.care_coordinator;
    if (field == "veilig_thuis") return &r.veilig_thuis;
    return nullptr;
}

std::string route_setting_key(std::optional<std::int64_t> venue, const std::string& field) {
    return venue ? "route.venue." + std::to_string(*venue) + "." + field : "route." + field;
}

LocalRoute stored_route(Store& store, std::optional<std::int64_t> venue) {
    LocalRoute r;
    for (const auto& f : route_fields()) *route_field_in(r, f) = store.setting(route_setting_key(venue, f)).value_or("");
    return r;
}

LocalRoute route_for(Store& store, std::int64_t venue) { return merge_route(stored_route(store, venue), stored_route(store, std::nullopt)); }

}  // namespace signaal
