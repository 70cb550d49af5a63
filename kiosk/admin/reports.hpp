#pragma once
// Report use cases for `signaal report ...` and `signaal audit list`: what a report reads, and
// the audit entry a written report leaves. Formatting (CSV, PDF) stays with the caller.
#include <optional>
#include <string>
#include <vector>

#include "dates.hpp"
#include "outcome.hpp"
#include "store/store.hpp"

namespace signaal::admin {

struct CompletionsRequest {
    std::string venue;     // a venue's name; empty: every venue
    std::string from, to;  // ISO dates, inclusive; empty: open
    std::string module_id;
    bool include_erased = false;
};

// The completions a request names, newest first. Refused "admin_problem_venue_gone" when the
// venue is not known (rows empty then).
struct CompletionsReport {
    Outcome outcome;
    std::vector<CompletionRow> rows;
};
CompletionsReport completions_report(Store& store, const CompletionsRequest& request);
// Once the report is written (not before: a refused language or a full disk leaves no entry).
void report_written(Store& store, std::size_t rows, bool pdf);

// Each active person's newest certificate per module expiring within days of today.
std::vector<CompletionRow> expiring_report(Store& store, Date today, int days);
// Anonymous counts per venue, module and month (they survive erasure).
std::vector<Store::CountRow> stats_report(Store& store);
// The audit log, newest first, every row under its current act name (audit_act.hpp).
std::vector<Store::AuditRow> audit_listing(Store& store, int limit);

}  // namespace signaal::admin
