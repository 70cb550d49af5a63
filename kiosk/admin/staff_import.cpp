#include "staff_import.hpp"

#include <algorithm>
#include <map>

namespace signaal::staff {

bool Plan::ok() const {
    return std::none_of(problems.begin(), problems.end(), [](const Problem& p) { return p.error; });
}

const char* kind_name(Change::Kind k) {
    switch (k) {
        case Change::Kind::Add: return "add";
        case Change::Kind::Update: return "update";
        case Change::Kind::Rejoin: return "rejoin";
        case Change::Kind::Leave: return "left";
    }
    return "?";
}

Plan plan_import(Store& store, std::int64_t venue_id, const List& list, bool mark_missing_left,
                 const std::string& default_language) {
    Plan plan;
    plan.venue_id = venue_id;
    const auto people = store.people_at_venue(venue_id);
    std::map<std::string, const Store::PersonRow*> by_number;
    std::map<std::int64_t, const Store::PersonRow*> by_id;
    for (const auto& p : people) {
        by_id[p.id] = &p;
        if (!p.employee_number.empty()) by_number.emplace(p.employee_number, &p);
    }
    std::map<std::int64_t, int> listed;  // person id -> line
    for (const Row& row : list.rows) {
        // Matched as the kiosk matches a person who types their name: by employee number when
        // the list has one, else by the name (folded as the store folds it) without a number.
        const Store::PersonRow* p = nullptr;
        if (!row.employee_number.empty()) {
            if (auto it = by_number.find(row.employee_number); it != by_number.end()) p = it->second;
        } else if (auto id = store.find_person(row.name, "", venue_id)) {
            p = by_id.count(*id) ? by_id[*id] : nullptr;
        }
        if (!p) {
            plan.changes.push_back({Change::Kind::Add, row.line, 0, row.name, row.employee_number,
                                    row.language.empty() ? default_language : row.language, {}});
            continue;
        }
        if (const auto [it, fresh] = listed.emplace(p->id, row.line); !fresh) {
            plan.problems.push_back({row.line, "the same person as line " + std::to_string(it->second) + " (" +
                                                   p->full_name + ")"});
            continue;
        }
        const std::string language = row.language.empty() ? p->language : row.language;
        std::string was;
        if (row.name != p->full_name) was = "name '" + p->full_name + "' -> '" + row.name + "'";
        if (language != p->language)
            was += (was.empty() ? "" : ", ") + std::string("language ") + p->language + " -> " + language;
        if (!p->active)
            plan.changes.push_back({Change::Kind::Rejoin, row.line, p->id, row.name, row.employee_number, language, was});
        else if (!was.empty())
            plan.changes.push_back({Change::Kind::Update, row.line, p->id, row.name, row.employee_number, language, was});
        else
            ++plan.unchanged;
    }
    if (mark_missing_left)
        for (const auto& p : people)
            if (p.active && !listed.count(p.id))
                plan.changes.push_back({Change::Kind::Leave, 0, p.id, p.full_name, p.employee_number, p.language, {}});
    return plan;
}

void apply(Store& store, const Plan& plan, const std::string& source) {
    std::map<Change::Kind, int> count;
    store.batch([&] {
        for (const Change& c : plan.changes) {
            ++count[c.kind];
            switch (c.kind) {
                case Change::Kind::Add: store.add_person(c.name, c.employee_number, plan.venue_id, c.language); break;
                case Change::Kind::Rejoin: store.set_person_active(c.person_id, true); [[fallthrough]];
                case Change::Kind::Update: store.update_person(c.person_id, c.name, c.language); break;
                case Change::Kind::Leave: store.set_person_active(c.person_id, false); break;
            }
        }
        std::string detail = source + ":";
        for (const auto& [kind, n] : count) detail += " " + std::to_string(n) + " " + kind_name(kind);
        store.audit(AuditAct::StaffImport, detail);
    });
}

}  // namespace signaal::staff
