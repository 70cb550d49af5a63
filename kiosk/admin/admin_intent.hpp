#pragma once
// What a manager did on an admin screen, as one typed struct per act (like the kiosk flow's
// Intent in flow.hpp). The admin screens return these; the session (app/admin_session.hpp)
// applies them. Plain values only: no ImGui, no store.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "admin_model.hpp"

namespace signaal::admin {

enum class Tab { Home, People, Person, Venues, Settings };
// The text field the on-screen keyboard types into; None hides the keyboard.
enum class Field { None, Search, OrganisationName, Logo, Printer, ExportDir, VenueName, NewVenue, Pin, VenueRoute, VerifyUrl };
// The settings changed in steps with - and +.
enum class Stepper { Idle, Retention, Threshold, Volume };

namespace intent {
struct Close {};                                  // leave the admin area
struct ShowTab { Tab tab; };
struct Edit {
    Field field;
    std::int64_t venue_id = 0;  // for VenueName and VenueRoute
    std::string route_field = {};  // for VenueRoute: a field of admin::route_fields()
};
struct Type { std::string text; };                // typed into the edited field
struct Backspace {};
struct EndEdit {};                                // keyboard "done": commit the field
struct CancelEdit {};
struct FilterStatus { std::optional<Status> status; };  // none: every status
struct FilterVenue { std::int64_t venue_id = 0; };     // 0: every venue
struct FilterModule { std::string module_id; };        // empty: every module
struct ClearFilters {};
struct OpenPerson { std::int64_t person_id; };
struct SetLeft { std::int64_t person_id; bool left; };
struct Export { std::int64_t person_id; };        // the person's data to a file in the export folder
struct AskErase { std::int64_t person_id; };      // show the confirmation; nothing is erased yet
struct CancelErase {};
struct Erase { std::int64_t person_id; };         // only while its confirmation is showing
struct Reprint { std::string serial; };
struct AskRevoke { std::string serial; };         // show the reasons; nothing is revoked yet
struct ChooseRevokeReason { std::string reason; };  // a key of revoke_reasons() (certificates.hpp)
struct CancelRevoke {};
struct Revoke { std::string serial; };            // only while its confirmation shows, with a reason chosen
struct PrintVenue { std::int64_t venue_id; };
struct Step { Stepper which; int by; };           // by: -1 or +1
struct ToggleLanguage { std::string code; };
struct SelectVenue { std::int64_t venue_id; };    // settings: whose required modules are shown
struct ToggleRequired { std::int64_t venue_id; std::string module_id; };
struct ToggleVenueActive { std::int64_t venue_id; };
struct NewVenueKind { std::string kind; };
struct ShowVenueRoute { std::int64_t venue_id; };  // the venue's reporting route; 0: back to the venues
struct SaveSettings {};
struct DiscardSettings {};
struct SetReadAloud { bool on; };                 // the Listen button on learner screens
struct SetLargeText { bool on; };                 // the text size a session starts with
}  // namespace intent

using Intent = std::variant<intent::Close, intent::ShowTab, intent::Edit, intent::Type, intent::Backspace,
                            intent::EndEdit, intent::CancelEdit, intent::FilterStatus, intent::FilterVenue,
                            intent::FilterModule, intent::ClearFilters, intent::OpenPerson, intent::SetLeft,
                            intent::Export, intent::AskErase, intent::CancelErase, intent::Erase, intent::Reprint,
                            intent::PrintVenue, intent::Step, intent::ToggleLanguage, intent::SelectVenue,
                            intent::ToggleRequired, intent::ToggleVenueActive, intent::NewVenueKind,
                            intent::SaveSettings, intent::DiscardSettings, intent::ShowVenueRoute,
                            intent::SetReadAloud, intent::SetLargeText, intent::AskRevoke,
                            intent::ChooseRevokeReason, intent::CancelRevoke, intent::Revoke>;

}  // namespace signaal::admin
