#include "admin_session.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <set>

#include "admin/route.hpp"
#include "admin/certificates.hpp"
#include "admin/settings.hpp"
#include "admin/staff.hpp"
#include "admin/venues.hpp"
#include "app/kiosk_app.hpp"
#include "atomic_file.hpp"
#include "utf8_text.hpp"

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
    if (!p) return say(s, "admin_person_gone", true);
    if (const auto done = erase_person(app.store(), id); !done.ok()) return say(s, done.problem, true);
    s.person_id = 0;
    s.tab = Tab::People;
    say(s, "admin_person_erased", false, {{"name", p->full_name}});
}

// The admin area's language, as the shell draws it.
std::string admin_language(const Session& s, const Catalog& c) { return s.lang.empty() ? c.languages.front().code : s.lang; }

void revoke(Session& s, KioskApp& app, const std::string& serial) {
    // Only the confirmation of this very certificate, with a reason chosen, revokes.
    if (serial.empty() || serial != s.confirm_revoke || s.revoke_reason.empty()) return;
    // Stored in the words the manager chose, as `signaal cert revoke --reason` stores what is typed.
    const std::string reason = app.catalog().ui.get(admin_language(s, app.catalog()), s.revoke_reason);
    s.confirm_revoke.clear();
    s.revoke_reason.clear();
    const auto problem = revoke_problem(revoke_certificate(app.store(), serial, reason, app.today()));
    say(s, problem.empty() ? "admin_revoked_done" : problem, !problem.empty(), {{"serial", serial}});
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
        case Field::VerifyUrl:
            // Said at once, keyboard still open: an address is easier to fix while it is typed.
            if (const auto problem = setting_problem("verify_url", text, app.catalog()); !problem.empty())
                return say(s, problem, true);
            s.draft.verify_url = trim(text);
            break;
        case Field::VenueName:
        case Field::NewVenue: {
            const bool adding = s.editing == Field::NewVenue;
            const Outcome done = adding ? add_venue(st, app.catalog(), text, s.new_venue_kind)
                                        : rename_venue(st, s.edit_venue, text);
            if (!done.ok()) {
                say(s, done.problem, true);
                return;  // keep the keyboard open to fix it
            }
            if (adding) s.settings_venue = done.id;
            say(s, adding ? "admin_venue_added" : "admin_venue_renamed");
            app.reload_venues();
            break;
        }
        case Field::VenueRoute:
            // Through the use case `signaal route set` calls: the same checks, rows and audit.
            if (const Outcome done = set_route_field(st, s.edit_venue, s.edit_route_field, text); !done.ok()) {
                say(s, done.problem, true);
                return;  // keep the keyboard open to fix it
            }
            say(s, "admin_saved");
            break;
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

template <class... F> struct Overload : F... { using F::operator()...; };
template <class... F> Overload(F...) -> Overload<F...>;

// What the keyboard starts with when a field is opened: its current value.
std::string field_text(const Session& s, const intent::Edit& e) {
    switch (e.field) {
        case Field::Search: return s.filter.search;
        case Field::OrganisationName: return s.draft.organisation_name;
        case Field::Logo: return s.draft.organisation_logo;
        case Field::Printer: return s.draft.printer_name;
        case Field::ExportDir: return s.draft.export_dir;
        case Field::VerifyUrl: return s.draft.verify_url;
        case Field::VenueName:
            for (const auto& v : s.all_venues)
                if (v.id == e.venue_id) return v.name;
            return {};
        case Field::VenueRoute: return route_field(s.route_own, e.route_field);
        case Field::None:
        case Field::NewVenue:
        case Field::Pin: return {};
    }
    return {};
}

void step_setting(Settings& d, const intent::Step& step) {
    switch (step.which) {
        case Stepper::Idle:
            d.idle_timeout_seconds = std::clamp(d.idle_timeout_seconds + 15 * step.by, kMinIdleSeconds, kMaxIdleSeconds);
            break;
        case Stepper::Retention:
            d.retention_months = std::clamp(d.retention_months + 6 * step.by, kMinRetentionMonths, kMaxRetentionMonths);
            break;
        case Stepper::Threshold: d.venue_threshold = std::clamp(round2(d.venue_threshold + 0.05 * step.by), 0.05, 1.0); break;
        case Stepper::Volume: d.read_aloud_volume = std::clamp(d.read_aloud_volume + 10 * step.by, kMinVolume, kMaxVolume); break;
    }
}

// Adds or removes a language, keeping catalog order.
void toggle_language(Settings& d, const Catalog& catalog, const std::string& code) {
    auto& l = d.languages;
    if (auto it = std::find(l.begin(), l.end(), code); it != l.end()) return void(l.erase(it));
    l.push_back(code);
    std::vector<std::string> ordered;
    for (const auto& cl : catalog.languages)
        if (std::find(l.begin(), l.end(), cl.code) != l.end()) ordered.push_back(cl.code);
    l = ordered;
}

}  // namespace

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
        if (s.route_venue != 0) {
            s.route_own = stored_route(st, s.route_venue);
            s.route_kiosk = stored_route(st, std::nullopt);
        }
    } catch (const std::exception& e) {
        fail(s, e);
    }
}

void apply(Session& s, KioskApp& app, const Intent& in) {
    app.admin_touch();
    Store& st = app.store();
    namespace i = intent;
    // A new intent replaces the last message, except while a field is being fixed.
    if (!std::holds_alternative<i::Type>(in) && !std::holds_alternative<i::Backspace>(in)) say(s, "");
    s.stale = true;
    const auto end_edit = [&] {
        s.editing = Field::None;
        s.edit_text.clear();
    };
    const auto typed = [&] {
        // The list follows the search as it is typed.
        if (s.editing == Field::Search) s.filter.search = s.edit_text;
    };
    try {
        std::visit(
            Overload{
                [&](const i::Close&) { app.admin_close(); },
                [&](const i::ShowTab& t) {
                    s.tab = t.tab;
                    s.editing = Field::None;
                    s.confirm_erase = 0;
                    s.route_venue = 0;
                    s.confirm_revoke.clear();
                    if (t.tab == Tab::Settings) s.draft = s.saved;
                },
                [&](const i::Edit& e) {
                    s.editing = e.field;
                    s.edit_venue = e.venue_id;
                    s.edit_route_field = e.route_field;
                    s.edit_text = field_text(s, e);
                },
                [&](const i::Type& t) {
                    if (s.editing == Field::Pin) {
                        for (char ch : t.text)
                            if (ch >= '0' && ch <= '9' && s.edit_text.size() < kMaxPin) s.edit_text += ch;
                    } else if (s.edit_text.size() + t.text.size() <= 200) {
                        s.edit_text += t.text;
                    }
                    typed();
                },
                [&](const i::Backspace&) {
                    utf8::pop_back(s.edit_text);
                    typed();
                },
                [&](const i::EndEdit&) { commit_field(s, app); },
                [&](const i::CancelEdit&) { end_edit(); },
                [&](const i::FilterStatus& f) { s.filter.status = f.status; },
                [&](const i::FilterVenue& f) { s.filter.venue_id = f.venue_id; },
                [&](const i::FilterModule& f) { s.filter.module_id = f.module_id; },
                [&](const i::ClearFilters&) {
                    s.filter = PeopleFilter{};
                    end_edit();
                },
                [&](const i::OpenPerson& o) {
                    s.person_id = o.person_id;
                    s.tab = Tab::Person;
                    s.editing = Field::None;
                    s.confirm_erase = 0;
                    s.confirm_revoke.clear();
                },
                [&](const i::SetLeft& l) {
                    const auto done = set_left(st, l.person_id, l.left);
                    if (!done.ok()) say(s, done.problem, true);
                    else say(s, l.left ? "admin_marked_left" : "admin_marked_back");
                },
                [&](const i::Export& e) { export_data(s, app, e.person_id); },
                [&](const i::AskErase& e) { s.confirm_erase = e.person_id; },
                [&](const i::CancelErase&) { s.confirm_erase = 0; },
                [&](const i::Erase& e) { erase(s, app, e.person_id); },
                [&](const i::Reprint& r) { say(s, app.reprint_certificate(r.serial), true); },
                [&](const i::AskRevoke& r) {
                    s.confirm_revoke = r.serial;
                    s.revoke_reason.clear();
                },
                [&](const i::ChooseRevokeReason& r) {
                    const auto& keys = revoke_reasons();
                    if (!s.confirm_revoke.empty() && std::find(keys.begin(), keys.end(), r.reason) != keys.end())
                        s.revoke_reason = r.reason;
                },
                [&](const i::CancelRevoke&) {
                    s.confirm_revoke.clear();
                    s.revoke_reason.clear();
                },
                [&](const i::Revoke& r) { revoke(s, app, r.serial); },
                [&](const i::PrintVenue& p) { say(s, app.print_venue_certificate(p.venue_id), true); },
                [&](const i::Step& step) { step_setting(s.draft, step); },
                [&](const i::ToggleLanguage& l) { toggle_language(s.draft, app.catalog(), l.code); },
                [&](const i::SelectVenue& v) { s.settings_venue = v.venue_id; },
                [&](const i::ToggleRequired& r) {
                    std::vector<std::string> req;
                    for (const auto& v : s.all_venues)
                        if (v.id == r.venue_id) req = required_modules_for(st, app.catalog().modules, v);
                    if (auto it = std::find(req.begin(), req.end(), r.module_id); it != req.end()) req.erase(it);
                    else req.push_back(r.module_id);
                    const auto done = set_required(st, app.catalog(), r.venue_id, req);
                    say(s, done.ok() ? "admin_saved" : done.problem, !done.ok());
                },
                [&](const i::ToggleVenueActive& t) {
                    for (const auto& v : s.all_venues)
                        if (v.id == t.venue_id) set_venue_active(st, v.id, !v.active);  // listed: known
                    app.reload_venues();
                    say(s, "admin_saved");
                },
                [&](const i::NewVenueKind& k) { s.new_venue_kind = k.kind; },
                [&](const i::SaveSettings&) {
                    if (const auto problems = validate(s.draft, app.catalog()); !problems.empty())
                        return say(s, problems.front(), true);
                    const int n = save_settings(st, app.catalog(), s.saved, s.draft);
                    app.apply_settings();
                    say(s, n > 0 ? "admin_saved" : "admin_nothing_changed");
                    s.saved = s.draft;
                },
                [&](const i::ShowVenueRoute& r) {
                    s.route_venue = r.venue_id;
                    end_edit();
                },
                [&](const i::DiscardSettings&) {
                    s.draft = s.saved;
                    say(s, "admin_discarded");
                },
                [&](const i::SetReadAloud& r) { s.draft.read_aloud = r.on; },
                [&](const i::SetLargeText& l) { s.draft.large_text = l.on; },
            },
            in);
    } catch (const std::exception& e) {
        fail(s, e);
    }
}

}  // namespace signaal::admin
