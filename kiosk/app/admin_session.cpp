#include "admin_session.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <set>

#include "app/kiosk_app.hpp"
#include "atomic_file.hpp"
#include "utf8.hpp"

namespace signaal::admin {
namespace {

void fail(Session& s, const std::exception& e) {
    std::cerr << "signaal-kiosk: admin: " << e.what() << '\n';
    s.message_key = "admin_store_error";
    s.message_fill.clear();
    s.message_error = true;
    s.message_detail = e.what();
}

void say(Session& s, const std::string& key, bool error = false,
         std::vector<std::pair<std::string, std::string>> fill = {}) {
    s.message_key = key;
    s.message_fill = std::move(fill);
    s.message_error = error;
    s.message_detail.clear();
}

std::optional<Store::PersonRow> on_record(Store& st, std::int64_t id) {
    auto p = st.person(id);
    if (p && p->erased) p.reset();
    return p;
}

void export_data(Session& s, KioskApp& app, std::int64_t id) {
    if (!on_record(app.store(), id)) return say(s, "admin_person_gone", true);
    try {
        // The folder as stored now, not as last read: the CLI or a tour may have changed it.
        const auto dir = load_settings(app.store(), app.catalog()).export_dir;
        const auto file = export_person(app.store(), id, dir, app.today());
        say(s, "admin_exported", false, {{"file", file.string()}});
    } catch (const FileWriteError& e) {
        say(s, "admin_export_failed", true, {{"folder", e.folder().string()}});
        s.message_detail = e.reason();
    }
}

void erase(Session& s, KioskApp& app, std::int64_t id) {
    // Only the second tap, on the confirmation of this very person, erases.
    if (id == 0 || id != s.confirm_erase) return;
    s.confirm_erase = 0;
    const auto p = on_record(app.store(), id);
    if (!p || !erase_person(app.store(), id)) return say(s, "admin_person_gone", true);
    s.person_id = 0;
    s.tab = Tab::People;
    say(s, "admin_person_erased", false, {{"name", p->full_name}});
}

// Drops the last UTF-8 character.
void pop_char(std::string& t) {
    while (!t.empty()) {
        const unsigned char c = static_cast<unsigned char>(t.back());
        t.pop_back();
        if ((c & 0xC0) != 0x80) break;
    }
}

void commit_field(Session& s, KioskApp& app) {
    Store& st = app.store();
    const std::string text = s.edit_text;
    switch (s.editing) {
        case Field::None: return;
        case Field::Search: s.filter.search = text; break;
        case Field::OrganisationName: s.draft.organisation_name = trim(text); break;
        case Field::Logo: s.draft.organisation_logo = trim(text); break;
        case Field::Printer: s.draft.printer_name = trim(text); break;
        case Field::ExportDir: s.draft.export_dir = trim(text); break;
        case Field::VenueName:
        case Field::NewVenue: {
            if (auto p = venue_name_problem(text); !p.empty()) {
                say(s, p, true);
                return;  // keep the keyboard open to fix it
            }
            for (const auto& v : s.all_venues)
                if (v.name == trim(text) && v.id != s.edit_venue) {
                    say(s, "admin_problem_venue_taken", true);
                    return;
                }
            if (s.editing == Field::NewVenue) {
                s.settings_venue = add_venue(st, text, s.new_venue_kind);
                say(s, "admin_venue_added");
            } else {
                rename_venue(st, s.edit_venue, text);
                say(s, "admin_venue_renamed");
            }
            app.reload_venues();
            break;
        }
        case Field::Pin:
            if (!change_pin(st, text)) {
                say(s, "admin_pin_rules", true);
                s.edit_text.clear();
                return;
            }
            say(s, "admin_pin_changed");
            break;
    }
    s.editing = Field::None;
    s.edit_text.clear();
}

double round2(double v) { return std::round(v * 100) / 100; }

}  // namespace

std::vector<std::string> venue_kinds(const Catalog& c) {
    std::vector<std::string> out;
    for (const auto& m : c.modules)
        for (const auto& a : m.audiences)
            if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    if (out.empty()) out.push_back("hotel");
    return out;
}

void refresh(Session& s, KioskApp& app) {
    if (!s.stale) return;
    s.stale = false;
    Store& st = app.store();
    const Catalog& c = app.catalog();
    const Date today = app.today();
    try {
        s.saved = load_settings(st, c);
        if (s.tab != Tab::Settings) s.draft = s.saved;
        s.all_venues = st.venues(true);
        if (s.settings_venue == 0 && !s.all_venues.empty()) s.settings_venue = s.all_venues.front().id;
        s.required.clear();
        for (const auto& v : s.all_venues)
            if (v.id == s.settings_venue) s.required = required_modules_for(st, c.modules, v);
        s.venue_rows = venue_rows(st, c, today);
        s.everyone = people_list(st, c, PeopleFilter{}, today);
        s.totals = summary(s.everyone, s.venue_rows);
        s.people = people_list(st, c, s.filter, today);
        s.person.reset();
        if (s.person_id != 0) s.person = person_detail(st, c, s.person_id, today);
    } catch (const std::exception& e) {
        fail(s, e);
    }
}

void apply(Session& s, KioskApp& app, const Action& a) {
    app.admin_touch();
    Store& st = app.store();
    using K = Action::Kind;
    // A new action replaces the last message, except while a field is being fixed.
    if (a.kind != K::Type && a.kind != K::Backspace) say(s, "");
    s.stale = true;
    try {
        switch (a.kind) {
            case K::Close: app.admin_close(); return;
            case K::ShowTab:
                s.tab = a.tab;
                s.editing = Field::None;
                s.confirm_erase = 0;
                if (a.tab == Tab::Settings) s.draft = s.saved;
                break;
            case K::Edit:
                s.editing = a.field;
                s.edit_venue = a.id;
                s.edit_text.clear();
                switch (a.field) {
                    case Field::Search: s.edit_text = s.filter.search; break;
                    case Field::OrganisationName: s.edit_text = s.draft.organisation_name; break;
                    case Field::Logo: s.edit_text = s.draft.organisation_logo; break;
                    case Field::Printer: s.edit_text = s.draft.printer_name; break;
                    case Field::ExportDir: s.edit_text = s.draft.export_dir; break;
                    case Field::VenueName:
                        for (const auto& v : s.all_venues)
                            if (v.id == a.id) s.edit_text = v.name;
                        break;
                    default: break;
                }
                break;
            case K::Type:
                if (s.editing == Field::Pin) {
                    for (char ch : a.text)
                        if (ch >= '0' && ch <= '9' && s.edit_text.size() < KioskApp::kMaxPin) s.edit_text += ch;
                } else if (s.edit_text.size() + a.text.size() <= 200) {
                    s.edit_text += a.text;
                }
                // The list follows the search as it is typed.
                if (s.editing == Field::Search) s.filter.search = s.edit_text;
                break;
            case K::Backspace:
                pop_char(s.edit_text);
                if (s.editing == Field::Search) s.filter.search = s.edit_text;
                break;
            case K::EndEdit: commit_field(s, app); break;
            case K::CancelEdit:
                s.editing = Field::None;
                s.edit_text.clear();
                break;
            case K::FilterStatus:
                if (a.value < 0) s.filter.status.reset();
                else s.filter.status = static_cast<Status>(a.value);
                break;
            case K::FilterVenue: s.filter.venue_id = a.id; break;
            case K::ClearFilters:
                s.filter = PeopleFilter{};
                s.editing = Field::None;
                s.edit_text.clear();
                break;
            case K::FilterModule: s.filter.module_id = a.text; break;
            case K::OpenPerson:
                s.person_id = a.id;
                s.tab = Tab::Person;
                s.editing = Field::None;
                s.confirm_erase = 0;
                break;
            case K::SetLeft:
                set_left(st, a.id, a.value != 0);
                say(s, a.value ? "admin_marked_left" : "admin_marked_back");
                break;
            case K::Export: export_data(s, app, a.id); break;
            case K::AskErase: s.confirm_erase = a.id; break;
            case K::CancelErase: s.confirm_erase = 0; break;
            case K::Erase: erase(s, app, a.id); break;
            case K::Reprint: say(s, app.reprint_certificate(a.text), true); break;
            case K::PrintVenue: say(s, app.print_venue_certificate(a.id), true); break;
            case K::Step:
                if (a.text == "idle")
                    s.draft.idle_timeout_seconds =
                        std::clamp(s.draft.idle_timeout_seconds + 15 * a.value, kMinIdleSeconds, kMaxIdleSeconds);
                else if (a.text == "retention")
                    s.draft.retention_months =
                        std::clamp(s.draft.retention_months + 6 * a.value, kMinRetentionMonths, kMaxRetentionMonths);
                else if (a.text == "threshold")
                    s.draft.venue_threshold = std::clamp(round2(s.draft.venue_threshold + 0.05 * a.value), 0.05, 1.0);
                break;
            case K::ToggleLanguage: {
                auto& l = s.draft.languages;
                if (auto it = std::find(l.begin(), l.end(), a.text); it != l.end()) l.erase(it);
                else {
                    // Keep catalog order.
                    l.push_back(a.text);
                    std::vector<std::string> ordered;
                    for (const auto& cl : app.catalog().languages)
                        if (std::find(l.begin(), l.end(), cl.code) != l.end()) ordered.push_back(cl.code);
                    l = ordered;
                }
                break;
            }
            case K::SelectVenue: s.settings_venue = a.id; break;
            case K::ToggleRequired: {
                std::vector<std::string> req;
                for (const auto& v : s.all_venues)
                    if (v.id == a.id) req = required_modules_for(st, app.catalog().modules, v);
                if (auto it = std::find(req.begin(), req.end(), a.text); it != req.end()) req.erase(it);
                else req.push_back(a.text);
                if (req.empty()) {
                    say(s, "admin_problem_required_empty", true);
                    break;
                }
                std::sort(req.begin(), req.end());
                set_required(st, a.id, req);
                say(s, "admin_saved");
                break;
            }
            case K::ToggleVenueActive:
                for (const auto& v : s.all_venues)
                    if (v.id == a.id) set_venue_active(st, v.id, !v.active);
                app.reload_venues();
                say(s, "admin_saved");
                break;
            case K::NewVenueKind: s.new_venue_kind = a.text; break;
            case K::SaveSettings: {
                const auto problems = validate(s.draft, app.catalog());
                if (!problems.empty()) {
                    say(s, problems.front(), true);
                    break;
                }
                const int n = save_settings(st, s.saved, s.draft);
                app.apply_settings();
                say(s, n > 0 ? "admin_saved" : "admin_nothing_changed");
                s.saved = s.draft;
                break;
            }
            case K::DiscardSettings:
                s.draft = s.saved;
                say(s, "admin_discarded");
                break;
        }
    } catch (const std::exception& e) {
        fail(s, e);
    }
}

}  // namespace signaal::admin
