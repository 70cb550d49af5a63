#pragma once
// The completions report: an A4 portrait summary for a venue manager or a training coordinator,
// with the filters it was made with, counts per module and venue, and every completion in a
// table over as many pages as it takes. Every word on it comes from ReportLabels.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "render_assets.hpp"
#include "report_summary.hpp"

namespace signaal::certs {

struct ReportLabels {
    std::string title;              // "Completed trainings"
    std::string filter_venue;       // "Venue"
    std::string filter_period;      // "Period"
    std::string filter_module;      // "Training"
    std::string all;                // "All", for a filter not set
    std::string period_from;        // "from", before a date: "from 2026-01-01"
    std::string period_until;       // "until", before a date
    std::string generated_on;       // "Generated on"
    std::string summary;            // "Summary"
    std::string completions;        // "Completions"
    std::string people;             // "People"
    std::string per_module;         // "Per training"
    std::string per_venue;          // "Per venue"
    std::string valid;              // "Valid"
    std::string expiring;           // "Expires within 30 days"
    std::string expired;            // "Expired"
    std::string col_name;           // "Name"
    std::string col_number;         // "Staff no."
    std::string col_venue;          // "Venue"
    std::string col_module;         // "Training"
    std::string col_completed;      // "Completed"
    std::string col_valid_until;    // "Valid until"
    std::string col_score;          // "Score"
    std::string col_code;           // "Verification code"
    std::string erased;             // "(erased)", for a person whose name is gone
    std::string no_rows;            // "No completions match these filters."
    std::function<std::string(int page, int pages)> page_of;  // "Page 2 of 7"; empty: "2 / 7"
    std::function<std::string(Date)> format_date;             // empty: YYYY-MM-DD
};

// The PDF bytes; save them with save_pdf(). Throws PdfError when a font or logo cannot be used.
std::vector<std::uint8_t> render_completion_report(const CompletionReport& report, const ReportLabels& labels,
                                                   const RenderAssets& assets);

}  // namespace signaal::certs
