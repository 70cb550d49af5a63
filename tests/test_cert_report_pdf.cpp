// The completions report as a manager reads it: poppler's text, page count and word positions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "cert_samples.hpp"
#include "cert_test_support.hpp"
#include "pdf_canvas.hpp"
#include "report_pdf.hpp"

using namespace signaal::certs;
using namespace signaal::certs::test;
using samples::ymd;

namespace {

const Date kToday = ymd(2026, 11, 23);

ReportLabels labels() {
    ReportLabels l;
    l.title = "Completed trainings";
    l.filter_venue = "Venue";
    l.filter_period = "Period";
    l.filter_module = "Training";
    l.all = "All";
    l.period_from = "from";
    l.period_until = "until";
    l.generated_on = "Generated on";
    l.summary = "Summary";
    l.completions = "Completions";
    l.people = "People";
    l.per_module = "Per training";
    l.per_venue = "Per venue";
    l.valid = "Valid";
    l.expiring = "Expires within 30 days";
    l.expired = "Expired";
    l.col_name = "Name";
    l.col_number = "StaffNo";
    l.col_venue = "Venue";
    l.col_module = "Training";
    l.col_completed = "Completed";
    l.col_valid_until = "Valid until";
    l.col_score = "Score";
    l.col_code = "Verification code";
    l.erased = "(erased)";
    l.no_rows = "No completions match these filters.";
    l.page_of = [](int page, int pages) { return "Page " + std::to_string(page) + " of " + std::to_string(pages); };
    return l;
}

Date days_from_today(int days) { return Date{std::chrono::sys_days{kToday} + std::chrono::days{days}}; }

ReportRow row(const std::string& name, const std::string& person, const std::string& venue, const std::string& module,
              int valid_days) {
    ReportRow r;
    r.person_key = person;
    r.name = name;
    r.employee_number = "E-" + person;
    r.venue = venue;
    r.module_id = module;
    r.module_title = module == "hotel" ? "Hotel reception" : "Municipal counter";
    r.completed_on = ymd(2025, 11, 23);
    r.valid_until = days_from_today(valid_days);
    r.score_percent = 90;
    r.verification_code = "ABCD-" + person;
    return r;
}

CompletionReport report(std::vector<ReportRow> rows) {
    CompletionReport r;
    r.organisation_name = "Stichting Signaal — Netwerk tegen mensenhandel";
    r.today = kToday;
    r.rows = std::move(rows);
    return r;
}

struct Rendered {
    TempDir dir;
    std::filesystem::path pdf;
    explicit Rendered(const CompletionReport& r) : pdf(dir.path() / "report.pdf") {
        save_pdf(render_completion_report(r, labels(), RenderAssets::defaults()), pdf);
    }
    std::string text(int page = 0) const {
        const std::string pages = page ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
        return run("pdftotext -layout -enc UTF-8" + pages + " '" + pdf.string() + "' -");
    }
    // poppler's structured output: one tab-separated row per page (level 1) and per word (level 5).
    struct Word {
        int level = 0;
        double left = 0, top = 0, right = 0;
        std::string text;
    };
    std::vector<Word> tsv() const {
        std::istringstream rows(run("pdftotext -tsv -enc UTF-8 '" + pdf.string() + "' -"));
        std::vector<Word> out;
        std::string line;
        std::getline(rows, line);  // the header
        while (std::getline(rows, line)) {
            std::istringstream cols(line);
            Word w;
            int page, par, block, line_no, word;
            double width, height, conf;
            cols >> w.level >> page >> par >> block >> line_no >> word >> w.left >> w.top >> width >> height >> conf;
            REQUIRE(cols);
            cols.get();  // the tab before the text, which may hold spaces
            std::getline(cols, w.text);
            w.right = w.left + width;
            out.push_back(w);
        }
        return out;
    }
    int pages() const {
        const auto rows = tsv();
        return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const Word& w) { return w.level == 1; }));
    }
};

int occurrences(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// The numbers at the end of the text line that starts with `label` (after spaces).
std::vector<int> counts_after(const std::string& text, const std::string& label) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const auto at = line.find(label);
        if (at == std::string::npos || line.find_first_not_of(' ') != at) continue;
        std::istringstream rest(line.substr(at + label.size()));
        std::vector<int> out;
        int n;
        while (rest >> n) out.push_back(n);
        if (!out.empty()) return out;
    }
    return {};
}

// The numbers on the first text line below the first line that contains `label`.
std::vector<int> numbers_below(const std::string& text, const std::string& label) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line))
        if (line.find(label) != std::string::npos) break;
    while (std::getline(lines, line) && line.find_first_not_of(' ') == std::string::npos) {
    }
    std::istringstream rest(line);
    std::vector<int> out;
    int n;
    while (rest >> n) out.push_back(n);
    return out;
}

}  // namespace

TEST_CASE("report summary counts completions, people and states per module and venue", "[cert][report]") {
    auto r = report({row("Ana", "1", "Hotel Aurora", "hotel", 100), row("Ana", "1", "Hotel Aurora", "hotel", -1),
                     row("Bo", "2", "Town hall", "hotel", 0), row("Cy", "3", "Town hall", "town", 30),
                     row("Cy", "3", "Town hall", "town", 31)});
    const ReportSummary s = summarize(r);
    CHECK(s.completions == 5);
    CHECK(s.people == 3);
    REQUIRE(s.per_module.size() == 2);
    CHECK(s.per_module[0].label == "Hotel reception");
    CHECK(s.per_module[0].total == 3);
    CHECK(s.per_module[0].valid == 1);
    CHECK(s.per_module[0].expiring == 1);  // valid until today still counts as valid today
    CHECK(s.per_module[0].expired == 1);
    CHECK(s.per_module[1].expiring == 1);  // day 30 is within the window, day 31 is not
    CHECK(s.per_module[1].valid == 1);
    REQUIRE(s.per_venue.size() == 2);
    CHECK(s.per_venue[1].label == "Town hall");
    CHECK(s.per_venue[1].total == 3);
    r.filters.venue = "Town hall";
    CHECK(summarize(r).per_venue.empty());
}

TEST_CASE("a report with no rows says so on one page", "[cert][report][pdf]") {
    auto r = report({});
    r.filters.venue = "Hotel Aurora";
    r.filters.from = ymd(2026, 1, 1);
    const Rendered out(r);
    CHECK(out.pages() == 1);
    const std::string text = out.text();
    CHECK(text.find("No completions match these filters.") != std::string::npos);
    CHECK(text.find("Hotel Aurora") != std::string::npos);
    CHECK(text.find("from 2026-01-01") != std::string::npos);
    CHECK(text.find("Page 1 of 1") != std::string::npos);
    CHECK(text.find("StaffNo") == std::string::npos);  // no empty table
}

TEST_CASE("a short report shows every name in its script, erased people and the counts", "[cert][report][pdf]") {
    const Rendered out(report({row("Łucja Wiśniewska", "1", "Hotel Aurora", "hotel", 100),
                               row("Ștefan Țurcanu", "2", "Primăria Brașov", "hotel", 10),
                               row("", "3", "Хотел София", "town", -5)}));
    CHECK(out.pages() == 1);
    const std::string text = out.text();
    for (const char* s : {"Łucja Wiśniewska", "Ștefan Țurcanu", "Primăria Brașov", "Хотел София", "(erased)",
                          "E-2", "ABCD-3", "2025-11-23", "90%", "Page 1 of 1", "Stichting Signaal"}) {
        INFO(s);
        CHECK(text.find(s) != std::string::npos);
    }
    CHECK(numbers_below(text, "People") == std::vector<int>{3, 3});  // completions, distinct people
    CHECK(counts_after(text, "Hotel reception") == std::vector<int>{2, 1, 1, 0});
    CHECK(counts_after(text, "Municipal counter") == std::vector<int>{1, 0, 0, 1});
    CHECK(counts_after(text, "Хотел София") == std::vector<int>{1, 0, 0, 1});
}

TEST_CASE("a long report continues over pages with headers and page X of Y on each", "[cert][report][pdf]") {
    std::vector<ReportRow> rows;
    for (int i = 0; i < 500; ++i) {
        const std::string id = std::to_string(10000 + i);
        rows.push_back(row("Person-" + id, id, i % 2 ? "Hotel Aurora" : "Town hall", "hotel", i - 250));
    }
    const Rendered out(report(rows));
    const int pages = out.pages();
    REQUIRE(pages > 5);
    std::vector<int> per_page;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = out.text(p);
        INFO("page " << p);
        CHECK(occurrences(text, "Page " + std::to_string(p) + " of " + std::to_string(pages)) == 1);
        CHECK(occurrences(text, "StaffNo") == 1);  // the column headers, repeated
        per_page.push_back(occurrences(text, "Person-"));
    }
    // Every row once; every middle page full and equally so; the last page holds what is left.
    int total = 0;
    for (int n : per_page) total += n;
    CHECK(total == 500);
    for (int p = 2; p < pages; ++p) CHECK(per_page[static_cast<std::size_t>(p - 1)] == per_page[1]);
    CHECK(per_page.back() <= per_page[1]);
    CHECK(per_page.back() > 0);
    const std::string all = out.text();
    for (int i = 0; i < 500; i += 37) CHECK(occurrences(all, "Person-" + std::to_string(10000 + i)) == 1);
    CHECK(counts_after(all, "Hotel reception") == std::vector<int>{500, 219, 31, 250});
    CHECK(numbers_below(all, "People") == std::vector<int>{500, 500});
}

TEST_CASE("a long name is cut with an ellipsis inside its column", "[cert][report][pdf]") {
    const std::string name = "Anna-Łucja Wiśniewska-Özdemir Ștefănescu Иванова-Петрова Konstantinopoulou-Vanderbilt";
    const Rendered out(report({row(name, "1", "Hotel Aurora", "hotel", 100)}));
    std::vector<Rendered::Word> boxes;
    for (const auto& w : out.tsv())
        if (w.level == 5) boxes.push_back(w);
    double number_left = 0, name_top = -1;
    for (const auto& b : boxes) {
        if (b.text == "StaffNo") number_left = b.left;
        if (b.text == "Anna-Łucja") name_top = b.top;
    }
    REQUIRE(name_top >= 0);
    // The words of the name's row that lie left of the employee number are the name.
    double name_right = 0;
    bool cut = false;
    for (const auto& b : boxes) {
        if (b.top != name_top || b.text == "E-1" || b.left >= number_left) continue;
        name_right = std::max(name_right, b.right);
        cut = cut || b.text.find("\u2026") != std::string::npos;
    }
    REQUIRE(number_left > 0);
    CHECK(cut);
    CHECK(name_right < number_left);
    const std::string text = out.text();
    CHECK(text.find("Anna-Łucja") != std::string::npos);
    CHECK(text.find("Konstantinopoulou-Vanderbilt") == std::string::npos);  // the cut-off end
    CHECK(text.find("E-1") != std::string::npos);                           // the next column intact
}
