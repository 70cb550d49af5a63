// One frame of the admin area (after the PIN): a plain view built from the session, the screen
// of its tab, and the manager's intents applied to the session after drawing.
#include <imgui.h>

#include "frame.hpp"
#include "admin/certificates.hpp"
#include "admin/venues.hpp"
#include "ui/screen_admin.hpp"
#include "ui/widgets.hpp"

namespace signaal::shell {

FrameResult draw_admin_frame(KioskApp& app, ShellState& ui) {
    FrameResult r;
    admin::Session& s = ui.admin_session;
    admin::refresh(s, app);
    const Catalog& c = app.catalog();
    ui::AdminAreaView v;
    v.w = ui::Words{&c.ui, s.lang.empty() ? c.languages.front().code : s.lang};
    v.tab = s.tab;
    v.filter = s.filter;
    v.person_id = s.person_id;
    v.confirm_erase = s.confirm_erase;
    v.confirm_revoke = s.confirm_revoke;
    v.revoke_reason = s.revoke_reason;
    v.revoke_reasons = admin::revoke_reasons();
    v.editing = s.editing;
    v.edit_text = s.edit_text;
    v.saved = s.saved;
    v.draft = s.draft;
    v.settings_venue = s.settings_venue;
    v.new_venue_kind = s.new_venue_kind;
    v.message_key = s.message_key;
    v.message_fill = s.message_fill;
    v.message_error = s.message_error;
    v.message_detail = s.message_detail;
    v.people = s.people;
    v.person = s.person ? &*s.person : nullptr;
    v.venue_rows = s.venue_rows;
    v.all_venues = s.all_venues;
    v.required = s.required;
    v.totals = s.totals;
    v.route_venue = s.route_venue;
    v.edit_route_field = s.edit_route_field;
    v.route_own = s.route_own;
    v.route_kiosk = s.route_kiosk;
    for (const auto& l : c.languages) v.languages.push_back({l.code, l.name});
    for (const auto& m : c.modules)
        v.modules.push_back({m.id, m.text.count(v.w.lang) ? m.in(v.w.lang).title : m.id});
    v.venue_kinds = admin::venue_kinds(c);
    v.keyboard = c.ui.keyboard(v.w.lang);
    const Millis left = app.admin().last_input + app.config().idle_timeout - app.now();
    v.lock_seconds = static_cast<int>(std::max<long long>(0, (left.count() + 999) / 1000));

    ui::AdminActions actions;
    switch (s.tab) {
        case admin::Tab::Home: actions = ui::draw_admin_home(v); break;
        case admin::Tab::People: actions = ui::draw_admin_people(v); break;
        case admin::Tab::Person: actions = ui::draw_admin_person(v); break;
        case admin::Tab::Venues: actions = ui::draw_admin_venues(v); break;
        case admin::Tab::Settings: actions = ui::draw_admin_settings(v); break;
    }
    // A physical keyboard types into the edited field too.
    if (s.editing != admin::Field::None) {
        const auto keys = ui::physical_keyboard();
        for (const auto& in : keys.intents) {
            if (const auto* ty = std::get_if<intent::Type>(&in))
                actions.push_back(admin::intent::Type{ty->text});
            else if (std::holds_alternative<intent::Backspace>(in))
                actions.push_back(admin::intent::Backspace{});
        }
        if (keys.enter) actions.push_back(admin::intent::EndEdit{});
    }
    if (ImGui::GetIO().MouseDown[0] || ImGui::GetIO().MouseWheel != 0) app.admin_touch();
    for (const auto& a : actions) {
        admin::apply(s, app, a);
        if (app.admin().mode != AdminState::Mode::Home) break;  // closed
    }
    if (!actions.empty()) r.acted = true;
    if (ImGui::GetIO().MouseDown[0]) r.animating = true;
    if (auto d = app.next_deadline()) r.wake_at = *d;
    // The lock countdown on the home screen changes every second.
    if (s.tab == admin::Tab::Home) r.wake_at = r.wake_at ? std::min(*r.wake_at, app.now() + Millis(1000)) : app.now() + Millis(1000);
    return r;
}

}  // namespace signaal::shell
