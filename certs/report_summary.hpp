#pragma once
// What a completions report says about its rows: the plain struct the caller fills, and the
// counts of its summary block. Pure, so the counts are tested without drawing a PDF.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "payload.hpp"

namespace signaal::certs {

struct ReportRow {
    std::string person_key;  // tells people apart for "distinct people" (names may repeat or be erased)
    std::string name;        // empty: the person was erased
    std::string employee_number;
    std::string venue;
    std::string module_id;
    std::string module_title;  // in the report's language
    Date completed_on{};
    Date valid_until{};
    int score_percent = 0;
    std::string verification_code;
};

struct ReportFilters {
    std::string venue;         // empty: every venue
    std::optional<Date> from;  // completed on or after
    std::optional<Date> to;    // completed on or before
    std::string module_title;  // empty: every module
};

struct CompletionReport {
    std::string organisation_name;
    ReportFilters filters;
    Date today{};  // the date generated; statuses are judged on it
    std::vector<ReportRow> rows;
};

// How many completions of one group (a module or a venue) are in each state on the report's day.
struct StatusCounts {
    std::string label;
    int total = 0;
    int valid = 0;     // valid for more than kExpiringDays
    int expiring = 0;  // valid today, but not after kExpiringDays
    int expired = 0;
};

struct ReportSummary {
    int completions = 0;
    int people = 0;
    std::vector<StatusCounts> per_module;  // in order of first appearance
    std::vector<StatusCounts> per_venue;   // empty when the report is filtered to one venue
};

// The admin area's window for "expires soon"; the report must agree with it.
inline constexpr int kExpiringDays = 30;

ReportSummary summarize(const CompletionReport& report);

}  // namespace signaal::certs
