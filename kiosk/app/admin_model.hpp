#pragma once
// The admin area's model: lists, statuses, venue verdicts and settings over the Store.
// Plain C++ without ImGui, so the CLI and tests can use it; store errors pass through as
// StoreError and the session (admin_session.hpp) turns them into a message on screen.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content.hpp"
#include "dates.hpp"
#include "flow.hpp"
#include "store/store.hpp"
#include "venue_standing.hpp"

namespace signaal::admin {

// [section] Status per person ---------------------------------------------------------------------
enum class Status { Valid, Expiring, Expired, Never };
inline constexpr int kExpiringDays = 30;
const char* to_string(Status s);  // "valid", "expiring", "expired", "never" (also the ui key suffix)

// A person's standing over a set of modules: the weakest of them (Never < Expired < Expiring < Valid).
Status overall_status(const std::vector<ModuleStatus>& statuses, const std::vector<std::string>& modules);

// [section] People list ---------------------------------------------------------------------------
struct PeopleFilter {
    std::string search;            // part of the name, any case
    std::int64_t venue_id = 0;     // 0: every venue
    std::string module_id;         // empty: the venue's required modules
    std::optional<Status> status;  // none: every status
    bool include_left = true;      // people marked as left
};

struct PersonListRow {
    std::int64_t id = 0;
    std::string name, employee_number, venue_name;
    bool active = true;
    Status status = Status::Never;
    std::string valid_until;  // earliest end date among the modules counted; empty when Never
};

std::vector<PersonListRow> people_list(Store& store, const Catalog& catalog, const PeopleFilter& f, Date today);

// [section] One person ----------------------------------------------------------------------------
struct HistoryRow {
    std::string module_id, serial, completed_on, valid_until, language;
    int score_percent = 0;
    Status status = Status::Valid;
};

struct PersonDetail {
    Store::PersonRow person;
    Status status = Status::Never;
    std::vector<HistoryRow> history;  // newest first
};

std::optional<PersonDetail> person_detail(Store& store, const Catalog& catalog, std::int64_t id, Date today);
// Marks a person as left (or back); audit-logged.
void set_left(Store& store, std::int64_t id, bool left);

// [section] Rights of access and erasure (AVG/GDPR) ----------------------------------------------
// "person-<id>-<YYYY-MM-DD>.json": no name, since the file may be listed on a shared USB stick.
std::string export_file_name(std::int64_t id, Date today);
// Writes everything stored about the person (Store::export_person_json) to
// dir/export_file_name(...) with mode 0600, atomically (common/atomic_file.hpp), then audits
// "person_export". Returns the file. Throws FileWriteError (folder, reason) when the folder
// cannot be made or written; then nothing is audited. The person must exist (assert).
std::filesystem::path export_person(Store& store, std::int64_t id, const std::filesystem::path& dir, Date today);
// Erases the person's personal data (Store::erase_person) and audits "person_erase".
// False when there is no such person (or they were erased already).
bool erase_person(Store& store, std::int64_t id);

// [section] Venues --------------------------------------------------------------------------------
struct VenueRow {
    Venue venue;
    std::vector<std::string> required;
    int staff = 0, trained = 0;
    VenueVerdict verdict;
};

// Judged against the stored venue threshold (venue_standing), as printing judges them.
std::vector<VenueRow> venue_rows(Store& store, const Catalog& catalog, Date today, bool include_inactive = false);

// Summary numbers for the admin home.
struct Summary {
    int people = 0, valid = 0, expiring = 0, expired = 0, never = 0;
    int venues = 0, venues_certified = 0;
};
Summary summary(const std::vector<PersonListRow>& people, const std::vector<VenueRow>& venues);

// [section] Settings ------------------------------------------------------------------------------
struct Settings {
    std::string organisation_name;
    std::string organisation_logo;          // path to an 8-bit PNG; empty for none
    std::vector<std::string> languages;     // offered, in catalog order; empty = all
    int idle_timeout_seconds = 90;
    std::string printer_name;
    int retention_months = Store::kDefaultRetentionMonths;
    double venue_threshold = 0.6;
    std::string export_dir;  // where person exports go; default_export_dir() when unset

    bool operator==(const Settings&) const = default;
};

inline constexpr int kMinIdleSeconds = 30, kMaxIdleSeconds = 600;
inline constexpr int kMinRetentionMonths = Store::kMinRetentionMonths, kMaxRetentionMonths = Store::kMaxRetentionMonths;

// Reads stored settings; missing or unreadable values fall back to the defaults above.
Settings load_settings(Store& store, const Catalog& catalog);

// Problems a manager can cause, as ui keys (e.g. "admin_problem_no_language"); empty when fine.
std::vector<std::string> validate(const Settings& s, const Catalog& catalog);

// Writes the keys that changed, each with an audit entry; returns how many changed.
// Throws StoreError; validate first.
int save_settings(Store& store, const Settings& before, const Settings& after);

// The languages the kiosk offers: the setting filtered to the catalog, or all when unset/empty.
std::vector<Language> offered_languages(Store& store, const Catalog& catalog);
// The idle limit in effect, from idle_timeout_seconds (clamped), or fallback.
Millis idle_timeout(Store& store, Millis fallback);

// [section] Venues and PIN ------------------------------------------------------------------------
// Venue names: 1..80 characters after trimming. Returns a ui problem key or empty.
std::string venue_name_problem(const std::string& name);
std::int64_t add_venue(Store& store, const std::string& name, const std::string& kind);
void rename_venue(Store& store, std::int64_t id, const std::string& name);
void set_venue_active(Store& store, std::int64_t id, bool active);
void set_required(Store& store, std::int64_t venue_id, const std::vector<std::string>& modules);
// Sets a new PIN (4-8 digits) after checking it; false when not acceptable.
bool change_pin(Store& store, const std::string& pin);

std::string trim(const std::string& s);

}  // namespace signaal::admin
