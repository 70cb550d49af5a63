#pragma once
// What the manager is looking at in the admin area (tab, filters, selected person, settings
// being edited). apply runs an intent the admin screens returned (admin_intent.hpp) against the
// app and the admin use cases; every store error becomes a message, never an exception mid-frame.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "admin/admin_intent.hpp"
#include "admin/admin_model.hpp"
#include "admin/settings.hpp"
#include "local_route.hpp"

namespace signaal {
class KioskApp;
}

namespace signaal::admin {

struct Session {
    std::string lang;  // the admin area's language; empty: the first offered
    Tab tab = Tab::Home;
    PeopleFilter filter;
    std::int64_t person_id = 0;
    std::int64_t confirm_erase = 0;  // the person whose erasure awaits a second tap; 0: none
    std::string confirm_revoke;      // the certificate whose revocation awaits a reason and a tap; empty: none
    std::string revoke_reason;       // the chosen reason's ui key; empty: none chosen yet

    Field editing = Field::None;
    std::string edit_text;
    std::int64_t edit_venue = 0;

    Settings saved;   // as stored
    Settings draft;   // as being edited on the settings screen
    std::int64_t settings_venue = 0;  // venue whose required modules are shown
    std::string new_venue_kind = "hotel";
    std::int64_t route_venue = 0;  // the venue whose reporting route is shown; 0: the venue list
    std::string edit_route_field;  // the route field being typed (Field::VenueRoute)

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
    LocalRoute route_own;    // of route_venue, as set for it
    LocalRoute route_kiosk;  // the kiosk's values, shown where the venue sets none
};

// Rebuilds the screens' data from the store if stale.
void refresh(Session& s, KioskApp& app);
// Applies one intent; marks the data stale. Store errors become s.message_*.
void apply(Session& s, KioskApp& app, const Intent& in);


}  // namespace signaal::admin
