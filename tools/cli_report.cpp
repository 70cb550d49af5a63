// signaal report ...: who is trained, who must renew, and anonymous statistics.
#include <fstream>
#include <iostream>

#include "central_reports.hpp"
#include "central_schema.hpp"
#include "cli.hpp"
#include "csv.hpp"
#include "pg.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

std::string checked_date(const Args& a, const std::string& name) {
    auto v = a.value(name);
    if (!v) return {};
    if (!parse_iso_date(*v)) throw UsageError("--" + name + " must be a date like 2026-11-23, not '" + *v + "'");
    return *v;
}

// Writes to --out FILE when given, else to standard output.
template <class F> int with_output(const Args& a, F&& write) {
    if (auto out = a.value("out")) {
        std::ofstream f(*out, std::ios::binary);
        if (!f) {
            std::cerr << *out << ": cannot write the file\n";
            return 1;
        }
        write(f);
        f.close();
        if (!f) {
            std::cerr << *out << ": writing failed (disk full?)\n";
            return 1;
        }
        return 0;
    }
    write(std::cout);
    return 0;
}

void write_completions_csv(std::ostream& out, const std::vector<CompletionRow>& rows) {
    csv::write_bom(out);
    csv::write_row(out, {"serial", "name", "employee_number", "venue", "module", "module_version", "language",
                         "completed_on", "valid_until", "score_percent", "verification_code"});
    for (const auto& r : rows)
        csv::write_row(out, {r.serial, r.person_name, r.employee_number, r.venue_name, r.module_id,
                             std::to_string(r.module_version), r.language, r.completed_on, r.valid_until,
                             std::to_string(r.score_percent), r.verification_code});
}

int completions(const Args& a) {
    const std::string format = a.value_or("format", "csv");
    if (format != "csv") throw UsageError("--format must be csv (the PDF summary is made by `report completions --format pdf` once certificates are built in)");
    if (auto url = a.value("central")) {
        // The whole fleet, with the same columns, filters and order as one kiosk's report.
        fleet::CentralCompletionFilter f;
        f.venue_name = a.value_or("venue", "");
        f.from = checked_date(a, "from");
        f.to = checked_date(a, "to");
        f.module_id = a.value_or("module", "");
        try {
            pg::Connection central(*url);
            fleet::require_central_schema(central);
            const auto rows = fleet::central_completions(central, f);
            return with_output(a, [&](std::ostream& out) { write_completions_csv(out, rows); });
        } catch (const pg::Error& e) {
            std::cerr << "signaal report completions: " << e.what() << "\n";
            return 1;
        }
    }
    Store store(db_path(a));
    Store::CompletionFilter f;
    if (auto v = a.value("venue")) {
        auto venue = store.venue_by_name(*v);
        if (!venue) {
            std::cerr << "no venue named '" << *v << "' (see `signaal venue list`)\n";
            return 1;
        }
        f.venue_id = venue->id;
    }
    f.from = checked_date(a, "from");
    f.to = checked_date(a, "to");
    f.module_id = a.value_or("module", "");
    const auto rows = store.completions(f);
    store.audit("report_completions", std::to_string(rows.size()) + " rows");
    return with_output(a, [&](std::ostream& out) { write_completions_csv(out, rows); });
}

int expiring(const Args& a) {
    const int days = a.int_value("days", 30, 1, 3650);
    Store store(db_path(a));
    const auto rows = store.expiring(today_utc(), days);
    return with_output(a, [&](std::ostream& out) { write_completions_csv(out, rows); });
}

int stats(const Args& a) {
    Store store(db_path(a));
    const auto rows = store.completion_counts();
    return with_output(a, [&](std::ostream& out) {
        csv::write_bom(out);
        csv::write_row(out, {"venue", "module", "month", "completions"});
        for (const auto& r : rows) csv::write_row(out, {r.venue, r.module_id, r.month, std::to_string(r.completions)});
    });
}

const Option kOut{"out", "FILE", "write to FILE instead of standard output"};

}  // namespace

void register_report_commands(Registry& r) {
    r.add({"report completions", "", "All completions (certificates) as CSV, newest first",
           "UTF-8 with a byte-order mark and proper quoting, so Excel and LibreOffice open it correctly.",
           {{"venue", "NAME", "only this venue"},
            {"from", "DATE", "completed on or after DATE (YYYY-MM-DD)"},
            {"to", "DATE", "completed on or before DATE"},
            {"module", "ID", "only this module"},
            {"format", "csv", "output format (csv)"},
            {"central", "URL", "the whole fleet, from the central database (postgresql://...)"},
            kOut},
           completions});
    r.add({"report expiring", "", "Who must renew: certificates expiring (or expired) within --days of today",
           "Lists each active person's newest certificate per module that has not been renewed.",
           {{"days", "N", "window in days (default 30)"}, kOut},
           expiring});
    r.add({"report stats", "", "Anonymous statistics: completions per venue, module and month",
           "These counts stay correct after people are erased.", {kOut}, stats});
}

}  // namespace signaal::cli
