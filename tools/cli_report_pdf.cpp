#include "cli_report_pdf.hpp"

#include <unistd.h>

#include <iostream>

#include "content_loader.hpp"
#include "pdf_canvas.hpp"
#include "report_pdf.hpp"

namespace signaal::cli {
namespace {

certs::Date to_ymd(const std::string& iso) {
    const auto d = parse_iso_date(iso);
    return d ? certs::Date{*d} : certs::Date{};  // the store only holds checked dates
}

std::optional<certs::Date> optional_date(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    return to_ymd(iso);
}

certs::ReportLabels report_labels(const UiText& ui, const std::string& lang) {
    const auto t = [&](const char* key) { return ui.get(lang, key); };
    certs::ReportLabels l;
    l.title = t("report_title");
    l.filter_venue = t("admin_filter_venue");
    l.filter_period = t("report_filter_period");
    l.filter_module = t("admin_filter_module");
    l.all = t("admin_all");
    l.period_from = t("report_period_from");
    l.period_until = t("report_period_until");
    l.generated_on = t("report_generated_on");
    l.summary = t("report_summary");
    l.completions = t("report_completions");
    l.people = t("report_people");
    l.per_module = t("report_per_module");
    l.per_venue = t("report_per_venue");
    l.valid = t("admin_status_valid");
    l.expiring = t("admin_status_expiring");
    l.expired = t("admin_status_expired");
    l.col_name = t("admin_col_name");
    l.col_number = t("admin_col_number");
    l.col_venue = t("admin_col_venue");
    l.col_module = t("admin_col_module");
    l.col_completed = t("admin_col_completed");
    l.col_valid_until = t("admin_col_valid_until");
    l.col_score = t("admin_col_score");
    l.col_code = t("verification_code");
    l.erased = t("report_erased");
    l.no_rows = t("report_no_rows");
    l.page_of = [pattern = t("report_page_of")](int page, int pages) {
        return fill(pattern, {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}});
    };
    return l;
}

std::string module_title(const Catalog& catalog, const std::string& id, const std::string& lang) {
    const Module* m = catalog.find_module(id);
    return m ? m->in(lang).title : id;
}

// Central rows carry no local person id; name and number tell people apart there.
std::string person_key(const CompletionRow& r) {
    return r.person_id ? std::to_string(r.person_id) : r.person_name + '\x1f' + r.employee_number;
}

certs::CompletionReport make_report(const ReportRequest& q, const std::vector<CompletionRow>& rows,
                                    const Catalog& catalog, const std::string& lang) {
    certs::CompletionReport r;
    r.organisation_name = q.organisation_name.empty() ? catalog.ui.get(lang, "organisation_default") : q.organisation_name;
    r.filters = {q.venue, optional_date(q.from), optional_date(q.to),
                 q.module_id.empty() ? "" : module_title(catalog, q.module_id, lang)};
    r.today = certs::Date{today_utc()};
    r.rows.reserve(rows.size());
    for (const auto& c : rows)
        r.rows.push_back({person_key(c), c.person_name, c.employee_number, c.venue_name, c.module_id,
                          module_title(catalog, c.module_id, lang), to_ymd(c.completed_on), to_ymd(c.valid_until),
                          c.score_percent, c.verification_code});
    return r;
}

}  // namespace

std::filesystem::path pdf_out_path(const Args& a) {
    const auto out = a.value("out");
    if (!out) {
        if (isatty(STDOUT_FILENO)) throw UsageError("--format pdf needs --out FILE.pdf (a PDF is not for the terminal)");
        throw UsageError("--format pdf needs --out FILE.pdf");
    }
    if (*out == "-" || *out == "/dev/stdout" || *out == "/dev/tty")
        throw UsageError("--out must name a file for --format pdf, not '" + *out + "'");
    return *out;
}

int write_completions_pdf(const Args& a, const ReportRequest& q, const std::vector<CompletionRow>& rows,
                          const std::filesystem::path& out) {
    const auto dir = content_dir(a);
    const auto loaded = load_content(dir, {});
    const Catalog& catalog = loaded.catalog;
    if (!loaded.languages_ok) {
        std::cerr << "signaal report completions: the report's words come from " << dir.string()
                  << ", which cannot be used (see `signaal content check " << dir.string() << "`)\n";
        return 1;
    }
    const std::string lang = a.value_or("lang", catalog.languages.front().code);
    if (!catalog.offers(lang)) {
        std::string known;
        for (const auto& l : catalog.languages) known += (known.empty() ? "" : ", ") + l.code;
        throw UsageError("--lang must be one of " + known + ", not '" + lang + "'");
    }
    try {
        certs::save_pdf(certs::render_completion_report(make_report(q, rows, catalog, lang),
                                                        report_labels(catalog.ui, lang), q.assets),
                        out);
    } catch (const certs::PdfError& e) {
        std::cerr << "signaal report completions: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

}  // namespace signaal::cli
