#include "reports.hpp"

namespace signaal::admin {

CompletionsReport completions_report(Store& store, const CompletionsRequest& request) {
    Store::CompletionFilter f;
    if (!request.venue.empty()) {
        const auto venue = store.venue_by_name(request.venue);
        if (!venue) return {refused("admin_problem_venue_gone"), {}};
        f.venue_id = venue->id;
    }
    f.from = request.from;
    f.to = request.to;
    f.module_id = request.module_id;
    f.include_erased = request.include_erased;
    return {done(), store.completions(f)};
}

void report_written(Store& store, std::size_t rows, bool pdf) {
    store.audit(AuditAct::ReportCompletions, std::to_string(rows) + " rows" + (pdf ? " as PDF" : ""));
}

std::vector<CompletionRow> expiring_report(Store& store, Date today, int days) { return store.expiring(today, days); }

std::vector<Store::CountRow> stats_report(Store& store) { return store.completion_counts(); }

std::vector<Store::AuditRow> audit_listing(Store& store, int limit) { return store.audit_log(limit); }

}  // namespace signaal::admin
