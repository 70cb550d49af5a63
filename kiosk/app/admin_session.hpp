#pragma once
// What the manager is looking at in the admin area (tab, filters, selected person, settings
// being edited) and the actions the admin screens return. admin_apply runs an action against
// the app and store; every store error becomes a message, never an exception mid-frame.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "admin/admin_model.hpp"
#include "admin/settings.hpp"

namespace signaal {
class KioskApp;
}

namespace signaal::admin {

enum class Tab { Home, People, Person, Venues, Settings };
// The text field the on-screen keyboard types into; None hides the keyboard.
enum class Field { None, Search, OrganisationName, Logo, Printer, ExportDir, VenueName, NewVenue, Pin };

struct Action {
    enum class Kind {
        Close,         // leave the admin area
        ShowTab,       // tab
        Edit,          // field (id: the venue for VenueName)
        Type,          // text typed into the edited field
        Backspace,
        EndEdit,       // keyboard "done": commit the field
        CancelEdit,
        FilterStatus,  // value: -1 none, else Status
        FilterVenue,   // id: 0 for all
        FilterModule,  // text: module id, empty for all
        ClearFilters,
        OpenPerson,    // id
        SetLeft,       // id, value 1 left / 0 back
        Export,        // id: the person's data to a file in the export folder
        AskErase,      // id: show the confirmation; nothing is erased yet
        CancelErase,
        Erase,         // id: only while its confirmation is showing
        Reprint,       // text: serial
        PrintVenue,    // id
        Step,          // text: setting ("idle", "retention", "threshold"), value: +1/-1
        ToggleLanguage,  // text: code
        SelectVenue,     // id (settings: whose required modules)
        ToggleRequired,  // id venue, text module
        ToggleVenueActive,  // id
        NewVenueKind,    // text: audience kind
        SaveSettings,
        DiscardSettings,
    };
    Action(Kind k = Kind::Close, Tab t = Tab::Home, Field f = Field::None, std::int64_t i = 0, int v = 0, std::string s = {})
        : kind(k), tab(t), field(f), id(i), value(v), text(std::move(s)) {}
    Kind kind;
    Tab tab;
    Field field;
    std::int64_t id;
    int value;
    std::string text;
};

struct Session {
    std::string lang;  // the admin area's language; empty: the first offered
    Tab tab = Tab::Home;
    PeopleFilter filter;
    std::int64_t person_id = 0;
    std::int64_t confirm_erase = 0;  // the person whose erasure awaits a second tap; 0: none

    Field editing = Field::None;
    std::string edit_text;
    std::int64_t edit_venue = 0;

    Settings saved;   // as stored
    Settings draft;   // as being edited on the settings screen
    std::int64_t settings_venue = 0;  // venue whose required modules are shown
    std::string new_venue_kind = "hotel";

    // A message for the manager: a ui key, its {placeholders}, whether it is bad news, and a
    // detail (the store's or the system's reason).
    std::string message_key;
    std::vector<std::pair<std::string, std::string>> message_fill;
    bool message_error = false;
    std::string message_detail;

    // Data for the screens, rebuilt when stale (after an action), not every frame.
    bool stale = true;
    std::vector<PersonListRow> people;     // filtered
    std::vector<PersonListRow> everyone;   // for the summary
    std::optional<PersonDetail> person;
    std::vector<VenueRow> venue_rows;      // active venues with verdicts
    std::vector<Venue> all_venues;         // with inactive, for settings
    std::vector<std::string> required;     // of settings_venue
    Summary totals;
};

// Rebuilds the screens' data from the store if stale.
void refresh(Session& s, KioskApp& app);
// Applies one action; marks the data stale. Store errors become s.message_*.
void apply(Session& s, KioskApp& app, const Action& a);


}  // namespace signaal::admin
