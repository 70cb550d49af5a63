#pragma once
// The kiosk's settings, each with one validated owner: what the admin settings screen saves and
// what `signaal settings set KEY VALUE` accepts pass the same rule (setting_problem).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "content.hpp"
#include "dates.hpp"
#include "flow.hpp"
#include "store/store.hpp"

namespace signaal::admin {

struct Settings {
    std::string organisation_name;
    std::string organisation_logo;          // path to an 8-bit PNG; empty for none
    std::vector<std::string> languages;     // offered, in catalog order; empty = all
    int idle_timeout_seconds = 90;
    std::string printer_name;
    int retention_months = Store::kDefaultRetentionMonths;
    double venue_threshold = 0.6;
    std::string export_dir;  // where person exports go; default_export_dir() when unset
    std::string verify_url;  // the verification page's address (docs/verification.md); empty: QR holds the payload
    std::string language_order = "recent";  // the language screen's order: recent | fixed (language_order.hpp)
    // Reading aids: the Listen button (read_aloud "on"/"off"), its volume, and the text size a
    // session starts with (text_size "normal"/"large").
    bool read_aloud = true;
    int read_aloud_volume = 80;
    bool large_text = false;
    // This terminal (kiosk.toml sets them per terminal; the fleet's pull never overwrites them).
    std::string terminal_name;              // shown on the admin home; empty: none
    std::string terminal_id;                // the fleet's kiosk id (stored as kiosk_id); empty: made at the first sync
    std::vector<std::int64_t> venues_served;  // the venues the learner may pick here; empty: every active venue
    std::string central_server;             // fleet sync's PostgreSQL URL or conninfo (stored as central_url); empty: none

    bool operator==(const Settings&) const = default;
};

inline constexpr int kMinIdleSeconds = 30, kMaxIdleSeconds = 600;
inline constexpr int kMinVolume = 0, kMaxVolume = 100;
inline constexpr int kMinRetentionMonths = Store::kMinRetentionMonths, kMaxRetentionMonths = Store::kMaxRetentionMonths;

// The keys a manager may set (never the PIN hash), in the order their problems are reported.
const std::vector<std::string>& setting_keys();

// Reads stored settings; missing or unreadable values fall back to the defaults above.
Settings load_settings(Store& store, const Catalog& catalog);
// Each key with its value as stored text ("0.60", "nl,en"), in setting_keys() order.
std::vector<std::pair<std::string, std::string>> setting_texts(const Settings& s);

// The value as it may be shown (settings list/get, the audit log): central_server without its password.
std::string shown_value(const std::string& key, const std::string& value);

// The active venues a learner may pick at this terminal: venues_served, else all of them.
std::vector<Venue> served_venues(Store& store);

// Why value (as text) is not acceptable for key, as a ui key ("admin_problem_idle",
// "admin_problem_unknown_setting"); empty when fine.
std::string setting_problem(const std::string& key, const std::string& value, const Catalog& catalog);
// Problems of a whole draft, one per bad setting (setting_problem on each); empty when fine.
std::vector<std::string> validate(const Settings& s, const Catalog& catalog);

// Sets one setting after its check, with a setting_changed audit entry when it changed.
// Returns the problem (nothing written) or empty.
std::string set_setting(Store& store, const Catalog& catalog, const std::string& key, const std::string& value);
// Writes the keys that changed between two checked drafts, each with an audit entry; returns
// how many changed. Validate first (asserted).
int save_settings(Store& store, const Catalog& catalog, const Settings& before, const Settings& after);

// The languages the kiosk offers: the setting filtered to the catalog, or all when unset/empty.
std::vector<Language> offered_languages(Store& store, const Catalog& catalog);
// The offered languages in the language screen's order (setting language_order): by completions
// at this kiosk in the last kRecentDays days before today, or as offered.
std::vector<Language> menu_languages(Store& store, const Catalog& catalog, Date today);
// The idle limit in effect, from idle_timeout_seconds (clamped), or fallback.
Millis idle_timeout(Store& store, Millis fallback);

// The reading aids as the kiosk applies them (read_aloud, read_aloud_volume, text_size).
struct ReadingSettings {
    bool read_aloud = true;
    int volume = 80;  // 0..100
    bool large_text = false;
    bool operator==(const ReadingSettings&) const = default;
};
ReadingSettings reading_settings(Store& store);

// Sets a new admin PIN, stored only as its hash (pin_pad.hpp), audited as admin_pin_changed.
// False (nothing written) when the PIN is not acceptable (4-8 digits).
bool change_pin(Store& store, const std::string& pin);

// Text without surrounding spaces, tabs and line ends.
std::string trim(const std::string& s);

}  // namespace signaal::admin
