#pragma once
// The admin area's screens (one file each: screen_admin_<name>.cpp). Each draws the session's
// data in the manager's language and returns what the manager did; none touches the store.
#include <string>
#include <vector>

#include "app/admin_session.hpp"
#include "views.hpp"

namespace signaal::ui {

struct AdminAreaView {
    Words w;
    const admin::Session* s = nullptr;
    std::vector<LanguageChoice> languages;  // every language of the catalog
    std::vector<std::pair<std::string, std::string>> modules;  // id, title in the admin language
    std::vector<std::string> venue_kinds;
    Keyboard keyboard;
    int lock_seconds = 0;  // until the area locks itself without input

    const std::string& module_title(const std::string& id) const;
};

using AdminActions = std::vector<admin::Action>;

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
