// signaal report ...: who is trained, who must renew, and anonymous statistics.
#include <fstream>
#include <iostream>

#include "admin/reports.hpp"
#include "central_reports.hpp"
#include "central_schema.hpp"
#include "cli.hpp"
#include "cli_report_pdf.hpp"
#include "csv.hpp"
#include "issuer.hpp"
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

// The CSV, or with --format pdf the summary report, of rows to --out (or standard output for CSV).
int write_completions(const Args& a, const ReportRequest& request, const std::vector<CompletionRow>& rows) {
    if (a.value_or("format", "csv") == "pdf") return write_completions_pdf(a, request, rows, pdf_out_path(a));
    return with_output(a, [&](std::ostream& out) { write_completions_csv(out, rows); });
}

int central_completions(const Args& a, const std::string& url, ReportRequest request) {
    // The whole fleet, with the same columns, filters and order as one kiosk's report.
    fleet::CentralCompletionFilter f;
    f.venue_name = request.venue;
    f.from = request.from;
    f.to = request.to;
    f.module_id = request.module_id;
    f.include_erased = a.flag("include-erased");
    std::vector<CompletionRow> rows;
    try {
        pg::Connection central(url);
        fleet::require_central_schema(central);
        rows = fleet::central_completions(central, f);
    } catch (const pg::Error& e) {
        std::cerr << "signaal report completions: " << e.what() << "\n";
        return 1;
    }
    return write_completions(a, request, rows);
}

int completions(const Args& a) {
    const std::string format = a.value_or("format", "csv");
    if (format != "csv" && format != "pdf") throw UsageError("--format must be csv or pdf, not '" + format + "'");
    if (format == "pdf") pdf_out_path(a);  // refuse before reading anything
    ReportRequest request;
    request.venue = a.value_or("venue", "");
    request.from = checked_date(a, "from");
    request.to = checked_date(a, "to");
    request.module_id = a.value_or("module", "");
    if (auto url = a.value("central")) return central_completions(a, *url, request);
    Store store(db_path(a), Store::OpenCheck::SchemaOnly);
    const auto report = admin::completions_report(
        store, {request.venue, request.from, request.to, request.module_id, a.flag("include-erased")});
    if (!report.outcome.ok()) {
        std::cerr << "no venue named '" << request.venue << "' (see `signaal venue list`)\n";
        return 1;
    }
    request.organisation_name = store.setting("organisation_name").value_or("");
    request.assets = certs::assets_with_logo(store);
    // Audited once the report exists: a refused language or a full disk leaves no entry.
    const int written = write_completions(a, request, report.rows);
    if (written == 0) admin::report_written(store, report.rows.size(), format == "pdf");
    return written;
}

int expiring(const Args& a) {
    const int days = a.int_value("days", 30, 1, 3650);
    Store store(db_path(a), Store::OpenCheck::SchemaOnly);
    const auto rows = admin::expiring_report(store, today_utc(), days);
    return with_output(a, [&](std::ostream& out) { write_completions_csv(out, rows); });
}

int stats(const Args& a) {
    Store store(db_path(a), Store::OpenCheck::SchemaOnly);
    const auto rows = admin::stats_report(store);
    return with_output(a, [&](std::ostream& out) {
        csv::write_bom(out);
        csv::write_row(out, {"venue", "module", "month", "completions"});
        for (const auto& r : rows) csv::write_row(out, {r.venue, r.module_id, r.month, std::to_string(r.completions)});
    });
}

const Option kOut{"out", "FILE", "write to FILE instead of standard output"};

}  // namespace

void register_report_commands(Registry& r) {
    r.add({"report completions", "", "All completions (certificates) as CSV or a PDF summary, newest first",
           "CSV: UTF-8 with a byte-order mark and proper quoting, so Excel and LibreOffice open it correctly.\n"
           "PDF: an A4 summary (counts per training and venue) and every completion, for --out FILE only.",
           {{"venue", "NAME", "only this venue"},
            {"from", "DATE", "completed on or after DATE (YYYY-MM-DD)"},
            {"to", "DATE", "completed on or before DATE"},
            {"module", "ID", "only this module"},
            {"include-erased", "", "also completions of erased people (without their names)"},
            {"format", "csv|pdf", "output format (default csv)"},
            {"lang", "CODE", "language of the PDF (default: the content's first language)"},
            kContentOption,
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
