#pragma once
// The admin area's screens (one file each: screen_admin_<name>.cpp). Each draws a plain view
// in the manager's language and returns what the manager did as admin intents; none touches
// the store or the session. The shell (shell/frame_admin.cpp) builds the view and applies them.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "admin/admin_intent.hpp"
#include "admin/admin_model.hpp"
#include "admin/settings.hpp"
#include "local_route.hpp"
#include "views.hpp"

namespace signaal::ui {

struct AdminAreaView {
    Words w;
    std::vector<LanguageChoice> languages;  // every language of the catalog
    std::vector<std::pair<std::string, std::string>> modules;  // id, title in the admin language
    std::vector<std::string> venue_kinds;
    Keyboard keyboard;
    int lock_seconds = 0;  // until the area locks itself without input

    // What the manager is looking at: the tab, filters, the field being typed into.
    admin::Tab tab = admin::Tab::Home;
    admin::PeopleFilter filter;
    std::int64_t person_id = 0;
    std::int64_t confirm_erase = 0;  // the person whose erasure awaits a second tap; 0: none
    std::string confirm_revoke;      // the certificate whose revocation is being confirmed; empty: none
    std::string revoke_reason;       // the chosen reason's ui key
    std::vector<std::string> revoke_reasons;  // the reasons offered, as ui keys
    admin::Field editing = admin::Field::None;
    std::string edit_text;
    admin::Settings saved;  // as stored
    admin::Settings draft;  // as being edited on the settings screen
    std::int64_t settings_venue = 0;
    std::string new_venue_kind;

    // The message line: a ui key with its {placeholders}, bad news or not, and a detail.
    std::string message_key;
    std::vector<std::pair<std::string, std::string>> message_fill;
    bool message_error = false;
    std::string message_detail;

    // The data the tabs list (views into the shell's copy, valid for this frame).
    std::span<const admin::PersonListRow> people;
    const admin::PersonDetail* person = nullptr;  // the person shown, if any
    std::span<const admin::VenueRow> venue_rows;
    std::span<const Venue> all_venues;
    std::vector<std::string> required;  // of settings_venue
    admin::Summary totals;
    std::int64_t route_venue = 0;  // the venues tab shows this venue's reporting route; 0: the list
    std::string edit_route_field;
    LocalRoute route_own, route_kiosk;

    const std::string& module_title(const std::string& id) const;
};

using AdminActions = std::vector<admin::Intent>;

AdminActions draw_admin_home(const AdminAreaView& v);
AdminActions draw_admin_people(const AdminAreaView& v);
AdminActions draw_admin_person(const AdminAreaView& v);
AdminActions draw_admin_venues(const AdminAreaView& v);
AdminActions draw_admin_settings(const AdminAreaView& v);

// [shared] Parts every admin screen uses (screen_admin_home.cpp).
// The top bar with the tabs and Close; returns the y where content starts.
float admin_top(const AdminAreaView& v, AdminActions& out);
// The message line (saved, problem, store error) at y; returns the y below it.
float admin_message(const AdminAreaView& v, float x, float y, float w);
// A chip (toggle button) at the cursor; advances the cursor to the right.
bool admin_chip(const std::string& id, const std::string& label, bool on, float h);
// The on-screen keyboard docked at the bottom, with the edited text and Done; actions appended.
void admin_keyboard(const AdminAreaView& v, AdminActions& out, bool digits, bool masked);
// "2026-11-23" in the admin language's date format.
std::string admin_date(const AdminAreaView& v, const std::string& iso);
// Colour pair (text, background) for a status.
void status_colours(admin::Status s, unsigned int& fg, unsigned int& bg);

}  // namespace signaal::ui
