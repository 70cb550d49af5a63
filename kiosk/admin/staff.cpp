#include "staff.hpp"

#include <cassert>

#include "atomic_file.hpp"
#include "names.hpp"
#include "utf8.hpp"

namespace signaal::admin {
namespace {

std::string who(std::int64_t id) { return "person " + std::to_string(id); }

bool on_record(Store& store, std::int64_t id) {
    const auto p = store.person(id);
    return p && !p->erased;
}

}  // namespace

Outcome add_person(Store& store, const Catalog& catalog, const std::string& name, const std::string& employee_number,
                   std::int64_t venue_id, const std::string& language) {
    if (auto p = person_name_problem(name); !p.empty()) return refused(p);
    const std::string n = utf8::trim(name), number = utf8::trim(employee_number);
    if (!store.venue(venue_id)) return refused("admin_problem_venue_gone");
    if (!catalog.offers(language)) return refused("admin_problem_unknown_language");
    if (store.find_person(n, number, venue_id)) return refused("admin_problem_person_taken");
    const auto id = store.add_person(n, number, venue_id, language);
    store.audit(AuditAct::PersonAdded, who(id));
    return done(id);
}

Outcome set_left(Store& store, std::int64_t id, bool left) {
    if (!on_record(store, id)) return refused("admin_person_gone");
    store.set_person_active(id, !left);
    store.audit(left ? AuditAct::PersonLeft : AuditAct::PersonReturned, who(id));
    return done(id);
}

std::string export_file_name(std::int64_t id, Date today) {
    return "person-" + std::to_string(id) + "-" + to_iso(today) + ".json";
}

std::filesystem::path export_person(Store& store, std::int64_t id, const std::filesystem::path& dir, Date today) {
    const std::string json = store.export_person_json(id);
    assert(!json.empty() && "export_person: no such person");
    make_private_folder(dir);
    const auto file = dir / export_file_name(id, today);
    write_file_atomically(file, json + "\n", kPrivateFileMode);
    store.audit(AuditAct::PersonExport, who(id) + " to " + file.string());
    return file;
}

std::string export_person_text(Store& store, std::int64_t id) {
    std::string json = store.export_person_json(id);
    assert(!json.empty() && "export_person_text: no such person");
    store.audit(AuditAct::PersonExport, who(id));
    return json;
}

Outcome erase_person(Store& store, std::int64_t id) {
    if (!on_record(store, id) || !store.erase_person(id, who(id))) return refused("admin_person_gone");
    return done(id);
}

int purge_inactive(Store& store, Date today, int months) {
    const int n = store.purge_inactive(today, months);
    if (n > 0)
        store.audit(AuditAct::RetentionPurge, std::to_string(n) + " people inactive for " + std::to_string(months) + " months");
    return n;
}

}  // namespace signaal::admin
