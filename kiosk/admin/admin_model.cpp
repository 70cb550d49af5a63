#include "admin_model.hpp"

#include <algorithm>
#include <map>

#include "settings.hpp"

namespace signaal::admin {
namespace {

// Weakest first: Never, Expired, Expiring, Valid.
int rank(Status s) {
    switch (s) {
        case Status::Never: return 0;
        case Status::Expired: return 1;
        case Status::Expiring: return 2;
        case Status::Valid: return 3;
    }
    return 0;
}

Status from_kind(ModuleStatus::Kind k) {
    switch (k) {
        case ModuleStatus::Kind::Valid: return Status::Valid;
        case ModuleStatus::Kind::Expiring: return Status::Expiring;
        case ModuleStatus::Kind::Expired: return Status::Expired;
        case ModuleStatus::Kind::Never: return Status::Never;
    }
    return Status::Never;
}

Status status_on(const std::string& valid_until, Date today) {
    const std::string t = to_iso(today);
    if (valid_until < t) return Status::Expired;
    if (valid_until <= to_iso(today + std::chrono::days{kExpiringDays})) return Status::Expiring;
    return Status::Valid;
}

}  // namespace

const char* to_string(Status s) {
    switch (s) {
        case Status::Valid: return "valid";
        case Status::Expiring: return "expiring";
        case Status::Expired: return "expired";
        case Status::Never: return "never";
    }
    return "never";
}

Status overall_status(const std::vector<ModuleStatus>& statuses, const std::vector<std::string>& modules) {
    if (modules.empty()) return Status::Never;
    Status worst = Status::Valid;
    for (const auto& m : modules) {
        Status s = Status::Never;
        for (const auto& st : statuses)
            if (st.module_id == m) s = from_kind(st.kind);
        if (rank(s) < rank(worst)) worst = s;
    }
    return worst;
}

std::vector<PersonListRow> people_list(Store& store, const Catalog& catalog, const PeopleFilter& f, Date today) {
    std::map<std::string, std::vector<std::string>> required;  // venue name -> modules
    std::string venue_name;
    for (const auto& v : store.venues(true)) {
        required[v.name] = required_modules_for(store, catalog.modules, v);
        if (v.id == f.venue_id) venue_name = v.name;
    }
    std::vector<PersonListRow> out;
    for (const auto& p : store.find_people(trim(f.search))) {
        if (f.venue_id != 0 && p.venue_name != venue_name) continue;
        if (!f.include_left && !p.active) continue;
        const auto statuses = store.module_statuses(p.id, today, kExpiringDays);
        const std::vector<std::string> modules = f.module_id.empty() ? required[p.venue_name]
                                                                     : std::vector<std::string>{f.module_id};
        PersonListRow row{p.id, p.full_name, p.employee_number, p.venue_name, p.active, overall_status(statuses, modules), {}};
        if (row.status != Status::Never)
            for (const auto& st : statuses)
                if (std::find(modules.begin(), modules.end(), st.module_id) != modules.end() &&
                    (row.valid_until.empty() || st.valid_until < row.valid_until))
                    row.valid_until = st.valid_until;
        if (f.status && row.status != *f.status) continue;
        out.push_back(std::move(row));
    }
    return out;
}

std::optional<PersonDetail> person_detail(Store& store, const Catalog& catalog, std::int64_t id, Date today) {
    auto p = store.person(id);
    if (!p || p->erased) return std::nullopt;
    PersonDetail d;
    d.person = *p;
    std::vector<std::string> modules;
    if (auto v = store.venue_by_name(p->venue_name)) modules = required_modules_for(store, catalog.modules, *v);
    d.status = overall_status(store.module_statuses(id, today, kExpiringDays), modules);
    // The person's certificates, newest first (the store filters by venue, not person).
    if (auto v = store.venue_by_name(p->venue_name)) {
        Store::CompletionFilter f;
        f.venue_id = v->id;
        for (const auto& c : store.completions(f))
            if (c.person_id == id) {
                HistoryRow h{c.module_id, c.serial, c.completed_on, c.valid_until, c.language, c.score_percent,
                             status_on(c.valid_until, today), {}, {}};
                if (const auto r = store.revocation(c.serial)) {
                    h.revoked_on = r->revoked_on;
                    h.revoke_reason = r->reason;
                }
                d.history.push_back(std::move(h));
            }
    }
    return d;
}

std::vector<VenueRow> venue_rows(Store& store, const Catalog& catalog, Date today, bool include_inactive) {
    std::vector<VenueRow> out;
    for (const auto& v : store.venues(include_inactive)) {
        auto s = venue_standing(store, catalog.modules, v, today);
        out.push_back({v, std::move(s.required), s.counts.staff, s.counts.trained, s.verdict});
    }
    return out;
}

Summary summary(const std::vector<PersonListRow>& people, const std::vector<VenueRow>& venues) {
    Summary s;
    for (const auto& p : people) {
        if (!p.active) continue;
        ++s.people;
        switch (p.status) {
            case Status::Valid: ++s.valid; break;
            case Status::Expiring: ++s.expiring; break;
            case Status::Expired: ++s.expired; break;
            case Status::Never: ++s.never; break;
        }
    }
    for (const auto& v : venues) {
        ++s.venues;
        if (v.verdict.certified) ++s.venues_certified;
    }
    return s;
}

}  // namespace signaal::admin
