#pragma once
// What the admin area and the CLI show a manager: statuses per person, the people list, one
// person's history, venue verdicts and the summary, read from the Store. Plain C++ without
// ImGui; store errors pass through as StoreError. The acts that change things live beside it
// (venues.hpp, staff.hpp, settings.hpp, certificates.hpp, reports.hpp).
#include <cstdint>
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
    std::string revoked_on, revoke_reason;  // taken back (certificates.hpp); empty: not revoked
};

struct PersonDetail {
    Store::PersonRow person;
    Status status = Status::Never;
    std::vector<HistoryRow> history;  // newest first
};

std::optional<PersonDetail> person_detail(Store& store, const Catalog& catalog, std::int64_t id, Date today);

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

}  // namespace signaal::admin
