#pragma once
// Staff use cases, the same from the admin screens and `signaal person ...`: register, mark as
// left or returned, and the rights of access and erasure (AVG/GDPR). Each records its audit act.
#include <cstdint>
#include <filesystem>
#include <string>

#include "content.hpp"
#include "dates.hpp"
#include "outcome.hpp"
#include "store/store.hpp"

namespace signaal::admin {

// Registers a staff member before they train, so the venue's share counts them. Refused: a bad
// name (names.hpp), a missing venue ("admin_problem_venue_gone"), a language the catalog lacks
// ("admin_problem_unknown_language"), the same person already there ("admin_problem_person_taken").
Outcome add_person(Store& store, const Catalog& catalog, const std::string& name, const std::string& employee_number,
                   std::int64_t venue_id, const std::string& language);

// Marks a person as left (no longer counted as staff) or back. Refused: "admin_person_gone".
Outcome set_left(Store& store, std::int64_t id, bool left);

// "person-<id>-<YYYY-MM-DD>.json": no name, since the file may be listed on a shared USB stick.
std::string export_file_name(std::int64_t id, Date today);
// Writes everything stored about the person (Store::export_person_json) to
// dir/export_file_name(...) with mode 0600, atomically (common/atomic_file.hpp), then audits
// person_export. Returns the file. Throws FileWriteError (folder, reason) when the folder
// cannot be made or written; then nothing is audited. The person must exist (assert).
std::filesystem::path export_person(Store& store, std::int64_t id, const std::filesystem::path& dir, Date today);
// The same document as text (for standard output), audited as person_export.
std::string export_person_text(Store& store, std::int64_t id);

// Erases the person's personal data (Store::erase_person, audited as person_erase in the same
// transaction). Refused "admin_person_gone" when there is no such person or they were erased.
Outcome erase_person(Store& store, std::int64_t id);

// Erases everyone whose last activity is older than months before today (the retention
// period, Store::retention_months unless a manager gives another), audited as retention_purge
// when anyone was erased. Returns how many.
int purge_inactive(Store& store, Date today, int months);

}  // namespace signaal::admin
