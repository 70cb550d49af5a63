#pragma once
// What a staff list changes at one venue, and making those changes: the people on the list are
// registered (or their name and language corrected, or taken back if they had left), and with
// mark_missing_left everyone at the venue who is not on it is marked as left. Importing the
// same list again changes nothing.
#include <cstdint>
#include <string>
#include <vector>

#include "staff_csv.hpp"
#include "store/store.hpp"

namespace signaal::staff {

struct Change {
    enum class Kind { Add, Update, Rejoin, Leave };
    Kind kind = Kind::Add;
    int line = 0;                 // the list's line; 0 for Leave (the person is not on it)
    std::int64_t person_id = 0;   // 0 for Add
    std::string name, employee_number, language;
    std::string was;              // Update: what changes, as "name 'A' -> 'B'"
};

struct Plan {
    std::int64_t venue_id = 0;
    std::vector<Change> changes;
    std::vector<Problem> problems;  // rows that match the same registered person
    int unchanged = 0;
    bool ok() const;
};

// default_language: for new people whose row gives none.
Plan plan_import(Store& store, std::int64_t venue_id, const List& list, bool mark_missing_left,
                 const std::string& default_language);

// Makes the plan's changes in one transaction, with one audit entry naming the source.
void apply(Store& store, const Plan& plan, const std::string& source);

const char* kind_name(Change::Kind k);  // "add", "update", "rejoin", "left"

}  // namespace signaal::staff
