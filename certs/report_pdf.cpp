#include "report_pdf.hpp"

#include <cassert>

#include "certificate_parts.hpp"

namespace signaal::certs {

using namespace palette;

namespace {

// [layout] A4 portrait in points. The table fills the width between the margins.
constexpr float kMargin = 40;
constexpr float kTop = 800;      // first baseline of a page
constexpr float kBottom = 58;    // nothing drawn below this but the footer
constexpr float kFooter = 32;
constexpr float kRowHeight = 12.5f;
constexpr float kCellSize = 7.5f;      // table text, shrunk down to kCellMinSize before cutting
constexpr float kCellMinSize = 6.8f;  // any smaller and rows look uneven
constexpr float kCellPadding = 4;
constexpr float kNumberPadding = 9;  // right-aligned numbers keep clear of the next column's text

struct Column {
    float width;
    Align align;
};

float padding(const Column& c) { return c.align == Align::Right ? kNumberPadding : kCellPadding; }

// One table: its columns, the header repeated on every page it continues onto.
struct TableSpec {
    std::vector<Column> columns;
    std::vector<std::string> header;
};

// Draws from the top of the first page down, starting a new page when the next thing does not fit.
class Layout {
public:
    Layout(PdfCanvas& c, const CompletionReport& report, const ReportLabels& labels)
        : c_(c), report_(report), labels_(labels) {}

    std::string date(Date d) const { return labels_.format_date ? labels_.format_date(d) : iso_date(d); }
    float right() const { return c_.width() - kMargin; }
    float content_width() const { return c_.width() - 2 * kMargin; }

    // Room for h points below y, or a fresh page (with the table's header again, if in one).
    void need(float h) {
        if (y_ - h >= kBottom) return;
        c_.add_page();
        draw_running_head();
        if (table_) draw_table_header(*table_);
    }

    void draw_first_head(const RenderAssets& assets) {
        draw_mark(c_, assets, kMargin + 22, kTop - 8, 40);
        const float x = kMargin + 56, w = right() - x;
        c_.block(Face::Bold, kNavy, x, kTop + 2, Align::Left, c_.fit(Face::Bold, report_.organisation_name, w, 11, 6, 1));
        c_.block(Face::Bold, kNavy, x, kTop - 22, Align::Left, c_.fit(Face::Bold, labels_.title, w, 20, 10, 1));
        c_.line(kMargin, kTop - 38, right(), kTop - 38, kGold, 1.0f);
        const ReportFilters& f = report_.filters;
        const float col = content_width() / 4;
        const float fy = kTop - 58;
        draw_fact(c_, kMargin, fy, Align::Left, labels_.filter_venue, f.venue.empty() ? labels_.all : f.venue, col - 10);
        draw_fact(c_, kMargin + col, fy, Align::Left, labels_.filter_period, period(), col - 10);
        draw_fact(c_, kMargin + 2 * col, fy, Align::Left, labels_.filter_module,
                  f.module_title.empty() ? labels_.all : f.module_title, col - 10);
        draw_fact(c_, kMargin + 3 * col, fy, Align::Left, labels_.generated_on, date(report_.today), col - 10);
        y_ = fy - 44;
    }

    void draw_summary(const ReportSummary& s) {
        heading(labels_.summary);
        const float col = content_width() / 4;
        draw_fact(c_, kMargin, y_, Align::Left, labels_.completions, std::to_string(s.completions), col - 10);
        draw_fact(c_, kMargin + col, y_, Align::Left, labels_.people, std::to_string(s.people), col - 10);
        y_ -= 36;
        status_table(labels_.per_module, s.per_module);
        status_table(labels_.per_venue, s.per_venue);
    }

    void draw_completions() {
        const float w = content_width();
        // Name, number, venue, module, completed, valid until, score, code: widths in 1/515 of the line.
        const std::vector<float> parts = {100, 52, 76, 101, 50, 50, 34, 52};
        TableSpec t;
        const Align align[] = {Align::Left, Align::Left, Align::Left, Align::Left,
                               Align::Left, Align::Left, Align::Right, Align::Left};
        for (std::size_t i = 0; i < parts.size(); ++i) t.columns.push_back({parts[i] * w / 515, align[i]});
        t.header = {labels_.col_name,      labels_.col_number,      labels_.col_venue, labels_.col_module,
                    labels_.col_completed, labels_.col_valid_until, labels_.col_score, labels_.col_code};
        y_ -= 6;
        if (report_.rows.empty()) {
            need(20);
            c_.block(Face::Regular, kInk, kMargin, y_, Align::Left, c_.fit(Face::Regular, labels_.no_rows, w, 11, 6, 2));
            return;
        }
        begin_table(t, 4);
        int n = 0;
        for (const auto& r : report_.rows) {
            row(t, {r.name.empty() ? labels_.erased : r.name, r.employee_number, r.venue, r.module_title,
                    date(r.completed_on), date(r.valid_until), std::to_string(r.score_percent) + "%",
                    r.verification_code},
                n++ % 2 == 1);
        }
        table_ = nullptr;
    }

    // Every page's footer, once the page count is known.
    void draw_footers() {
        const int pages = c_.page_count();
        for (int i = 0; i < pages; ++i) {
            c_.go_to_page(i);
            const std::string page = labels_.page_of ? labels_.page_of(i + 1, pages)
                                                     : std::to_string(i + 1) + " / " + std::to_string(pages);
            c_.line(kMargin, kFooter + 12, right(), kFooter + 12, kGold, 0.5f);
            const std::string left = labels_.title + " \u00b7 " + date(report_.today);
            c_.text(Face::Regular, 7, kMuted, kMargin, kFooter, Align::Left,
                    c_.ellipsize(Face::Regular, 7, left, content_width() * 0.6f));
            c_.text(Face::Regular, 7, kMuted, right(), kFooter, Align::Right, page);
        }
    }

private:
    std::string period() const {
        const ReportFilters& f = report_.filters;
        if (f.from && f.to) return date(*f.from) + " \u2013 " + date(*f.to);
        if (f.from) return labels_.period_from + " " + date(*f.from);
        if (f.to) return labels_.period_until + " " + date(*f.to);
        return labels_.all;
    }

    // Pages after the first carry who and what in one quiet line.
    void draw_running_head() {
        const std::string head = report_.organisation_name + " \u00b7 " + labels_.title;
        c_.text(Face::Bold, 9, kNavy, kMargin, kTop + 2, Align::Left,
                c_.ellipsize(Face::Bold, 9, head, content_width()));
        c_.line(kMargin, kTop - 6, right(), kTop - 6, kGold, 0.8f);
        y_ = kTop - 24;
    }

    void heading(const std::string& text) {
        need(40);
        c_.block(Face::Bold, kNavy, kMargin, y_, Align::Left, c_.fit(Face::Bold, text, content_width(), 12, 7, 1));
        y_ -= 20;
    }

    // A table starts only where its header and a few rows fit together.
    void begin_table(const TableSpec& t, int min_rows) {
        table_ = nullptr;
        need(kRowHeight * static_cast<float>(min_rows + 2) + 4);
        table_ = &t;
        draw_table_header(t);
    }

    // Column titles in up to two lines, so a long translation shrinks or wraps but is never cut.
    void draw_table_header(const TableSpec& t) {
        std::vector<TextBlock> titles;
        std::size_t lines = 1;
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            titles.push_back(c_.fit(Face::Bold, t.header[i], t.columns[i].width - padding(t.columns[i]), 7, 5, 2));
            lines = std::max(lines, titles.back().lines.size());
        }
        const float line_h = 8;
        const float bottom = y_ - line_h * static_cast<float>(lines - 1);
        float x = kMargin;
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            const Column& col = t.columns[i];
            const float tx = col.align == Align::Right ? x + col.width - padding(col) : x;
            // Bottom-aligned, so one-line titles sit on the rule like the last line of two-line ones.
            const float top = bottom + line_h * static_cast<float>(titles[i].lines.size() - 1);
            c_.block(Face::Bold, kMuted, tx, top, col.align, titles[i], line_h / titles[i].size);
            x += col.width;
        }
        c_.line(kMargin, bottom - 4, right(), bottom - 4, kNavy, 0.6f);
        y_ = bottom - kRowHeight - 2;
    }

    void row(const TableSpec& t, const std::vector<std::string>& cells, bool shaded) {
        assert(cells.size() == t.columns.size());
        need(kRowHeight);
        if (shaded) c_.fill_rect(kMargin, y_ - 3.5f, content_width(), kRowHeight, kTint);
        float x = kMargin;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            cell(Face::Regular, kInk, x, t.columns[i], cells[i], kCellSize);
            x += t.columns[i].width;
        }
        y_ -= kRowHeight;
    }

    // One cell's text on the current baseline, never wider than its column: shrunk a little,
    // then cut with an ellipsis, so a long name never runs into the next column.
    void cell(Face face, Rgb color, float x, const Column& col, const std::string& text, float size) {
        if (text.empty()) return;
        const float room = col.width - padding(col);
        const float w1 = c_.text_width(face, 1, text);
        std::string shown = text;
        if (w1 * size > room) {
            const float min_size = std::min(size, kCellMinSize);
            size = std::max(min_size, room / w1);
            if (w1 * size > room) shown = c_.ellipsize(face, size, text, room);
        }
        const float tx = col.align == Align::Right ? x + col.width - padding(col) : x;
        c_.text(face, size, color, tx, y_, col.align, shown);
    }

    void status_table(const std::string& title, const std::vector<StatusCounts>& groups) {
        if (groups.empty()) return;
        const float w = content_width();
        TableSpec t;
        t.columns = {{w * 0.44f, Align::Left}, {w * 0.14f, Align::Right}, {w * 0.14f, Align::Right},
                     {w * 0.14f, Align::Right}, {w * 0.14f, Align::Right}};
        t.header = {title, labels_.completions, labels_.valid, labels_.expiring, labels_.expired};
        begin_table(t, static_cast<int>(std::min<std::size_t>(groups.size(), 3)));
        for (const auto& g : groups)
            row(t, {g.label, std::to_string(g.total), std::to_string(g.valid), std::to_string(g.expiring),
                    std::to_string(g.expired)},
                false);
        table_ = nullptr;
        y_ -= 14;
    }

    PdfCanvas& c_;
    const CompletionReport& report_;
    const ReportLabels& labels_;
    const TableSpec* table_ = nullptr;  // the table being drawn, whose header a new page repeats
    float y_ = kTop;
};

}  // namespace

std::vector<std::uint8_t> render_completion_report(const CompletionReport& report, const ReportLabels& labels,
                                                   const RenderAssets& assets) {
    const ReportSummary summary = summarize(report);
    return render_page(assets, PdfCanvas::Orientation::Portrait, [&](PdfCanvas& c) {
        Layout layout(c, report, labels);
        layout.draw_first_head(assets);
        layout.draw_summary(summary);
        layout.draw_completions();
        layout.draw_footers();
        c.set_info(labels.title, report.organisation_name, labels.title + " " + iso_date(report.today), "");
    });
}

}  // namespace signaal::certs
