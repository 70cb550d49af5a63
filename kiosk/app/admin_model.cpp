#include "admin_model.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "app/kiosk_app.hpp"
#include "app/private_file.hpp"
#include "erasure.hpp"
#include "paths.hpp"

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

std::optional<int> parse_int(const std::string& s) {
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
    return out;
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        const size_t end = std::min(s.find(',', start), s.size());
        const std::string part = trim(s.substr(start, end - start));
        if (!part.empty()) out.push_back(part);
        start = end + 1;
    }
    return out;
}

std::string share_text(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f", v);
    return b;
}

bool is_8bit_png(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    unsigned char head[25] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    static constexpr unsigned char sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    return in && std::equal(sig, sig + 8, head) && head[24] == 8;
}

}  // namespace

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

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
            if (c.person_id == id)
                d.history.push_back({c.module_id, c.serial, c.completed_on, c.valid_until, c.language, c.score_percent,
                                     status_on(c.valid_until, today)});
    }
    return d;
}

void set_left(Store& store, std::int64_t id, bool left) {
    store.set_person_active(id, !left);
    store.audit(left ? "person_left" : "person_returned",
                "person " + std::to_string(id) + (left ? " marked as left" : " back on staff") + " at the kiosk");
}

std::string export_file_name(std::int64_t id, Date today) {
    return "person-" + std::to_string(id) + "-" + to_iso(today) + ".json";
}

std::filesystem::path export_person(Store& store, std::int64_t id, const std::filesystem::path& dir, Date today) {
    const std::string json = store.export_person_json(id);
    assert(!json.empty() && "export_person: no such person");
    const auto file = write_private_file(dir, export_file_name(id, today), json + "\n");
    store.audit("person_export", "person " + std::to_string(id) + " to " + file.string() + " at the kiosk");
    return file;
}

bool erase_person(Store& store, std::int64_t id) {
    const auto p = store.person(id);
    return p && !p->erased &&
           erase_person_everywhere(store, id, PersonalFiles::of(store), "person " + std::to_string(id) + " at the kiosk").erased;
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

// [section] Settings ------------------------------------------------------------------------------

Settings load_settings(Store& store, const Catalog& catalog) {
    Settings s;
    const auto get = [&](const char* k) { return store.setting(k); };
    if (auto v = get("organisation_name")) s.organisation_name = *v;
    if (auto v = get("organisation_logo")) s.organisation_logo = *v;
    if (auto v = get("printer_name")) s.printer_name = *v;
    s.export_dir = get("export_dir").value_or(default_export_dir().string());
    if (auto v = get("idle_timeout_seconds"))
        if (auto n = parse_int(*v); n && *n >= kMinIdleSeconds && *n <= kMaxIdleSeconds) s.idle_timeout_seconds = *n;
    s.retention_months = store.retention_months();
    s.venue_threshold = venue_threshold(store);
    for (const auto& l : offered_languages(store, catalog)) s.languages.push_back(l.code);
    return s;
}

std::vector<std::string> validate(const Settings& s, const Catalog& catalog) {
    std::vector<std::string> out;
    if (trim(s.organisation_name).size() > 120) out.push_back("admin_problem_name_long");
    if (s.languages.empty()) out.push_back("admin_problem_no_language");
    for (const auto& l : s.languages)
        if (!catalog.offers(l)) out.push_back("admin_problem_unknown_language");
    if (s.idle_timeout_seconds < kMinIdleSeconds || s.idle_timeout_seconds > kMaxIdleSeconds)
        out.push_back("admin_problem_idle");
    if (s.retention_months < kMinRetentionMonths || s.retention_months > kMaxRetentionMonths)
        out.push_back("admin_problem_retention");
    if (!(s.venue_threshold > 0 && s.venue_threshold <= 1)) out.push_back("admin_problem_threshold");
    if (!s.organisation_logo.empty() && !is_8bit_png(s.organisation_logo)) out.push_back("admin_problem_logo");
    if (!std::filesystem::path(trim(s.export_dir)).is_absolute()) out.push_back("admin_problem_export_dir");
    return out;
}

int save_settings(Store& store, const Settings& before, const Settings& after) {
    int changed = 0;
    const auto put = [&](const char* key, const std::string& old_value, const std::string& new_value) {
        if (old_value == new_value) return;
        store.set_setting(key, new_value);
        store.audit("setting_changed", std::string(key) + ": '" + old_value + "' -> '" + new_value + "' at the kiosk");
        ++changed;
    };
    put("organisation_name", before.organisation_name, trim(after.organisation_name));
    put("organisation_logo", before.organisation_logo, trim(after.organisation_logo));
    put("languages_offered", join(before.languages), join(after.languages));
    put("idle_timeout_seconds", std::to_string(before.idle_timeout_seconds), std::to_string(after.idle_timeout_seconds));
    put("printer_name", before.printer_name, trim(after.printer_name));
    put("retention_months", std::to_string(before.retention_months), std::to_string(after.retention_months));
    put("venue_threshold", share_text(before.venue_threshold), share_text(after.venue_threshold));
    put("export_dir", before.export_dir, trim(after.export_dir));
    return changed;
}

std::vector<Language> offered_languages(Store& store, const Catalog& catalog) {
    std::vector<std::string> wanted;
    if (auto v = store.setting("languages_offered")) wanted = split(*v);
    std::vector<Language> out;
    for (const auto& l : catalog.languages)
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), l.code) != wanted.end()) out.push_back(l);
    return out.empty() ? catalog.languages : out;
}

Millis idle_timeout(Store& store, Millis fallback) {
    if (auto v = store.setting("idle_timeout_seconds"))
        if (auto n = parse_int(*v)) return Millis(std::clamp(*n, kMinIdleSeconds, kMaxIdleSeconds) * 1000LL);
    return fallback;
}

// [section] Venues and PIN ------------------------------------------------------------------------

std::string venue_name_problem(const std::string& name) {
    const std::string t = trim(name);
    if (t.empty()) return "admin_problem_venue_empty";
    if (t.size() > 80) return "admin_problem_venue_long";
    return {};
}

std::int64_t add_venue(Store& store, const std::string& name, const std::string& kind) {
    const auto id = store.add_venue(trim(name), kind);
    store.audit("venue_added", trim(name) + " (" + kind + ") at the kiosk");
    return id;
}

void rename_venue(Store& store, std::int64_t id, const std::string& name) {
    const auto old = store.venue(id);
    store.rename_venue(id, trim(name));
    store.audit("venue_renamed", (old ? old->name : std::to_string(id)) + " -> " + trim(name) + " at the kiosk");
}

void set_venue_active(Store& store, std::int64_t id, bool active) {
    store.set_venue_active(id, active);
    const auto v = store.venue(id);
    store.audit(active ? "venue_activated" : "venue_deactivated", (v ? v->name : std::to_string(id)) + " at the kiosk");
}

void set_required(Store& store, std::int64_t venue_id, const std::vector<std::string>& modules) {
    store.set_required_modules(venue_id, modules);
    const auto v = store.venue(venue_id);
    store.audit("venue_required_modules", (v ? v->name : std::to_string(venue_id)) + ": " + join(modules) + " at the kiosk");
}

bool change_pin(Store& store, const std::string& pin) {
    if (!pin_acceptable(pin)) return false;
    store.set_setting("admin_pin_hash", hash_pin(pin));
    store.audit("admin_pin_changed", "admin PIN changed at the kiosk");
    return true;
}

}  // namespace signaal::admin
