#include "central_reports.hpp"

#include <nlohmann/json.hpp>

#include "pg.hpp"

namespace signaal::fleet {

std::vector<CompletionRow> central_completions(pg::Connection& c, const CentralCompletionFilter& f) {
    auto r = c.query(
        "SELECT c.certificate_serial, c.verification_code, COALESCE(p.full_name, ''), p.employee_number, v.name, "
        "c.module_id, c.module_version, a.language, c.completed_on, c.valid_until, c.score_percent "
        "FROM completions c JOIN people p ON p.uid = c.person_uid JOIN venues v ON v.uid = c.venue_uid "
        "JOIN attempts a ON a.uid = c.attempt_uid "
        "WHERE ($1 = '' OR v.name = $1) AND ($2 = '' OR c.completed_on >= $2) AND ($3 = '' OR c.completed_on <= $3) "
        "AND ($4 = '' OR c.module_id = $4) AND ($5::boolean OR p.erased_at IS NULL) "
        "ORDER BY c.completed_on DESC, c.certificate_serial DESC",
        {f.venue_name, f.from, f.to, f.module_id, f.include_erased ? "true" : "false"});
    std::vector<CompletionRow> out;
    out.reserve(static_cast<size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        CompletionRow row;
        row.serial = r.text(i, 0);
        row.verification_code = r.text(i, 1);
        row.person_name = r.text(i, 2);
        row.employee_number = r.text(i, 3);
        row.venue_name = r.text(i, 4);
        row.module_id = r.text(i, 5);
        row.module_version = r.integer(i, 6);
        row.language = r.text(i, 7);
        row.completed_on = r.text(i, 8);
        row.valid_until = r.text(i, 9);
        row.score_percent = r.integer(i, 10);
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<CentralVenue> central_venues(pg::Connection& c) {
    auto r = c.query(
        "SELECT v.name, MIN(v.kind), COALESCE((SELECT jsonb_agg(DISTINCT m ORDER BY m) FROM venues v2 "
        "JOIN venue_required q ON q.venue_uid = v2.uid, jsonb_array_elements_text(q.modules) m WHERE v2.name = v.name), "
        "'[]'::jsonb) FROM venues v WHERE v.active = 1 GROUP BY v.name ORDER BY v.name");
    std::vector<CentralVenue> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), r.text(i, 1),
                       nlohmann::json::parse(r.text(i, 2)).get<std::vector<std::string>>()});
    return out;
}

CentralCounts central_venue_counts(pg::Connection& c, const std::string& venue_name,
                                   const std::vector<std::string>& required, Date today) {
    const nlohmann::json list = required;
    auto r = c.query(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN (SELECT COUNT(DISTINCT c.module_id) FROM completions c "
        "WHERE c.person_uid = p.uid AND c.valid_until >= $2 AND c.module_id IN "
        "(SELECT jsonb_array_elements_text($3::jsonb))) = $4::integer THEN 1 ELSE 0 END), 0) "
        "FROM people p JOIN venues v ON v.uid = p.venue_uid "
        "WHERE v.name = $1 AND p.active <> 0 AND p.erased_at IS NULL",
        {venue_name, to_iso(today), list.dump(), std::to_string(required.size())});
    CentralCounts out{r.integer(0, 0), r.integer(0, 1)};
    if (required.empty()) out.trained = 0;
    return out;
}

}  // namespace signaal::fleet
